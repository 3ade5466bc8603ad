import * as z from 'zod';
import type { EnumValue } from '../core/labels.js';
import { list, policyKey, reasonText, text } from '../core/schema.js';
import { LIMITS } from '../core/text.js';
import { adjustmentStatus, budgetCategory, reportStatus } from './labels.js';

const amount = z.number().int('must be whole minor units (分)').min(0).max(Number.MAX_SAFE_INTEGER);
const lineId = z.string().max(LIMITS.key).regex(/^[a-z_][a-z0-9_-]*$/, 'must be lower-case words joined by "-"');
const monthKey = z.string().length(7).regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month key such as 2026-03');

/**
 * How a line's annual amount is spread over the twelve months: evenly, by seasonal weights, or as exact
 * monthly amounts that must add up to the annual amount (BUD-2).
 *
 * @example
 * MonthSplitSchema.parse({ kind: 'seasonal', weights: [6, 5, 8, 8, 9, 10, 9, 8, 8, 9, 12, 8] });
 */
export const MonthSplitSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('even') }),
  z.strictObject({ kind: z.literal('seasonal'), weights: z.array(z.number().int().min(0).max(Number.MAX_SAFE_INTEGER)).length(12) }),
  z.strictObject({ kind: z.literal('exact'), months: z.array(amount).length(12) }),
]);
/** See {@link MonthSplitSchema}. @example const s: MonthSplit = { kind: 'even' }; */
export type MonthSplit = z.infer<typeof MonthSplitSchema>;

/**
 * A budget line as compiled: id, category, name, the annual amount in minor units, and its monthly split.
 *
 * @example
 * BudgetLineInputSchema.parse({ id: 'spring-campaign', category: 'campaign', name: '春季新品活动', annual: 120000000, split: { kind: 'even' } });
 */
export const BudgetLineInputSchema = z.strictObject({
  id: lineId,
  category: z.enum(budgetCategory.values),
  name: text(LIMITS.name),
  annual: amount,
  split: MonthSplitSchema.default({ kind: 'even' }),
});

/**
 * The payload of each budget command, by type (BUD-1..BUD-4). The envelope (`id`, `type`, a claimed
 * `at`) is the kit's; who acts comes from the host.
 *
 * @example
 * budgetPayloads['record-spend'].parse({ line: 'spring-campaign', month: '2026-03', amount: 2500000, description: '抖音投放' });
 */
export const budgetPayloads = {
  create: z.strictObject({
    year: z.number().int().min(2000).max(2200),
    /** The department whose budget this is; the policy's `budget.ownerDepartment` when omitted. */
    owner: policyKey.optional(),
    currency: z.string().length(3).regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as CNY').optional(),
    lines: list(BudgetLineInputSchema, 1000).min(1),
  }),
  'edit-lines': z.strictObject({ lines: list(BudgetLineInputSchema, 1000).min(1) }),
  submit: z.strictObject({}),
  'finance-approve': z.strictObject({}),
  approve: z.strictObject({}),
  reject: z.strictObject({ reason: reasonText }),
  'record-spend': z.strictObject({ line: lineId, month: monthKey, amount: amount.min(1, 'must be positive'), description: text(500) }),
  'request-adjustment': z.strictObject({ line: lineId, month: monthKey, delta: z.number().int().min(-Number.MAX_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER).refine((d) => d !== 0, 'must not be zero'), reason: reasonText }),
  'approve-adjustment': z.strictObject({ adjustment: z.string().min(1).max(LIMITS.key) }),
  'reject-adjustment': z.strictObject({ adjustment: z.string().min(1).max(LIMITS.key), reason: reasonText }),
  'explain-variance': z.strictObject({ line: lineId, month: monthKey, reason: reasonText, measures: reasonText.optional() }),
  'submit-report': z.strictObject({
    month: monthKey,
    /** Reasons and improvement measures given with the report; they take precedence over earlier explanations. */
    explanations: list(z.strictObject({ line: lineId, reason: reasonText, measures: reasonText }), 1000).default([]),
  }),
  'review-report': z.strictObject({ month: monthKey, comment: reasonText.optional() }),
  close: z.strictObject({}),
} as const;

/**
 * A budget line as stored: twelve monthly amounts (minor units), January first.
 *
 * @example
 * const l: BudgetLine = { id: 'spring-campaign', category: 'campaign', name: '春季新品活动', months: [10000000, …] };
 */
export interface BudgetLine {
  readonly id: string;
  readonly category: string;
  readonly name: string;
  readonly months: readonly number[];
}

/**
 * A budget change request and its decision (BUD-3).
 *
 * @example
 * const a: Adjustment = { id: 'adj-1', line: 'spring-campaign', month: '2026-03', delta: 500000, reason: '追加投放', requestedBy: 'u-1', at, status: 'pending' };
 */
export interface Adjustment {
  readonly id: string;
  readonly line: string;
  readonly month: string;
  readonly delta: number;
  readonly reason: string;
  readonly requestedBy: string;
  readonly at: string;
  readonly status: EnumValue<typeof adjustmentStatus>;
  readonly decidedBy?: string;
  readonly decidedAt?: string;
  readonly decisionReason?: string;
}

/**
 * Everything a budget remembers. Amounts are integer minor units in `currency`.
 *
 * @example
 * const ctx: BudgetContext = record.snapshot.context;
 */
export interface BudgetContext {
  readonly year: number;
  /** The department whose budget this is (one budget per year and owner, BUD-1). */
  readonly owner: string;
  readonly currency: string;
  readonly compiledBy: string;
  readonly lines: readonly BudgetLine[];
  readonly financeReview?: { readonly actorId: string; readonly at: string } | undefined;
  readonly approval?: { readonly actorId: string; readonly at: string };
  readonly rejections: ReadonlyArray<{ readonly stage: string; readonly actorId: string; readonly at: string; readonly reason: string }>;
  readonly spending: ReadonlyArray<{ readonly id: string; readonly line: string; readonly month: string; readonly amount: number; readonly description: string; readonly actorId: string; readonly at: string; readonly overBudget: boolean }>;
  readonly adjustments: readonly Adjustment[];
  readonly explanations: ReadonlyArray<{ readonly line: string; readonly month: string; readonly reason: string; readonly measures?: string; readonly actorId: string; readonly at: string }>;
  /** The monthly analysis reports submitted so far, one per month (BUD-4). */
  readonly reports: readonly MonthlyReport[];
}

/**
 * One line of a monthly analysis report as submitted (BUD-4): the plan as approved beside the plan
 * after approved changes, the actual spending and the variance against the adjusted plan, with the
 * reason and improvement measures a variance above the threshold needs.
 *
 * @example
 * const row: ReportLine = { line: 'spring-campaign', originalPlan: 100000000, plan: 102000000, actual: 80000000, variance: -22000000, reasonRequired: true, reason: '活动延期', measures: '4 月补投' };
 */
export interface ReportLine {
  readonly line: string;
  readonly originalPlan: number;
  readonly plan: number;
  readonly actual: number;
  readonly variance: number;
  readonly reasonRequired: boolean;
  readonly reason?: string;
  readonly measures?: string;
}

/**
 * A monthly budget analysis report (BUD-4, S3 §7.3.2): a dated deliverable, due by `dueAt`, submitted
 * and then reviewed. Its figures are those at submission.
 *
 * @example
 * const r: MonthlyReport = { month: '2026-03', status: 'submitted', dueAt, submittedBy: 'u-fin-staff', submittedAt, lines: [], totals };
 */
export interface MonthlyReport {
  readonly month: string;
  readonly status: Exclude<EnumValue<typeof reportStatus>, 'due'>;
  readonly dueAt: string;
  readonly submittedBy: string;
  readonly submittedAt: string;
  readonly lines: readonly ReportLine[];
  readonly totals: { readonly originalPlan: number; readonly plan: number; readonly actual: number; readonly variance: number };
  readonly reviewedBy?: string;
  readonly reviewedAt?: string;
  readonly reviewComment?: string;
}
