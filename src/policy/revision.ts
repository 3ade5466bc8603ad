import { and, assign, emit, setup } from 'xstate';
import * as z from 'zod';
import { aggregateKit, type Aggregate, type CommandTable, type CreateSpec, type CommandOf, type CreateCommandOf, type StepContext, type StepResult } from '../core/aggregate.js';
import { labelledEnum, type EnumValue } from '../core/labels.js';
import { legacyActors, upgradeEnvelopeToV2, type Migration } from '../core/migrate.js';
import { readRecord, readRecords, stored as is, type RecordType, type RecordView } from '../core/reader.js';
import type { StoredRecord } from '../core/record.js';
import { conflict, fail, forbidden, invalidInput, issue, notAllowed, notFound, ok, validate, words, type Result } from '../core/result.js';
import { isoDateTime, reasonText, text } from '../core/schema.js';
import { LIMITS } from '../core/text.js';
import { orgAccess, type Requirement } from '../org/authorize.js';
import { revisionStartedBy } from './evaluation-record.js';
import { compareVersions, POLICY_SCHEMA_GENERATION, PolicySchema, type Policy, type PolicyInput } from './schema.js';

/**
 * The states of a policy revision (SUP-3): drafted, reviewed by departments (S1 ch.8 部门审核), approved by
 * management (S0 art.17 企业管理负责人审批), then in force from the date of the formal notice (正式通知后生效).
 *
 * @example
 * revisionState.label('managementApproval', 'zh-CN') //=> '管理层审批'
 */
export const revisionState = /* @__PURE__ */ labelledEnum('revisionState', {
  draft: { 'zh-CN': '起草', 'zh-TW': '起草', en: 'Draft' },
  departmentReview: { 'zh-CN': '部门审核', 'zh-TW': '部門審核', en: 'Department review' },
  managementApproval: { 'zh-CN': '管理层审批', 'zh-TW': '管理層審批', en: 'Management approval' },
  approved: { 'zh-CN': '已批准待通知', 'zh-TW': '已批准待通知', en: 'Approved, awaiting notice' },
  effective: { 'zh-CN': '已正式通知生效', 'zh-TW': '已正式通知生效', en: 'In force by formal notice' },
  withdrawn: { 'zh-CN': '已撤回', 'zh-TW': '已撤回', en: 'Withdrawn' },
});
/** See {@link revisionState}. @example const s: RevisionState = 'draft'; */
export type RevisionState = EnumValue<typeof revisionState>;

/**
 * The commands a policy revision takes.
 *
 * @example
 * revisionCommandType.label('endorse', 'en') //=> 'Endorse for a department'
 */
export const revisionCommandType = /* @__PURE__ */ labelledEnum('revisionCommandType', {
  create: { 'zh-CN': '新建修订', 'zh-TW': '新建修訂', en: 'Create revision' },
  edit: { 'zh-CN': '修改草案', 'zh-TW': '修改草案', en: 'Edit draft' },
  submit: { 'zh-CN': '提交审核', 'zh-TW': '提交審核', en: 'Submit for review' },
  endorse: { 'zh-CN': '部门审核通过', 'zh-TW': '部門審核通過', en: 'Endorse for a department' },
  reject: { 'zh-CN': '退回', 'zh-TW': '退回', en: 'Reject' },
  approve: { 'zh-CN': '审批通过', 'zh-TW': '審批通過', en: 'Approve' },
  announce: { 'zh-CN': '正式通知', 'zh-TW': '正式通知', en: 'Issue formal notice' },
  withdraw: { 'zh-CN': '撤回', 'zh-TW': '撤回', en: 'Withdraw' },
});

/**
 * What a revision remembers. Times are ISO strings so the snapshot is plain JSON.
 *
 * @example
 * const c: RevisionContext = snapshot.context;
 */
export interface RevisionContext {
  readonly title: string;
  readonly summary: string;
  readonly drafterId: string;
  /** The proposed policy, in full. Its `version` is the version this revision becomes. */
  readonly policy: PolicyInput;
  readonly reviewDepartments: readonly string[];
  readonly endorsements: ReadonlyArray<{ readonly department: string; readonly actorId: string; readonly at: string }>;
  readonly approval?: { readonly actorId: string; readonly at: string };
  readonly notice?: { readonly actorId: string; readonly noticeAt: string; readonly effectiveFrom: string; readonly reference: string };
  readonly rejections: ReadonlyArray<{ readonly stage: string; readonly actorId: string; readonly at: string; readonly reason: string }>;
  readonly withdrawal?: { readonly actorId: string; readonly at: string; readonly reason: string };
  /** The `POLICY_SCHEMA_GENERATION` the proposal was last validated under. */
  readonly checkedUnder?: number | undefined;
  /** The periodic evaluation whose "revision needed" conclusion started this revision, if one did (SUP-3). */
  readonly evaluationId?: string;
}

/**
 * Who acted and when, carried by every revision event.
 *
 * @example
 * const b: RevisionEventBase = { actorId: 'u-1', department: 'market', at: '2026-01-05T02:00:00.000Z' };
 */
export interface RevisionEventBase {
  readonly actorId: string;
  readonly department: string;
  readonly at: string;
}
/**
 * The events the revision machine takes. The step builds them from commands; tests may send them directly.
 *
 * @example
 * const e: RevisionEvent = { type: 'submit', actorId: 'u-1', department: 'market', at: '2026-01-05T02:00:00.000Z' };
 */
export type RevisionEvent =
  | (RevisionEventBase & { type: 'edit'; title?: string; summary?: string; policy?: PolicyInput; checkedUnder?: number })
  | (RevisionEventBase & { type: 'submit'; checkedUnder?: number })
  | (RevisionEventBase & { type: 'endorse' })
  | (RevisionEventBase & { type: 'reject'; reason: string })
  | (RevisionEventBase & { type: 'approve'; checkedUnder?: number })
  | (RevisionEventBase & { type: 'announce'; effectiveFrom: string; reference: string; checkedUnder?: number })
  | (RevisionEventBase & { type: 'withdraw'; reason: string });

/**
 * The policy-revision state machine (SUP-3). Pure XState v5: no timers, no I/O; effects are emitted as
 * `notify` events that the step returns to the host.
 *
 * @example
 * const [snapshot] = initialTransition(policyRevisionMachine, { title: 't', summary: '', drafterId: 'u-1', policy, reviewDepartments: ['legal'] });
 * snapshot.value //=> 'draft'
 */
export const policyRevisionMachine = setup({
  types: {
    context: {} as RevisionContext,
    events: {} as RevisionEvent,
    input: {} as { title: string; summary: string; drafterId: string; policy: PolicyInput; reviewDepartments: readonly string[]; checkedUnder: number; evaluationId?: string },
    emitted: {} as { type: 'notify'; to: Record<string, unknown>; topic: string; [k: string]: unknown },
  },
  guards: {
    // Each reviewing department endorses once; the last one moves the revision on.
    mayEndorse: ({ context, event }) =>
      context.reviewDepartments.includes(event.department) && !context.endorsements.some((e) => e.department === event.department),
    completesReview: ({ context, event }) =>
      context.reviewDepartments.every((d) => d === event.department || context.endorsements.some((e) => e.department === d)),
  },
  actions: {
    // A proposal validated again under the current schema remembers it, so it is validated once.
    recordCheck: assign({ checkedUnder: ({ context, event }) => ('checkedUnder' in event && event.checkedUnder !== undefined ? event.checkedUnder : context.checkedUnder) }),
    recordEndorsement: assign({
      endorsements: ({ context, event }) => [...context.endorsements, { department: event.department, actorId: event.actorId, at: event.at }],
    }),
    // A rejection restarts review: endorsements given to the rejected text no longer count.
    recordRejection: assign({
      rejections: ({ context, event }, params: { stage: RevisionState }) => [
        ...context.rejections,
        { stage: params.stage, actorId: event.actorId, at: event.at, reason: (event as { reason: string }).reason },
      ],
      endorsements: () => [],
    }),
    notifyReviewers: emit(({ context }) => ({
      type: 'notify' as const,
      to: { departments: [...context.reviewDepartments], positions: ['head'] },
      topic: 'policy-revision.review-requested',
      version: context.policy.version,
    })),
    notifyApprover: emit(({ context }) => ({
      type: 'notify' as const,
      to: { departments: ['management'], positions: ['management-head'] },
      topic: 'policy-revision.approval-requested',
      version: context.policy.version,
    })),
    notifyDrafterRejected: emit(({ context, event }) => ({
      type: 'notify' as const,
      to: { actorIds: [context.drafterId] },
      topic: 'policy-revision.rejected',
      reason: (event as { reason: string }).reason,
    })),
    notifyAnnouncer: emit(({ context }) => ({
      type: 'notify' as const,
      to: { departments: ['operations-management'] },
      topic: 'policy-revision.approved',
      version: context.policy.version,
    })),
    notifyEveryone: emit(({ context, event }) => ({
      type: 'notify' as const,
      to: { everyone: true },
      topic: 'policy-revision.announced',
      version: context.policy.version,
      effectiveFrom: (event as { effectiveFrom: string }).effectiveFrom,
    })),
  },
}).createMachine({
  id: 'policyRevision',
  initial: 'draft',
  // XState also calls this without input when it sets up a pure transition (see the content machine).
  context: ({ input }) => input === undefined ? ({} as RevisionContext) : ({
    title: input.title,
    summary: input.summary,
    drafterId: input.drafterId,
    policy: input.policy,
    reviewDepartments: input.reviewDepartments,
    endorsements: [],
    rejections: [],
    checkedUnder: input.checkedUnder,
    ...(input.evaluationId === undefined ? {} : { evaluationId: input.evaluationId }),
  }),
  states: {
    draft: {
      on: {
        edit: {
          actions: assign(({ context, event }) => ({
            title: event.title ?? context.title,
            summary: event.summary ?? context.summary,
            policy: event.policy ?? context.policy,
            checkedUnder: event.checkedUnder ?? context.checkedUnder,
          })),
        },
        submit: { target: 'departmentReview', actions: ['recordCheck', 'notifyReviewers'] },
        withdraw: {
          target: 'withdrawn',
          actions: assign({ withdrawal: ({ event }) => ({ actorId: event.actorId, at: event.at, reason: event.reason }) }),
        },
      },
    },
    departmentReview: {
      on: {
        endorse: [
          { guard: and(['mayEndorse', 'completesReview']), target: 'managementApproval', actions: ['recordEndorsement', 'notifyApprover'] },
          { guard: 'mayEndorse', actions: 'recordEndorsement' },
        ],
        reject: { target: 'draft', actions: [{ type: 'recordRejection', params: { stage: 'departmentReview' } }, 'notifyDrafterRejected'] },
        withdraw: {
          target: 'withdrawn',
          actions: assign({ withdrawal: ({ event }) => ({ actorId: event.actorId, at: event.at, reason: event.reason }) }),
        },
      },
    },
    managementApproval: {
      on: {
        approve: {
          target: 'approved',
          actions: ['recordCheck', assign({ approval: ({ event }) => ({ actorId: event.actorId, at: event.at }) }), 'notifyAnnouncer'],
        },
        reject: { target: 'draft', actions: [{ type: 'recordRejection', params: { stage: 'managementApproval' } }, 'notifyDrafterRejected'] },
      },
    },
    approved: {
      on: {
        announce: {
          target: 'effective',
          actions: [
            'recordCheck',
            assign({
              notice: ({ event }) => ({ actorId: event.actorId, noticeAt: event.at, effectiveFrom: event.effectiveFrom, reference: event.reference }),
            }),
            'notifyEveryone',
          ],
        },
      },
    },
    effective: { type: 'final' },
    withdrawn: { type: 'final' },
  },
});


/** The record kind of policy revisions. @example REVISION_KIND //=> 'policy-revision' */
export const REVISION_KIND = 'policy-revision';

// Version 1 knew only the drafter; version 2 keeps everyone who drafted, edited or submitted as
// contributors, recovered from the audit entries the record still holds.
const v1to2: Migration = {
  kind: REVISION_KIND,
  from: 1,
  migrate: (record) => {
    const snapshot = record.snapshot as { context: { drafterId: string } };
    return upgradeEnvelopeToV2(record, {
      createdBy: snapshot.context.drafterId,
      contributors: [snapshot.context.drafterId, ...legacyActors(record, ['edit', 'submit'])],
      snapshot: record.snapshot,
    });
  },
};

const str = is.string;
const versioned = is.fields({ version: str });
const endorsement = is.fields({ department: str, actorId: str, at: is.time });
const rejection = is.fields({ stage: str, actorId: str, at: is.time, reason: str });
const signedOff = is.fields({ actorId: str, at: is.time });
const notice = is.fields({ actorId: str, noticeAt: is.time, effectiveFrom: is.time, reference: str });

// Element by element, what the step and `policyInForce` read.
function revisionDamage(c: Record<string, unknown>): string | undefined {
  if (!versioned(c['policy'])) return 'context.policy has no version';
  if (!is.list(c['reviewDepartments'], str)) return 'context.reviewDepartments are damaged';
  if (!is.list(c['endorsements'], endorsement)) return 'context.endorsements are damaged';
  if (!is.list(c['rejections'], rejection)) return 'context.rejections are damaged';
  if (!is.maybe(c['approval'], signedOff)) return 'context.approval is damaged';
  if (!is.maybe(c['notice'], notice)) return 'context.notice is damaged';
  return undefined;
}

/**
 * What policy-revision records are: kind `policy-revision`, schema version 2, and the migration from 1.
 *
 * @example
 * revisionRecordType.schemaVersion //=> 2
 */
export const revisionRecordType: RecordType = {
  kind: REVISION_KIND,
  schemaVersion: 2,
  migrations: [v1to2],
  states: revisionState.values,
  context: {
    title: 'string',
    summary: 'string',
    drafterId: 'string',
    policy: 'object',
    reviewDepartments: 'array',
    endorsements: 'array',
    approval: 'object?',
    notice: 'object?',
    rejections: 'array',
    withdrawal: 'object?',
    checkedUnder: 'count?',
    evaluationId: 'string?',
  },
  damage: revisionDamage,
};

/**
 * Read a stored policy revision (any schema version): its state, the proposed policy, endorsements,
 * approval and notice.
 *
 * @example
 * const r = readPolicyRevision(record);
 * if (r.ok) r.value.context.policy.version //=> '2026.2'
 */
export function readPolicyRevision(record: StoredRecord): Result<RecordView<RevisionContext>> {
  return readRecord<RevisionContext>(record, revisionRecordType);
}

// The evaluation id reaches the create decision only through `createPolicyRevision`, which reads it from the
// evaluation record the host loaded: a module-private key that no command body, and no JSON, can carry.
const STARTED_BY: unique symbol = Symbol('startedBy');

/**
 * What the revision step reads of the context's policy: the policy in force (and, inside
 * `createPolicyRevision` only, the evaluation that started the revision).
 *
 * @example
 * const scope: RevisionScope = defaultPolicy;
 */
export type RevisionScope = Policy & { readonly [STARTED_BY]?: string };

const kit = aggregateKit<typeof policyRevisionMachine, RevisionScope, Requirement>();

// The proposed policy must carry a version later than the one in force: audit entries name the version a
// decision used, so a version is never reused (SUP-3).
function newVersion(proposed: { readonly version: string } | undefined, inForce: Policy) {
  if (!proposed || compareVersions(proposed.version, inForce.version) > 0) return ok(undefined);
  return fail(
    invalidInput(
      [
        issue(
          ['policy', 'version'],
          words(
            `version ${proposed.version} is not later than ${inForce.version}, the version in force; a revision needs a new, later one`,
            `版本 ${proposed.version} 不晚于现行版本 ${inForce.version}，修订须使用更新的版本号`,
            `版本 ${proposed.version} 不晚於現行版本 ${inForce.version}，修訂須使用更新的版本號`,
          ),
          'SUP-3',
        ),
      ],
      'SUP-3',
    ),
  );
}

// Before it moves on, a proposal must still be a policy this library can run (one validated under an
// older schema generation is validated again, once) and still propose a version later than the one in
// force (another revision may have come into force meanwhile): versions stay unique (SUP-3).
function proposalStillValid(context: RevisionContext, inForce: Policy): Result<{ checkedUnder?: number }> {
  let recheck: { checkedUnder?: number } = {};
  if (context.checkedUnder !== POLICY_SCHEMA_GENERATION) {
    const parsed = validate(PolicySchema, context.policy, 'SUP-3');
    if (!parsed.ok) {
      const issues = parsed.error.code === 'invalid-input' ? parsed.error.issues.map((i) => ({ ...i, path: ['policy', ...i.path] })) : [];
      const messages = words(
        `The proposed policy is not valid for this library version (${issues.length} problem(s)); edit it before it moves on`,
        `拟议制度不符合当前版本的要求（${issues.length} 处问题），请先修改`,
        `擬議制度不符合目前版本的要求（${issues.length} 處問題），請先修改`,
      );
      return fail({ code: 'policy-invalid', rule: 'SUP-3', message: messages.en, messages, issues });
    }
    recheck = { checkedUnder: POLICY_SCHEMA_GENERATION };
  }
  const fresh = newVersion(context.policy, inForce);
  return fresh.ok ? ok(recheck) : fresh;
}

const signaturesOf = (c: RevisionContext) => [
  ...c.endorsements.map((e) => ({ actorId: e.actorId, stage: `review:${e.department}` })),
  ...(c.approval ? [{ actorId: c.approval.actorId, stage: 'approval' }] : []),
];

// The policy schema typed by the policy's named interfaces, so that command types (and their docs) say
// `PolicyInput` instead of writing the whole policy out. The same schema at run time.
const policyField: z.ZodType<Policy, PolicyInput> = PolicySchema;

/**
 * The payload of each policy-revision command, by type (SUP-3).
 *
 * @example
 * revisionPayloads.reject.parse({ reason: '需补充隐私条款' });
 */
export const revisionPayloads = {
  // The evaluation that started a revision is never named here: `createPolicyRevision(…, { startedBy })`
  // reads it from the evaluation record the host loaded.
  create: z.strictObject({ title: text(LIMITS.title), summary: text(LIMITS.text, { blank: true }).default(''), policy: policyField }),
  edit: z.strictObject({ title: text(LIMITS.title).optional(), summary: text(LIMITS.text, { blank: true }).optional(), policy: policyField.optional() }),
  submit: z.strictObject({}),
  endorse: z.strictObject({}),
  reject: z.strictObject({ reason: reasonText }),
  approve: z.strictObject({}),
  announce: z.strictObject({ effectiveFrom: isoDateTime.optional(), reference: text(200) }),
  withdraw: z.strictObject({ reason: reasonText }),
} as const;
const P = revisionPayloads;

const commands = {
  edit: kit.command({
    schema: P.edit,
    rule: 'SUP-3',
    right: 'policy.draft',
    contributes: true,
    decide: ({ command, policy }) => {
      const fresh = newVersion(command.policy, policy);
      if (!fresh.ok) return fresh;
      return ok({
        ...(command.title === undefined ? {} : { title: command.title }),
        ...(command.summary === undefined ? {} : { summary: command.summary }),
        ...(command.policy === undefined ? {} : { policy: command.policy, checkedUnder: POLICY_SCHEMA_GENERATION }),
      });
    },
  }),
  submit: kit.command({ schema: P.submit, rule: 'SUP-3', right: 'policy.draft', contributes: true, decide: ({ context, policy }) => proposalStillValid(context, policy) }),
  endorse: kit.command({
    schema: P.endorse,
    rule: 'SUP-3',
    right: 'policy.review',
    signs: ({ context, actor }) => ({ stage: `review:${actor.department}`, signatures: signaturesOf(context) }),
    decide: ({ context, actor }) =>
      context.reviewDepartments.includes(actor.department)
        ? ok({})
        : fail(
            forbidden(
              'SUP-3',
              words(
                `${actor.department} is not a reviewing department of this revision (${context.reviewDepartments.join(', ')})`,
                `${actor.department} 不是本次修订的审核部门（${context.reviewDepartments.join('、')}）`,
                `${actor.department} 不是本次修訂的審核部門（${context.reviewDepartments.join('、')}）`,
              ),
            ),
          ),
    refused: ({ actor, state }) =>
      notAllowed(state, ['endorse', 'reject', 'withdraw'], words(`${actor.department} has already endorsed this revision`, `${actor.department} 已审核通过本修订`, `${actor.department} 已審核通過本修訂`), 'SUP-3'),
  }),
  reject: kit.command({
    schema: P.reject,
    rule: 'SUP-3',
    // Whoever signs the current stage may send the revision back from it.
    right: ({ state }) => (state === 'managementApproval' ? 'policy.approve' : 'policy.review'),
    decide: ({ command, context, actor, state }) =>
      state === 'departmentReview' && !context.reviewDepartments.includes(actor.department)
        ? fail(
            forbidden(
              'SUP-3',
              words(`${actor.department} is not a reviewing department of this revision`, `${actor.department} 不是本次修订的审核部门`, `${actor.department} 不是本次修訂的審核部門`),
            ),
          )
        : ok({ reason: command.reason }),
  }),
  approve: kit.command({
    schema: P.approve,
    rule: 'SUP-3',
    right: 'policy.approve',
    signs: ({ context }) => ({ stage: 'approval', signatures: signaturesOf(context) }),
    decide: ({ context, policy }) => proposalStillValid(context, policy),
  }),
  announce: kit.command({
    schema: P.announce,
    rule: 'SUP-3',
    right: 'policy.announce',
    decide: ({ command, now, context, policy }) => {
      const valid = proposalStillValid(context, policy);
      if (!valid.ok) return valid;
      const from = command.effectiveFrom ?? now;
      if (from.getTime() < now.getTime()) {
        return fail(
          invalidInput(
            [issue(['effectiveFrom'], words('a revision cannot take effect before its formal notice', '制度不能早于正式通知生效', '制度不能早於正式通知生效'), 'SUP-3')],
            'SUP-3',
          ),
        );
      }
      return ok({ ...valid.value, effectiveFrom: from.toISOString(), reference: command.reference });
    },
  }),
  withdraw: kit.command({ schema: P.withdraw, rule: 'SUP-3', right: 'policy.draft', decide: ({ command }) => ok({ reason: command.reason }) }),
};

const create = kit.create({
  schema: P.create,
  rule: 'SUP-3',
  right: 'policy.draft',
  decide: ({ command, actor, policy }) => {
    const fresh = newVersion(command.policy, policy);
    if (!fresh.ok) return fresh;
    return ok({
      title: command.title,
      summary: command.summary,
      drafterId: actor.id,
      policy: command.policy,
      reviewDepartments: [...policy.revision.reviewDepartments],
      checkedUnder: POLICY_SCHEMA_GENERATION,
      ...(policy[STARTED_BY] === undefined ? {} : { evaluationId: policy[STARTED_BY] }),
    });
  },
});

/**
 * The type of {@link policyRevisionAggregate}: the record kind's machine, scope and decision rights, with its command
 * table typed from `revisionPayloads`. Named, so that signatures and the docs refer to it instead of spelling it out.
 *
 * @example
 * const a: PolicyRevisionAggregate = policyRevisionAggregate;
 * policyRevisionAggregate.kind //=> 'policy-revision'
 */
export type PolicyRevisionAggregate = Aggregate<typeof policyRevisionMachine, RevisionScope, Requirement, CommandTable<typeof policyRevisionMachine, RevisionScope, Requirement, Omit<typeof revisionPayloads, 'create'>>, CreateSpec<typeof policyRevisionMachine, RevisionScope, Requirement, (typeof revisionPayloads)['create']>>;

/**
 * The policy-revision aggregate (SUP-3): drafted, reviewed by the departments the policy names, approved
 * by management, in force from the formal notice. Nobody who drafted, edited or submitted a revision
 * endorses or approves it; one person signs one stage.
 *
 * @example
 * policyRevisionAggregate.kind //=> 'policy-revision'
 */
export const policyRevisionAggregate: PolicyRevisionAggregate = kit.define({
  type: revisionRecordType,
  machine: policyRevisionMachine,
  access: orgAccess,
  commands,
  create,
  separationRule: 'SUP-3',
});

/**
 * Every command a policy revision takes, as a union keyed on `type`.
 *
 * @example
 * const c: RevisionCommand = { id: 'req-2', type: 'submit' };
 */
export type RevisionCommand = CommandOf<typeof policyRevisionAggregate>;

/**
 * The command that creates a revision: a title, a summary of the change and the full proposed policy
 * (with a version of its own). The reviewing departments come from the policy in force; the evaluation
 * that started it comes from the record the host passes (`startedBy`), never from the command.
 *
 * @example
 * const c: CreateRevisionCommand = { id: 'req-1', type: 'create', title: '2026 修订', summary: '新增小红书', policy: { ...defaultPolicy, version: '2026.2' } };
 */
export type CreateRevisionCommand = CreateCommandOf<typeof policyRevisionAggregate>;

/**
 * Apply one command to a stored policy revision. See `defineAggregate` for the order of checks.
 *
 * @example
 * const r = policyRevisionStep(record, { id: 'c-2', type: 'submit' }, { policy: defaultPolicy, actor: 'u-drafter', directory, now });
 * r.ok && r.record.revision //=> 2
 */
export function policyRevisionStep(record: StoredRecord, command: RevisionCommand, ctx: StepContext<Policy>): StepResult<RevisionContext> {
  return policyRevisionAggregate.step(record, command, ctx);
}

/**
 * Create a policy revision record (revision 1, state `draft`). A revision an evaluation calls for passes
 * that evaluation's stored record as `startedBy` (SUP-3, S1 ch.8 定期进行评估，必要时进行修订): it must have
 * concluded "revision needed" and started no other revision (see `revisionStartedBy`), and the revision
 * records its id. Then `linkRevision(evaluation, revision, ctx)` marks the evaluation, so no second
 * revision cites it.
 *
 * @example
 * const r = createPolicyRevision('rev-2026-2', { id: 'c-1', type: 'create', title: '2026 第二版', policy }, ctx, { startedBy: evaluation });
 * r.ok && r.record.snapshot.context.evaluationId //=> 'eval-2026'
 */
export function createPolicyRevision(
  recordId: string,
  command: CreateRevisionCommand,
  ctx: StepContext<Policy>,
  options: { readonly startedBy?: StoredRecord } = {},
): StepResult<RevisionContext> {
  if (options?.startedBy === undefined) return policyRevisionAggregate.create(recordId, command, ctx);
  // The evaluation may already name this very revision: a host creating it again after a failed save.
  const link = revisionStartedBy(options.startedBy, recordId);
  if (!link.ok) return { ok: false, error: link.error, record: undefined };
  const scope: RevisionScope = { ...ctx.policy, [STARTED_BY]: link.value.evaluationId };
  return policyRevisionAggregate.create(recordId, command, { ...ctx, policy: scope });
}

/**
 * The policy in force at `now` among stored revisions: the effective revision whose `effectiveFrom` is the
 * latest not after `now` (SUP-3). `not-found` when none is in force yet. Two effective revisions that
 * bear the same version make every audit entry naming it ambiguous: that is a `conflict` naming both,
 * never a silent pick. The policy is returned as it was approved: run `parsePolicy` on it before use.
 * An invalid `now` is `invalid-input` at `now`.
 *
 * @example
 * const r = policyInForce(revisions, new Date());
 * if (r.ok) r.value.version //=> '2026.2'
 */
export function policyInForce(
  records: readonly StoredRecord[],
  now: Date,
): Result<{ readonly version: string; readonly policy: PolicyInput; readonly effectiveFrom: string; readonly recordId: string }> {
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) return fail(invalidInput([issue(['now'], words('must be a valid date', '须为有效日期', '須為有效日期'), 'SUP-3')], 'SUP-3'));
  let best: { version: string; policy: PolicyInput; effectiveFrom: string; recordId: string; noticeAt: number } | undefined;
  const byVersion = new Map<string, string>();
  for (const v of readRecords<RevisionContext>(records, revisionRecordType).views) {
    const notice = v.context.notice;
    if (v.state !== 'effective' || !notice) continue;
    const version = v.context.policy.version;
    const other = byVersion.get(version);
    if (other !== undefined && other !== v.id) {
      return fail(
        conflict(
          words(
            `Revisions ${other} and ${v.id} both put version ${version} in force; versions must be unique`,
            `修订 ${other} 与 ${v.id} 均以版本 ${version} 生效，版本号必须唯一`,
            `修訂 ${other} 與 ${v.id} 均以版本 ${version} 生效，版本號必須唯一`,
          ),
          { rule: 'SUP-3' },
        ),
      );
    }
    byVersion.set(version, v.id);
    const from = Date.parse(notice.effectiveFrom);
    if (from > now.getTime()) continue;
    // The latest effective date wins; on a tie, the later notice.
    if (!best || from > Date.parse(best.effectiveFrom) || (from === Date.parse(best.effectiveFrom) && Date.parse(notice.noticeAt) > best.noticeAt)) {
      best = { version: v.context.policy.version, policy: v.context.policy, effectiveFrom: notice.effectiveFrom, recordId: v.id, noticeAt: Date.parse(notice.noticeAt) };
    }
  }
  if (best) return ok({ version: best.version, policy: best.policy, effectiveFrom: best.effectiveFrom, recordId: best.recordId });
  return fail({ ...notFound(REVISION_KIND, `in force at ${now.toISOString()}`), ...words3(now) });
}

function words3(now: Date) {
  const messages = words(`No policy revision is in force at ${now.toISOString()}`, '该时间点没有生效的制度版本', '該時間點沒有生效的制度版本');
  return { message: messages.en, messages };
}
