import { assign, emit, enqueueActions, setup } from 'xstate';
import type { RiskLevel } from '../core/risk-level.js';
import type { PlatformAppealOutcome, TreatmentStrategy } from './labels.js';
import type { RiskAssessment, RiskContext, TreatmentAction } from './model.js';

/**
 * Who gave a risk event and when.
 *
 * @example
 * const who: RiskEventBase = { actorId: 'u-legal', at: '2026-03-02T01:00:00.000Z' };
 */
export interface RiskEventBase {
  readonly actorId: string;
  readonly at: string;
}

/**
 * The events the risk machine takes; the step builds them from validated commands, with everything the
 * policy decides (grades, dates, recipients) already computed.
 *
 * @example
 * const e: RiskEvent = { type: 'review', note: '控制措施有效', reviewDueAt, actorId: 'u-legal', at };
 */
export type RiskEvent =
  | (RiskEventBase & { type: 'edit'; title?: string; description?: string; related?: RiskContext['related'] })
  | (RiskEventBase & { type: 'assess'; assessment: RiskAssessment; reviewDueAt: string; crisisTo: readonly string[]; informLeadership: boolean })
  | (RiskEventBase & { type: 'plan-treatment'; strategy: Exclude<TreatmentStrategy, 'accept'>; actions: readonly TreatmentAction[] })
  | (RiskEventBase & { type: 'complete-action'; action: string; note?: string })
  | (RiskEventBase & { type: 'start-monitoring'; reviewDueAt: string })
  | (RiskEventBase & { type: 'accept'; level: RiskLevel; reason: string; right: string; expiresAt: string; reviewDueAt: string })
  | (RiskEventBase & { type: 'review'; note: string; reviewDueAt: string })
  | (RiskEventBase & { type: 'record-legal-opinion'; opinion: string; reference?: string })
  | (RiskEventBase & { type: 'plan-rectification'; plan: string; dueAt: string })
  | (RiskEventBase & { type: 'complete-rectification'; note: string })
  | (RiskEventBase & { type: 'submit-appeal'; summary: string })
  | (RiskEventBase & { type: 'record-appeal-outcome'; outcome: PlatformAppealOutcome; note?: string })
  | (RiskEventBase & { type: 'close'; reason: string; opinionRequired: boolean });

/**
 * The input that starts a risk entry in `identified`; a platform rule change or incident in it is
 * announced on entry (to the rule change's reviewers, to the incident's owner department).
 *
 * @example
 * const input: RiskInput = { category: 'legal', title: '广告用语', description: '…', ownerDepartment: 'marketing', related: [], identifiedBy: 'u-1' };
 */
export type RiskInput = Pick<RiskContext, 'category' | 'topic' | 'title' | 'description' | 'ownerDepartment' | 'related' | 'identifiedBy' | 'incident' | 'ruleChange'>;

/**
 * What the risk machine asks the host to do: notify people, or escalate (a platform sanction, a crisis).
 *
 * @example
 * const e: RiskEffect = { type: 'escalate', topic: 'risk.crisis-response' };
 */
export interface RiskEffect {
  readonly type: 'notify' | 'escalate';
  readonly [key: string]: unknown;
}

const pendingAppeal = (c: RiskContext) => c.incident?.appeals.some((a) => a.outcome === undefined) ?? false;

// Every open state records a legal opinion and follows a platform incident alike (RSK-1, RSK-5).
const incidentEvents = {
  'record-legal-opinion': { actions: 'legalOpinion' },
  'plan-rectification': { guard: 'rectifiable', actions: 'planRectification' },
  'complete-rectification': { guard: 'rectificationPlanned', actions: 'completeRectification' },
  'submit-appeal': { guard: 'appealable', actions: 'submitAppeal' },
  'record-appeal-outcome': { guard: 'appealPending', actions: 'recordAppealOutcome' },
} as const;

/**
 * The risk-register machine (RSK-1..RSK-6): identified → assessed → treating → monitoring → closed.
 * Assessing grades the risk and sets its review date; a reassessment returns it to `assessed` and ends
 * any acceptance; accepting (from assessed, treating or monitoring) moves it to monitoring until the
 * acceptance expires; it closes from monitoring once a legal opinion is recorded where the policy needs
 * one and any platform incident is rectified. Legal opinions, rectification and appeals are recorded in
 * every open state.
 *
 * @example
 * const [snapshot] = initialTransition(riskMachine, input);
 * snapshot.value //=> 'identified'
 */
export const riskMachine = setup({
  types: { context: {} as RiskContext, events: {} as RiskEvent, input: {} as RiskInput, emitted: {} as RiskEffect },
  guards: {
    crisis: ({ event }) => event.type === 'assess' && event.crisisTo.length > 0,
    informLeadership: ({ event }) => event.type === 'assess' && event.informLeadership,
    actionOpen: ({ context, event }) => event.type === 'complete-action' && (context.treatment?.actions.some((a) => a.id === event.action && a.done === undefined) ?? false),
    actionsDone: ({ context }) => context.treatment !== undefined && context.treatment.actions.every((a) => a.done !== undefined),
    // RSK-4: an expired acceptance is not reviewed but assessed again.
    acceptanceInForce: ({ context, event }) => context.acceptance === undefined || Date.parse(event.at) < Date.parse(context.acceptance.expiresAt),
    closable: ({ context, event }) =>
      event.type === 'close' && (!event.opinionRequired || context.legalOpinion !== undefined) && (context.incident === undefined || context.incident.rectification?.completed !== undefined),
    rectifiable: ({ context }) => context.incident !== undefined && context.incident.rectification?.completed === undefined,
    rectificationPlanned: ({ context }) => context.incident?.rectification !== undefined && context.incident.rectification.completed === undefined,
    appealable: ({ context }) => context.incident !== undefined && !pendingAppeal(context),
    appealPending: ({ context }) => pendingAppeal(context),
  },
  actions: {
    announce: enqueueActions(({ context, enqueue }) => {
      if (context.ruleChange) {
        const c = context.ruleChange;
        enqueue.emit({ type: 'notify', topic: 'risk.platform-rule-changed', to: { departments: [...c.reviewers] }, platform: c.platform, channels: c.channels, chains: c.chains, effectiveOn: c.effectiveOn });
      }
      if (context.incident) {
        const i = context.incident;
        enqueue.emit({ type: 'escalate', topic: 'risk.platform-sanction', to: { departments: [context.ownerDepartment] }, platform: i.platform, sanction: i.sanction, account: i.account.id });
      }
    }),
    edit: assign(({ context, event }) =>
      event.type === 'edit'
        ? {
            ...(event.title === undefined ? {} : { title: event.title }),
            ...(event.description === undefined ? {} : { description: event.description }),
            ...(event.related === undefined ? {} : { related: event.related }),
          }
        : context,
    ),
    // A (re)assessment replaces the grades and ends any acceptance: it was given for the earlier grade.
    assess: assign(({ context, event }) => (event.type === 'assess' ? { assessment: event.assessment, reviewDueAt: event.reviewDueAt, acceptance: undefined } : context)),
    escalateCrisis: emit(({ context, event }) => ({
      type: 'escalate' as const,
      topic: 'risk.crisis-response',
      to: { departments: event.type === 'assess' ? [...event.crisisTo] : [] },
      category: context.category,
      level: event.type === 'assess' ? event.assessment.current.level : '',
    })),
    informLeadership: emit(({ event }) => ({
      type: 'notify' as const,
      topic: 'risk.high-risk',
      to: { departments: ['leadership-group'] },
      level: event.type === 'assess' ? event.assessment.current.level : '',
    })),
    planTreatment: assign(({ context, event }) => (event.type === 'plan-treatment' ? { treatment: { strategy: event.strategy, actions: event.actions, by: event.actorId, at: event.at } } : context)),
    notifyOwners: emit(({ event }) => ({
      type: 'notify' as const,
      topic: 'risk.treatment-assigned',
      to: { departments: event.type === 'plan-treatment' ? [...new Set(event.actions.map((a) => a.ownerDepartment))] : [] },
    })),
    completeAction: assign(({ context, event }) => {
      if (event.type !== 'complete-action' || !context.treatment) return context;
      const done = { by: event.actorId, at: event.at, ...(event.note === undefined ? {} : { note: event.note }) };
      return { treatment: { ...context.treatment, actions: context.treatment.actions.map((a) => (a.id === event.action ? { ...a, done } : a)) } };
    }),
    startMonitoring: assign(({ context, event }) => (event.type === 'start-monitoring' ? { reviewDueAt: event.reviewDueAt } : context)),
    accept: assign(({ context, event }) =>
      event.type === 'accept'
        ? { acceptance: { level: event.level, reason: event.reason, right: event.right, by: event.actorId, at: event.at, expiresAt: event.expiresAt }, reviewDueAt: event.reviewDueAt }
        : context,
    ),
    review: assign(({ context, event }) => (event.type === 'review' ? { reviews: [...context.reviews, { note: event.note, by: event.actorId, at: event.at }], reviewDueAt: event.reviewDueAt } : context)),
    legalOpinion: assign(({ context, event }) =>
      event.type === 'record-legal-opinion' ? { legalOpinion: { opinion: event.opinion, ...(event.reference === undefined ? {} : { reference: event.reference }), by: event.actorId, at: event.at } } : context,
    ),
    planRectification: assign(({ context, event }) =>
      event.type === 'plan-rectification' && context.incident ? { incident: { ...context.incident, rectification: { plan: event.plan, dueAt: event.dueAt, by: event.actorId, at: event.at } } } : context,
    ),
    completeRectification: assign(({ context, event }) =>
      event.type === 'complete-rectification' && context.incident?.rectification
        ? { incident: { ...context.incident, rectification: { ...context.incident.rectification, completed: { by: event.actorId, at: event.at, note: event.note } } } }
        : context,
    ),
    submitAppeal: assign(({ context, event }) =>
      event.type === 'submit-appeal' && context.incident ? { incident: { ...context.incident, appeals: [...context.incident.appeals, { summary: event.summary, by: event.actorId, submittedAt: event.at }] } } : context,
    ),
    recordAppealOutcome: assign(({ context, event }) => {
      if (event.type !== 'record-appeal-outcome' || !context.incident) return context;
      const outcome = { result: event.outcome, ...(event.note === undefined ? {} : { note: event.note }), by: event.actorId, at: event.at };
      return { incident: { ...context.incident, appeals: context.incident.appeals.map((a) => (a.outcome === undefined ? { ...a, outcome } : a)) } };
    }),
    close: assign(({ context, event }) => (event.type === 'close' ? { closure: { reason: event.reason, by: event.actorId, at: event.at } } : context)),
  },
}).createMachine({
  id: 'risk',
  initial: 'identified',
  // XState also calls this without input when it sets up a pure transition (see the content machine).
  context: ({ input }) => (input === undefined ? ({} as RiskContext) : { ...input, reviews: [] }),
  states: {
    identified: {
      entry: 'announce',
      on: {
        edit: { actions: 'edit' },
        assess: [
          { guard: 'crisis', target: 'assessed', actions: ['assess', 'escalateCrisis'] },
          { guard: 'informLeadership', target: 'assessed', actions: ['assess', 'informLeadership'] },
          { target: 'assessed', actions: 'assess' },
        ],
        ...incidentEvents,
      },
    },
    assessed: {
      on: {
        edit: { actions: 'edit' },
        assess: [
          { guard: 'crisis', target: 'assessed', actions: ['assess', 'escalateCrisis'] },
          { guard: 'informLeadership', target: 'assessed', actions: ['assess', 'informLeadership'] },
          { target: 'assessed', actions: 'assess' },
        ],
        'plan-treatment': { target: 'treating', actions: ['planTreatment', 'notifyOwners'] },
        accept: { target: 'monitoring', actions: 'accept' },
        ...incidentEvents,
      },
    },
    treating: {
      on: {
        assess: [
          { guard: 'crisis', target: 'assessed', actions: ['assess', 'escalateCrisis'] },
          { guard: 'informLeadership', target: 'assessed', actions: ['assess', 'informLeadership'] },
          { target: 'assessed', actions: 'assess' },
        ],
        'plan-treatment': { actions: ['planTreatment', 'notifyOwners'] },
        'complete-action': { guard: 'actionOpen', actions: 'completeAction' },
        'start-monitoring': { guard: 'actionsDone', target: 'monitoring', actions: 'startMonitoring' },
        accept: { target: 'monitoring', actions: 'accept' },
        ...incidentEvents,
      },
    },
    monitoring: {
      on: {
        assess: [
          { guard: 'crisis', target: 'assessed', actions: ['assess', 'escalateCrisis'] },
          { guard: 'informLeadership', target: 'assessed', actions: ['assess', 'informLeadership'] },
          { target: 'assessed', actions: 'assess' },
        ],
        review: { guard: 'acceptanceInForce', actions: 'review' },
        // RSK-4: an expired acceptance is not renewed but the risk assessed again.
        accept: { guard: 'acceptanceInForce', actions: 'accept' },
        close: { guard: 'closable', target: 'closed', actions: 'close' },
        ...incidentEvents,
      },
    },
    closed: { type: 'final' },
  },
});
