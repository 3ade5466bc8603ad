// The KPI domain's types, free of zod: scoring code uses them without loading a schema library. The
// schemas in `policy.ts` produce values of these types (checked there at compile time).
import type { Labels } from '../core/labels.js';
import type { AnnualRollupRule, AppraisalCycle, AttainmentMethod, MetricAggregation, MetricDirection, MetricUnit, NotAssessableRule, ScorecardSubject, ZeroRule } from './labels.js';

/**
 * One input with a coefficient (default 1; −1 subtracts).
 *
 * @example
 * const t: Term = { input: 'cost', coefficient: -1 };
 */
export interface Term {
  readonly input: string;
  readonly coefficient?: number | undefined;
}

/**
 * A formula as data, so a host can register metrics in JSON: a weighted `sum` of inputs, or a `ratio`
 * of two sums times `scale` (1000 for CPM).
 *
 * @example
 * const ctr: Formula = { kind: 'ratio', numerator: [{ input: 'clicks' }], denominator: [{ input: 'impressions' }] };
 */
export type Formula =
  | { readonly kind: 'sum'; readonly terms: readonly Term[] }
  | { readonly kind: 'ratio'; readonly numerator: readonly Term[]; readonly denominator: readonly Term[]; readonly scale?: number | undefined };

/**
 * A metric of the catalogue (KPI-1): its id (variants are part of the id), formula, unit, direction,
 * roll-up and zero rule, and where its definition comes from. A metric a host registers carries its
 * labels; the built-in metrics are named by the locale modules (see `metricLabel`).
 *
 * @example
 * const m: MetricDefinition = metricById('click-through-rate-ads')!;
 */
export interface MetricDefinition {
  readonly id: string;
  /** Its name in each language: required of a host's metric in a policy; absent on the built-in ones. */
  readonly labels?: Labels | undefined;
  readonly formula: Formula;
  readonly unit: MetricUnit;
  readonly direction: MetricDirection;
  readonly aggregation: MetricAggregation;
  readonly zero: ZeroRule;
  /** The published definition followed, for example `Google Ads`. */
  readonly source?: string | undefined;
  /**
   * Set when the metric is a proxy: it measures something else in place of what the seed names (share
   * of voice for brand influence). A host's metric names what it stands for in labels; a built-in one
   * by a code the locale modules name (`brand-influence`). See `proxyLabel`.
   */
  readonly proxy?: Labels | string | undefined;
  /**
   * Set for a rated metric: its value is a score a rater gives on this scale (teamwork, S3 §6.2.1), not
   * a count. Its formula is the one rating input, and ratings are averaged (several raters' ratings of
   * one period are the score data's `observations`).
   */
  readonly rating?: { readonly min: number; readonly max: number } | undefined;
}

/**
 * One indicator of a scorecard (KPI-2): a catalogue metric, its weight in basis points, its target and
 * how attainment is computed and bounded (`floor` and `cap` are attainment fractions, 1 = 100%). The
 * method must agree with the metric's direction (`ratio` or an upward `piecewise` for higher-is-better,
 * `inverse` or a downward `piecewise` for lower-is-better, `band` for best-within-a-band).
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
 * Weights of a scorecard for one marketing goal and/or campaign type (KPI-2, S2 指标设定.2 根据不同的营销目标和
 * 活动类型，确定各项指标的权重): one weight per indicator of the card, whole basis points ≥ 0 summing to
 * 10000 (0 leaves an indicator out for that goal or type). Goals and campaign types are the host's ids.
 *
 * @example
 * const w: WeightSet = { campaignType: 'live-commerce', weights: [{ metric: 'campaign-participants', weightBp: 1500 }, …] };
 */
export interface WeightSet {
  readonly goal?: string | undefined;
  readonly campaignType?: string | undefined;
  readonly weights: ReadonlyArray<{ readonly metric: string; readonly weightBp: number }>;
}

/**
 * A scorecard: whose it is, its indicators and their default weights, the weights by goal or campaign
 * type, and the cycles it runs in (KPI-2, KPI-3).
 *
 * @example
 * const card: ScorecardSpec = defaultKpiPolicy.scorecards[0]!;
 */
export interface ScorecardSpec {
  readonly id: string;
  readonly labels: Labels;
  /** Whose results it appraises: the department as a whole (absent means so), or each of its people. */
  readonly subject?: ScorecardSubject | undefined;
  /** The department appraised (S0 art.14), or whose people an individual scorecard appraises (S4 §3.2). */
  readonly department: string;
  readonly indicators: readonly IndicatorSpec[];
  /** Weights for a goal and/or campaign type; the most specific match replaces the indicators' weights. */
  readonly weightSets?: readonly WeightSet[] | undefined;
  /** The cycles this card is appraised in; absent means the policy's `cycles`. */
  readonly cycles?: readonly AppraisalCycle[] | undefined;
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
 * the score (KPI-4).
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
 * The KPI section of a policy (KPI-1..KPI-4): metrics the host registers beside the built-in catalogue,
 * scorecards, rating bands, vetoes, and the choices for indicators without a value and for the year.
 *
 * @example
 * const kpi: KpiPolicy = defaultKpiPolicy;
 */
export interface KpiPolicy {
  /** Metrics the host registers as data (KPI-1); ids must not collide with `builtInMetrics`. */
  readonly metrics: readonly MetricDefinition[];
  readonly scorecards: readonly ScorecardSpec[];
  /** Best first; the last band's `min` is the floor of the scale (usually 0). */
  readonly bands: readonly RatingBand[];
  readonly vetoes: readonly VetoSpec[];
  /** An indicator with no value: spread its weight over the others, or count it as zero. */
  readonly notAssessable: NotAssessableRule;
  /** A year from months: recompute from summed inputs, or a weighted mean of the monthly scores. */
  readonly annualRollup: AnnualRollupRule;
  /** The appraisal cycles that run, for every scorecard without its own (S3 §6.2.2: monthly and annual). */
  readonly cycles: readonly AppraisalCycle[];
}

/**
 * Rows of inputs as columns: `columns[input][i]` is row `i`'s value of `input`, for `i < length`. A
 * missing column, a column shorter than `length`, or a `null`/`undefined`/`NaN` cell means not reported
 * (in a `Float64Array`, `NaN` is the way to say so). `Float64Array` columns are the fastest to sum: pass
 * large data this way.
 *
 * @example
 * const data: MetricColumns = { columns: { clicks: new Float64Array([1, 9]), impressions: [10, 100] }, length: 2 };
 */
export interface MetricColumns {
  readonly columns: { readonly [input: string]: ArrayLike<number | null | undefined> | null | undefined };
  readonly length: number;
}

/**
 * Input values by input name (counts, and money in minor units). Missing or `null` means not reported.
 * Only own properties count: an input named `constructor` is not inherited from `Object.prototype`.
 *
 * @example
 * const inputs: MetricInputs = { clicks: 30, impressions: 1200 };
 */
export type MetricInputs = { readonly [input: string]: number | null | undefined };

/**
 * Several rows of inputs: an array of row objects, or columns.
 *
 * @example
 * const rows: MetricRows = [{ clicks: 1, impressions: 10 }, { clicks: 9, impressions: 100 }];
 */
export type MetricRows = readonly MetricInputs[] | MetricColumns;
