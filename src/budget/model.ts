import * as z from 'zod';
import { labelledEnum, type EnumValue } from '../core/labels.js';
import { reasonText } from '../core/schema.js';
import { budgetCategory } from '../policy/budget-policy.js';

/**
 * The states of an annual marketing budget (BUD-1, S3 §7.1): compiled by marketing, reviewed by finance,
 * approved by management, then in force for the year, and closed at its end.
 *
 * @example
 * budgetState.label('financeReview', 'zh-CN') //=> '财务审核'
 */
export const budgetState = /* @__PURE__ */ labelledEnum('budgetState', {
  draft: { 'zh-CN': '编制中', 'zh-TW': '編制中', en: 'Being compiled' },
  financeReview: { 'zh-CN': '财务审核', 'zh-TW': '財務審核', en: 'Finance review' },
  managementApproval: { 'zh-CN': '管理层审批', 'zh-TW': '管理層審批', en: 'Management approval' },
  active: { 'zh-CN': '执行中', 'zh-TW': '執行中', en: 'In force' },
  closed: { 'zh-CN': '已结账', 'zh-TW': '已結賬', en: 'Closed' },
});
/** See {@link budgetState}. @example const s: BudgetState = 'active'; */
export type BudgetState = EnumValue<typeof budgetState>;

/**
 * The state of a budget change request (BUD-3): nothing changes until it is approved.
 *
 * @example
 * adjustmentStatus.label('pending', 'en') //=> 'Awaiting approval'
 */
export const adjustmentStatus = /* @__PURE__ */ labelledEnum('adjustmentStatus', {
  pending: { 'zh-CN': '待审批', 'zh-TW': '待審批', en: 'Awaiting approval' },
  approved: { 'zh-CN': '已批准并生效', 'zh-TW': '已批准並生效', en: 'Approved and applied' },
  rejected: { 'zh-CN': '已驳回', 'zh-TW': '已駁回', en: 'Rejected' },
});

const amount = z.number().int('must be whole minor units (分)').min(0).max(Number.MAX_SAFE_INTEGER);
const lineId = z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be lower-case words joined by "-"').max(80);
const monthKey = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month key such as 2026-03');

/**
 * How a line's annual amount is spread over the twelve months: evenly, by seasonal weights, or as exact
 * monthly amounts that must add up to the annual amount (BUD-2).
 *
 * @example
 * MonthSplitSchema.parse({ kind: 'seasonal', weights: [6, 5, 8, 8, 9, 10, 9, 8, 8, 9, 12, 8] });
 */
export const MonthSplitSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('even') }),
  z.object({ kind: z.literal('seasonal'), weights: z.array(z.number().int().min(0)).length(12) }),
  z.object({ kind: z.literal('exact'), months: z.array(amount).length(12) }),
]);
/** See {@link MonthSplitSchema}. @example const s: MonthSplit = { kind: 'even' }; */
export type MonthSplit = z.infer<typeof MonthSplitSchema>;

/**
 * A budget line as compiled: id, category, name, the annual amount in minor units, and its monthly split.
 *
 * @example
 * BudgetLineInputSchema.parse({ id: 'spring-campaign', category: 'campaign', name: '春季新品活动', annual: 120000000, split: { kind: 'even' } });
 */
export const BudgetLineInputSchema = z.object({
  id: lineId,
  category: z.enum(budgetCategory.values),
  name: z.string().trim().min(1).max(200),
  annual: amount,
  split: MonthSplitSchema.default({ kind: 'even' }),
});

/**
 * The command that compiles a year's budget (BUD-1).
 *
 * @example
 * CreateBudgetSchema.parse({ type: 'create', year: 2026, lines: [line] });
 */
export const CreateBudgetSchema = z.object({
  type: z.literal('create'),
  year: z.number().int().min(2000).max(2200),
  currency: z.string().regex(/^[A-Z]{3}$/).optional(),
  lines: z.array(BudgetLineInputSchema).min(1),
});
/** See {@link CreateBudgetSchema}. @example const c: CreateBudgetCommand = CreateBudgetSchema.parse(input); */
export type CreateBudgetCommand = z.infer<typeof CreateBudgetSchema>;

/**
 * Commands on an existing budget, discriminated by `type`.
 *
 * @example
 * BudgetCommandSchema.parse({ type: 'record-spend', line: 'spring-campaign', month: '2026-03', amount: 2500000, description: '抖音投放' });
 */
export const BudgetCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('edit-lines'), lines: z.array(BudgetLineInputSchema).min(1) }),
  z.object({ type: z.literal('submit') }),
  z.object({ type: z.literal('finance-approve') }),
  z.object({ type: z.literal('approve') }),
  z.object({ type: z.literal('reject'), reason: reasonText }),
  z.object({ type: z.literal('record-spend'), line: lineId, month: monthKey, amount: amount.min(1, 'must be positive'), description: z.string().trim().min(1).max(500) }),
  z.object({ type: z.literal('request-adjustment'), line: lineId, month: monthKey, delta: z.number().int().refine((d) => d !== 0, 'must not be zero'), reason: reasonText }),
  z.object({ type: z.literal('approve-adjustment'), adjustment: z.string().min(1) }),
  z.object({ type: z.literal('reject-adjustment'), adjustment: z.string().min(1), reason: reasonText }),
  z.object({ type: z.literal('explain-variance'), line: lineId, month: monthKey, reason: reasonText }),
  z.object({ type: z.literal('close') }),
]);
/** See {@link BudgetCommandSchema}. @example const c: BudgetCommand = BudgetCommandSchema.parse(input); */
export type BudgetCommand = z.infer<typeof BudgetCommandSchema>;

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
  readonly currency: string;
  readonly compiledBy: string;
  readonly lines: readonly BudgetLine[];
  readonly financeReview?: { readonly actorId: string; readonly at: string } | undefined;
  readonly approval?: { readonly actorId: string; readonly at: string };
  readonly rejections: ReadonlyArray<{ readonly stage: string; readonly actorId: string; readonly at: string; readonly reason: string }>;
  readonly spending: ReadonlyArray<{ readonly id: string; readonly line: string; readonly month: string; readonly amount: number; readonly description: string; readonly actorId: string; readonly at: string; readonly overBudget: boolean }>;
  readonly adjustments: readonly Adjustment[];
  readonly explanations: ReadonlyArray<{ readonly line: string; readonly month: string; readonly reason: string; readonly actorId: string; readonly at: string }>;
}
