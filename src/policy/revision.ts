import { and, assign, emit, setup } from 'xstate';
import * as z from 'zod';
import { labelledEnum, type EnumValue } from '../core/labels.js';
import type { StoredRecord } from '../core/record.js';
import { fail, invalidInput, ok, type GovernanceError, type Result } from '../core/result.js';
import { isoDateTime, reasonText } from '../core/schema.js';
import { createCreate, createStep, type AggregateDefinition, type CommandInfo } from '../core/step.js';
import { authorize, separationOfDuties } from '../org/authorize.js';
import { PolicySchema, type Policy, type PolicyInput } from './schema.js';

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
  | (RevisionEventBase & { type: 'edit'; title?: string; summary?: string; policy?: PolicyInput })
  | (RevisionEventBase & { type: 'submit' })
  | (RevisionEventBase & { type: 'endorse' })
  | (RevisionEventBase & { type: 'reject'; reason: string })
  | (RevisionEventBase & { type: 'approve' })
  | (RevisionEventBase & { type: 'announce'; effectiveFrom: string; reference: string })
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
    input: {} as { title: string; summary: string; drafterId: string; policy: PolicyInput; reviewDepartments: readonly string[] },
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
  context: ({ input }) => ({
    title: input.title,
    summary: input.summary,
    drafterId: input.drafterId,
    policy: input.policy,
    reviewDepartments: input.reviewDepartments,
    endorsements: [],
    rejections: [],
  }),
  states: {
    draft: {
      on: {
        edit: {
          actions: assign(({ context, event }) => ({
            title: event.title ?? context.title,
            summary: event.summary ?? context.summary,
            policy: event.policy ?? context.policy,
          })),
        },
        submit: { target: 'departmentReview', actions: 'notifyReviewers' },
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
          actions: [assign({ approval: ({ event }) => ({ actorId: event.actorId, at: event.at }) }), 'notifyAnnouncer'],
        },
        reject: { target: 'draft', actions: [{ type: 'recordRejection', params: { stage: 'managementApproval' } }, 'notifyDrafterRejected'] },
      },
    },
    approved: {
      on: {
        announce: {
          target: 'effective',
          actions: [
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


/**
 * Commands on an existing revision, validated before anything else.
 *
 * @example
 * revisionCommandSchema.parse({ type: 'reject', reason: '需补充隐私条款' });
 */
export const revisionCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('edit'), title: z.string().min(1).optional(), summary: z.string().optional(), policy: PolicySchema.optional() }),
  z.object({ type: z.literal('submit') }),
  z.object({ type: z.literal('endorse') }),
  z.object({ type: z.literal('reject'), reason: reasonText }),
  z.object({ type: z.literal('approve') }),
  z.object({ type: z.literal('announce'), effectiveFrom: isoDateTime.optional(), reference: z.string().min(1, 'the notice needs a reference (文号)') }),
  z.object({ type: z.literal('withdraw'), reason: reasonText }),
]);
/** See {@link revisionCommandSchema}. @example const c: RevisionCommand = { type: 'submit' } as RevisionCommand; */
export type RevisionCommand = z.infer<typeof revisionCommandSchema>;

/**
 * The command that creates a revision: a title, a summary of the change, the full proposed policy, and
 * optionally which departments review it (default: the current policy's `revision.reviewDepartments`).
 *
 * @example
 * createRevisionSchema.parse({ type: 'create', title: '2026 修订', summary: '新增小红书', policy: defaultPolicy });
 */
export const createRevisionSchema = z.object({

  type: z.literal('create'),
  title: z.string().min(1),
  summary: z.string().default(''),
  policy: PolicySchema,
  reviewDepartments: z.array(z.string().min(1)).min(1).optional(),
});
/** See {@link createRevisionSchema}. @example const c: CreateRevisionCommand = createRevisionSchema.parse(input); */
export type CreateRevisionCommand = z.infer<typeof createRevisionSchema>;

type Snap = ReturnType<typeof policyRevisionMachine.resolveState>;
type Info = CommandInfo<RevisionCommand, Policy> & { readonly snapshot: Snap };

const signaturesOf = (c: RevisionContext) => [
  ...c.endorsements.map((e) => ({ actorId: e.actorId, stage: `review:${e.department}` })),
  ...(c.approval ? [{ actorId: c.approval.actorId, stage: 'approval' }] : []),
];

function authorizeCommand({ actor, command, snapshot, policy, recordId }: Info): Result<unknown> {
  const resource = { kind: 'policy-revision', id: recordId, department: actor.department };
  const c = snapshot.context;
  const right = (action: string) => authorize(actor, action, resource, policy);
  switch (command.type) {
    case 'edit':
    case 'submit':
    case 'withdraw':
      return right('policy.draft');
    case 'endorse': {
      const r = right('policy.review');
      if (!r.ok) return r;
      if (!c.reviewDepartments.includes(actor.department)) {
        return fail({ code: 'forbidden', rule: 'SUP-3', message: `${actor.department} is not a reviewing department of this revision`, messageZh: `${actor.department} 不是本次修订的审核部门` });
      }
      return separationOfDuties({ actorId: actor.id, authorId: c.drafterId, stage: `review:${actor.department}`, signatures: signaturesOf(c), rule: 'SUP-3' });
    }
    case 'reject':
      // Whoever signs the current stage may reject at it; in other states the machine refuses.
      if (snapshot.matches('managementApproval')) return right('policy.approve');
      if (snapshot.matches('departmentReview')) return right('policy.review');
      return ok(undefined);
    case 'approve': {
      const r = right('policy.approve');
      if (!r.ok) return r;
      return separationOfDuties({ actorId: actor.id, authorId: c.drafterId, stage: 'approval', signatures: signaturesOf(c), rule: 'SUP-3' });
    }
    case 'announce':
      return right('policy.announce');
  }
}

function explainRefusal({ command, actor }: Info): GovernanceError | undefined {
  if (command.type !== 'endorse') return undefined;
  return {
    code: 'not-allowed',
    rule: 'SUP-3',
    message: `${actor.department} has already endorsed this revision`,
    messageZh: `${actor.department} 已审核通过本修订`,
    state: 'departmentReview',
    accepts: ['endorse', 'reject', 'withdraw'],
  };
}

function checkCommand({ command, at }: Info): Result<void> {
  if (command.type === 'announce' && command.effectiveFrom && command.effectiveFrom.getTime() < at.getTime()) {
    return fail(invalidInput([{ path: ['effectiveFrom'], message: 'a revision cannot take effect before its formal notice', rule: 'SUP-3' }], 'SUP-3'));
  }
  return ok(undefined);
}

/**
 * The policy-revision aggregate for the step engine (SUP-3).
 *
 * @example
 * const step = createStep(policyRevisionAggregate);
 */
export const policyRevisionAggregate: AggregateDefinition<typeof policyRevisionMachine, RevisionCommand, CreateRevisionCommand, Policy> = {
  kind: 'policy-revision',
  schemaVersion: 1,
  machine: policyRevisionMachine,
  commands: revisionCommandSchema,
  toEvent: ({ command, actor, at }): RevisionEvent => {
    const b = { actorId: actor.id, department: actor.department, at: at.toISOString() };
    switch (command.type) {
      case 'edit':
        return {
          ...b,
          type: 'edit',
          ...(command.title === undefined ? {} : { title: command.title }),
          ...(command.summary === undefined ? {} : { summary: command.summary }),
          ...(command.policy === undefined ? {} : { policy: command.policy }),
        };
      case 'reject':
      case 'withdraw':
        return { ...b, type: command.type, reason: command.reason };
      case 'announce':
        return { ...b, type: 'announce', effectiveFrom: (command.effectiveFrom ?? at).toISOString(), reference: command.reference };
      default:
        return { ...b, type: command.type };
    }
  },
  authorize: authorizeCommand,
  check: checkCommand,
  explainRefusal,
  create: {
    schema: createRevisionSchema,
    authorize: ({ actor, policy, recordId }) => authorize(actor, 'policy.draft', { kind: 'policy-revision', id: recordId, department: actor.department }, policy),
    toInput: ({ command, actor, policy }) => ({
      title: command.title,
      summary: command.summary,
      drafterId: actor.id,
      policy: command.policy,
      reviewDepartments: command.reviewDepartments ?? policy.revision.reviewDepartments,
    }),
  },
};

/**
 * Apply one command to a stored policy revision. See `createStep` for the order of checks.
 *
 * @example
 * const r = policyRevisionStep(record, { id: 'c-2', type: 'submit', actor: drafter }, { policy: defaultPolicy, now });
 * r.ok && r.record.revision //=> 2
 */
export const policyRevisionStep = createStep(policyRevisionAggregate);

/**
 * Create a policy revision record (revision 1, state `draft`).
 *
 * @example
 * const r = createPolicyRevision('rev-2026-2', { id: 'c-1', type: 'create', actor: drafter, title: '2026 第二版', policy }, { policy: defaultPolicy, now });
 */
export const createPolicyRevision = createCreate(policyRevisionAggregate);

/**
 * The policy in force at `now` among stored revisions: the effective revision whose `effectiveFrom` is the
 * latest not after `now` (SUP-3). `not-found` when none is in force yet.
 *
 * @example
 * const r = policyInForce(revisions, new Date());
 * if (r.ok) r.value.policy.version //=> '2026.2'
 */
export function policyInForce(
  records: readonly StoredRecord[],
  now: Date,
): Result<{ readonly version: string; readonly policy: PolicyInput; readonly effectiveFrom: string; readonly recordId: string }> {
  let best: { version: string; policy: PolicyInput; effectiveFrom: string; recordId: string; noticeAt: number } | undefined;
  for (const record of records) {
    if (record.kind !== policyRevisionAggregate.kind) continue;
    const snap = record.snapshot as { value?: unknown; context?: RevisionContext };
    const notice = snap.context?.notice;
    if (snap.value !== 'effective' || !notice || !snap.context) continue;
    const from = Date.parse(notice.effectiveFrom);
    if (from > now.getTime()) continue;
    // The latest effective date wins; on a tie, the later notice.
    if (!best || from > Date.parse(best.effectiveFrom) || (from === Date.parse(best.effectiveFrom) && Date.parse(notice.noticeAt) > best.noticeAt)) {
      best = { version: snap.context.policy.version, policy: snap.context.policy, effectiveFrom: notice.effectiveFrom, recordId: record.id, noticeAt: Date.parse(notice.noticeAt) };
    }
  }
  return best
    ? ok({ version: best.version, policy: best.policy, effectiveFrom: best.effectiveFrom, recordId: best.recordId })
    : fail({ code: 'not-found', message: `No policy revision is in force at ${now.toISOString()}`, messageZh: '该时间点没有生效的制度版本' });
}
