// The KPI section's types and its consistency checks, free of zod so that scoring code can validate a
// scorecard without loading a schema library.
import { labelledEnum, type EnumValue, type Labels } from '../core/labels.js';

/**
 * How an indicator's actual becomes attainment (KPI-3): `ratio` actual ÷ target (higher is better);
 * `inverse` target ÷ actual (lower is better); `band` full inside `[low, high]`, falling off outside;
 * `piecewise` through threshold, target and stretch points.
 *
 * @example
 * attainmentMethod.label('piecewise', 'zh-CN') //=> '分段（门槛/目标/挑战）'
 */
export const attainmentMethod = /* @__PURE__ */ labelledEnum('attainmentMethod', {
  ratio: { 'zh-CN': '实际 ÷ 目标', 'zh-TW': '實際 ÷ 目標', en: 'Actual ÷ target' },
  inverse: { 'zh-CN': '目标 ÷ 实际（越低越好）', 'zh-TW': '目標 ÷ 實際（越低越好）', en: 'Target ÷ actual (lower is better)' },
  band: { 'zh-CN': '目标区间', 'zh-TW': '目標區間', en: 'Band around the target' },
  piecewise: { 'zh-CN': '分段（门槛/目标/挑战）', 'zh-TW': '分段（門檻/目標/挑戰）', en: 'Piecewise (threshold, target, stretch)' },
});
/** See {@link attainmentMethod}. @example const m: AttainmentMethod = 'piecewise'; */
export type AttainmentMethod = EnumValue<typeof attainmentMethod>;

/**
 * What an indicator without a value counts for: its weight is spread over the others (`renormalise`) or
 * it scores zero (`zero`). A stated policy choice (KPI-3).
 *
 * @example
 * notAssessableRule.label('renormalise', 'en') //=> 'Spread its weight over the rest'
 */
export const notAssessableRule = /* @__PURE__ */ labelledEnum('notAssessableRule', {
  renormalise: { 'zh-CN': '权重分摊给其余指标', 'zh-TW': '權重分攤給其餘指標', en: 'Spread its weight over the rest' },
  zero: { 'zh-CN': '按零分计', 'zh-TW': '按零分計', en: 'Count as zero' },
});

/**
 * How a year is scored from months (KPI-3): recompute from the summed inputs, or a weighted mean of the
 * monthly scores.
 *
 * @example
 * annualRollupRule.label('weighted-mean', 'zh-CN') //=> '月度得分加权平均'
 */
export const annualRollupRule = /* @__PURE__ */ labelledEnum('annualRollupRule', {
  recompute: { 'zh-CN': '汇总全年数据重算', 'zh-TW': '彙總全年數據重算', en: 'Recompute from summed inputs' },
  'weighted-mean': { 'zh-CN': '月度得分加权平均', 'zh-TW': '月度得分加權平均', en: 'Weighted mean of monthly scores' },
});

/**
 * One indicator of a scorecard (KPI-2): a catalogue metric, its weight in basis points, its target and
 * how attainment is computed and bounded (`floor` and `cap` are attainment fractions, 1 = 100%).
 *
 * @example
 * const i: IndicatorSpec = { metric: 'market-share', weightBp: 2500, target: 0.15, method: 'ratio', floor: 0, cap: 1.2 };
 */
export interface IndicatorSpec {
  readonly metric: string;
  readonly weightBp: number;
  readonly target: number;
  readonly method: AttainmentMethod;
  /** For `band`: the range that earns full attainment, and how far outside it attainment reaches 0. */
  readonly band?: { readonly low: number; readonly high: number; readonly tolerance: number } | undefined;
  /** For `piecewise`: below `threshold` earns `floor`; at threshold `thresholdAttainment`; at target 1; at `stretch` the cap. */
  readonly piecewise?: { readonly threshold: number; readonly stretch: number; readonly thresholdAttainment: number } | undefined;
  readonly floor: number;
  readonly cap: number;
}

/**
 * A scorecard: whose it is and its indicators (KPI-2).
 *
 * @example
 * const card: ScorecardSpec = defaultPolicy.kpi.scorecards[0]!;
 */
export interface ScorecardSpec {
  readonly id: string;
  readonly labels: Labels;
  /** The department appraised (S0 art.14), or an individual's scorecard decomposed from it (S4 §3.2). */
  readonly department: string;
  readonly indicators: readonly IndicatorSpec[];
}

/**
 * A rating band: scores in `[min, next band's min)` earn this rating (KPI-4), with its reward
 * recommendation (bonus coefficient in basis points, promotion eligibility; S0 art.15, S3 §6.2.3).
 *
 * @example
 * const b: RatingBand = { rating: 'A', labels, min: 85, bonusCoefficientBp: 12000, promotionEligible: true };
 */
export interface RatingBand {
  readonly rating: string;
  readonly labels: Labels;
  readonly min: number;
  readonly bonusCoefficientBp: number;
  readonly promotionEligible: boolean;
}

/**
 * A veto item (一票否决): when it happens in the period, the rating is capped at `capRating` whatever
 * the score.
 *
 * @example
 * const v: VetoSpec = { id: 'serious-violation', labels, capRating: 'C' };
 */
export interface VetoSpec {
  readonly id: string;
  readonly labels: Labels;
  readonly capRating: string;
}

/**
 * The KPI section of a policy.
 *
 * @example
 * const kpi: KpiPolicy = defaultPolicy.kpi;
 */
export interface KpiPolicy {
  readonly scorecards: readonly ScorecardSpec[];
  /** Best first; the last band's `min` is the floor of the scale (usually 0). */
  readonly bands: readonly RatingBand[];
  readonly vetoes: readonly VetoSpec[];
  /** An indicator with no value: spread its weight over the others, or count it as zero. */
  readonly notAssessable: EnumValue<typeof notAssessableRule>;
  /** A year from months: recompute from summed inputs, or a weighted mean of the monthly scores. */
  readonly annualRollup: EnumValue<typeof annualRollupRule>;
}

/**
 * Every problem in a scorecard, with paths relative to it: weights that are not whole basis points or do
 * not sum to 10000, duplicate metrics, metrics not in the catalogue, and method parameters that are
 * missing or out of order.
 *
 * @example
 * scorecardProblems({ ...card, indicators: [{ ...card.indicators[0]!, weightBp: 9000 }] }, ids)
 * //=> [{ path: ['indicators'], message: 'weights sum to 9000 basis points, not 10000' }]
 */
export function scorecardProblems(card: ScorecardSpec, metricIds: ReadonlySet<string>): Array<{ path: Array<string | number>; message: string }> {
  const out: Array<{ path: Array<string | number>; message: string }> = [];
  let total = 0;
  const seen = new Set<string>();
  card.indicators.forEach((ind, i) => {
    const at = (...p: Array<string | number>) => ['indicators', i, ...p];
    if (!Number.isInteger(ind.weightBp) || ind.weightBp <= 0) out.push({ path: at('weightBp'), message: 'must be a positive whole number of basis points' });
    total += ind.weightBp;
    if (seen.has(ind.metric)) out.push({ path: at('metric'), message: `metric "${ind.metric}" appears twice` });
    seen.add(ind.metric);
    if (!metricIds.has(ind.metric)) out.push({ path: at('metric'), message: `unknown metric "${ind.metric}"` });
    if (!Number.isFinite(ind.target)) out.push({ path: at('target'), message: 'must be a finite number' });
    if ((ind.method === 'ratio' || ind.method === 'inverse') && !(ind.target > 0)) out.push({ path: at('target'), message: `the ${ind.method} method needs a positive target` });
    if (!(ind.floor >= 0) || !(ind.cap >= ind.floor)) out.push({ path: at('cap'), message: 'needs 0 ≤ floor ≤ cap' });
    if (ind.method === 'band') {
      if (!ind.band) out.push({ path: at('band'), message: 'the band method needs low, high and tolerance' });
      else if (!(ind.band.low <= ind.band.high) || !(ind.band.tolerance > 0)) out.push({ path: at('band'), message: 'needs low ≤ high and a positive tolerance' });
    }
    if (ind.method === 'piecewise') {
      const p = ind.piecewise;
      if (!p) out.push({ path: at('piecewise'), message: 'the piecewise method needs threshold, stretch and thresholdAttainment' });
      else {
        const up = p.threshold < ind.target && ind.target < p.stretch;
        const down = p.threshold > ind.target && ind.target > p.stretch;
        if (!up && !down) out.push({ path: at('piecewise'), message: 'threshold, target and stretch must be strictly in order (either direction)' });
        if (!(p.thresholdAttainment >= 0 && p.thresholdAttainment <= 1)) out.push({ path: at('piecewise', 'thresholdAttainment'), message: 'must be between 0 and 1' });
      }
    }
  });
  if (card.indicators.length === 0) out.push({ path: ['indicators'], message: 'a scorecard needs at least one indicator' });
  else if (total !== 10_000) out.push({ path: ['indicators'], message: `weights sum to ${total} basis points, not 10000` });
  return out;
}
