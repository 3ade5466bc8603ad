import { initialTransition, transition, type AnyMachineSnapshot, type AnyStateMachine, type ContextFrom, type EventFromLogic, type InputFrom, type SnapshotFrom, type StateValue } from 'xstate';
import * as z from 'zod';
import type { ActorRef } from './actor.js';
import { migrateRecord, type Migration } from './migrate.js';
import type { AuditEntry, Effect, ProcessedCommand, StoredRecord } from './record.js';
import { fail, invalidInput, issuesFromZod, type GovernanceError, type Result } from './result.js';
import { idString, isoDateTime } from './schema.js';

/**
 * A machine snapshot as stored in a record: plain JSON with the state `value` and the `context`.
 *
 * @example
 * const snap: PersistedSnapshot<RevisionContext> = record.snapshot;
 * snap.value //=> 'departmentReview'
 */
export interface PersistedSnapshot<TContext> {
  readonly status: string;
  readonly value: StateValue;
  readonly context: TContext;
  readonly [key: string]: unknown;
}

/**
 * The least a policy must carry for the engine: its version, which every audit entry records (SUP-3).
 *
 * @example
 * const p: PolicyRef = { version: '2026.1' };
 */
export interface PolicyRef {
  readonly version: string;
}

/**
 * What a step is given besides the record and the command: the policy in force and the current time.
 *
 * @example
 * const ctx: StepContext<Policy> = { policy: defaultPolicy, now: new Date('2026-03-01T02:00:00Z') };
 */
export interface StepContext<P extends PolicyRef = PolicyRef> {
  readonly policy: P;
  /** The time of the request; used when a command carries no `at`. */
  readonly now: Date;
  /** How many accepted command ids a record remembers for replay (default 100). */
  readonly replayWindow?: number;
}

/**
 * The fields every command carries: a host-chosen `id` (for idempotence), a `type`, the acting person,
 * and optionally the time it happened (`at`, defaulting to the step's `now`).
 *
 * @example
 * const cmd: CommandEnvelope = { id: 'req-1', type: 'submit', actor: { id: 'u-1', department: 'marketing', positions: ['head'] } };
 */
export interface CommandEnvelope {
  readonly id: string;
  readonly type: string;
  readonly actor: ActorRef;
  readonly at?: Date | string;
}

/**
 * What the aggregate's hooks see about the command being handled, after validation.
 *
 * @example
 * function authorize({ actor, command }: CommandInfo<{ type: 'submit' }, Policy>) { … }
 */
export interface CommandInfo<TCommand, P extends PolicyRef> {
  readonly command: TCommand;
  readonly actor: ActorRef;
  readonly at: Date;
  readonly policy: P;
  readonly recordId: string;
}

/**
 * Everything the engine needs to run commands against one kind of record. Domains define one each
 * (`policyRevisionAggregate`, the content item…); hosts use the resulting step function.
 *
 * @example
 * const aggregate: AggregateDefinition<typeof machine, Command, Create, Policy> = {
 *   kind: 'policy-revision', schemaVersion: 1, machine,
 *   commands: commandSchema, create: { schema: createSchema, toInput: (c) => ({ … }), authorize },
 *   toEvent: (c) => c, authorize,
 * };
 */
export interface AggregateDefinition<
  TMachine extends AnyStateMachine,
  TCommand extends { readonly type: string },
  TCreate,
  P extends PolicyRef,
> {
  readonly kind: string;
  /** The record schema version this code writes; older records are migrated by {@link AggregateDefinition.migrations}. */
  readonly schemaVersion: number;
  readonly machine: TMachine;
  /** Validates a command's own fields (a union discriminated by `type`). Envelope fields are checked by the engine. */
  readonly commands: z.ZodType<TCommand>;
  /** Turns a validated command into the machine's event (the current snapshot is given for context). */
  readonly toEvent: (info: CommandInfo<TCommand, P> & { readonly snapshot: SnapshotFrom<TMachine> }) => EventFromLogic<TMachine>;
  /** The rule a command serves, cited when the record's state cannot take it (for example `publish` → `CW-2`). */
  readonly ruleOf?: (commandType: string) => string | undefined;
  /** Refuses with `forbidden` (naming the rule) when the actor may not give this command to this record now; any success value is ignored. */
  readonly authorize: (info: CommandInfo<TCommand, P> & { readonly snapshot: SnapshotFrom<TMachine> }) => Result<unknown>;
  /** Domain preconditions checked after the state is known to accept the command (for example dates in order). */
  readonly check?: (info: CommandInfo<TCommand, P> & { readonly snapshot: SnapshotFrom<TMachine> }) => Result<void>;
  /** When the machine refuses an event its state does listen to (a guard failed), explain why. */
  readonly explainRefusal?: (info: CommandInfo<TCommand, P> & { readonly snapshot: SnapshotFrom<TMachine> }) => GovernanceError | undefined;
  /** Rules applied by a transition, recorded in the audit entry. */
  readonly rulesApplied?: (before: SnapshotFrom<TMachine>, after: SnapshotFrom<TMachine>, command: TCommand) => readonly string[];
  /** Creation: the schema of the create command, how it becomes machine input, who may create. */
  readonly create: {
    /** Validates the create command. */
    readonly schema: z.ZodType<TCreate>;
    /** Turns the validated create command into the machine's input. */
    readonly toInput: (info: CommandInfo<TCreate, P>) => InputFrom<TMachine>;
    /** Refuses with `forbidden` when the actor may not create this record; any success value is ignored. */
    readonly authorize: (info: CommandInfo<TCreate, P>) => Result<unknown>;
  };
  readonly migrations?: readonly Migration[];
}

/**
 * The outcome of a step. Accepted: the new record (revision + 1), the effects to perform and the audit
 * entry. `replayed` is true when the command id had been applied before: the record is returned unchanged
 * with the earlier effects and audit entry. Refused: the typed error, and the record exactly as given.
 *
 * @example
 * const r: StepResult = policyRevisionStep(record, command, ctx);
 * if (!r.ok) console.log(r.error.code, r.error.rule);
 */
export type StepResult<S = unknown> =
  | {
      readonly ok: true;
      readonly record: StoredRecord<S>;
      readonly effects: readonly Effect[];
      readonly audit: AuditEntry;
      readonly replayed: boolean;
    }
  | { readonly ok: false; readonly error: GovernanceError; readonly record: StoredRecord<S> | undefined };

const actorRefSchema = z.object({
  id: idString,
  department: idString,
  positions: z.array(idString),
  memberOf: z.array(idString).optional(),
});

const envelopeSchema = z.object({
  id: idString,
  type: z.string().min(1),
  actor: actorRefSchema,
  at: isoDateTime.optional(),
});

/**
 * Render a machine state value as one string: nested states are dotted, parallel regions comma-joined.
 *
 * @example
 * stateToString({ review: 'legal' }) //=> 'review.legal'
 * stateToString('draft') //=> 'draft'
 */
export function stateToString(value: StateValue): string {
  if (typeof value === 'string') return value;
  const parts = Object.entries(value).map(([k, v]) => (v === undefined ? k : `${k}.${stateToString(v)}`));
  return parts.join(',');
}

/**
 * The event types the snapshot's active states listen to, sorted. Used to tell a refused caller what the
 * record can take now.
 *
 * @example
 * acceptedEvents(snapshot) //=> ['approve', 'reject']
 */
export function acceptedEvents(snapshot: { readonly _nodes: ReadonlyArray<{ readonly ownEvents: readonly string[] }> }): string[] {
  const set = new Set<string>();
  for (const node of snapshot._nodes) for (const e of node.ownEvents) if (!e.startsWith('xstate.')) set.add(e);
  return [...set].sort();
}

function actorOf(actor: z.infer<typeof actorRefSchema>): ActorRef {
  return actor.memberOf === undefined
    ? { id: actor.id, department: actor.department, positions: actor.positions }
    : { id: actor.id, department: actor.department, positions: actor.positions, memberOf: actor.memberOf };
}

function effectsFrom(actions: ReadonlyArray<{ readonly type: string; readonly params?: unknown }>, prefix: string): Effect[] {
  const out: Effect[] = [];
  for (const a of actions) {
    if (a.type !== 'xstate.emit') continue;
    const event = (a.params as { event?: { type: string } } | undefined)?.event;
    if (!event) continue;
    // Effects are stored in the record and sent to the host: keep them plain JSON.
    out.push({ ...(JSON.parse(JSON.stringify(event)) as { type: string }), id: `${prefix}#${out.length}` });
  }
  return out;
}

// XState's getPersistedSnapshot walks the whole context looking for spawned actors. Aggregate machines
// spawn none and keep plain JSON in context, so when a snapshot has no children the persisted form is
// built directly: the same shape, without a deep walk over (for example) a whole proposed policy.
function persist(machine: AnyStateMachine, snapshot: unknown): unknown {
  const s = snapshot as AnyMachineSnapshot;
  if (Object.keys(s.children).length > 0) return machine.getPersistedSnapshot(s);
  const history: Record<string, Array<{ id: string }>> = {};
  for (const [key, nodes] of Object.entries((s.historyValue ?? {}) as Record<string, Array<{ id: string }>>)) {
    history[key] = nodes.map((n) => ({ id: n.id }));
  }
  return {
    status: s.status,
    value: s.value,
    historyValue: history,
    context: s.context,
    children: {},
    ...(s.output === undefined ? {} : { output: s.output }),
    ...(s.error === undefined ? {} : { error: s.error }),
  };
}

function validate<T>(schema: z.ZodType<T>, input: unknown): Result<T> {
  const parsed = schema.safeParse(input);
  return parsed.success ? { ok: true, value: parsed.data } : fail(invalidInput(issuesFromZod(parsed.error)));
}

function reasonOf(command: unknown): string | undefined {
  const r = (command as { reason?: unknown }).reason;
  return typeof r === 'string' ? r : undefined;
}

function refuse<S>(error: GovernanceError, record: StoredRecord<S> | undefined): StepResult<S> {
  return { ok: false, error, record };
}

/**
 * Build the pure step function of an aggregate: `step(record, command, ctx)`. In order it:
 * migrates an older record, returns the earlier outcome for a command id already applied, validates the
 * command (`invalid-input`), authorises the actor (`forbidden`), checks the machine can take it in its
 * state (`not-allowed`, naming the state and what it accepts), runs the pure XState `transition`, and
 * returns the new record (revision + 1) with effects and an audit entry. The input record is never mutated.
 *
 * @example
 * const step = createStep(policyRevisionAggregate);
 * const r = step(record, { id: 'c-9', type: 'submit', actor }, { policy, now });
 * if (r.ok) await store.save(r.record, { expectedRevision: record.revision });
 */
export function createStep<TMachine extends AnyStateMachine, TCommand extends { readonly type: string }, TCreate, P extends PolicyRef>(
  def: AggregateDefinition<TMachine, TCommand, TCreate, P>,
): (record: StoredRecord, command: unknown, ctx: StepContext<P>) => StepResult<PersistedSnapshot<ContextFrom<TMachine>>> {
  type S = PersistedSnapshot<ContextFrom<TMachine>>;
  return (input, command, ctx) => {
    const migrated = migrateRecord(input, def.kind, def.schemaVersion, def.migrations ?? []);
    if (!migrated.ok) return refuse(migrated.error, input as StoredRecord<S>);
    const record = migrated.value as StoredRecord<S>;

    const envelope = validate(envelopeSchema, command);
    if (!envelope.ok) return refuse(envelope.error, input as StoredRecord<S>);
    const { id: commandId, type, actor: rawActor, at: rawAt } = envelope.value;

    const earlier = record.processedCommands.find((p) => p.commandId === commandId);
    if (earlier) {
      if (earlier.type !== type) {
        return refuse(
          invalidInput([{ path: ['id'], message: `command id ${commandId} was already used for a "${earlier.type}" command` }]),
          input as StoredRecord<S>,
        );
      }
      return { ok: true, record: input as StoredRecord<S>, effects: earlier.effects, audit: earlier.audit, replayed: true };
    }

    const parsed = validate(def.commands, command);
    if (!parsed.ok) return refuse(parsed.error, input as StoredRecord<S>);
    const actor = actorOf(rawActor);
    const at = rawAt ?? ctx.now;
    const info: CommandInfo<TCommand, P> = { command: parsed.value, actor, at, policy: ctx.policy, recordId: record.id };

    let snapshot: SnapshotFrom<TMachine>;
    try {
      snapshot = def.machine.resolveState(record.snapshot as never) as SnapshotFrom<TMachine>;
    } catch (e) {
      return refuse(
        { code: 'version-mismatch', message: `Stored snapshot does not fit the ${def.kind} machine: ${(e as Error).message}`, messageZh: '存储的状态与当前状态机不符' },
        input as StoredRecord<S>,
      );
    }

    const allowed = def.authorize({ ...info, snapshot });
    if (!allowed.ok) return refuse(allowed.error, input as StoredRecord<S>);

    const event = def.toEvent({ ...info, snapshot });
    const machineSnapshot = snapshot as unknown as AnyMachineSnapshot;
    const state = stateToString(machineSnapshot.value);
    const accepts = acceptedEvents(snapshot as never);
    if (!accepts.includes(event.type)) {
      const rule = def.ruleOf?.(event.type);
      return refuse(
        {
          code: 'not-allowed',
          ...(rule === undefined ? {} : { rule }),
          message: `A ${def.kind} in state "${state}" cannot take "${event.type}"; it accepts: ${accepts.join(', ') || 'nothing'}`,
          messageZh: `当前状态「${state}」不能执行「${event.type}」`,
          state,
          accepts,
        },
        input as StoredRecord<S>,
      );
    }
    const checked = def.check?.({ ...info, snapshot });
    if (checked && !checked.ok) return refuse(checked.error, input as StoredRecord<S>);
    if (!machineSnapshot.can(event)) {
      const explained = def.explainRefusal?.({ ...info, snapshot });
      return refuse(
        explained ?? {
          code: 'not-allowed',
          message: `A ${def.kind} in state "${state}" refuses "${event.type}": its conditions are not met`,
          messageZh: `当前状态「${state}」下「${event.type}」的条件不满足`,
          state,
          accepts,
        },
        input as StoredRecord<S>,
      );
    }

    const [next, actions] = transition(def.machine, snapshot, event);
    const revision = record.revision + 1;
    const prefix = `${def.kind}/${record.id}/${revision}`;
    const reason = reasonOf(parsed.value);
    const rules = def.rulesApplied?.(snapshot, next, parsed.value) ?? [];
    const audit: AuditEntry = {
      id: prefix,
      kind: def.kind,
      recordId: record.id,
      revision,
      commandId,
      command: type,
      actor,
      at: at.toISOString(),
      from: state,
      to: stateToString((next as unknown as AnyMachineSnapshot).value),
      ...(reason === undefined ? {} : { reason }),
      policyVersion: ctx.policy.version,
      ...(rules.length === 0 ? {} : { rules }),
    };
    const effects = effectsFrom(actions as never, prefix);
    const processed: ProcessedCommand = { commandId, type, revision, effects, audit };
    const window = ctx.replayWindow ?? 100;
    return {
      ok: true,
      record: {
        ...record,
        revision,
        snapshot: persist(def.machine, next) as S,
        policyVersion: ctx.policy.version,
        updatedAt: at.toISOString(),
        processedCommands: [...record.processedCommands, processed].slice(-Math.max(1, window)),
      },
      effects,
      audit,
      replayed: false,
    };
  };
}

/**
 * Build the pure creation function of an aggregate: validate the create command, authorise the actor,
 * compute the machine's initial state, and return a record at revision 1 (save it with
 * `expectedRevision: 0`, meaning "must not exist yet").
 *
 * @example
 * const create = createCreate(policyRevisionAggregate);
 * const r = create('p-2026-2', { id: 'c-1', type: 'create', actor, title: '2026 修订' }, { policy, now });
 */
export function createCreate<TMachine extends AnyStateMachine, TCommand extends { readonly type: string }, TCreate, P extends PolicyRef>(
  def: AggregateDefinition<TMachine, TCommand, TCreate, P>,
): (recordId: string, command: unknown, ctx: StepContext<P>) => StepResult<PersistedSnapshot<ContextFrom<TMachine>>> {
  type S = PersistedSnapshot<ContextFrom<TMachine>>;
  return (recordId, command, ctx) => {
    const id = validate(idString, recordId);
    if (!id.ok) return refuse(invalidInput([{ path: ['recordId'], message: id.error.issues?.[0]?.message ?? 'invalid' }]), undefined);
    const envelope = validate(envelopeSchema, command);
    if (!envelope.ok) return refuse(envelope.error, undefined);
    const parsed = validate(def.create.schema, command);
    if (!parsed.ok) return refuse(parsed.error, undefined);
    const actor = actorOf(envelope.value.actor);
    const at = envelope.value.at ?? ctx.now;
    const info: CommandInfo<TCreate, P> = { command: parsed.value, actor, at, policy: ctx.policy, recordId };
    const allowed = def.create.authorize(info);
    if (!allowed.ok) return refuse(allowed.error, undefined);
    const [snapshot, actions] = (initialTransition as (logic: TMachine, input: unknown) => [SnapshotFrom<TMachine>, unknown[]])(
      def.machine,
      def.create.toInput(info),
    );
    const prefix = `${def.kind}/${recordId}/1`;
    const audit: AuditEntry = {
      id: prefix,
      kind: def.kind,
      recordId,
      revision: 1,
      commandId: envelope.value.id,
      command: envelope.value.type,
      actor,
      at: at.toISOString(),
      from: '(new)',
      to: stateToString((snapshot as unknown as AnyMachineSnapshot).value),
      policyVersion: ctx.policy.version,
    };
    const effects = effectsFrom(actions as never, prefix);
    return {
      ok: true,
      record: {
        kind: def.kind,
        id: recordId,
        schemaVersion: def.schemaVersion,
        revision: 1,
        snapshot: persist(def.machine, snapshot) as S,
        policyVersion: ctx.policy.version,
        createdAt: at.toISOString(),
        updatedAt: at.toISOString(),
        processedCommands: [{ commandId: envelope.value.id, type: envelope.value.type, revision: 1, effects, audit }],
      },
      effects,
      audit,
      replayed: false,
    };
  };
}
