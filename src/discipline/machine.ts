import { assign, emit, setup } from 'xstate';
import type { AppealOutcome } from './labels.js';
import type { CaseContext, CaseDecision } from './model.js';

/**
 * Who gave a case event and when.
 *
 * @example
 * const who: CaseEventBase = { actorId: 'u-hr-head', at: '2026-03-09T02:00:00.000Z' };
 */
export interface CaseEventBase {
  readonly actorId: string;
  readonly at: string;
}

/**
 * The fields of a sanction decision that the step computes and checks before the machine records it.
 *
 * @example
 * const d: DecidedSanction = { rung: 'warning', reason: '首次轻微违规', contractChange: false, fineWarning: false, selfReviewRequired: true };
 */
export type DecidedSanction = Omit<CaseDecision, 'actorId' | 'at'>;

/**
 * The events the case machine takes; the step builds them from validated commands, with every time and
 * check it computed (deadlines, whether a window has closed, the caps' flags).
 *
 * @example
 * const e: CaseEvent = { type: 'waive-statement', actorId: 'u-mkt-staff', at };
 */
export type CaseEvent =
  | (CaseEventBase & { type: 'investigate' })
  | (CaseEventBase & { type: 'propose'; rung: string; findings: string; severity: CaseContext['severity']; history: NonNullable<CaseContext['proposal']>['history']; explanation: NonNullable<CaseContext['proposal']>['explanation'] })
  | (CaseEventBase & { type: 'notify'; statementDueAt: string })
  | (CaseEventBase & { type: 'notify-union'; reference: string })
  | (CaseEventBase & { type: 'submit-statement'; statement: string })
  | (CaseEventBase & { type: 'waive-statement' })
  | (CaseEventBase & DecidedSanction & { type: 'decide'; appealDueAt: string; windowClosed: boolean })
  | (CaseEventBase & { type: 'appeal'; reason: string; inWindow: boolean })
  | (CaseEventBase & { type: 'waive-appeal' })
  | (CaseEventBase & { type: 'decide-appeal'; outcome: AppealOutcome; reason: string; decision?: DecidedSanction })
  | (CaseEventBase & { type: 'submit-self-review'; text: string })
  | (CaseEventBase & { type: 'execute'; appealClosed: boolean })
  | (CaseEventBase & { type: 'close' })
  | (CaseEventBase & { type: 'withdraw'; reason: string })
  | (CaseEventBase & { type: 'open-accountability'; caseId: string; head: string });

/**
 * The input that starts a case in `reported`.
 *
 * @example
 * const input: CaseInput = { subject: { person: 'u-mkt-staff', department: 'marketing' }, type: 'platform-rule-breach', severity: 'minor', occurredAt, description: '违规刷评论', reportedBy: 'u-audit', role: 'direct' };
 */
export type CaseInput = Pick<CaseContext, 'subject' | 'type' | 'severity' | 'occurredAt' | 'description' | 'reportedBy' | 'role' | 'cause' | 'accountableFor'>;

/**
 * What the case machine asks the host to do: notify people, schedule a dated reminder, escalate.
 *
 * @example
 * const e: CaseEffect = { type: 'notify', topic: 'discipline.decided', to: { actorIds: ['u-mkt-staff'] } };
 */
export interface CaseEffect {
  readonly type: 'notify' | 'schedule' | 'escalate';
  readonly [key: string]: unknown;
}

const hr = { departments: ['hr'], positions: ['head', 'deputy-head'] };
const decisionOf = (e: DecidedSanction & CaseEventBase): CaseDecision => ({
  rung: e.rung,
  reason: e.reason,
  ...(e.compensation ? { compensation: { amount: e.compensation.amount, monthWage: e.compensation.monthWage, minimumWage: e.compensation.minimumWage } } : {}),
  contractChange: e.contractChange,
  fineWarning: e.fineWarning,
  selfReviewRequired: e.selfReviewRequired,
  actorId: e.actorId,
  at: e.at,
});

/**
 * The violation case machine (DSC-1..DSC-7): reported → investigating → proposed → notified (statement
 * window) → decided (appeal window) → appealed → decided again or closed when overturned → executed →
 * closed; withdrawn with a reason before a decision. No sanction is ever set except by a `decide` or
 * `decide-appeal` event, which the step builds only from a person's command.
 *
 * @example
 * const [snapshot] = initialTransition(caseMachine, input);
 * snapshot.value //=> 'reported'
 */
export const caseMachine = setup({
  types: { context: {} as CaseContext, events: {} as CaseEvent, input: {} as CaseInput, emitted: {} as CaseEffect },
  guards: {
    // DSC-5: a decision waits for the statement window to close, or for the employee to waive it.
    statementSettled: ({ context, event }) => event.type === 'decide' && (context.statementWaived !== undefined || event.windowClosed),
    statementOpen: ({ context }) => context.statementWaived === undefined,
    canAppeal: ({ context, event }) => event.type === 'appeal' && event.inWindow && context.appeal === undefined && context.appealWaived === undefined,
    appealOpen: ({ context }) => context.appeal === undefined && context.appealWaived === undefined,
    // DSC-5: a sanction is executed once it can no longer be appealed, or its appeal is decided.
    appealSettled: ({ context, event }) => event.type === 'execute' && (context.appeal?.outcome !== undefined || context.appealWaived !== undefined || event.appealClosed),
    fineWarning: ({ context, event }) => event.type === 'decide' && event.fineWarning && (context.statementWaived !== undefined || event.windowClosed),
    overturned: ({ event }) => event.type === 'decide-appeal' && event.outcome === 'overturned',
    // DSC-2: a minor violation needs the written self-review before the case closes.
    selfReviewDone: ({ context }) => context.decision?.selfReviewRequired !== true || context.selfReview !== undefined,
    selfReviewOwed: ({ context }) => context.decision?.selfReviewRequired === true && context.selfReview === undefined,
    noAccountability: ({ context }) => context.accountability === undefined,
  },
  actions: {
    investigate: assign({ investigator: ({ event }) => ({ actorId: event.actorId, at: event.at }) }),
    propose: assign(({ context, event }) =>
      event.type === 'propose'
        ? { severity: event.severity, proposal: { rung: event.rung, findings: event.findings, history: event.history, explanation: event.explanation, actorId: event.actorId, at: event.at } }
        : context,
    ),
    notify: assign({ notified: ({ context, event }) => (event.type === 'notify' ? { actorId: event.actorId, at: event.at, statementDueAt: event.statementDueAt } : context.notified) }),
    notifyUnion: assign({ unionNotice: ({ context, event }) => (event.type === 'notify-union' ? { actorId: event.actorId, at: event.at, reference: event.reference } : context.unionNotice) }),
    statement: assign({ statements: ({ context, event }) => (event.type === 'submit-statement' ? [...context.statements, { actorId: event.actorId, at: event.at, statement: event.statement }] : context.statements) }),
    waiveStatement: assign({ statementWaived: ({ event }) => ({ actorId: event.actorId, at: event.at }) }),
    decide: assign(({ context, event }) => (event.type === 'decide' ? { decision: { ...decisionOf(event), appealDueAt: event.appealDueAt }, sanction: event.rung } : context)),
    appeal: assign({ appeal: ({ context, event }) => (event.type === 'appeal' ? { actorId: event.actorId, at: event.at, reason: event.reason } : context.appeal) }),
    waiveAppeal: assign({ appealWaived: ({ event }) => ({ actorId: event.actorId, at: event.at }) }),
    // A varied decision replaces the sanction; an overturn removes it; the first decision stays on record.
    decideAppeal: assign(({ context, event }) => {
      if (event.type !== 'decide-appeal' || !context.appeal) return context;
      const appeal = { ...context.appeal, outcome: event.outcome, decidedBy: event.actorId, decidedAt: event.at, decisionReason: event.reason };
      if (event.outcome === 'overturned') return { appeal, sanction: undefined };
      if (event.outcome === 'varied' && event.decision && context.decision) {
        // The sanction still runs from the first decision; the appeal keeps who varied it and when.
        return { appeal, decision: { ...decisionOf({ ...event.decision, actorId: event.actorId, at: context.decision.at }), appealDueAt: context.decision.appealDueAt }, sanction: event.decision.rung };
      }
      return { appeal };
    }),
    selfReview: assign({ selfReview: ({ context, event }) => (event.type === 'submit-self-review' ? { actorId: event.actorId, at: event.at, text: event.text } : context.selfReview) }),
    execute: assign({ executed: ({ event }) => ({ actorId: event.actorId, at: event.at }) }),
    withdraw: assign({ withdrawn: ({ context, event }) => (event.type === 'withdraw' ? { actorId: event.actorId, at: event.at, reason: event.reason } : context.withdrawn) }),
    link: assign({ accountability: ({ context, event }) => (event.type === 'open-accountability' ? { actorId: event.actorId, at: event.at, caseId: event.caseId, head: event.head } : context.accountability) }),
    notifyReported: emit(({ context }) => ({ type: 'notify' as const, topic: 'discipline.reported', to: hr, violation: context.type })),
    notifyEmployee: emit(({ context, event }) => ({
      type: 'notify' as const,
      topic: 'discipline.proposal-notified',
      to: { actorIds: [context.subject.person] },
      rung: context.proposal?.rung ?? '',
      statementDueAt: event.type === 'notify' ? event.statementDueAt : '',
    })),
    scheduleStatementEnd: emit(({ event }) => ({ type: 'schedule' as const, topic: 'discipline.statement-window-ends', at: event.type === 'notify' ? event.statementDueAt : '' })),
    notifyDecided: emit(({ context, event }) => ({
      type: 'notify' as const,
      topic: 'discipline.decided',
      to: { actorIds: [context.subject.person] },
      rung: event.type === 'decide' ? event.rung : '',
      appealDueAt: event.type === 'decide' ? event.appealDueAt : '',
    })),
    warnFine: emit(({ event }) => ({ type: 'escalate' as const, topic: 'discipline.fine-decided', to: hr, rung: event.type === 'decide' ? event.rung : '' })),
    notifyAppeal: emit({ type: 'notify' as const, topic: 'discipline.appealed', to: { departments: ['hr', 'management'], positions: ['head', 'management-head'] } }),
    notifyAppealDecided: emit(({ context, event }) => ({ type: 'notify' as const, topic: 'discipline.appeal-decided', to: { actorIds: [context.subject.person] }, outcome: event.type === 'decide-appeal' ? event.outcome : '' })),
    notifyExecuted: emit(({ context }) => ({
      type: 'notify' as const,
      topic: 'discipline.executed',
      to: { actorIds: [context.subject.person], ...hr },
      rung: context.sanction ?? '',
      contractChange: context.decision?.contractChange === true,
    })),
    scheduleAccountability: emit(({ context, event }) => ({
      type: 'schedule' as const,
      topic: 'discipline.open-accountability-case',
      caseId: event.type === 'open-accountability' ? event.caseId : '',
      against: event.type === 'open-accountability' ? event.head : '',
      department: context.subject.department,
    })),
  },
}).createMachine({
  id: 'discipline-case',
  initial: 'reported',
  // XState also calls this without input when it sets up a pure transition (see the content machine).
  context: ({ input }) => (input === undefined ? ({} as CaseContext) : { ...input, statements: [] }),
  entry: 'notifyReported',
  states: {
    reported: {
      on: {
        investigate: { target: 'investigating', actions: 'investigate' },
        withdraw: { target: 'withdrawn', actions: 'withdraw' },
      },
    },
    investigating: {
      on: {
        'open-accountability': { guard: 'noAccountability', actions: ['link', 'scheduleAccountability'] },
        propose: { target: 'proposed', actions: 'propose' },
        withdraw: { target: 'withdrawn', actions: 'withdraw' },
      },
    },
    proposed: {
      on: {
        'open-accountability': { guard: 'noAccountability', actions: ['link', 'scheduleAccountability'] },
        notify: { target: 'notified', actions: ['notify', 'notifyEmployee', 'scheduleStatementEnd'] },
        'notify-union': { actions: 'notifyUnion' },
        withdraw: { target: 'withdrawn', actions: 'withdraw' },
      },
    },
    notified: {
      on: {
        'open-accountability': { guard: 'noAccountability', actions: ['link', 'scheduleAccountability'] },
        'submit-statement': { actions: 'statement' },
        'waive-statement': { guard: 'statementOpen', actions: 'waiveStatement' },
        'notify-union': { actions: 'notifyUnion' },
        decide: [
          { guard: 'fineWarning', target: 'decided', actions: ['decide', 'notifyDecided', 'warnFine'] },
          { guard: 'statementSettled', target: 'decided', actions: ['decide', 'notifyDecided'] },
        ],
        withdraw: { target: 'withdrawn', actions: 'withdraw' },
      },
    },
    decided: {
      on: {
        'open-accountability': { guard: 'noAccountability', actions: ['link', 'scheduleAccountability'] },
        appeal: { guard: 'canAppeal', target: 'appealed', actions: ['appeal', 'notifyAppeal'] },
        'waive-appeal': { guard: 'appealOpen', actions: 'waiveAppeal' },
        'submit-self-review': { guard: 'selfReviewOwed', actions: 'selfReview' },
        execute: { guard: 'appealSettled', target: 'executed', actions: ['execute', 'notifyExecuted'] },
      },
    },
    appealed: {
      on: {
        'open-accountability': { guard: 'noAccountability', actions: ['link', 'scheduleAccountability'] },
        'decide-appeal': [
          { guard: 'overturned', target: 'closed', actions: ['decideAppeal', 'notifyAppealDecided'] },
          { target: 'decided', actions: ['decideAppeal', 'notifyAppealDecided'] },
        ],
      },
    },
    executed: {
      on: {
        'open-accountability': { guard: 'noAccountability', actions: ['link', 'scheduleAccountability'] },
        'submit-self-review': { guard: 'selfReviewOwed', actions: 'selfReview' },
        close: { guard: 'selfReviewDone', target: 'closed' },
      },
    },
    closed: { type: 'final' },
    withdrawn: { type: 'final' },
  },
});
