import {
  createActor,
  getNextTransitions,
  initialTransition,
  type ActorScope,
  type AnyMachineSnapshot,
  type AnyStateMachine,
  type ContextFrom,
  type InputFrom,
  type SnapshotFrom,
} from 'xstate';
import type * as z from 'zod';
import type { ActorRef, Directory } from './actor.js';
import { fingerprint } from './hash.js';
import { loadRecord, stateToString, type RecordType, type StateValueLike } from './reader.js';
import { MAX_AUDIT_NOTE_LENGTH, MAX_AUDIT_NOTES, outcomeOf, storedOutcome, type AuditEntry, type AuditNote, type Effect, type ProcessedCommand, type StoredRecord } from './record.js';
import {
  conflict,
  fail,
  invalidInput,
  issue,
  notAllowed,
  ok,
  validate,
  versionMismatch,
  words,
  type GovernanceError,
  type Result,
} from './result.js';
import { idString, isoDateTime } from './schema.js';
import { hasHiddenCharacters, LIMITS } from './text.js';
import { separationOfDuties, type Signature } from './separation.js';

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
 * What the host vouches for when it runs a command: the policy in force, who is acting (the id it
 * authenticated, never one read from the request body), its directory of staff, and the time. Replay
 * limits are optional.
 *
 * @example
 * const ctx: StepContext<Policy> = { policy, actor: session.userId, directory, now: new Date() };
 */
export interface StepContext<P extends PolicyRef = PolicyRef> {
  readonly policy: P;
  /** The id of the person the host authenticated. */
  readonly actor: string;
  /** Who that person is in the organisation (department, positions, bodies). */
  readonly directory: Directory;
  /** The host's clock: every decision and audit time uses it. */
  readonly now: Date;
  /**
   * How many commands a record remembers for idempotent retries: the newest `outcomes` (default 1, the
   * command a retry is nearly always about) with their full effects and audit entry, and the newest
   * `ids` (default 30) by id and fingerprint only.
   */
  readonly replay?: { readonly outcomes?: number; readonly ids?: number };
}

/**
 * What an authorisation is asked about: the record, the department that owns it, and who created it.
 *
 * @example
 * const r: ResourceRef = { kind: 'content-item', id: 'post-1', department: 'marketing', createdBy: 'u-1' };
 */
export interface ResourceRef {
  readonly kind: string;
  readonly id: string;
  /** The department owning the resource; rights scoped to `own-department` need it. */
  readonly department?: string | undefined;
  /** Who created the resource; rights scoped to `own-record` need it. */
  readonly createdBy?: string | undefined;
}

/**
 * The port through which the kit asks the organisation who someone is and whether they may act. The
 * organisation module provides the implementation (`orgAccess`); the kit stays free of it.
 *
 * @example
 * const access: Access<Policy, Requirement> = orgAccess;
 */
export interface Access<P, Req> {
  /** The authenticated person as the organisation knows them, or `forbidden`. */
  identify(actorId: string, policy: P, directory: Directory): Result<ActorRef>;
  /** Whether the person meets the requirement on the resource, or `forbidden` naming the rule. */
  authorize(actor: ActorRef, requirement: Req, resource: ResourceRef, policy: P): Result<unknown>;
}

/**
 * The facts of the stored record a command is applied to.
 *
 * @example
 * const facts: RecordFacts = { id: 'post-1', revision: 4, createdBy: 'u-1', contributors: ['u-1'], createdAt, updatedAt };
 */
export interface RecordFacts {
  readonly id: string;
  readonly revision: number;
  readonly createdBy: string;
  readonly contributors: readonly string[];
  readonly createdAt: string;
  readonly updatedAt: string;
}

/**
 * What a command's hooks see: the validated payload, the authenticated actor, the host's time, the
 * policy, the record and its machine snapshot, and an `authorize` for any further right a decision needs.
 *
 * @example
 * decide: ({ command, context, at }) => ok({ reason: command.reason })
 */
export interface CommandInfo<M extends AnyStateMachine, P, Req, Cmd> {
  readonly command: Cmd;
  readonly commandId: string;
  readonly actor: ActorRef;
  readonly now: Date;
  /** `now` as an ISO string: the time recorded in events and audit entries. */
  readonly at: string;
  readonly policy: P;
  readonly record: RecordFacts;
  readonly context: ContextFrom<M>;
  /** The state, dotted for nested states, as the aggregate's `stateName` names it (`review:legal`). */
  readonly state: string;
  /** The command types the state takes (for refusals that name them). */
  readonly accepts: readonly string[];
  readonly snapshot: SnapshotFrom<M>;
  /** Check one more requirement for this actor on this record (for example a right to lower a risk level). */
  authorize(requirement: Req): Result<unknown>;
}

/**
 * What a create command's hooks see.
 *
 * @example
 * decide: ({ command, actor }) => ok({ title: command.title, authorId: actor.id })
 */
export interface CreateInfo<P, Req, Cmd> {
  readonly command: Cmd;
  readonly commandId: string;
  readonly actor: ActorRef;
  readonly now: Date;
  readonly at: string;
  readonly policy: P;
  readonly recordId: string;
  /** Check one more requirement for this actor on the record being created. */
  authorize(requirement: Req): Result<unknown>;
}

/**
 * A signature a command gives: the stage it signs, the signatures already given in the same round of
 * approvals, and (when not the record's own) the people who may not sign because they contributed.
 *
 * @example
 * signs: ({ context }) => ({ stage: 'finance', signatures: context.financeReview ? [{ actorId: context.financeReview.actorId, stage: 'finance' }] : [] })
 */
export interface Signing {
  readonly stage: string;
  readonly signatures: readonly Signature[];
  readonly contributors?: readonly string[];
  /** The rule to cite instead of the aggregate's `separationRule` (a budget change cites BUD-3). */
  readonly rule?: string;
}

/**
 * The fields a command adds to the machine event besides `type`, `actorId`, `department` and `at`,
 * which the kit sets from the host's context.
 *
 * @example
 * const fields: EventFields = { reason: '数据来源不明' };
 */
export type EventFields = { readonly [key: string]: unknown };

/**
 * One command of an aggregate, as one table entry: its payload schema, the rule it serves (cited in
 * refusals and audit entries), the decision right it needs, whether it makes the actor a contributor or
 * is a signature (separation of duties), and `decide`, which returns the event's fields or a typed
 * refusal. The kit validates, identifies, replays, checks the state, authorises and separates duties
 * before `decide` runs.
 *
 * @example
 * const submit = kit.command({ schema: z.object({}), rule: 'SUP-3', right: 'policy.draft', contributes: true });
 */
export interface CommandSpec<M extends AnyStateMachine, P, Req, S extends z.ZodType> {
  readonly schema: S;
  readonly rule: string;
  readonly right: Req | ((info: CommandInfo<M, P, Req, z.output<S>>) => Req);
  /** The actor becomes a contributor of the record (created, edited, compiled, submitted, changed its risk). */
  readonly contributes?: boolean;
  /** The command is a signature: contributors may not give it, and nobody signs two stages of one round. */
  readonly signs?: (info: CommandInfo<M, P, Req, z.output<S>>) => Signing;
  /** The event's fields, or a refusal; omitted means no fields. Runs once, after every check above. */
  readonly decide?: (info: CommandInfo<M, P, Req, z.output<S>>) => Result<EventFields>;
  /** Why the machine refused an event whose state listens to it (a guard failed). */
  readonly refused?: (info: CommandInfo<M, P, Req, z.output<S>>) => GovernanceError | undefined;
  /** Further rules the transition applied, recorded in the audit entry after the command's own. */
  readonly rules?: (info: CommandInfo<M, P, Req, z.output<S>> & { readonly next: SnapshotFrom<M> }) => readonly string[];
  /** What the decision rested on, explained in the audit entry (bounded by the kit to {@link MAX_AUDIT_NOTES} lines). */
  readonly notes?: (info: CommandInfo<M, P, Req, z.output<S>> & { readonly next: SnapshotFrom<M> }) => readonly AuditNote[];
}

/**
 * An aggregate's command table as a type, from its payload schemas: one {@link CommandSpec} per command.
 * A domain names its aggregate's type with it, so that the type reads (and is documented) by name rather
 * than written out in full.
 *
 * @example
 * type BudgetCommands = CommandTable<typeof budgetMachine, BudgetScope, Requirement, Omit<typeof budgetPayloads, 'create'>>;
 */
export type CommandTable<M extends AnyStateMachine, P, Req, S extends { readonly [type: string]: z.ZodType }> = {
  readonly [K in keyof S & string]: CommandSpec<M, P, Req, S[K]>;
};

/**
 * The create command of an aggregate: schema, rule, right, and `decide`, which returns the machine's
 * input or a typed refusal.
 *
 * @example
 * const create = kit.create({ schema, rule: 'BUD-1', right: 'budget.compile', decide: ({ command, actor }) => ok({ …, compiledBy: actor.id }) });
 */
export interface CreateSpec<M extends AnyStateMachine, P, Req, S extends z.ZodType> {
  readonly schema: S;
  readonly rule: string;
  readonly right: Req | ((info: CreateInfo<P, Req, z.output<S>>) => Req);
  readonly decide: (info: CreateInfo<P, Req, z.output<S>>) => Result<InputFrom<M>>;
}

/**
 * Everything the kit needs to run one kind of record: its record type (kind, schema version,
 * migrations), the machine, the organisation port, the command table, the create command, which
 * department owns a record, and the rule separation of duties cites.
 *
 * @example
 * export const budgetAggregate = defineAggregate({ type: budgetRecordType, machine: budgetMachine, access: orgAccess, commands, create, separationRule: 'BUD-1' });
 */
export interface AggregateDefinition<
  M extends AnyStateMachine,
  P extends PolicyRef,
  Req,
  T extends { readonly [type: string]: CommandSpec<M, P, Req, z.ZodType> },
  C extends CreateSpec<M, P, Req, z.ZodType>,
> {
  readonly type: RecordType;
  readonly machine: M;
  readonly access: Access<P, Req>;
  readonly commands: T;
  readonly create: C;
  /** The department that owns a record, for rights scoped to `own-department`. */
  readonly owner?: (context: ContextFrom<M>) => string | undefined;
  /** How a state is named in audit entries and refusals when its progress is data (`review:legal`); default the state value. */
  readonly stateName?: (state: string, context: ContextFrom<M>) => string;
  /** The rule cited when separation of duties refuses someone (for example `CW-4`). */
  readonly separationRule: string;
}

/**
 * The fields every command carries besides its payload: a host-chosen `id` (the idempotency key), the
 * `type`, and optionally the time the client claims (`at`, recorded as claimed, never used to decide).
 *
 * @example
 * const e: CommandEnvelope<'submit'> = { id: 'req-1', type: 'submit' };
 */
export interface CommandEnvelope<K extends string> {
  readonly id: string;
  readonly type: K;
  readonly at?: string;
}

/**
 * The commands an aggregate's step accepts, as a union keyed on `type` (its create command included: on
 * an existing record it is a replay or a conflict).
 *
 * @example
 * type ContentCommand = CommandOf<typeof contentAggregate>;
 */
export type CommandOf<A> = A extends { readonly definition: { readonly commands: infer T } }
  ? { [K in keyof T & string]: CommandEnvelope<K> & (T[K] extends { readonly schema: infer S extends z.ZodType } ? PayloadOf<S> : never) }[keyof T & string] | CreateCommandOf<A>
  : never;

/**
 * A command's payload as a client writes it (zod's input type; an empty schema gives `{}`).
 *
 * @example
 * type ApprovePayload = PayloadOf<typeof contentPayloads.approve>; // { hash: string; comment?: string }
 */
export type PayloadOf<S extends z.ZodType> = string extends keyof z.input<S> ? {} : z.input<S>;

/**
 * The create command of an aggregate.
 *
 * @example
 * type CreateContentCommand = CreateCommandOf<typeof contentAggregate>;
 */
export type CreateCommandOf<A> = A extends { readonly definition: { readonly create: { readonly schema: infer S extends z.ZodType } } }
  ? CommandEnvelope<'create'> & PayloadOf<S>
  : never;

/**
 * A machine snapshot as stored in a record: plain JSON with the state `value` and the `context`.
 *
 * @example
 * const snap: PersistedSnapshot<RevisionContext> = record.snapshot;
 * snap.value //=> 'departmentReview'
 */
export interface PersistedSnapshot<TContext> {
  readonly status: string;
  readonly value: StateValueLike;
  readonly context: TContext;
  readonly [key: string]: unknown;
}

/**
 * The outcome of a step. Accepted: the new record (revision + 1), the effects to perform and the audit
 * entry. Replayed (the same command id, payload and actor as a command the record already applied): the
 * record as it is now, with the earlier effects and audit entry while the record still keeps them
 * (`audit` is absent for older commands; their effects were performed when they were first applied).
 * Refused: the typed error, and the record exactly as given.
 *
 * @example
 * const r: StepResult<ContentContext> = contentStep(record, command, ctx);
 * if (!r.ok) return reply(httpStatusOf(r.error), r.error);
 */
export type StepResult<C = unknown> =
  | {
      readonly ok: true;
      readonly replayed: false;
      readonly record: StoredRecord<PersistedSnapshot<C>>;
      readonly effects: readonly Effect[];
      readonly audit: AuditEntry;
    }
  | {
      readonly ok: true;
      readonly replayed: true;
      readonly record: StoredRecord<PersistedSnapshot<C>>;
      readonly effects: readonly Effect[];
      readonly audit?: AuditEntry;
      /** The revision the command produced when it was first applied. */
      readonly appliedAt: number;
    }
  | { readonly ok: false; readonly error: GovernanceError; readonly record: StoredRecord<PersistedSnapshot<C>> | undefined };

/**
 * An aggregate built by {@link defineAggregate}: its definition, its `step` and `create` functions, and
 * `accepts` (the command types a stored snapshot takes now).
 *
 * @example
 * const r = budgetAggregate.step(record, { id: 'req-3', type: 'submit' }, ctx);
 */
export interface Aggregate<
  M extends AnyStateMachine,
  P extends PolicyRef,
  Req,
  T extends { readonly [type: string]: CommandSpec<M, P, Req, z.ZodType> },
  C extends CreateSpec<M, P, Req, z.ZodType>,
> {
  readonly kind: string;
  readonly schemaVersion: number;
  readonly definition: AggregateDefinition<M, P, Req, T, C>;
  /** Apply one command to a stored record. See {@link defineAggregate} for the order of checks. */
  step(record: StoredRecord, command: CommandOf<{ definition: { commands: T; create: C } }>, ctx: StepContext<P>): StepResult<ContextFrom<M>>;
  /** Create a record (revision 1). Save it with `expectedRevision: 0`. */
  create(recordId: string, command: CreateCommandOf<{ definition: { create: C } }>, ctx: StepContext<P>): StepResult<ContextFrom<M>>;
}

/**
 * Typed helpers for one aggregate's table: `command` and `create` return their spec unchanged, and give
 * each entry's hooks the types of its own payload, the machine's context and the policy; `define` builds
 * the aggregate with those types fixed.
 *
 * @example
 * const kit = aggregateKit<typeof budgetMachine, BudgetScope, Requirement>();
 * const submit = kit.command({ schema: z.object({}), rule: 'BUD-1', right: 'budget.compile', contributes: true });
 * submit.rule //=> 'BUD-1'
 */
export function aggregateKit<M extends AnyStateMachine, P extends PolicyRef, Req>() {
  return {
    command: <S extends z.ZodType>(spec: CommandSpec<M, P, Req, S>): CommandSpec<M, P, Req, S> => spec,
    create: <S extends z.ZodType>(spec: CreateSpec<M, P, Req, S>): CreateSpec<M, P, Req, S> => spec,
    /** {@link defineAggregate} with this kit's machine, policy and requirement types fixed. */
    define: <T extends { readonly [type: string]: CommandSpec<M, P, Req, z.ZodType> }, C extends CreateSpec<M, P, Req, z.ZodType>>(
      def: AggregateDefinition<M, P, Req, T, C>,
    ): Aggregate<M, P, Req, T, C> => defineAggregate(def),
  };
}

const DEFAULT_OUTCOMES = 1;
const DEFAULT_IDS = 30;

// The payload is zod's output, whose keys come in schema order whatever order the client wrote them in,
// so plain JSON is already canonical here.
function fingerprintOf(type: string, payload: unknown, actorId: string): string {
  return fingerprint(JSON.stringify([type, actorId, payload]));
}

// The persisted form XState's getPersistedSnapshot writes (status, value, historyValue, context,
// children, output, error), built from the snapshot's public fields. Aggregate machines spawn no
// actors and keep plain JSON in context, so the deep walk over context looking for actors is skipped.
function persist(snapshot: AnyMachineSnapshot): PersistedSnapshot<unknown> {
  return {
    status: snapshot.status,
    value: snapshot.value as StateValueLike,
    historyValue: {},
    context: snapshot.context,
    children: {},
    ...(snapshot.output === undefined ? {} : { output: snapshot.output }),
    ...(snapshot.error === undefined ? {} : { error: snapshot.error }),
  };
}

/**
 * The command types a snapshot's active states listen to, sorted (XState's `getNextTransitions`).
 *
 * @example
 * acceptedCommands(snapshot) //=> ['approve', 'cancel', 'edit', 'reject', 'takedown']
 */
export function acceptedCommands(snapshot: AnyMachineSnapshot): string[] {
  const set = new Set<string>();
  for (const t of getNextTransitions(snapshot)) {
    const type = t.eventType;
    if (type && type !== '*' && !type.startsWith('xstate.')) set.add(type);
  }
  return [...set].sort();
}

// What a state takes depends on the state alone, not on the context: computed once per machine and state.
const acceptedByState = new WeakMap<AnyStateMachine, Map<string, readonly string[]>>();
function acceptedIn(machine: AnyStateMachine, snapshot: AnyMachineSnapshot): readonly string[] {
  let byState = acceptedByState.get(machine);
  if (!byState) acceptedByState.set(machine, (byState = new Map()));
  const key = JSON.stringify(snapshot.value);
  let accepts = byState.get(key);
  if (!accepts) byState.set(key, (accepts = acceptedCommands(snapshot)));
  return accepts;
}

// XState's pure `transition(machine, snapshot, event)` builds a fresh inert actor, and with it the
// machine's initial state, on every call. Aggregate machines spawn nothing, defer nothing and are
// stepped one command at a time, so one inert scope per machine serves every step: `machine.transition`
// with it computes the same macrostep and hands the actions (emitted effects among them) to a collector.
const scopes = new WeakMap<AnyStateMachine, { scope: ActorScope<AnyMachineSnapshot, never>; actions: Array<{ type: string; params?: unknown }> }>();
function transitionWithActions(machine: AnyStateMachine, snapshot: AnyMachineSnapshot, event: unknown): [AnyMachineSnapshot, Array<{ type: string; params?: unknown }>] {
  let entry = scopes.get(machine);
  if (!entry) {
    const self = createActor(machine);
    const actions: Array<{ type: string; params?: unknown }> = [];
    const noop = () => {};
    const scope = { self, id: '', sessionId: '', logger: noop, defer: noop, emit: noop, system: self.system, stopChild: noop, actionExecutor: (a: { type: string; params?: unknown }) => actions.push(a) };
    entry = { scope: scope as unknown as ActorScope<AnyMachineSnapshot, never>, actions };
    scopes.set(machine, entry);
  }
  entry.actions.length = 0;
  const next = machine.transition(snapshot, event as never, entry.scope as never) as AnyMachineSnapshot;
  return [next, entry.actions.splice(0)];
}

function effectsFrom(actions: ReadonlyArray<{ readonly type: string; readonly params?: unknown }>, prefix: string): Effect[] {
  const out: Effect[] = [];
  for (const a of actions) {
    if (a.type !== 'xstate.emit') continue;
    const event = (a.params as { event?: { type: string } } | undefined)?.event;
    if (event) out.push({ ...event, id: `${prefix}#${out.length}` });
  }
  return out;
}

const damaged = (kind: string, e: unknown) =>
  versionMismatch(
    words(
      `The stored ${kind} record could not be read (${e instanceof Error ? e.message : String(e)})`,
      `存储的 ${kind} 记录无法读取，可能已损坏`,
      `儲存的 ${kind} 記錄無法讀取，可能已損壞`,
    ),
  );

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);



function checkNow(now: unknown): Result<Date> {
  return now instanceof Date && Number.isFinite(now.getTime())
    ? ok(now)
    : fail(invalidInput([issue(['ctx', 'now'], words('the host must pass the current time as a valid Date', '宿主须以有效的 Date 传入当前时间', '宿主須以有效的 Date 傳入當前時間'))]));
}

// The command id, checked as `idString` checks it without building a schema parse for every command.
function commandIdOf(raw: unknown): Result<string> {
  const bad = (en: string, zhCN: string, zhTW: string) => fail(invalidInput([issue(['id'], words(en, zhCN, zhTW))]));
  if (typeof raw !== 'string') return bad('a command needs an id (a string chosen by the client)', '命令须有编号 id（客户端生成的字符串）', '命令須有編號 id（用戶端產生的字串）');
  if (raw.length > LIMITS.id * 3) return bad(`must be at most ${LIMITS.id} characters`, `最多 ${LIMITS.id} 个字符`, `最多 ${LIMITS.id} 個字元`);
  const id = raw.normalize('NFC');
  if (id.length > LIMITS.id) return bad(`must be at most ${LIMITS.id} characters`, `最多 ${LIMITS.id} 个字符`, `最多 ${LIMITS.id} 個字元`);
  if (id.trim() === '') return bad('must not be blank', '不能为空', '不能為空');
  if (id.trim() !== id) return bad('must not start or end with spaces', '首尾不能有空格', '首尾不能有空格');
  if (hasHiddenCharacters(id)) return bad('must not contain control or invisible characters', '不能包含控制字符或不可见字符', '不能包含控制字元或不可見字元');
  return ok(id);
}

// id, type and the claimed time; the payload is validated by the command's own schema.
function envelope(command: unknown): Result<{ id: string; type: string; claimedAt: string | undefined }> {
  if (!isObject(command)) {
    return fail(invalidInput([issue([], words('a command must be a JSON object', '命令须为 JSON 对象', '命令須為 JSON 物件'))]));
  }
  const id = commandIdOf(command['id']);
  if (!id.ok) return id;
  const type = command['type'];
  if (typeof type !== 'string' || type.length === 0 || type.length > 80) {
    return fail(invalidInput([issue(['type'], words('a command needs a type', '命令须有类型 type', '命令須有類型 type'))]));
  }
  let claimedAt: string | undefined;
  if (command['at'] !== undefined) {
    const at = validate(isoDateTime, command['at']);
    if (!at.ok) return fail(invalidInput([issue(['at'], words('must be an ISO-8601 time with offset', '须为带时区的 ISO-8601 时间', '須為帶時區的 ISO-8601 時間'))]));
    claimedAt = at.value.toISOString();
  }
  return ok({ id: id.value, type, claimedAt });
}

// The payload without the envelope. Payload schemas are strict, so a field nobody reads is refused, not
// silently dropped; the one exception is `actor`, which the host decides and a client's claim is ignored.
function bodyOf(command: unknown): Record<string, unknown> {
  const { id: _id, type: _type, at: _at, actor: _actor, ...body } = command as Record<string, unknown>;
  return body;
}

function keep(processed: readonly ProcessedCommand[], added: ProcessedCommand, ctx: StepContext<PolicyRef>): ProcessedCommand[] {
  const bound = (n: unknown, fallback: number, max: number) => (typeof n === 'number' && Number.isFinite(n) ? Math.max(1, Math.min(max, Math.floor(n))) : fallback);
  const ids = bound(ctx.replay?.ids, DEFAULT_IDS, 10_000);
  const outcomes = bound(ctx.replay?.outcomes, Math.min(DEFAULT_OUTCOMES, ids), ids);
  const kept = [...processed, added].slice(-ids);
  // Entries past the outcome window keep their id and fingerprint only (usually one per step).
  for (let i = 0; i < kept.length - outcomes; i++) {
    const p = kept[i]!;
    if (p.outcome) kept[i] = { commandId: p.commandId, fingerprint: p.fingerprint, revision: p.revision };
  }
  return kept;
}

// What every accepted command leaves behind, built in one place for create and step: its audit entry,
// its effects (ids derived from the audit id) and the processed-command entry that makes a retry a replay.
function accepted(a: {
  kind: string;
  recordId: string;
  revision: number;
  commandId: string;
  type: string;
  actor: ActorRef;
  at: string;
  claimedAt: string | undefined;
  from: string;
  to: string;
  payload: unknown;
  policyVersion: string;
  rules: readonly string[];
  notes?: readonly AuditNote[];
  actions: unknown;
  fingerprint: string;
}): { audit: AuditEntry; effects: Effect[]; processed: ProcessedCommand } {
  const prefix = `${a.kind}/${a.recordId}/${a.revision}`;
  const reason = reasonOf(a.payload);
  const cause = causeOf(a.payload);
  const audit: AuditEntry = {
    id: prefix,
    kind: a.kind,
    recordId: a.recordId,
    revision: a.revision,
    commandId: a.commandId,
    command: a.type,
    actor: a.actor,
    at: a.at,
    ...(a.claimedAt === undefined ? {} : { claimedAt: a.claimedAt }),
    from: a.from,
    to: a.to,
    ...(reason === undefined ? {} : { reason }),
    ...(cause === undefined ? {} : { cause }),
    ...(a.notes && a.notes.length > 0 ? { notes: boundNotes(a.notes) } : {}),
    policyVersion: a.policyVersion,
    rules: [...new Set(a.rules)],
  };
  const effects = effectsFrom(a.actions as never, prefix);
  const processed = { commandId: a.commandId, type: a.type, actorId: a.actor.id, fingerprint: a.fingerprint, revision: a.revision, outcome: storedOutcome(effects, audit) };
  return { audit, effects, processed };
}

// A command id the record already knows: the earlier outcome for the same command from the same person,
// a conflict for anything else. Never applied twice, never answered to someone else.
function replay<C>(record: StoredRecord, earlier: ProcessedCommand, fingerprint: string, actorId: string): StepResult<C> {
  // The fingerprint covers the actor; an entry that still holds an outcome also names the actor, compared
  // exactly, so that no crafted payload ever receives someone else's outcome.
  if (earlier.fingerprint !== fingerprint || (earlier.actorId !== undefined && earlier.actorId !== actorId)) {
    const why =
      earlier.fingerprint === 'legacy'
        ? words(
            `Command id ${earlier.commandId} was applied before this library version; send a new id`,
            `命令编号 ${earlier.commandId} 已在旧版本中使用，请使用新编号`,
            `命令編號 ${earlier.commandId} 已在舊版本中使用，請使用新編號`,
          )
        : words(
            `Command id ${earlier.commandId} was already used for a different command or by someone else; send a new id`,
            `命令编号 ${earlier.commandId} 已被另一条命令或他人使用，请使用新编号`,
            `命令編號 ${earlier.commandId} 已被另一條命令或他人使用，請使用新編號`,
          );
    return { ok: false, error: conflict(why, { commandId: earlier.commandId }), record: record as StoredRecord<PersistedSnapshot<C>> };
  }
  const outcome = outcomeOf(record, earlier);
  return {
    ok: true,
    replayed: true,
    record: record as StoredRecord<PersistedSnapshot<C>>,
    effects: outcome?.effects ?? [],
    ...(outcome ? { audit: outcome.audit } : {}),
    appliedAt: earlier.revision,
  };
}

// An audit entry explains; the record holds the detail. Lines past the bound are counted in a last line,
// and each line is cut to a bounded length, so a domain's notes never grow the trail without limit.
function boundNotes(notes: readonly AuditNote[]): AuditNote[] {
  const cut = (s: string) => (s.length > MAX_AUDIT_NOTE_LENGTH ? `${s.slice(0, MAX_AUDIT_NOTE_LENGTH - 1)}…` : s);
  const line = (n: AuditNote): AuditNote => ({ ref: cut(n.ref), messages: { 'zh-CN': cut(n.messages['zh-CN']), 'zh-TW': cut(n.messages['zh-TW']), en: cut(n.messages.en) } });
  if (notes.length <= MAX_AUDIT_NOTES) return notes.map(line);
  const more = notes.length - (MAX_AUDIT_NOTES - 1);
  return [
    ...notes.slice(0, MAX_AUDIT_NOTES - 1).map(line),
    { ref: 'more', messages: { 'zh-CN': `另有 ${more} 条，详见记录`, 'zh-TW': `另有 ${more} 條，詳見記錄`, en: `and ${more} more, kept in the record` } },
  ];
}

// A validated payload's `cause` ({ kind, id }), copied field by field so nothing else rides along.
function causeOf(payload: unknown): AuditEntry['cause'] {
  const c = isObject(payload) ? payload['cause'] : undefined;
  return isObject(c) && typeof c['kind'] === 'string' && typeof c['id'] === 'string' ? { kind: c['kind'], id: c['id'] } : undefined;
}

function reasonOf(payload: unknown): string | undefined {
  const r = isObject(payload) ? payload['reason'] : undefined;
  return typeof r === 'string' && r.length > 0 ? r : undefined;
}

/**
 * Build an aggregate from its definition. Its `step(record, command, ctx)` runs, in order:
 *
 * 1. the host's clock and the stored record's envelope (a damaged record is `version-mismatch`), and
 *    migration of an older schema version;
 * 2. the command's envelope (`id`, `type`, a claimed `at`) and its payload schema (`invalid-input`);
 * 3. who acts: `ctx.actor` looked up in `ctx.directory` and checked against the organisation
 *    (`forbidden`); nothing about the actor is read from the command;
 * 4. idempotency: the same id, payload and actor as an applied command returns its earlier outcome;
 *    the same id with anything else is a `conflict`; a create on an existing record is a `conflict`;
 * 5. whether the state takes the command (`not-allowed`, naming the state and what it takes);
 * 6. the host's clock is not behind the record's last change (`conflict`): history never runs backwards;
 * 7. the command's decision right (`forbidden`, naming the rule) and separation of duties;
 * 8. the command's `decide` (its own refusals), the machine's guards, the pure XState transition;
 * 9. the new record (revision + 1), the effects, and one audit entry citing the rules.
 *
 * The input record is never mutated; a refusal returns it as given.
 *
 * @example
 * export const budgetAggregate = defineAggregate({ type: budgetRecordType, machine: budgetMachine, access: orgAccess, commands, create, separationRule: 'BUD-1' });
 * const r = budgetAggregate.step(record, { id: 'req-3', type: 'submit' }, ctx);
 * r.ok && r.record.revision //=> record.revision + 1
 */
export function defineAggregate<
  M extends AnyStateMachine,
  P extends PolicyRef,
  Req,
  T extends { readonly [type: string]: CommandSpec<M, P, Req, z.ZodType> },
  C extends CreateSpec<M, P, Req, z.ZodType>,
>(def: AggregateDefinition<M, P, Req, T, C>): Aggregate<M, P, Req, T, C> {
  const { kind, schemaVersion } = def.type;
  type Ctx = ContextFrom<M>;
  type Out = StepResult<Ctx>;
  const refuse = (error: GovernanceError, record: StoredRecord | undefined): Out => ({
    ok: false,
    error,
    record: record as StoredRecord<PersistedSnapshot<Ctx>> | undefined,
  });
  const specOf = (type: string): CommandSpec<M, P, Req, z.ZodType> | undefined =>
    Object.prototype.hasOwnProperty.call(def.commands, type) ? def.commands[type] : undefined;

  // The state as audit entries and refusals name it (`review:legal` where the domain says so).
  const nameOf = (s: AnyMachineSnapshot) => {
    const value = stateToString(s.value as StateValueLike);
    return def.stateName ? def.stateName(value, s.context as Ctx) : value;
  };

  function step(input: StoredRecord, command: unknown, ctx: StepContext<P>): Out {
    const now = checkNow(ctx.now);
    if (!now.ok) return refuse(now.error, input);
    const loaded = loadRecord(input, def.type);
    if (!loaded.ok) return refuse(loaded.error, input);
    const record = loaded.value;

    const env = envelope(command);
    if (!env.ok) return refuse(env.error, input);
    const { id: commandId, type, claimedAt } = env.value;
    const isCreate = type === 'create';
    const spec = isCreate ? def.create : specOf(type);
    if (!spec) {
      const known = Object.keys(def.commands).sort();
      return refuse(
        invalidInput([issue(['type'], words(`unknown command "${type}"; a ${kind} takes ${known.join(', ')}`, `未知命令「${type}」`, `未知命令「${type}」`))]),
        input,
      );
    }
    const payload = validate(spec.schema, bodyOf(command), spec.rule);
    if (!payload.ok) return refuse(payload.error, input);
    const actor = def.access.identify(ctx.actor, ctx.policy, ctx.directory);
    if (!actor.ok) return refuse(actor.error, input);

    const print = fingerprintOf(type, payload.value, actor.value.id);
    const earlier = record.processedCommands.find((p) => p.commandId === commandId);
    if (earlier) return replay<Ctx>(input, earlier, print, actor.value.id);
    if (isCreate) {
      return refuse(
        conflict(words(`${kind} ${record.id} already exists`, `记录 ${kind} ${record.id} 已存在`, `記錄 ${kind} ${record.id} 已存在`), { actualRevision: record.revision }),
        input,
      );
    }
    const command_ = spec as CommandSpec<M, P, Req, z.ZodType>;

    let snapshot: AnyMachineSnapshot;
    try {
      const stored = record.snapshot as PersistedSnapshot<unknown>;
      snapshot = def.machine.resolveState({ value: stored.value, context: stored.context } as never) as AnyMachineSnapshot;
    } catch (e) {
      return refuse(damaged(kind, e), input);
    }
    let state: string;
    try {
      state = nameOf(snapshot);
    } catch (e) {
      return refuse(damaged(kind, e), input);
    }
    const accepts = acceptedIn(def.machine, snapshot);
    if (!accepts.includes(type)) {
      return refuse(
        notAllowed(
          state,
          accepts,
          words(
            `A ${kind} in state "${state}" cannot take "${type}"; it takes: ${accepts.join(', ') || 'nothing'}`,
            `当前状态「${state}」不能执行「${type}」，可执行：${accepts.join('、') || '无'}`,
            `當前狀態「${state}」不能執行「${type}」，可執行：${accepts.join('、') || '無'}`,
          ),
          command_.rule,
        ),
        input,
      );
    }
    if (now.value.getTime() < Date.parse(record.updatedAt)) {
      return refuse(
        conflict(
          words(
            `The host clock (${now.value.toISOString()}) is behind the record's last change (${record.updatedAt}); a record's history never runs backwards`,
            `宿主时钟早于记录最后一次变更时间，记录的历史不能倒流`,
            `宿主時鐘早於記錄最後一次變更時間，記錄的歷史不能倒流`,
          ),
          { actualRevision: record.revision },
        ),
        input,
      );
    }

    const facts: RecordFacts = {
      id: record.id,
      revision: record.revision,
      createdBy: record.createdBy,
      contributors: record.contributors,
      createdAt: record.createdAt,
      updatedAt: record.updatedAt,
    };
    try {
      const context = snapshot.context as Ctx;
      const resource: ResourceRef = { kind, id: record.id, department: def.owner?.(context), createdBy: record.createdBy };
      const at = now.value.toISOString();
      const info: CommandInfo<M, P, Req, unknown> = {
        command: payload.value,
        commandId,
        actor: actor.value,
        now: now.value,
        at,
        policy: ctx.policy,
        record: facts,
        context,
        state,
        accepts,
        snapshot: snapshot as SnapshotFrom<M>,
        authorize: (requirement) => def.access.authorize(actor.value, requirement, resource, ctx.policy),
      };
      const requirement = typeof command_.right === 'function' ? (command_.right as (i: typeof info) => Req)(info) : command_.right;
      const allowed = info.authorize(requirement);
      if (!allowed.ok) return refuse(allowed.error, input);
      if (command_.signs) {
        const signing = command_.signs(info);
        const separated = separationOfDuties({
          actorId: actor.value.id,
          stage: signing.stage,
          signatures: signing.signatures,
          contributors: signing.contributors ?? record.contributors,
          rule: signing.rule ?? def.separationRule,
        });
        if (!separated.ok) return refuse(separated.error, input);
      }
      const fields = command_.decide ? command_.decide(info) : ok({});
      if (!fields.ok) return refuse(fields.error, input);
      const event = { ...fields.value, type, actorId: actor.value.id, department: actor.value.department, at };
      const [next, actions] = transitionWithActions(def.machine, snapshot, event);
      // XState answers an event no transition takes with the very same snapshot; `can` confirms it.
      if (next === snapshot && !snapshot.can(event as never)) {
        return refuse(
          command_.refused?.(info) ??
            notAllowed(
              state,
              accepts,
              words(
                `A ${kind} in state "${state}" refuses "${type}": its conditions are not met`,
                `当前状态「${state}」下「${type}」的条件不满足`,
                `當前狀態「${state}」下「${type}」的條件不滿足`,
              ),
              command_.rule,
            ),
          input,
        );
      }
      const nextSnapshot = next as AnyMachineSnapshot;
      const revision = record.revision + 1;
      const done = accepted({
        kind,
        recordId: record.id,
        revision,
        commandId,
        type,
        actor: actor.value,
        at,
        claimedAt,
        from: state,
        to: nameOf(nextSnapshot),
        payload: payload.value,
        policyVersion: ctx.policy.version,
        rules: [command_.rule, ...(command_.rules?.({ ...info, next: next as SnapshotFrom<M> }) ?? [])],
        ...(command_.notes ? { notes: command_.notes({ ...info, next: next as SnapshotFrom<M> }) } : {}),
        actions,
        fingerprint: print,
      });
      const contributors =
        command_.contributes && !record.contributors.includes(actor.value.id) ? [...record.contributors, actor.value.id] : record.contributors;
      return {
        ok: true,
        replayed: false,
        record: {
          ...record,
          revision,
          snapshot: persist(nextSnapshot) as PersistedSnapshot<Ctx>,
          policyVersion: ctx.policy.version,
          updatedAt: at,
          contributors,
          processedCommands: keep(record.processedCommands, done.processed, ctx),
        },
        effects: done.effects,
        audit: done.audit,
      };
    } catch (e) {
      // Only stored data the envelope check cannot see (a context missing what the machine reads)
      // gets here: the record is refused as damaged rather than the caller receiving a TypeError.
      return refuse(damaged(kind, e), input);
    }
  }

  function create(recordId: string, command: unknown, ctx: StepContext<P>): Out {
    const now = checkNow(ctx.now);
    if (!now.ok) return refuse(now.error, undefined);
    const id = validate(idString, recordId);
    if (!id.ok) return refuse(invalidInput(id.error.code === 'invalid-input' ? id.error.issues.map((i) => ({ ...i, path: ['recordId', ...i.path] })) : []), undefined);
    const env = envelope(command);
    if (!env.ok) return refuse(env.error, undefined);
    if (env.value.type !== 'create') {
      return refuse(invalidInput([issue(['type'], words('a record is created by a "create" command', '新建记录须使用 create 命令', '新建記錄須使用 create 命令'))]), undefined);
    }
    const payload = validate(def.create.schema, bodyOf(command), def.create.rule);
    if (!payload.ok) return refuse(payload.error, undefined);
    const actor = def.access.identify(ctx.actor, ctx.policy, ctx.directory);
    if (!actor.ok) return refuse(actor.error, undefined);
    const at = now.value.toISOString();
    const resource: ResourceRef = { kind, id: id.value, department: actor.value.department, createdBy: actor.value.id };
    const info: CreateInfo<P, Req, unknown> = {
      command: payload.value,
      commandId: env.value.id,
      actor: actor.value,
      now: now.value,
      at,
      policy: ctx.policy,
      recordId: id.value,
      authorize: (requirement) => def.access.authorize(actor.value, requirement, resource, ctx.policy),
    };
    const requirement = typeof def.create.right === 'function' ? (def.create.right as (i: typeof info) => Req)(info) : def.create.right;
    const allowed = info.authorize(requirement);
    if (!allowed.ok) return refuse(allowed.error, undefined);
    const input = def.create.decide(info);
    if (!input.ok) return refuse(input.error, undefined);
    const [snapshot, actions] = (initialTransition as (logic: M, input: unknown) => [AnyMachineSnapshot, unknown[]])(def.machine, input.value);
    const done = accepted({
      kind,
      recordId: id.value,
      revision: 1,
      commandId: env.value.id,
      type: 'create',
      actor: actor.value,
      at,
      claimedAt: env.value.claimedAt,
      from: '(new)',
      to: nameOf(snapshot),
      payload: payload.value,
      policyVersion: ctx.policy.version,
      rules: [def.create.rule],
      actions,
      fingerprint: fingerprintOf('create', payload.value, actor.value.id),
    });
    return {
      ok: true,
      replayed: false,
      record: {
        kind,
        id: id.value,
        schemaVersion,
        revision: 1,
        snapshot: persist(snapshot) as PersistedSnapshot<Ctx>,
        policyVersion: ctx.policy.version,
        createdAt: at,
        updatedAt: at,
        createdBy: actor.value.id,
        contributors: [actor.value.id],
        processedCommands: [done.processed],
      },
      effects: done.effects,
      audit: done.audit,
    };
  }

  return { kind, schemaVersion, definition: def, step: step as Aggregate<M, P, Req, T, C>['step'], create: create as Aggregate<M, P, Req, T, C>['create'] };
}
