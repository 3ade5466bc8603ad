import { allocate, type Money } from '../core/money.js';
import { ratio, type Ratio } from '../core/ratio.js';
import { fail, invalidInput, issue, ok, words, type Result } from '../core/result.js';
import { startOfZonedDay } from '../core/zone.js';
import type { CarryOverRule } from './labels.js';
import type { BudgetContext, BudgetLine, MonthSplit } from './model.js';

/**
 * Spread an annual amount over twelve months, exact to the minor unit (BUD-2): evenly or by seasonal
 * weights (largest remainder, earlier months take leftovers), or exact months that must add up.
 *
 * @example
 * decomposeAnnual({ amount: 1_200_000_01, currency: 'CNY' }, { kind: 'even' }).value[0] //=> { amount: 10000001, currency: 'CNY' }
 * decomposeAnnual({ amount: 100, currency: 'CNY' }, { kind: 'monthly' } as never).ok //=> false (invalid-input at split.kind)
 */
export function decomposeAnnual(annual: Money, split: MonthSplit): Result<Money[]> {
  const kind = typeof split === 'object' && split !== null ? split.kind : undefined;
  if (kind !== 'even' && kind !== 'seasonal' && kind !== 'exact') {
    return fail(invalidInput([issue(['split', 'kind'], words('must be even, seasonal or exact', '须为 even、seasonal 或 exact', '須為 even、seasonal 或 exact'), 'BUD-2')], 'BUD-2'));
  }
  if (split.kind === 'exact') {
    if (!Array.isArray(split.months)) return fail(invalidInput([issue(['split', 'months'], words('must be twelve monthly amounts', '须为 12 个月度金额', '須為 12 個月度金額'), 'BUD-2')], 'BUD-2'));
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
  if (split.kind === 'seasonal' && !Array.isArray(split.weights)) return fail(invalidInput([issue(['split', 'weights'], words('must be twelve weights', '须为 12 个权重', '須為 12 個權重'), 'BUD-2')], 'BUD-2'));
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
 * What has been spent on a line in a month, in minor units. Summed exactly; a total beyond 2^53 − 1 is
 * the nearest number.
 *
 * @example
 * monthSpent(context, 'spring-campaign', '2026-03') //=> 2500000
 */
export function monthSpent(context: Pick<BudgetContext, 'spending'>, line: string, month: string): number {
  return Number(spentExactly(context, line, month));
}

// Amounts as exact integers: sums of safe amounts pass 2^53 − 1, where floating point rounds them.
const big = (n: number): bigint => (Number.isFinite(n) ? BigInt(Math.trunc(n)) : 0n);
const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

function spentExactly(context: Pick<BudgetContext, 'spending'>, line: string, month: string): bigint {
  let total = 0n;
  for (const e of context.spending) if (e.line === line && e.month === month) total += big(e.amount);
  return total;
}

const monthKeyOf = (year: number, index: number) => `${year}-${String(index).padStart(2, '0')}`;

/**
 * The plan of a line for a month as the budget was approved, before any approved change (BUD-4 keeps
 * it beside the adjusted plan).
 *
 * @example
 * originalMonthPlan(context, context.lines[0], '2026-04') //=> 100000000 (monthPlan gives 102000000 after a +20,000 change)
 */
export function originalMonthPlan(context: Pick<BudgetContext, 'adjustments'>, line: BudgetLine, month: string): number {
  let plan = big(monthPlan(line, month));
  for (const a of context.adjustments) if (a.status === 'approved' && a.line === line.id && a.month === month) plan -= big(a.delta);
  return Number(plan);
}

/**
 * How much more may be spent on a line in a month (BUD-2), with `delta` added to that month's plan
 * (a change being decided; 0 otherwise). Without carry-over, the month's plan less its spending. With
 * carry-over within the year, spending to date may never pass the plan to date in this month or any
 * later one, so money a line left unspent earlier can be spent now, and money spent now is gone for
 * the later months. Negative when the line is already past it (an overspend accepted with a warning).
 * Computed exactly, so months planned near 2^53 never show headroom that is not there; the answer is
 * clamped to ±(2^53 − 1), which decides every safe amount exactly.
 *
 * @example
 * monthHeadroom(context, 'content-team', '2026-03', 'none') //=> 5000000
 * monthHeadroom(context, 'content-team', '2026-03', 'within-year') //=> 45000000 (Jan and Feb unspent)
 */
export function monthHeadroom(context: Pick<BudgetContext, 'lines' | 'spending' | 'year'>, line: string, month: string, carryOver: CarryOverRule, delta = 0): number {
  const l = context.lines.find((x) => x.id === line);
  if (!l) return 0;
  let least: bigint;
  if (carryOver === 'none') least = big(monthPlan(l, month)) + big(delta) - spentExactly(context, line, month);
  else {
    const from = Number(month.slice(5, 7));
    let plan = 0n;
    let spent = 0n;
    least = SAFE;
    for (let m = 1; m <= 12; m++) {
      const key = monthKeyOf(context.year, m);
      plan += big(monthPlan(l, key)) + (m === from ? big(delta) : 0n);
      spent += spentExactly(context, line, key);
      if (m >= from && plan - spent < least) least = plan - spent;
    }
  }
  return Number(least > SAFE ? SAFE : least < -SAFE ? -SAFE : least);
}

/**
 * Whether a month has closed: it has ended in the policy time zone (BUD-3 allows changes only to
 * months not yet closed).
 *
 * @example
 * monthClosed('2026-03', 'Asia/Shanghai', new Date('2026-03-31T16:00:00Z')) //=> true
 */
export function monthClosed(month: string, timeZone: string, now: Date): boolean {
  return now.getTime() >= monthEnd(month, timeZone);
}

// The instant a month ends in a zone, remembered: reading a zone's offset costs tens of microseconds and
// every change to a budget asks about the same few months. Bounded, so a long-running host never grows it.
const monthEnds = new Map<string, number>();
function monthEnd(month: string, timeZone: string): number {
  const key = `${timeZone} ${month}`;
  let end = monthEnds.get(key);
  // Stryker disable next-line ConditionalExpression: computing the end again gives the same instant; the cache only saves time
  if (end === undefined) {
    end = startOfZonedDay(Number(month.slice(0, 4)), Number(month.slice(5, 7)) + 1, 1, timeZone).getTime();
    // Stryker disable next-line ConditionalExpression,EqualityOperator: when the cache is emptied changes its size, never an answer
    if (monthEnds.size >= 256) monthEnds.clear();
    monthEnds.set(key, end);
  }
  return end;
}

/**
 * When the analysis report for a month is due (BUD-4): the end of day `dueDay` of the next month in
 * the policy time zone, that is the start of the day after.
 *
 * @example
 * reportDueAt('2026-03', 10, 'Asia/Shanghai').toISOString() //=> '2026-04-10T16:00:00.000Z'
 */
export function reportDueAt(month: string, dueDay: number, timeZone: string): Date {
  return startOfZonedDay(Number(month.slice(0, 4)), Number(month.slice(5, 7)) + 1, dueDay + 1, timeZone);
}

/**
 * One line of the monthly variance analysis (BUD-4).
 *
 * @example
 * const row: VarianceRow = report.rows[0]!;
 */
export interface VarianceRow {
  readonly line: string;
  readonly name: string;
  readonly category: string;
  /** The month's plan as the budget was approved. */
  readonly originalPlan: number;
  /** The month's plan after approved changes: the one spending and variance are measured against. */
  readonly plan: number;
  readonly actual: number;
  /** actual − plan: positive is overspending. */
  readonly variance: number;
  /** variance ÷ plan; null with a reason when the plan is zero. */
  readonly variancePct: Ratio;
  /** The variance is above the policy's threshold (or spending came with no plan) and needs a reason and measures. */
  readonly reasonRequired: boolean;
  readonly reason?: string;
  /** Improvement measures (改进措施) for the variance. */
  readonly measures?: string;
  /** A reason is required and none has been given. */
  readonly missingReason: boolean;
  /** Measures are required and none have been given. */
  readonly missingMeasures: boolean;
}

/**
 * The variance rows of a month, one per line (BUD-4): original and adjusted plan, actual, variance,
 * and the latest reason and measures given for it. The month must be one of the budget's year.
 *
 * @example
 * varianceRows(context, '2026-03', 1000)[0].reasonRequired //=> true
 */
export function varianceRows(context: Pick<BudgetContext, 'lines' | 'spending' | 'adjustments' | 'explanations'>, month: string, thresholdBp: number): VarianceRow[] {
  return context.lines.map((line): VarianceRow => {
    const plan = monthPlan(line, month);
    const actual = monthSpent(context, line.id, month);
    const variance = actual - plan;
    const said = [...context.explanations].reverse().find((e) => e.line === line.id && e.month === month);
    const reasonRequired = plan === 0 ? actual !== 0 : Math.abs(variance) * 10_000 > thresholdBp * plan;
    return {
      line: line.id,
      name: line.name,
      category: line.category,
      originalPlan: originalMonthPlan(context, line, month),
      plan,
      actual,
      variance,
      variancePct: ratio(variance, plan),
      reasonRequired,
      ...(said === undefined ? {} : { reason: said.reason }),
      ...(said?.measures === undefined ? {} : { measures: said.measures }),
      missingReason: reasonRequired && said === undefined,
      missingMeasures: reasonRequired && said?.measures === undefined,
    };
  });
}
