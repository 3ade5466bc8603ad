import { assign, emit, setup } from 'xstate';
import type { Labels } from '../core/labels.js';
import type { Audience } from '../core/record.js';
import type { RiskLevel } from '../core/risk-level.js';
import { fullyApproved, stageComplete } from './chain.js';
import type { ChainStage, ContentCompliance, ContentContext, Metrics, PlanChange, ResolvedChain, ReviewedContent, StageSignature, TakedownCause } from './model.js';

/**
 * Who gave an event and when (the host's clock); carried by every content event.
 *
 * @example
 * const who: ContentEventBase = { actorId: 'u-1', department: 'marketing', at: '2026-03-02T01:00:00.000Z' };
 */
export interface ContentEventBase {
  readonly actorId: string;
  readonly department: string;
  readonly at: string;
}

/**
 * What an event that may move an item's planned publishing time carries for its plan history (CW-7):
 * the ISO week of `at` in the policy's time zone, and, for an item stored before the history was kept,
 * the entry that stands for its earlier date (set when it was created).
 *
 * @example
 * const p: PlanNote = { planWeek: '2026-W10' };
 */
export interface PlanNote {
  readonly planWeek: string;
  readonly planSince?: PlanChange;
}

/**
 * The events the content machine takes. The aggregate builds them from validated commands, adding what
 * only it knows (the new hash, the chain chosen under the current policy, the stage under review).
 *
 * @example
 * const e: ContentEvent = { type: 'submit', actorId: 'u-1', department: 'marketing', at, chain };
 */
export type ContentEvent =
  | (ContentEventBase & PlanNote & { type: 'update-plan'; plan: ContentContext['plan'] })
  | (ContentEventBase & { type: 'start-creation' })
  | (ContentEventBase & PlanNote & { type: 'edit'; changes: ReviewedContent; hash: string; chain?: ResolvedChain; compliance?: ContentCompliance; reason?: string })
  | (ContentEventBase & { type: 'submit'; chain: ResolvedChain; compliance: ContentCompliance; riskLevel: RiskLevel; hash: string })
  | (ContentEventBase & { type: 'accept-finding'; compliance: ContentCompliance; finding: string; explanation: Labels; reason: string })
  | (ContentEventBase & { type: 'approve'; stage: string; hash: string; comment?: string })
  | (ContentEventBase & { type: 'reject'; stage: string; reason: string })
  | (ContentEventBase & PlanNote & { type: 'schedule'; publishAt: string })
  | (ContentEventBase & PlanNote & { type: 'unschedule' })
  | (ContentEventBase & { type: 'publish'; externalId: string; url?: string; policyVersion: string })
  | (ContentEventBase & { type: 'record-metrics'; metrics: Metrics; observedAt: string; week: string; month: string })
  | (ContentEventBase & { type: 'archive' })
  | (ContentEventBase & { type: 'withdraw'; reason: string })
  | (ContentEventBase & { type: 'takedown'; reason: string; emergency: boolean; emergencyAllowed: boolean; cause?: TakedownCause })
  | (ContentEventBase & { type: 'cancel'; reason: string });

/**
 * The input that starts a content item in planning.
 *
 * @example
 * const input: ContentInput = { ...content, authorId: 'u-1', department: 'marketing', plan: {}, hash };
 */
export type ContentInput = ReviewedContent & Pick<ContentContext, 'authorId' | 'department' | 'plan' | 'hash' | 'planHistory'>;

type Emitted = { type: 'notify' | 'schedule' | 'escalate'; [key: string]: unknown };

// The stage's signers as an Audience: each grant keeps its own department with its own positions (a
// departments × positions cross product would also reach people who may not sign).
function audienceOf(stage: ChainStage, department: string): Audience {
  return {
    grants: stage.signers.map((g) => ({
      ...(g.department === undefined ? (stage.sameDepartment ? { department } : {}) : { department: g.department }),
      ...(g.positions === undefined ? {} : { positions: [...g.positions] }),
    })),
    ...(stage.quorum.kind === 'any' ? {} : stage.quorum.actorIds ? { actorIds: [...stage.quorum.actorIds] } : {}),
  };
}

const current = (c: ContentContext): ChainStage | undefined => c.chain?.stages[c.stageIndex];

// The signatures after this approval, when it signs the stage under review on the current content.
function signedWith(c: ContentContext, e: ContentEvent): StageSignature[] | undefined {
  const stage = current(c);
  if (e.type !== 'approve' || !stage || e.stage !== stage.id || e.hash !== c.hash) return undefined;
  return [...c.signatures, { stage: stage.id, actorId: e.actorId, at: e.at, hash: e.hash }];
}

/** The most plan changes an item keeps (two years of weekly re-planning); the oldest go first. */
const MAX_PLAN_CHANGES = 104;

// The planned publishing time the calendar shows: the schedule, else the plan date.
const targetOf = (c: Pick<ContentContext, 'publishAt' | 'plan'>): string | undefined => c.publishAt ?? c.plan.plannedAt;

/**
 * The plan history after a command that may have moved the planned publishing time (CW-7): unchanged
 * when the time did not move; otherwise the change is added, replacing one made earlier the same week.
 *
 * @example
 * notePlanChange({ plan: { plannedAt: '2026-03-04T12:00:00.000Z' }, planHistory: [] }, { at: '2026-02-26T02:00:00.000Z', planWeek: '2026-W09' })
 * //=> [{ at: '2026-02-26T02:00:00.000Z', week: '2026-W09', target: '2026-03-04T12:00:00.000Z' }]
 */
export function notePlanChange(
  context: Pick<ContentContext, 'publishAt' | 'plan' | 'planHistory'>,
  note: PlanNote & { readonly at: string },
): readonly PlanChange[] {
  const history = context.planHistory ?? (note.planSince ? [note.planSince] : []);
  const target = targetOf(context);
  const last = history[history.length - 1];
  if (last ? last.target === target : target === undefined) return history;
  const entry: PlanChange = { at: note.at, week: note.planWeek, ...(target === undefined ? {} : { target }) };
  const kept = last && last.week === note.planWeek ? history.slice(0, -1) : history;
  return [...kept, entry].slice(-MAX_PLAN_CHANGES);
}

const restartReview = ['voidSignatures', 'applyEdit', 'startReview', 'notifyVoided', 'notifyStage', 'scheduleDeadline'] as const;

/**
 * The content-item state machine (CW-1..CW-9): planning → creation → review → approved → scheduled →
 * published → monitoring → archived, with cancellation, withdrawal and takedown. Its shape never depends
 * on the policy: the review chain is copied into the item at submission and walked as data
 * (`stageIndex`), so a policy change never strands an item in review.
 *
 * @example
 * const [snapshot] = initialTransition(contentMachine, input);
 * snapshot.value //=> 'planning'
 */
export const contentMachine = setup({
  types: {
    context: {} as ContentContext,
    events: {} as ContentEvent,
    input: {} as ContentInput,
    emitted: {} as Emitted,
  },
  guards: {
    planComplete: ({ context }) => Boolean(context.plan.theme && context.plan.form && context.plan.audience && context.plan.expectedEffect),
    hasContent: ({ context }) => context.title.trim().length > 0 && context.body.trim().length > 0,
    restartsReview: ({ event }) => event.type === 'edit' && event.chain !== undefined && event.chain.stages.length > 0,
    signsStage: ({ context, event }) => signedWith(context, event) !== undefined,
    completesStage: ({ context, event }) => {
      const signatures = signedWith(context, event);
      const stage = current(context);
      return signatures !== undefined && stage !== undefined && stageComplete(stage, signatures, context.hash);
    },
    completesLastStage: ({ context, event }) => {
      const signatures = signedWith(context, event);
      return signatures !== undefined && fullyApproved({ chain: context.chain, signatures, hash: context.hash });
    },
    fullyApproved: ({ context }) => fullyApproved(context),
    // CMP-4: a finding of the latest assessment not yet accepted.
    acceptsFinding: ({ context, event }) =>
      event.type === 'accept-finding' &&
      (context.compliance?.findings.some((f) => f.key === event.finding) ?? false) &&
      !(context.compliance?.accepted.some((x) => x.key === event.finding) ?? false),
    emergencyTakedownAllowed: ({ event }) => event.type === 'takedown' && event.emergency && event.emergencyAllowed,
  },
  actions: {
    end: assign({
      ending: ({ event }, params: { kind: 'withdraw' | 'takedown' | 'cancel' }) => ({
        kind: params.kind,
        at: event.at,
        actorId: event.actorId,
        reason: 'reason' in event ? event.reason : '',
        emergency: event.type === 'takedown' && event.emergency,
        ...(event.type === 'takedown' && event.cause ? { cause: { kind: event.cause.kind, id: event.cause.id } } : {}),
      }),
    }),
    notePlan: assign({ planHistory: ({ context, event }) => ('planWeek' in event ? notePlanChange(context, event) : context.planHistory) }),
    updatePlan: assign({ plan: ({ context, event }) => (event.type === 'update-plan' ? { ...context.plan, ...event.plan } : context.plan) }),
    applyEdit: assign(({ event }) => (event.type === 'edit' ? { ...event.changes, hash: event.hash, ...(event.compliance ? { compliance: event.compliance } : {}) } : {})),
    // CMP-4: the assessment with the acceptance; the content, its hash and the approvals given stay.
    acceptFinding: assign(({ event }) => (event.type === 'accept-finding' ? { compliance: event.compliance } : {})),
    // CW-5: approvals given to an earlier version no longer count; they stay on record as voided.
    voidSignatures: assign(({ context }) => ({ voidedSignatures: [...context.voidedSignatures, ...context.signatures], signatures: [] })),
    startReview: assign(({ event }) => ({
      ...(event.type === 'submit' || (event.type === 'edit' && event.chain) ? { chain: event.chain } : {}),
      ...(event.type === 'submit' ? { compliance: event.compliance, riskLevel: event.riskLevel, hash: event.hash } : {}),
      stageIndex: 0,
      stageStartedAt: event.at,
      signatures: [],
    })),
    sign: assign({
      signatures: ({ context, event }) =>
        event.type === 'approve'
          ? [...context.signatures, { stage: event.stage, actorId: event.actorId, at: event.at, hash: event.hash, ...(event.comment ? { comment: event.comment } : {}) }]
          : context.signatures,
    }),
    nextStage: assign({ stageIndex: ({ context }) => context.stageIndex + 1, stageStartedAt: ({ event }) => event.at }),
    reject: assign(({ context, event }) => ({
      rejections:
        event.type === 'reject' ? [...context.rejections, { stage: event.stage, actorId: event.actorId, at: event.at, reason: event.reason }] : context.rejections,
      voidedSignatures: [...context.voidedSignatures, ...context.signatures],
      signatures: [],
    })),
    schedule: assign({ publishAt: ({ context, event }) => (event.type === 'schedule' ? event.publishAt : context.publishAt) }),
    unschedule: assign({ publishAt: undefined }),
    publish: assign({
      publication: ({ context, event }) =>
        event.type === 'publish'
          ? {
              at: event.at,
              channel: context.channel,
              externalId: event.externalId,
              ...(event.url ? { url: event.url } : {}),
              policyVersion: event.policyVersion,
              hash: context.hash,
              actorId: event.actorId,
            }
          : context.publication,
    }),
    // Reports are by week, month, quarter or year, and each period ends where a week or a month ends, so
    // the latest snapshot of each week-and-month is all a report can ask for: a newer one in the same week
    // and month replaces it. An item polled every hour keeps a handful of snapshots, not thousands.
    recordMetrics: assign({
      metrics: ({ context, event }) => {
        if (event.type !== 'record-metrics') return context.metrics;
        const entry = { at: event.observedAt, week: event.week, month: event.month, ...event.metrics };
        const last = context.metrics[context.metrics.length - 1];
        return last && last.week === event.week && last.month === event.month ? [...context.metrics.slice(0, -1), entry] : [...context.metrics, entry];
      },
    }),
    archive: assign({ archivedAt: ({ event }) => event.at }),
    notifyStage: emit(({ context }) => {
      const stage = current(context);
      return stage
        ? {
            type: 'notify' as const,
            topic: 'content.review-requested',
            to: audienceOf(stage, context.department),
            stage: stage.id,
            hash: context.hash,
            // What a reviewer must see first: an advertisement (legal checks its 广告 label) and how many sources back it (CW-8).
            advertising: context.advertising,
            sources: context.sources?.length ?? 0,
            // CMP-4: how many findings the assessment made (and how many are accepted), the computed level
            // and the item's level, which picked the chain.
            findings: context.compliance?.total ?? 0,
            acceptedFindings: context.compliance?.accepted.length ?? 0,
            computedLevel: context.compliance?.level ?? 'low',
            riskLevel: context.riskLevel,
          }
        : { type: 'notify' as const, topic: 'content.review-requested', to: {} };
    }),
    scheduleDeadline: emit(({ context }) => {
      const stage = current(context);
      const start = Date.parse(context.stageStartedAt ?? '');
      return {
        type: 'schedule' as const,
        topic: 'content.review-deadline',
        at: new Date((Number.isFinite(start) ? start : 0) + (stage?.deadlineHours ?? 0) * 3_600_000).toISOString(),
        stage: stage?.id ?? '',
      };
    }),
    notifyFindingAccepted: emit(({ context, event }) => ({
      type: 'notify' as const,
      topic: 'content.finding-accepted',
      to: { actorIds: [context.authorId], departments: ['legal'] },
      finding: event.type === 'accept-finding' ? event.finding : '',
      explanation: event.type === 'accept-finding' ? event.explanation : undefined,
      reason: event.type === 'accept-finding' ? event.reason : '',
      computedLevel: context.compliance?.level ?? 'low',
    })),
    notifyApproved: emit(({ context }) => ({ type: 'notify' as const, topic: 'content.approved', to: { actorIds: [context.authorId] }, hash: context.hash })),
    notifyRejected: emit(({ context, event }) => ({
      type: 'notify' as const,
      topic: 'content.rejected',
      to: { actorIds: [context.authorId] },
      reason: event.type === 'reject' ? event.reason : '',
    })),
    notifyVoided: emit(({ context }) => ({
      type: 'notify' as const,
      topic: 'content.approvals-voided',
      to: { actorIds: [...new Set(context.voidedSignatures.map((s) => s.actorId))] },
      hash: context.hash,
    })),
    schedulePublish: emit(({ context }) => ({ type: 'schedule' as const, topic: 'content.publish-due', at: context.publishAt ?? '' })),
    notifyPublished: emit(({ context }) => ({
      type: 'notify' as const,
      topic: 'content.published',
      to: { actorIds: [context.authorId], departments: [context.department] },
      channel: context.channel,
      externalId: context.publication?.externalId ?? '',
    })),
    notifyWithdrawn: emit(({ context }) => ({
      type: 'notify' as const,
      topic: 'content.withdrawn',
      to: { actorIds: [context.authorId], departments: [context.department] },
      reason: context.ending?.reason ?? '',
    })),
    escalateTakedown: emit(({ context }) => ({
      type: 'escalate' as const,
      topic: 'content.taken-down',
      to: { departments: ['legal', 'pr', context.department] },
      reason: context.ending?.reason ?? '',
      emergency: context.ending?.emergency ?? false,
      ...(context.ending?.cause ? { cause: context.ending.cause } : {}),
    })),
  },
}).createMachine({
  id: 'content',
  initial: 'planning',
  // XState also calls this without input when it sets up a pure transition; an empty context then
  // avoids an exception that XState would catch and discard on every command.
  context: ({ input }) =>
    input === undefined
      ? ({} as ContentContext)
      : { ...input, stageIndex: 0, signatures: [], voidedSignatures: [], rejections: [], metrics: [] },
  states: {
    planning: {
      on: {
        'update-plan': { actions: ['updatePlan', 'notePlan'] },
        'start-creation': { target: 'creation', guard: 'planComplete' },
        cancel: { target: 'cancelled', actions: { type: 'end', params: { kind: 'cancel' } } },
        takedown: { target: 'withdrawn', guard: 'emergencyTakedownAllowed', actions: [{ type: 'end', params: { kind: 'takedown' } }, 'escalateTakedown'] },
      },
    },
    creation: {
      on: {
        'update-plan': { actions: ['updatePlan', 'notePlan'] },
        edit: { actions: 'applyEdit' },
        submit: { target: 'review', guard: 'hasContent', actions: ['startReview', 'notifyStage', 'scheduleDeadline'] },
        cancel: { target: 'cancelled', actions: { type: 'end', params: { kind: 'cancel' } } },
        takedown: { target: 'withdrawn', guard: 'emergencyTakedownAllowed', actions: [{ type: 'end', params: { kind: 'takedown' } }, 'escalateTakedown'] },
      },
    },
    review: {
      on: {
        approve: [
          { guard: 'completesLastStage', target: 'approved', actions: ['sign', 'notifyApproved'] },
          { guard: 'completesStage', actions: ['sign', 'nextStage', 'notifyStage', 'scheduleDeadline'] },
          // A stage that needs more than one signature records each until its quorum is met.
          { guard: 'signsStage', actions: 'sign' },
        ],
        edit: { target: 'review', reenter: true, guard: 'restartsReview', actions: [...restartReview] },
        reject: { target: 'creation', actions: ['reject', 'notifyRejected'] },
        'accept-finding': { guard: 'acceptsFinding', actions: ['acceptFinding', 'notifyFindingAccepted'] },
        cancel: { target: 'cancelled', actions: { type: 'end', params: { kind: 'cancel' } } },
        takedown: { target: 'withdrawn', guard: 'emergencyTakedownAllowed', actions: [{ type: 'end', params: { kind: 'takedown' } }, 'escalateTakedown'] },
      },
    },
    approved: {
      on: {
        schedule: { target: 'scheduled', actions: ['schedule', 'notePlan', 'schedulePublish'] },
        publish: { target: 'published', guard: 'fullyApproved', actions: ['publish', 'notifyPublished'] },
        edit: { target: 'review', guard: 'restartsReview', actions: [...restartReview] },
        cancel: { target: 'cancelled', actions: { type: 'end', params: { kind: 'cancel' } } },
        takedown: { target: 'withdrawn', guard: 'emergencyTakedownAllowed', actions: [{ type: 'end', params: { kind: 'takedown' } }, 'escalateTakedown'] },
      },
    },
    scheduled: {
      on: {
        schedule: { actions: ['schedule', 'notePlan', 'schedulePublish'] },
        unschedule: { target: 'approved', actions: ['unschedule', 'notePlan'] },
        publish: { target: 'published', guard: 'fullyApproved', actions: ['publish', 'notifyPublished'] },
        edit: { target: 'review', guard: 'restartsReview', actions: ['unschedule', 'notePlan', ...restartReview] },
        cancel: { target: 'cancelled', actions: { type: 'end', params: { kind: 'cancel' } } },
        takedown: { target: 'withdrawn', guard: 'emergencyTakedownAllowed', actions: [{ type: 'end', params: { kind: 'takedown' } }, 'escalateTakedown'] },
      },
    },
    published: {
      on: {
        'record-metrics': { target: 'monitoring', actions: 'recordMetrics' },
        archive: { target: 'archived', actions: 'archive' },
        withdraw: { target: 'withdrawn', actions: [{ type: 'end', params: { kind: 'withdraw' } }, 'notifyWithdrawn'] },
        takedown: { target: 'withdrawn', actions: [{ type: 'end', params: { kind: 'takedown' } }, 'escalateTakedown'] },
      },
    },
    monitoring: {
      on: {
        'record-metrics': { actions: 'recordMetrics' },
        archive: { target: 'archived', actions: 'archive' },
        withdraw: { target: 'withdrawn', actions: [{ type: 'end', params: { kind: 'withdraw' } }, 'notifyWithdrawn'] },
        takedown: { target: 'withdrawn', actions: [{ type: 'end', params: { kind: 'takedown' } }, 'escalateTakedown'] },
      },
    },
    archived: {
      on: {
        withdraw: { target: 'withdrawn', actions: [{ type: 'end', params: { kind: 'withdraw' } }, 'notifyWithdrawn'] },
        takedown: { target: 'withdrawn', actions: [{ type: 'end', params: { kind: 'takedown' } }, 'escalateTakedown'] },
      },
    },
    withdrawn: { type: 'final' },
    cancelled: { type: 'final' },
  },
});

/**
 * The content machine's type.
 *
 * @example
 * const m: ContentMachine = contentMachine;
 */
export type ContentMachine = typeof contentMachine;
