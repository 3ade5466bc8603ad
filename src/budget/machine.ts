import { assign, emit, setup } from 'xstate';
import type { BudgetContext, BudgetLine, ReportLine } from './model.js';

/**
 * Who gave a budget event and when.
 *
 * @example
 * const who: BudgetEventBase = { actorId: 'u-1', at: '2026-03-02T01:00:00.000Z' };
 */
export interface BudgetEventBase {
  readonly actorId: string;
  readonly at: string;
}

/**
 * The events the budget machine takes; the step builds them from validated commands.
 *
 * @example
 * const e: BudgetEvent = { type: 'submit', actorId: 'u-1', at };
 */
export type BudgetEvent =
  | (BudgetEventBase & { type: 'edit-lines'; lines: readonly BudgetLine[] })
  | (BudgetEventBase & { type: 'submit' })
  | (BudgetEventBase & { type: 'finance-approve' })
  | (BudgetEventBase & { type: 'approve' })
  | (BudgetEventBase & { type: 'reject'; stage: string; reason: string })
  | (BudgetEventBase & { type: 'record-spend'; id: string; line: string; month: string; amount: number; description: string; overBudget: boolean })
  | (BudgetEventBase & { type: 'request-adjustment'; id: string; line: string; month: string; delta: number; reason: string })
  | (BudgetEventBase & { type: 'approve-adjustment'; adjustment: string })
  | (BudgetEventBase & { type: 'reject-adjustment'; adjustment: string; reason: string })
  | (BudgetEventBase & { type: 'explain-variance'; line: string; month: string; reason: string; measures?: string })
  | (BudgetEventBase & {
      type: 'submit-report';
      month: string;
      dueAt: string;
      lines: readonly ReportLine[];
      totals: { originalPlan: number; plan: number; actual: number; variance: number };
      explanations: ReadonlyArray<{ line: string; reason: string; measures: string }>;
    })
  | (BudgetEventBase & { type: 'review-report'; month: string; comment?: string })
  | (BudgetEventBase & { type: 'close' });

/**
 * The input that starts a budget in `draft`.
 *
 * @example
 * const input: BudgetInput = { year: 2026, owner: 'marketing', currency: 'CNY', compiledBy: 'u-1', lines };
 */
export type BudgetInput = Pick<BudgetContext, 'year' | 'owner' | 'currency' | 'compiledBy' | 'lines'>;

/**
 * What the budget machine asks the host to do: notify people or escalate an overspend.
 *
 * @example
 * const e: BudgetEffect = { type: 'escalate', topic: 'budget.overspent' };
 */
export interface BudgetEffect {
  readonly type: 'notify' | 'escalate';
  readonly [key: string]: unknown;
}

const monthIndex = (month: string) => Number(month.slice(5, 7)) - 1;

/**
 * The annual budget machine (BUD-1..BUD-4): draft → finance review → management approval → in force →
 * closed. While in force it records spending, budget change requests and their decisions (a change
 * alters the plan only when approved), variance explanations, and the monthly analysis reports and
 * their review.
 *
 * @example
 * const [snapshot] = initialTransition(budgetMachine, { year: 2026, owner: 'marketing', currency: 'CNY', compiledBy: 'u-1', lines });
 * snapshot.value //=> 'draft'
 */
export const budgetMachine = setup({
  types: { context: {} as BudgetContext, events: {} as BudgetEvent, input: {} as BudgetInput, emitted: {} as BudgetEffect },
  guards: {
    // BUD-4: a reviewed report is final; a submitted one may be replaced until it is reviewed.
    reportOpen: ({ context, event }) => event.type === 'submit-report' && !context.reports.some((r) => r.month === event.month && r.status === 'reviewed'),
    reportSubmitted: ({ context, event }) => event.type === 'review-report' && context.reports.some((r) => r.month === event.month && r.status === 'submitted'),
    overBudget: ({ event }) => event.type === 'record-spend' && event.overBudget,
    adjustmentPending: ({ context, event }) =>
      (event.type === 'approve-adjustment' || event.type === 'reject-adjustment') &&
      context.adjustments.some((a) => a.id === event.adjustment && a.status === 'pending'),
  },
  actions: {
    editLines: assign({ lines: ({ context, event }) => (event.type === 'edit-lines' ? event.lines : context.lines) }),
    financeApprove: assign({ financeReview: ({ event }) => ({ actorId: event.actorId, at: event.at }) }),
    approve: assign({ approval: ({ event }) => ({ actorId: event.actorId, at: event.at }) }),
    // A rejection restarts review: the finance sign-off given to the rejected version no longer counts.
    reject: assign(({ context, event }) => ({
      financeReview: undefined,
      rejections: event.type === 'reject' ? [...context.rejections, { stage: event.stage, actorId: event.actorId, at: event.at, reason: event.reason }] : context.rejections,
    })),
    spend: assign({
      spending: ({ context, event }) =>
        event.type === 'record-spend'
          ? [...context.spending, { id: event.id, line: event.line, month: event.month, amount: event.amount, description: event.description, actorId: event.actorId, at: event.at, overBudget: event.overBudget }]
          : context.spending,
    }),
    requestAdjustment: assign({
      adjustments: ({ context, event }) =>
        event.type === 'request-adjustment'
          ? [...context.adjustments, { id: event.id, line: event.line, month: event.month, delta: event.delta, reason: event.reason, requestedBy: event.actorId, at: event.at, status: 'pending' as const }]
          : context.adjustments,
    }),
    // BUD-3: the plan changes here and only here, when the change is approved.
    applyAdjustment: assign(({ context, event }) => {
      if (event.type !== 'approve-adjustment') return context;
      const adj = context.adjustments.find((a) => a.id === event.adjustment)!;
      return {
        adjustments: context.adjustments.map((a) => (a.id === adj.id ? { ...a, status: 'approved' as const, decidedBy: event.actorId, decidedAt: event.at } : a)),
        lines: context.lines.map((l) => (l.id === adj.line ? { ...l, months: l.months.map((m, i) => (i === monthIndex(adj.month) ? m + adj.delta : m)) } : l)),
      };
    }),
    rejectAdjustment: assign({
      adjustments: ({ context, event }) =>
        event.type === 'reject-adjustment'
          ? context.adjustments.map((a) => (a.id === event.adjustment ? { ...a, status: 'rejected' as const, decidedBy: event.actorId, decidedAt: event.at, decisionReason: event.reason } : a))
          : context.adjustments,
    }),
    explain: assign({
      explanations: ({ context, event }) =>
        event.type === 'explain-variance'
          ? [...context.explanations, { line: event.line, month: event.month, reason: event.reason, ...(event.measures === undefined ? {} : { measures: event.measures }), actorId: event.actorId, at: event.at }]
          : context.explanations,
    }),
    // The reasons given with a report join the explanations, so the live variance analysis shows them too.
    submitReport: assign(({ context, event }) => {
      if (event.type !== 'submit-report') return context;
      const report = { month: event.month, status: 'submitted' as const, dueAt: event.dueAt, submittedBy: event.actorId, submittedAt: event.at, lines: event.lines, totals: event.totals };
      return {
        explanations: [...context.explanations, ...event.explanations.map((e) => ({ line: e.line, month: event.month, reason: e.reason, measures: e.measures, actorId: event.actorId, at: event.at }))],
        reports: [...context.reports.filter((r) => r.month !== event.month), report].sort((a, b) => a.month.localeCompare(b.month)),
      };
    }),
    reviewReport: assign({
      reports: ({ context, event }) =>
        event.type === 'review-report'
          ? context.reports.map((r) =>
              r.month === event.month ? { ...r, status: 'reviewed' as const, reviewedBy: event.actorId, reviewedAt: event.at, ...(event.comment === undefined ? {} : { reviewComment: event.comment }) } : r,
            )
          : context.reports,
    }),
    notifyReportReview: emit(({ event }) => ({
      type: 'notify' as const,
      topic: 'budget.report-submitted',
      to: { departments: ['finance'], positions: ['head', 'deputy-head'] },
      month: event.type === 'submit-report' ? event.month : '',
    })),
    notifyFinance: emit({ type: 'notify' as const, topic: 'budget.review-requested', to: { departments: ['finance'], positions: ['head', 'deputy-head'] } }),
    notifyManagement: emit({ type: 'notify' as const, topic: 'budget.approval-requested', to: { departments: ['management'], positions: ['management-head'] } }),
    notifyCompiler: emit(({ context, event }) => ({
      type: 'notify' as const,
      topic: event.type === 'reject' ? 'budget.rejected' : 'budget.approved',
      to: { actorIds: [context.compiledBy] },
      ...(event.type === 'reject' ? { reason: event.reason } : {}),
    })),
    warnOverspend: emit(({ event }) => ({
      type: 'escalate' as const,
      topic: 'budget.overspent',
      to: { departments: ['finance', 'marketing'], positions: ['head'] },
      line: event.type === 'record-spend' ? event.line : '',
      month: event.type === 'record-spend' ? event.month : '',
    })),
    notifyAdjustment: emit(({ event }) => ({
      type: 'notify' as const,
      topic: 'budget.adjustment-requested',
      to: { departments: ['management'], positions: ['management-head'] },
      adjustment: event.type === 'request-adjustment' ? event.id : '',
    })),
  },
}).createMachine({
  id: 'budget',
  initial: 'draft',
  // XState also calls this without input when it sets up a pure transition (see the content machine).
  context: ({ input }) => (input === undefined ? ({} as BudgetContext) : { ...input, rejections: [], spending: [], adjustments: [], explanations: [], reports: [] }),
  states: {
    draft: {
      on: {
        'edit-lines': { actions: 'editLines' },
        submit: { target: 'financeReview', actions: 'notifyFinance' },
      },
    },
    financeReview: {
      on: {
        'finance-approve': { target: 'managementApproval', actions: ['financeApprove', 'notifyManagement'] },
        reject: { target: 'draft', actions: ['reject', 'notifyCompiler'] },
      },
    },
    managementApproval: {
      on: {
        approve: { target: 'active', actions: ['approve', 'notifyCompiler'] },
        reject: { target: 'draft', actions: ['reject', 'notifyCompiler'] },
      },
    },
    active: {
      on: {
        'record-spend': [{ guard: 'overBudget', actions: ['spend', 'warnOverspend'] }, { actions: 'spend' }],
        'request-adjustment': { actions: ['requestAdjustment', 'notifyAdjustment'] },
        'approve-adjustment': { guard: 'adjustmentPending', actions: 'applyAdjustment' },
        'reject-adjustment': { guard: 'adjustmentPending', actions: 'rejectAdjustment' },
        'explain-variance': { actions: 'explain' },
        'submit-report': { guard: 'reportOpen', actions: ['submitReport', 'notifyReportReview'] },
        'review-report': { guard: 'reportSubmitted', actions: 'reviewReport' },
        close: { target: 'closed' },
      },
    },
    closed: { type: 'final' },
  },
});
