// Every labelled enumeration of the KPI domain, each value labelled in zh-CN, zh-TW and en. The values
// arrays feed the zod schemas of `policy.ts`, so schema and labels never drift apart.
import { labelledEnum, type EnumValue } from '../core/labels.js';

/**
 * What a metric's value measures.
 *
 * @example
 * metricUnit.label('money', 'zh-CN') //=> '金额（分）'
 */
export const metricUnit = /* @__PURE__ */ labelledEnum('metricUnit', {
  count: { 'zh-CN': '数量', 'zh-TW': '數量', en: 'Count' },
  ratio: { 'zh-CN': '比率', 'zh-TW': '比率', en: 'Ratio' },
  money: { 'zh-CN': '金额（分）', 'zh-TW': '金額（分）', en: 'Money (minor units)' },
  points: { 'zh-CN': '分值', 'zh-TW': '分值', en: 'Points' },
  rank: { 'zh-CN': '名次（1 为最前）', 'zh-TW': '名次（1 為最前）', en: 'Position (1 = top)' },
});
/** See {@link metricUnit}. @example const u: MetricUnit = 'ratio'; */
export type MetricUnit = EnumValue<typeof metricUnit>;

/**
 * Which way is better: `higher`, `lower`, or a `band` around a target. A scorecard's attainment method
 * must agree with it (KPI-2): see `scorecardProblems`.
 *
 * @example
 * metricDirection.label('lower', 'en') //=> 'Lower is better'
 */
export const metricDirection = /* @__PURE__ */ labelledEnum('metricDirection', {
  higher: { 'zh-CN': '越高越好', 'zh-TW': '越高越好', en: 'Higher is better' },
  lower: { 'zh-CN': '越低越好', 'zh-TW': '越低越好', en: 'Lower is better' },
  band: { 'zh-CN': '目标区间内最佳', 'zh-TW': '目標區間內最佳', en: 'Best within a band' },
});
/** See {@link metricDirection}. @example const d: MetricDirection = 'higher'; */
export type MetricDirection = EnumValue<typeof metricDirection>;

/**
 * How a metric rolls up over several periods or items (KPI-3): `recompute` sums every input and applies
 * the formula again (a ratio of sums, never an average of ratios); `last` takes the latest period (stocks
 * such as followers); `average` averages per-period values (scores given per period).
 *
 * @example
 * metricAggregation.label('recompute', 'zh-CN') //=> '汇总输入后重算'
 */
export const metricAggregation = /* @__PURE__ */ labelledEnum('metricAggregation', {
  recompute: { 'zh-CN': '汇总输入后重算', 'zh-TW': '彙總輸入後重算', en: 'Sum inputs, then recompute' },
  last: { 'zh-CN': '取期末值', 'zh-TW': '取期末值', en: 'Latest period' },
  average: { 'zh-CN': '各期平均', 'zh-TW': '各期平均', en: 'Average of periods' },
});
/** See {@link metricAggregation}. @example const a: MetricAggregation = 'recompute'; */
export type MetricAggregation = EnumValue<typeof metricAggregation>;

/**
 * What a zero denominator means: `null` (no value, with the reason) or `anomaly` (no value, and flagged:
 * money was spent with nothing to show for it, for example cost with no clicks). Never 0, never ∞.
 *
 * @example
 * zeroRule.label('anomaly', 'en') //=> 'No value, flagged as an anomaly'
 */
export const zeroRule = /* @__PURE__ */ labelledEnum('zeroRule', {
  null: { 'zh-CN': '无值（注明原因）', 'zh-TW': '無值（註明原因）', en: 'No value, with the reason' },
  anomaly: { 'zh-CN': '无值并标记异常', 'zh-TW': '無值並標記異常', en: 'No value, flagged as an anomaly' },
});
/** See {@link zeroRule}. @example const z: ZeroRule = 'null'; */
export type ZeroRule = EnumValue<typeof zeroRule>;

/**
 * How an indicator's actual becomes attainment (KPI-3): `ratio` actual ÷ target (higher is better);
 * `inverse` target ÷ actual (lower is better); `band` full inside `[low, high]`, falling off outside;
 * `piecewise` through threshold, target and stretch points (either direction).
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
/** See {@link notAssessableRule}. @example const n: NotAssessableRule = 'renormalise'; */
export type NotAssessableRule = EnumValue<typeof notAssessableRule>;

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
/** See {@link annualRollupRule}. @example const a: AnnualRollupRule = 'recompute'; */
export type AnnualRollupRule = EnumValue<typeof annualRollupRule>;

/**
 * Whose results a scorecard appraises (KPI-2): a `department` as a whole (S0 art.14), or an
 * `individual` of that department, scored against targets decomposed from the plan (S3 §6.2.1,
 * S4 §3.2 分解到个人).
 *
 * @example
 * scorecardSubject.label('individual', 'zh-CN') //=> '个人'
 */
export const scorecardSubject = /* @__PURE__ */ labelledEnum('scorecardSubject', {
  department: { 'zh-CN': '部门', 'zh-TW': '部門', en: 'Department' },
  individual: { 'zh-CN': '个人', 'zh-TW': '個人', en: 'Individual' },
});
/** See {@link scorecardSubject}. @example const s: ScorecardSubject = 'individual'; */
export type ScorecardSubject = EnumValue<typeof scorecardSubject>;

/**
 * An appraisal cycle (KPI-3): which periods a scorecard is appraised over. The seed runs monthly and
 * annual appraisals (S3 §6.2.2 采用月度考核与年度考核相结合); `quarter` is there for hosts that add one.
 *
 * @example
 * appraisalCycle.label('month', 'zh-TW') //=> '月度考核'
 */
export const appraisalCycle = /* @__PURE__ */ labelledEnum('appraisalCycle', {
  month: { 'zh-CN': '月度考核', 'zh-TW': '月度考核', en: 'Monthly appraisal' },
  quarter: { 'zh-CN': '季度考核', 'zh-TW': '季度考核', en: 'Quarterly appraisal' },
  year: { 'zh-CN': '年度考核', 'zh-TW': '年度考核', en: 'Annual appraisal' },
});
/** See {@link appraisalCycle}. @example const c: AppraisalCycle = 'year'; */
export type AppraisalCycle = EnumValue<typeof appraisalCycle>;

/**
 * Why an indicator has no attainment (KPI-3): its actual has no value (`no-actual`: see the actual's
 * own reason), or its target cannot be compared against — a ratio or inverse target of zero or below
 * (`target-not-positive`), or a target that is not a finite number (`target-not-finite`). An
 * explanation shows it beside the missing attainment.
 *
 * @example
 * notAssessedReason.label('target-not-positive', 'zh-CN') //=> '目标值须大于 0'
 */
export const notAssessedReason = /* @__PURE__ */ labelledEnum('notAssessedReason', {
  'no-actual': { 'zh-CN': '无实际值', 'zh-TW': '無實際值', en: 'No actual value' },
  'target-not-positive': { 'zh-CN': '目标值须大于 0', 'zh-TW': '目標值須大於 0', en: 'Target must be above 0' },
  'target-not-finite': { 'zh-CN': '目标值不是有限数', 'zh-TW': '目標值不是有限數', en: 'Target is not a finite number' },
});
/** See {@link notAssessedReason}. @example const r: NotAssessedReason = 'no-actual'; */
export type NotAssessedReason = EnumValue<typeof notAssessedReason>;
