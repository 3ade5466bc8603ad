import { and, assign, emit, setup } from 'xstate';
import type { Policy } from '../policy/schema.js';
import { fullyApproved, stageComplete } from './chain.js';
import type { ChainStage, ContentContext, Metrics, ResolvedChain, ReviewedContent } from './model.js';

/**
 * Who gave an event and when; carried by every content event.
 *
 * @example
 * const who: ContentEventBase = { actorId: 'u-1', department: 'marketing', at: '2026-03-02T01:00:00.000Z' };
 */
export interface ContentEventBase {
  readonly actorId: string;
  readonly department: string;
  readonly at: string;
}
type Who = ContentEventBase;

/**
 * The events the content machine takes. The step builds them from validated commands, adding what only
 * the step knows (the new hash, the chain chosen under the current policy).
 *
 * @example
 * const e: ContentEvent = { type: 'submit', actorId: 'u-1', department: 'marketing', at, chain };
 */
export type ContentEvent =
  | (ContentEventBase & { type: 'update-plan'; plan: ContentContext['plan'] })
  | (ContentEventBase & { type: 'start-creation' })
  | (ContentEventBase & { type: 'edit'; changes: Partial<ReviewedContent>; hash: string; chain: ResolvedChain; reason?: string })
  | (ContentEventBase & { type: 'submit'; chain: ResolvedChain })
  | (ContentEventBase & { type: 'approve'; stage: string; hash: string; comment?: string })
  | (ContentEventBase & { type: 'reject'; stage: string; reason: string })
  | (ContentEventBase & { type: 'schedule'; publishAt: string })
  | (ContentEventBase & { type: 'unschedule' })
  | (ContentEventBase & { type: 'publish'; externalId: string; url?: string; policyVersion: string })
  | (ContentEventBase & { type: 'record-metrics'; metrics: Metrics; observedAt: string })
  | (ContentEventBase & { type: 'archive' })
  | (ContentEventBase & { type: 'withdraw'; reason: string })
  | (ContentEventBase & { type: 'takedown'; reason: string; emergency: boolean; emergencyAllowed: boolean })
  | (ContentEventBase & { type: 'cancel'; reason: string });

/**
 * The input that starts a content item in planning.
 *
 * @example
 * const input: ContentInput = { ...content, authorId: 'u-1', department: 'marketing', plan: {}, hash };
 */
export type ContentInput = ReviewedContent & Pick<ContentContext, 'authorId' | 'department' | 'plan' | 'hash'>;

type Notify = { type: 'notify' | 'schedule' | 'escalate'; [key: string]: unknown };

function audienceOf(stage: ChainStage, department: string) {
  return {
    stage: stage.id,
    grants: stage.signers.map((g) => ({
      ...(g.department === undefined ? (stage.sameDepartment ? { department } : {}) : { department: g.department }),
      ...(g.positions === undefined ? {} : { positions: [...g.positions] }),
    })),
    ...(stage.quorum.kind === 'any' ? {} : stage.quorum.actorIds ? { actorIds: [...stage.quorum.actorIds] } : {}),
  };
}

function deadline(at: string, hours: number): string {
  return new Date(Date.parse(at) + hours * 3_600_000).toISOString();
}

/**
 * The stage pairs (and first and last stages) that the policy's chains can produce, so the machine has
 * one review sub-state per stage and only the transitions a real chain can take.
 *
 * @example
 * chainGraph(defaultPolicy).next.get('editor') //=> Set { 'department-head' }
 */
export function chainGraph(policy: Policy): { stages: string[]; first: Set<string>; last: Set<string>; next: Map<string, Set<string>> } {
  const legal = new Set(policy.content.stages.filter((s) => s.legal).map((s) => s.id));
  const lists: string[][] = [];
  for (const chain of policy.content.chains) {
    lists.push(chain.stages);
    if (policy.content.lowRiskSocialSkipsLegal && chain.groups.includes('social') && chain.riskLevels.includes('low')) {
      const without = chain.stages.filter((s) => !legal.has(s));
      if (without.length > 0) lists.push(without);
    }
  }
  const stages: string[] = [];
  const first = new Set<string>();
  const last = new Set<string>();
  const next = new Map<string, Set<string>>();
  for (const list of lists) {
    list.forEach((s, i) => {
      if (!stages.includes(s)) stages.push(s);
      if (i === 0) first.add(s);
      if (i === list.length - 1) last.add(s);
      else {
        const set = next.get(s) ?? new Set<string>();
        set.add(list[i + 1]!);
        next.set(s, set);
      }
    });
  }
  return { stages, first, last, next };
}

function buildContentMachine(policy: Policy) {
  const graph = chainGraph(policy);
  const multiSignature = new Set(policy.content.stages.filter((s) => s.quorum.kind !== 'any').map((s) => s.id));
  // Generated from the policy, so the literal action names are checked by the tests, not the compiler.
  const toFirstStage = (actions: string[]) =>
    [...graph.first].map((id) => ({ target: `#content.review.${id}`, guard: { type: 'firstStageIs' as const, params: { stage: id } }, actions })) as never;
  const ending = (kind: 'withdraw' | 'takedown' | 'cancel') => ({ type: 'end' as const, params: { kind } });
  const emergencyTakedown = {
    target: '#content.withdrawn',
    guard: 'emergencyTakedownAllowed' as const,
    actions: [ending('takedown'), 'escalateTakedown' as const],
  };

  return setup({
    types: {
      context: {} as ContentContext,
      events: {} as ContentEvent,
      input: {} as ContentInput,
      emitted: {} as Notify,
    },
    guards: {
      planComplete: ({ context }) => Boolean(context.plan.theme && context.plan.form && context.plan.audience && context.plan.expectedEffect),
      hasContent: ({ context }) => context.title.trim().length > 0 && context.body.trim().length > 0,
      firstStageIs: ({ event }, params: { stage: string }) =>
        (event.type === 'submit' || event.type === 'edit') && event.chain.stages[0]?.id === params.stage,
      signs: ({ context, event }, params: { stage: string }) => event.type === 'approve' && event.stage === params.stage && event.hash === context.hash,
      completesStageThenNext: ({ context, event }, params: { stage: string; next: string }) => {
        if (event.type !== 'approve' || event.stage !== params.stage || event.hash !== context.hash || !context.chain) return false;
        const stages = context.chain.stages;
        const i = stages.findIndex((s) => s.id === params.stage);
        const stage = stages[i];
        if (!stage || stages[i + 1]?.id !== params.next) return false;
        return stageComplete(stage, [...context.signatures, { stage: stage.id, actorId: event.actorId, at: event.at, hash: event.hash }], context.hash);
      },
      completesLastStage: ({ context, event }, params: { stage: string }) => {
        if (event.type !== 'approve' || event.stage !== params.stage || event.hash !== context.hash || !context.chain) return false;
        const stages = context.chain.stages;
        const stage = stages[stages.length - 1];
        if (!stage || stage.id !== params.stage) return false;
        return fullyApproved({ ...context, signatures: [...context.signatures, { stage: stage.id, actorId: event.actorId, at: event.at, hash: event.hash }] });
      },
      fullyApproved: ({ context }) => fullyApproved(context),
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
        }),
      }),
      updatePlan: assign({ plan: ({ context, event }) => (event.type === 'update-plan' ? { ...context.plan, ...event.plan } : context.plan) }),
      applyEdit: assign(({ context, event }) =>
        event.type === 'edit'
          ? {
              ...event.changes,
              hash: event.hash,
              chain: event.chain,
              contributorIds: context.contributorIds.includes(event.actorId) ? context.contributorIds : [...context.contributorIds, event.actorId],
            }
          : context,
      ),
      // CW-5: approvals given to an earlier version no longer count; they stay on record as voided.
      voidSignatures: assign(({ context }) => ({ voidedSignatures: [...context.voidedSignatures, ...context.signatures], signatures: [] })),
      startReview: assign(({ event }) => ({
        ...(event.type === 'submit' || event.type === 'edit' ? { chain: event.chain } : {}),
        stageStartedAt: event.at,
        signatures: [],
      })),
      sign: assign({
        signatures: ({ context, event }) =>
          event.type === 'approve'
            ? [...context.signatures, { stage: event.stage, actorId: event.actorId, at: event.at, hash: event.hash, ...(event.comment ? { comment: event.comment } : {}) }]
            : context.signatures,
      }),
      enterStage: assign({ stageStartedAt: ({ event }) => event.at }),
      reject: assign(({ context, event }) => ({
        rejections:
          event.type === 'reject'
            ? [...context.rejections, { stage: event.stage, actorId: event.actorId, at: event.at, reason: event.reason }]
            : context.rejections,
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
      recordMetrics: assign({
        metrics: ({ context, event }) => (event.type === 'record-metrics' ? [...context.metrics, { at: event.observedAt, ...event.metrics }] : context.metrics),
      }),
      archive: assign({ archivedAt: ({ event }) => event.at }),
      notifyStage: emit(({ context }) => {
        const stage = context.chain?.stages.find((s) => !stageComplete(s, context.signatures, context.hash));
        return stage
          ? { type: 'notify' as const, topic: 'content.review-requested', to: audienceOf(stage, context.department), stage: stage.id, hash: context.hash }
          : { type: 'notify' as const, topic: 'content.review-requested', to: {} };
      }),
      scheduleDeadline: emit(({ context }) => {
        const stage = context.chain?.stages.find((s) => !stageComplete(s, context.signatures, context.hash));
        return {
          type: 'schedule' as const,
          topic: 'content.review-deadline',
          at: deadline(context.stageStartedAt ?? new Date(0).toISOString(), stage?.deadlineHours ?? 0),
          stage: stage?.id ?? '',
        };
      }),
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
      })),
    },
  }).createMachine({
    id: 'content',
    initial: 'planning',
    context: ({ input }) => ({
      ...input,
      contributorIds: [input.authorId],
      signatures: [],
      voidedSignatures: [],
      rejections: [],
      metrics: [],
    }),
    states: {
      planning: {
        on: {
          'update-plan': { actions: 'updatePlan' },
          'start-creation': { target: 'creation', guard: 'planComplete' },
          cancel: { target: 'cancelled', actions: ending('cancel') },
          takedown: emergencyTakedown,
        },
      },
      creation: {
        on: {
          'update-plan': { actions: 'updatePlan' },
          edit: { actions: 'applyEdit' },
          submit: [...graph.first].map((id) => ({
            target: `#content.review.${id}`,
            guard: and(['hasContent', { type: 'firstStageIs' as const, params: { stage: id } }]),
            actions: ['startReview', 'notifyStage', 'scheduleDeadline'],
          })),
          cancel: { target: 'cancelled', actions: ending('cancel') },
          takedown: emergencyTakedown,
        },
      },
      review: {
        // Every way in names its stage; `initial` only satisfies XState for compound states.
        initial: graph.stages[0],
        on: {
          edit: toFirstStage(['voidSignatures', 'applyEdit', 'startReview', 'notifyVoided', 'notifyStage', 'scheduleDeadline']),
          reject: { target: 'creation', actions: ['reject', 'notifyRejected'] },
          cancel: { target: 'cancelled', actions: ending('cancel') },
          takedown: emergencyTakedown,
        },
        states: Object.fromEntries(
          graph.stages.map((id) => [
            id,
            {
              on: {
                approve: [
                  ...[...(graph.next.get(id) ?? [])].map((next) => ({
                    target: `#content.review.${next}`,
                    guard: { type: 'completesStageThenNext' as const, params: { stage: id, next } },
                    actions: ['sign', 'enterStage', 'notifyStage', 'scheduleDeadline'],
                  })),
                  ...(graph.last.has(id)
                    ? [{ target: '#content.approved', guard: { type: 'completesLastStage' as const, params: { stage: id } }, actions: ['sign', 'notifyApproved'] }]
                    : []),
                  // A stage that needs more than one signature records each until its quorum is met.
                  ...(multiSignature.has(id) ? [{ guard: { type: 'signs' as const, params: { stage: id } }, actions: 'sign' }] : []),
                ],
              },
            },
          ]),
        ) as never,
      },
      approved: {
        on: {
          schedule: { target: 'scheduled', actions: ['schedule', 'schedulePublish'] },
          publish: { target: 'published', guard: 'fullyApproved', actions: ['publish', 'notifyPublished'] },
          edit: toFirstStage(['voidSignatures', 'applyEdit', 'startReview', 'notifyVoided', 'notifyStage', 'scheduleDeadline']),
          cancel: { target: 'cancelled', actions: ending('cancel') },
          takedown: emergencyTakedown,
        },
      },
      scheduled: {
        on: {
          schedule: { actions: ['schedule', 'schedulePublish'] },
          unschedule: { target: 'approved', actions: 'unschedule' },
          publish: { target: 'published', guard: 'fullyApproved', actions: ['publish', 'notifyPublished'] },
          edit: toFirstStage(['voidSignatures', 'applyEdit', 'unschedule', 'startReview', 'notifyVoided', 'notifyStage', 'scheduleDeadline']),
          cancel: { target: 'cancelled', actions: ending('cancel') },
          takedown: emergencyTakedown,
        },
      },
      published: {
        on: {
          'record-metrics': { target: 'monitoring', actions: 'recordMetrics' },
          archive: { target: 'archived', actions: 'archive' },
          withdraw: { target: 'withdrawn', actions: [ending('withdraw'), 'notifyWithdrawn'] },
          takedown: { target: 'withdrawn', actions: [ending('takedown'), 'escalateTakedown'] },
        },
      },
      monitoring: {
        on: {
          'record-metrics': { actions: 'recordMetrics' },
          archive: { target: 'archived', actions: 'archive' },
          withdraw: { target: 'withdrawn', actions: [ending('withdraw'), 'notifyWithdrawn'] },
          takedown: { target: 'withdrawn', actions: [ending('takedown'), 'escalateTakedown'] },
        },
      },
      archived: {
        on: {
          withdraw: { target: 'withdrawn', actions: [ending('withdraw'), 'notifyWithdrawn'] },
          takedown: { target: 'withdrawn', actions: [ending('takedown'), 'escalateTakedown'] },
        },
      },
      withdrawn: { type: 'final' },
      cancelled: { type: 'final' },
    },
  });
}

/**
 * The content machine's type (its review sub-states depend on the policy, its events and context do not).
 *
 * @example
 * const m: ContentMachine = contentMachine(defaultPolicy);
 */
export type ContentMachine = ReturnType<typeof buildContentMachine>;

const machines = new WeakMap<Policy, ContentMachine>();

/**
 * The content-item state machine for a policy (CW-1..CW-9): planning → creation → review (one sub-state
 * per stage of the policy's chains) → approved → scheduled → published → monitoring → archived, with
 * cancellation, withdrawal and takedown. Built once per policy object and cached.
 *
 * @example
 * const machine = contentMachine(defaultPolicy);
 * machine.root.states.review.states // editor, department-head, legal, leadership, supervisor, quality-check
 */
export function contentMachine(policy: Policy): ContentMachine {
  let m = machines.get(policy);
  if (!m) {
    m = buildContentMachine(policy);
    machines.set(policy, m);
  }
  return m;
}
