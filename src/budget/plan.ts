import { allocate, type Money } from '../core/money.js';
import { ratio, type Ratio } from '../core/ratio.js';
import { fail, ok, type Result } from '../core/result.js';
import type { StoredRecord } from '../core/record.js';
import type { BudgetContext, BudgetLine, MonthSplit } from './model.js';

/**
 * Spread an annual amount over twelve months, exact to the minor unit (BUD-2): evenly or by seasonal
 * weights (largest remainder, earlier months take leftovers), or exact months that must add up.
 *
 * @example
 * decomposeAnnual({ amount: 1_200_000_01, currency: 'CNY' }, { kind: 'even' }).value[0] //=> { amount: 10000001, currency: 'CNY' }
 */
export function decomposeAnnual(annual: Money, split: MonthSplit): Result<Money[]> {
  if (split.kind === 'exact') {
    const total = split.months.reduce((a, b) => a + b, 0);
    if (total !== annual.amount) {
      return fail({
        code: 'invalid-input',
        rule: 'BUD-2',
        message: `Monthly amounts add up to ${total}, not the annual ${annual.amount}`,
        messageZh: '月度预算之和不等于年度预算',
        issues: [{ path: ['split', 'months'], message: `sum ${total} ≠ annual ${annual.amount}`, rule: 'BUD-2' }],
      });
    }
    return ok(split.months.map((amount) => ({ amount, currency: annual.currency })));
  }
  return allocate(annual, split.kind === 'even' ? Array(12).fill(1) : split.weights);
}

/**
 * The current plan of a line for a month (after approved adjustments), in minor units.
 *
 * @example
 * monthPlan(line, '2026-03') //=> 10000000
 */
export function monthPlan(line: BudgetLine, month: string): number {
  return line.months[Number(month.slice(5, 7)) - 1] ?? 0;
}

/**
 * What has been spent on a line in a month, in minor units.
 *
 * @example
 * monthSpent(context, 'spring-campaign', '2026-03') //=> 2500000
 */
export function monthSpent(context: Pick<BudgetContext, 'spending'>, line: string, month: string): number {
  return context.spending.reduce((s, e) => (e.line === line && e.month === month ? s + e.amount : s), 0);
}

/**
 * One line of the monthly variance report (BUD-4).
 *
 * @example
 * const row: VarianceRow = report.rows[0]!;
 */
export interface VarianceRow {
  readonly line: string;
  readonly name: string;
  readonly category: string;
  readonly plan: number;
  readonly actual: number;
  /** actual − plan: positive is overspending. */
  readonly variance: number;
  /** variance ÷ plan; null with a reason when the plan is zero. */
  readonly variancePct: Ratio;
  /** The variance is above the policy's threshold (or spending came with no plan) and needs a reason. */
  readonly reasonRequired: boolean;
  readonly reason?: string;
  /** A reason is required and none has been given. */
  readonly missingReason: boolean;
}

/**
 * The monthly budget analysis (BUD-4, S3 §7.3): plan, actual, variance (actual − budget) and its share
 * of plan per line, with totals; a variance above `thresholdBp` of the plan needs a written reason,
 * and the report says which are missing.
 *
 * @example
 * const r = varianceReport(record, '2026-03', defaultPolicy.budget.varianceReasonThresholdBp);
 * if (r.ok) r.value.rows.filter((x) => x.missingReason)
 */
export function varianceReport(
  record: StoredRecord,
  month: string,
  thresholdBp: number,
): Result<{ readonly month: string; readonly currency: string; readonly rows: readonly VarianceRow[]; readonly totals: { readonly plan: number; readonly actual: number; readonly variance: number; readonly variancePct: Ratio } }> {
  const context = (record.snapshot as { context?: BudgetContext }).context;
  if (!context || !Array.isArray(context.lines)) return fail({ code: 'version-mismatch', message: `Record ${record.kind} ${record.id} is not a budget` });
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month) || Number(month.slice(0, 4)) !== context.year) {
    return fail({ code: 'invalid-input', rule: 'BUD-4', message: `"${month}" is not a month of ${context.year}`, issues: [{ path: ['month'], message: `must be a month of ${context.year}` }] });
  }
  const rows = context.lines.map((line): VarianceRow => {
    const plan = monthPlan(line, month);
    const actual = monthSpent(context, line.id, month);
    const variance = actual - plan;
    const reason = [...context.explanations].reverse().find((e) => e.line === line.id && e.month === month)?.reason;
    const reasonRequired = plan === 0 ? actual !== 0 : Math.abs(variance) * 10_000 > thresholdBp * plan;
    return {
      line: line.id,
      name: line.name,
      category: line.category,
      plan,
      actual,
      variance,
      variancePct: ratio(variance, plan),
      reasonRequired,
      ...(reason === undefined ? {} : { reason }),
      missingReason: reasonRequired && reason === undefined,
    };
  });
  const plan = rows.reduce((s, r) => s + r.plan, 0);
  const actual = rows.reduce((s, r) => s + r.actual, 0);
  return ok({ month, currency: context.currency, rows, totals: { plan, actual, variance: actual - plan, variancePct: ratio(actual - plan, plan) } });
}
