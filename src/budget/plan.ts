import { allocate, type Money } from '../core/money.js';
import { fail, invalidInput, issue, ok, words, type Result } from '../core/result.js';
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
      return fail(
        invalidInput(
          [
            issue(
              ['split', 'months'],
              words(`monthly amounts add up to ${total}, not the annual ${annual.amount}`, `月度预算之和 ${total} 不等于年度预算 ${annual.amount}`, `月度預算之和 ${total} 不等於年度預算 ${annual.amount}`),
              'BUD-2',
            ),
          ],
          'BUD-2',
        ),
      );
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

