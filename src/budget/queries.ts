import { ratio, type Ratio } from '../core/ratio.js';
import type { StoredRecord } from '../core/record.js';
import { fail, invalidInput, issue, ok, words, type Result } from '../core/result.js';
import { monthClosed, reportDueAt, varianceRows, type VarianceRow } from './plan.js';
import { readBudget, readBudgets } from './record.js';

/**
 * The monthly budget analysis (BUD-4, S3 §7.3.2 對比預算執行情況與預算計劃，分析差異原因，提出改進措施):
 * per line the plan as approved beside the plan after approved changes, actual, variance (actual −
 * adjusted plan) and its share of plan, with totals; a variance above `thresholdBp` of the plan needs a
 * written reason and improvement measures, and the report says which are missing.
 *
 * @example
 * const r = varianceReport(record, '2026-03', defaultBudgetPolicy.varianceReasonThresholdBp);
 * r.ok && r.value.rows.filter((x) => x.missingReason).map((x) => x.line) //=> ['douyin-ads']
 */
export function varianceReport(
  record: StoredRecord,
  month: string,
  thresholdBp: number,
): Result<{
  readonly month: string;
  readonly currency: string;
  readonly rows: readonly VarianceRow[];
  readonly totals: { readonly originalPlan: number; readonly plan: number; readonly actual: number; readonly variance: number; readonly variancePct: Ratio };
}> {
  const read = readBudget(record);
  if (!read.ok) return read;
  const context = read.value.context;
  if (typeof month !== 'string' || !/^\d{4}-(0[1-9]|1[0-2])$/.test(month) || Number(month.slice(0, 4)) !== context.year) {
    return fail(
      invalidInput(
        [issue(['month'], words(`must be a month of ${context.year}`, `须为 ${context.year} 年的月份`, `須為 ${context.year} 年的月份`), 'BUD-4')],
        'BUD-4',
      ),
    );
  }
  const rows = varianceRows(context, month, thresholdBp);
  const originalPlan = rows.reduce((s, r) => s + r.originalPlan, 0);
  const plan = rows.reduce((s, r) => s + r.plan, 0);
  const actual = rows.reduce((s, r) => s + r.actual, 0);
  return ok({ month, currency: context.currency, rows, totals: { originalPlan, plan, actual, variance: actual - plan, variancePct: ratio(actual - plan, plan) } });
}

/**
 * A monthly analysis report owed and not yet submitted (BUD-4).
 *
 * @example
 * const d: ReportDue = { recordId: 'budget-2026-marketing', year: 2026, owner: 'marketing', month: '2026-03', status: 'due', dueAt: '2026-04-10T16:00:00.000Z', overdue: false };
 */
export interface ReportDue {
  readonly recordId: string;
  readonly year: number;
  readonly owner: string;
  readonly month: string;
  readonly status: 'due';
  /** The end of the due day (`budget.reportDueDay` of the next month) in the policy time zone. */
  readonly dueAt: string;
  /** `now` is past `dueAt`. */
  readonly overdue: boolean;
}

/**
 * The monthly analysis reports due at `now` (BUD-4, S3 §7.3.2 每月撰寫預算分析報告): for every budget in
 * force, each month of its year that has ended in the policy time zone and has no submitted report,
 * with its due time and whether it is overdue; earliest due first. Budgets that do not read are
 * listed, not fatal.
 *
 * @example
 * budgetReportsDue([budget], policy, new Date('2026-04-12T00:00:00Z')).reports.map((r) => [r.month, r.overdue]) //=> [['2026-01', true], ['2026-02', true], ['2026-03', true]]
 */
export function budgetReportsDue(
  records: readonly StoredRecord[],
  policy: { readonly timeZone: string; readonly budget: { readonly reportDueDay: number } },
  now: Date,
): { readonly reports: ReportDue[]; readonly unreadable: string[] } {
  const { budgets, unreadable } = readBudgets(records);
  const reports: ReportDue[] = [];
  for (const b of budgets) {
    if (b.state !== 'active') continue;
    const c = b.context;
    // A year that month keys cannot spell (YYYY) has no months to report on: the record is listed.
    if (!Number.isInteger(c.year) || c.year < 0 || c.year > 9999) {
      unreadable.push(b.id);
      continue;
    }
    for (let m = 1; m <= 12; m++) {
      const month = `${String(c.year).padStart(4, '0')}-${String(m).padStart(2, '0')}`;
      if (!monthClosed(month, policy.timeZone, now)) break;
      if (c.reports.some((r) => r.month === month)) continue;
      const dueAt = reportDueAt(month, policy.budget.reportDueDay, policy.timeZone);
      reports.push({ recordId: b.id, year: c.year, owner: c.owner, month, status: 'due', dueAt: dueAt.toISOString(), overdue: now.getTime() > dueAt.getTime() });
    }
  }
  reports.sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.recordId.localeCompare(b.recordId));
  return { reports, unreadable };
}
