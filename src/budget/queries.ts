import { ratio, type Ratio } from '../core/ratio.js';
import type { StoredRecord } from '../core/record.js';
import { fail, invalidInput, issue, ok, words, type Result } from '../core/result.js';
import { monthPlan, monthSpent } from './plan.js';
import { readBudget } from './record.js';

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
 * const r = varianceReport(record, '2026-03', defaultBudgetPolicy.varianceReasonThresholdBp);
 * r.ok && r.value.rows.filter((x) => x.missingReason).map((x) => x.line) //=> ['douyin-ads']
 */
export function varianceReport(
  record: StoredRecord,
  month: string,
  thresholdBp: number,
): Result<{ readonly month: string; readonly currency: string; readonly rows: readonly VarianceRow[]; readonly totals: { readonly plan: number; readonly actual: number; readonly variance: number; readonly variancePct: Ratio } }> {
  const read = readBudget(record);
  if (!read.ok) return read;
  const context = read.value.context;
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(month) || Number(month.slice(0, 4)) !== context.year) {
    return fail(
      invalidInput(
        [issue(['month'], words(`must be a month of ${context.year}`, `须为 ${context.year} 年的月份`, `須為 ${context.year} 年的月份`), 'BUD-4')],
        'BUD-4',
      ),
    );
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
