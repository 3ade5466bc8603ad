// Which appraisals run, and when (KPI-3): the cycles are policy data (S3 §6.2.2 采用月度考核与年度考核相结合),
// globally or per scorecard, and a host asks at each month's close which appraisals fall due.
import { parsePeriodKey } from '../core/period.js';
import { fail, invalidInput, issue, ok, words, type Issue, type Result } from '../core/result.js';
import type { AppraisalCycle } from './labels.js';
import type { KpiPolicy, ScorecardSpec } from './model.js';
import { checkShape, maybe, type Shape } from './shape.js';
import { shown } from '../core/text.js';

// S3 §6.2.2 采用月度考核与年度考核相结合: what a KPI section written before cycles were data runs.
const SEED_CYCLES: readonly AppraisalCycle[] = ['month', 'year'];
const cycleList: Shape = maybe([new Set<unknown>(['month', 'quarter', 'year'] satisfies AppraisalCycle[])]);
const kpiShape: Shape = { scorecards: [{ id: 's', cycles: cycleList }], cycles: cycleList };

/**
 * The appraisal cycles a scorecard runs in: its own `cycles`, or else the policy's, or else, for a KPI
 * section written before cycles were data, the seed's monthly and annual appraisals (KPI-3, S3 §6.2.2).
 * Only own properties are read.
 *
 * @example
 * appraisalCyclesOf(defaultKpiPolicy.scorecards[0]!, defaultKpiPolicy) //=> ['month', 'year']
 * appraisalCyclesOf({ ...card, cycles: ['quarter'] }, defaultKpiPolicy) //=> ['quarter']
 * appraisalCyclesOf(card, {} as never) //=> ['month', 'year']
 */
export function appraisalCyclesOf(card: ScorecardSpec, kpi: Pick<KpiPolicy, 'cycles'>): readonly AppraisalCycle[] {
  const own = (o: object | null | undefined, k: string) => (typeof o === 'object' && o !== null && Object.hasOwn(o, k) ? (o as Record<string, unknown>)[k] : undefined);
  const mine = own(card, 'cycles');
  const policy = own(kpi, 'cycles');
  return Array.isArray(mine) ? mine : Array.isArray(policy) ? policy : SEED_CYCLES;
}

/**
 * One appraisal that falls due: the scorecard, its cycle and the period key it covers.
 *
 * @example
 * const a: AppraisalDue = { scorecard: 'marketing-team', cycle: 'year', period: '2026' };
 */
export interface AppraisalDue {
  readonly scorecard: string;
  readonly cycle: AppraisalCycle;
  readonly period: string;
}

/**
 * The appraisals that fall due when a month closes (KPI-3): every scorecard's monthly appraisal of that
 * month, its quarterly one when the month ends a quarter, its annual one when it ends the year, each
 * only where the scorecard runs that cycle (see {@link appraisalCyclesOf}). Scorecards keep the policy's
 * order; within one, month before quarter before year. A key that is not a month (`YYYY-MM`) is
 * `invalid-input` at `month`, and a KPI section that is not one (no scorecards, an unknown cycle) is
 * `invalid-input` at its path from `kpi` (KPI-3); a section without `cycles` runs the seed's.
 *
 * @example
 * appraisalsDue(defaultKpiPolicy, '2026-03').value?.[0] //=> { scorecard: 'marketing-team', cycle: 'month', period: '2026-03' }
 * appraisalsDue(defaultKpiPolicy, '2026-12').value?.filter((a) => a.cycle === 'year').length //=> 6
 * appraisalsDue(defaultKpiPolicy, '2026-Q1').ok //=> false
 * appraisalsDue(null as never, '2026-03').error?.issues[0]?.path //=> ['kpi']
 */
export function appraisalsDue(kpi: Pick<KpiPolicy, 'scorecards' | 'cycles'>, month: string): Result<AppraisalDue[]> {
  const shape: Issue[] = [];
  checkShape(kpiShape, kpi, ['kpi'], shape);
  if (shape.length > 0) return fail(invalidInput(shape, 'KPI-3'));
  const p = typeof month === 'string' ? parsePeriodKey(month) : undefined;
  if (!p?.ok || p.value.kind !== 'month') {
    const m = shown(month);
    return fail(invalidInput([issue(['month'], words(`"${m}" is not a month key (YYYY-MM)`, `“${m}”不是月份键（YYYY-MM）`, `「${m}」不是月份鍵（YYYY-MM）`), 'KPI-3')], 'KPI-3'));
  }
  const { index } = p.value;
  const periods: Array<[AppraisalCycle, string | null]> = [
    ['month', month],
    ['quarter', index % 3 === 0 ? `${month.slice(0, 4)}-Q${index / 3}` : null],
    ['year', index === 12 ? month.slice(0, 4) : null],
  ];
  const out: AppraisalDue[] = [];
  for (const card of kpi.scorecards) {
    const cycles = appraisalCyclesOf(card, kpi);
    for (const [cycle, period] of periods) if (period !== null && cycles.includes(cycle)) out.push({ scorecard: card.id, cycle, period });
  }
  return ok(out);
}
