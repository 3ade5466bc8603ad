// Every enumeration of the KPI domain, as codes. Their labels, with the names of the built-in metrics
// and the words of explanations, are in the locale modules (`marketing-governance/kpi/locale/en`,
// `/zh-CN`, `/zh-TW`): a function that only scores ships no label text. The values arrays feed the zod
// schemas of `policy.ts`, and `KpiLocale` requires a label for every value, so schema and labels never
// drift apart.
import { codeEnum, type EnumValue, type Locale } from '../core/labels.js';
import type { RatioReason } from '../core/ratio.js';
import type { MetricDefinition } from './model.js';

/**
 * What a metric's value measures. Labels: `KpiLocale.metricUnit`.
 *
 * @example
 * metricUnit.values //=> ['count', 'ratio', 'money', 'points', 'rank']
 * zhCN.metricUnit.money //=> '金额（分）' (zhCN from 'marketing-governance/kpi/locale/zh-CN')
 */
export const metricUnit = /* @__PURE__ */ codeEnum('metricUnit', ['count', 'ratio', 'money', 'points', 'rank']);
/** See {@link metricUnit}. @example const u: MetricUnit = 'ratio'; */
export type MetricUnit = EnumValue<typeof metricUnit>;

/**
 * Which way is better: `higher`, `lower`, or a `band` around a target. A scorecard's attainment method
 * must agree with it (KPI-2): see `scorecardProblems`. Labels: `KpiLocale.metricDirection`.
 *
 * @example
 * metricDirection.is('lower') //=> true
 * en.metricDirection.lower //=> 'Lower is better' (en from 'marketing-governance/kpi/locale/en')
 */
export const metricDirection = /* @__PURE__ */ codeEnum('metricDirection', ['higher', 'lower', 'band']);
/** See {@link metricDirection}. @example const d: MetricDirection = 'higher'; */
export type MetricDirection = EnumValue<typeof metricDirection>;

/**
 * How a metric rolls up over several periods or items (KPI-3): `recompute` sums every input and applies
 * the formula again (a ratio of sums, never an average of ratios); `last` takes the latest period (stocks
 * such as followers); `average` averages per-period values (scores given per period). Labels:
 * `KpiLocale.metricAggregation`.
 *
 * @example
 * metricAggregation.values //=> ['recompute', 'last', 'average']
 * zhCN.metricAggregation.recompute //=> '汇总输入后重算'
 */
export const metricAggregation = /* @__PURE__ */ codeEnum('metricAggregation', ['recompute', 'last', 'average']);
/** See {@link metricAggregation}. @example const a: MetricAggregation = 'recompute'; */
export type MetricAggregation = EnumValue<typeof metricAggregation>;

/**
 * What a zero denominator means: `null` (no value, with the reason) or `anomaly` (no value, and flagged:
 * money was spent with nothing to show for it, for example cost with no clicks). Never 0, never ∞.
 * Labels: `KpiLocale.zeroRule`.
 *
 * @example
 * zeroRule.values //=> ['null', 'anomaly']
 * en.zeroRule.anomaly //=> 'No value, flagged as an anomaly'
 */
export const zeroRule = /* @__PURE__ */ codeEnum('zeroRule', ['null', 'anomaly']);
/** See {@link zeroRule}. @example const z: ZeroRule = 'null'; */
export type ZeroRule = EnumValue<typeof zeroRule>;

/**
 * How an indicator's actual becomes attainment (KPI-3): `ratio` actual ÷ target (higher is better);
 * `inverse` target ÷ actual (lower is better); `band` full inside `[low, high]`, falling off outside;
 * `piecewise` through threshold, target and stretch points (either direction). Labels:
 * `KpiLocale.attainmentMethod`.
 *
 * @example
 * attainmentMethod.values //=> ['ratio', 'inverse', 'band', 'piecewise']
 * zhCN.attainmentMethod.piecewise //=> '分段（门槛/目标/挑战）'
 */
export const attainmentMethod = /* @__PURE__ */ codeEnum('attainmentMethod', ['ratio', 'inverse', 'band', 'piecewise']);
/** See {@link attainmentMethod}. @example const m: AttainmentMethod = 'piecewise'; */
export type AttainmentMethod = EnumValue<typeof attainmentMethod>;

/**
 * What an indicator without a value counts for: its weight is spread over the others (`renormalise`) or
 * it scores zero (`zero`). A stated policy choice (KPI-3). Labels: `KpiLocale.notAssessableRule`.
 *
 * @example
 * notAssessableRule.values //=> ['renormalise', 'zero']
 * en.notAssessableRule.renormalise //=> 'Spread its weight over the rest'
 */
export const notAssessableRule = /* @__PURE__ */ codeEnum('notAssessableRule', ['renormalise', 'zero']);
/** See {@link notAssessableRule}. @example const n: NotAssessableRule = 'renormalise'; */
export type NotAssessableRule = EnumValue<typeof notAssessableRule>;

/**
 * How a year is scored from months (KPI-3): recompute from the summed inputs, or a weighted mean of the
 * monthly scores. Labels: `KpiLocale.annualRollupRule`.
 *
 * @example
 * annualRollupRule.values //=> ['recompute', 'weighted-mean']
 * zhCN.annualRollupRule['weighted-mean'] //=> '月度得分加权平均'
 */
export const annualRollupRule = /* @__PURE__ */ codeEnum('annualRollupRule', ['recompute', 'weighted-mean']);
/** See {@link annualRollupRule}. @example const a: AnnualRollupRule = 'recompute'; */
export type AnnualRollupRule = EnumValue<typeof annualRollupRule>;

/**
 * Whose results a scorecard appraises (KPI-2): a `department` as a whole (S0 art.14), or an
 * `individual` of that department, scored against targets decomposed from the plan (S3 §6.2.1,
 * S4 §3.2 分解到个人). Labels: `KpiLocale.scorecardSubject`.
 *
 * @example
 * scorecardSubject.values //=> ['department', 'individual']
 * zhCN.scorecardSubject.individual //=> '个人'
 */
export const scorecardSubject = /* @__PURE__ */ codeEnum('scorecardSubject', ['department', 'individual']);
/** See {@link scorecardSubject}. @example const s: ScorecardSubject = 'individual'; */
export type ScorecardSubject = EnumValue<typeof scorecardSubject>;

/**
 * An appraisal cycle (KPI-3): which periods a scorecard is appraised over. The seed runs monthly and
 * annual appraisals (S3 §6.2.2 采用月度考核与年度考核相结合); `quarter` is there for hosts that add one.
 * Labels: `KpiLocale.appraisalCycle`.
 *
 * @example
 * appraisalCycle.values //=> ['month', 'quarter', 'year']
 * zhTW.appraisalCycle.month //=> '月度考核'
 */
export const appraisalCycle = /* @__PURE__ */ codeEnum('appraisalCycle', ['month', 'quarter', 'year']);
/** See {@link appraisalCycle}. @example const c: AppraisalCycle = 'year'; */
export type AppraisalCycle = EnumValue<typeof appraisalCycle>;

/**
 * Why an indicator has no attainment (KPI-3): its actual has no value (`no-actual`: see the actual's
 * own reason), or its target cannot be compared against — a ratio or inverse target of zero or below
 * (`target-not-positive`), or a target that is not a finite number (`target-not-finite`). An
 * explanation shows it beside the missing attainment. Labels: `KpiLocale.notAssessedReason`.
 *
 * @example
 * notAssessedReason.values //=> ['no-actual', 'target-not-positive', 'target-not-finite']
 * zhCN.notAssessedReason['target-not-positive'] //=> '目标值须大于 0'
 */
export const notAssessedReason = /* @__PURE__ */ codeEnum('notAssessedReason', ['no-actual', 'target-not-positive', 'target-not-finite']);
/** See {@link notAssessedReason}. @example const r: NotAssessedReason = 'no-actual'; */
export type NotAssessedReason = EnumValue<typeof notAssessedReason>;

/**
 * The text of the KPI domain in one language: a label for every value of every KPI enumeration (keyed
 * by the enumeration's name), the name of every built-in metric and what each proxy metric stands for
 * (by code), the reasons a value is missing, and the words of a score's explanation. Import one from
 * `marketing-governance/kpi/locale/en`, `/zh-CN` or `/zh-TW` and pass it to the functions that produce
 * text; results themselves are codes and numbers, renderable in any language.
 *
 * @example
 * import { zhTW } from 'marketing-governance/kpi/locale/zh-TW';
 * const locale: KpiLocale = zhTW;
 */
export interface KpiLocale {
  /** The language of every text in it. */
  readonly code: Locale;
  readonly metricUnit: { readonly [V in MetricUnit]: string };
  readonly metricDirection: { readonly [V in MetricDirection]: string };
  readonly metricAggregation: { readonly [V in MetricAggregation]: string };
  readonly zeroRule: { readonly [V in ZeroRule]: string };
  readonly attainmentMethod: { readonly [V in AttainmentMethod]: string };
  readonly notAssessableRule: { readonly [V in NotAssessableRule]: string };
  readonly annualRollupRule: { readonly [V in AnnualRollupRule]: string };
  readonly scorecardSubject: { readonly [V in ScorecardSubject]: string };
  readonly appraisalCycle: { readonly [V in AppraisalCycle]: string };
  /** Why an indicator has no attainment. */
  readonly notAssessedReason: { readonly [V in NotAssessedReason]: string };
  /** The name of each built-in metric, by id. */
  readonly metrics: { readonly [id: string]: string };
  /** What a built-in proxy metric stands for, by its `proxy` code (`brand-influence`). */
  readonly proxies: { readonly [code: string]: string };
  /** Why a metric has no value. */
  readonly reasons: { readonly [R in RatioReason]: string };
  /** The words of {@link explainScore}. */
  readonly explain: {
    /** Indicator, formula, actual, target, attainment, weight, points. */
    readonly columns: readonly [string, string, string, string, string, string, string];
    readonly score: string;
    readonly rating: string;
    readonly anomaly: string;
    readonly veto: string;
    readonly weights: string;
    /** The scorecard's own weights. */
    readonly own: string;
    readonly goal: string;
    readonly campaignType: string;
    /** Between the items of a list (`, ` or `，`). */
    readonly comma: string;
  };
}

const own = (o: { readonly [k: string]: string }, k: string): string | undefined => (Object.hasOwn(o, k) ? o[k] : undefined);

/**
 * A metric's name in a locale: the definition's own labels (a metric a host registers carries them),
 * else the locale's name of a built-in metric, else its id.
 *
 * @example
 * metricLabel(metricById('return-on-investment')!, zhCN) //=> '投资回报率 ROI'
 * metricLabel({ ...wow, labels: { 'zh-CN': '在看', 'zh-TW': '在看', en: 'Wows' } }, en) //=> 'Wows'
 */
export function metricLabel(def: Pick<MetricDefinition, 'id' | 'labels'>, locale: KpiLocale): string {
  return def.labels?.[locale.code] ?? own(locale.metrics, def.id) ?? def.id;
}

/**
 * What a proxy metric stands for in a locale (KPI-1: a metric that measures something in place of what
 * the seed names says so), or `undefined` for a metric that is not a proxy. A built-in metric's `proxy`
 * is a code the locale names; a host metric's is its own labels.
 *
 * @example
 * proxyLabel(metricById('share-of-voice')!, en) //=> 'brand influence'
 * proxyLabel(metricById('sales')!, en) //=> undefined
 */
export function proxyLabel(def: Pick<MetricDefinition, 'proxy'>, locale: KpiLocale): string | undefined {
  const p = def.proxy;
  return p === undefined ? undefined : typeof p === 'string' ? (own(locale.proxies, p) ?? p) : p[locale.code];
}
