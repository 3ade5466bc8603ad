import type { Labels } from '../core/labels.js';
import type { NotAssessedReason } from './labels.js';
import { fail, invalidInput, issue, ok, words, type GovernanceError, type Issue, type Result } from '../core/result.js';
import { roundNumber, type RoundingMode } from '../core/rounding.js';
import { scorecardProblems } from './check.js';
import { actualOver, lastRow, totalsOf, type MetricValue } from './compute.js';
import { formulaText, metricInputs } from './formula.js';
import type { IndicatorSpec, KpiPolicy, MetricColumns, MetricDefinition, MetricInputs, RatingBand, ScorecardSpec } from './model.js';
import { argumentIssues, checkShape, type Shape } from './shape.js';
import { averagedOver, dataIssues, rowsOf, sourceOf, type Source } from './rows.js';
import { inputOf } from './table.js';

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}

/**
 * Why an indicator's attainment cannot be computed for `actual`, or `null` when it can (KPI-3): a
 * non-finite actual is `no-actual`; a target that is not finite is `target-not-finite`; a ratio or
 * inverse target of zero or below is `target-not-positive`.
 *
 * @example
 * notAssessedReasonOf({ metric: 'm', weightBp: 10000, target: 0, method: 'ratio', floor: 0, cap: 1.2 }, 150) //=> 'target-not-positive'
 * notAssessedReasonOf({ metric: 'm', weightBp: 10000, target: 200, method: 'ratio', floor: 0, cap: 1.2 }, 150) //=> null
 */
export function notAssessedReasonOf(ind: IndicatorSpec, actual: number | null): NotAssessedReason | null {
  if (actual === null || !Number.isFinite(actual)) return 'no-actual';
  if (!Number.isFinite(ind.target)) return 'target-not-finite';
  if ((ind.method === 'ratio' || ind.method === 'inverse') && !(ind.target > 0)) return 'target-not-positive';
  return null;
}

/**
 * Attainment of an indicator (a fraction: 1 = 100%), bounded by its floor and cap (KPI-3). For
 * higher-is-better methods it never decreases as the actual grows. `null` when the target or the actual
 * cannot be compared (see {@link notAssessedReasonOf} for why), never a silent 0.
 *
 * @example
 * attainment({ metric: 'm', weightBp: 10000, target: 200, method: 'ratio', floor: 0, cap: 1.2 }, 150) //=> 0.75
 * attainment({ metric: 'm', weightBp: 10000, target: 50, method: 'inverse', floor: 0, cap: 1.2 }, 40) //=> 1.2 (capped from 1.25)
 * attainment({ metric: 'm', weightBp: 10000, target: 0, method: 'ratio', floor: 0, cap: 1.2 }, 150) //=> null
 */
export function attainment(ind: IndicatorSpec, actual: number): number | null {
  if (notAssessedReasonOf(ind, actual) !== null) return null;
  let a: number;
  switch (ind.method) {
    case 'ratio':
      a = actual / ind.target;
      break;
    case 'inverse':
      // Lower is better: reaching zero cost is the best possible result, not a division error.
      a = actual <= 0 ? ind.cap : ind.target / actual;
      break;
    case 'band': {
      const b = ind.band ?? { low: ind.target, high: ind.target, tolerance: Math.abs(ind.target) || 1 };
      const distance = actual < b.low ? b.low - actual : actual > b.high ? actual - b.high : 0;
      a = 1 - distance / b.tolerance;
      break;
    }
    case 'piecewise': {
      const p = ind.piecewise ?? { threshold: ind.target, stretch: ind.target, thresholdAttainment: 1 };
      const up = p.threshold <= ind.target;
      // Measure progress along the scale in the better direction.
      const x = up ? actual : -actual;
      const th = up ? p.threshold : -p.threshold;
      const tg = up ? ind.target : -ind.target;
      const st = up ? p.stretch : -p.stretch;
      if (x < th) a = ind.floor;
      else if (x < tg) a = p.thresholdAttainment + ((1 - p.thresholdAttainment) * (x - th)) / (tg - th);
      else if (x < st) a = 1 + ((ind.cap - 1) * (x - tg)) / (st - tg);
      else a = ind.cap;
      break;
    }
  }
  // An overflow towards the better side (a target of 1e-320) earns the cap; only NaN earns the floor.
  return a === a ? clamp(a, ind.floor, ind.cap) : ind.floor;
}

/**
 * One line of a score's explanation: the inputs, formula, actual, target, attainment, weight and
 * contribution of an indicator (KPI-4: every score explains itself), as codes and numbers; name the
 * metric in a language with `metricLabel`.
 *
 * @example
 * const row: ScoreRow = result.rows[0]!;
 * `${metricLabel({ id: row.metric, labels: row.labels }, zhCN)}: ${row.actual.value} / ${row.target} → ${row.attainment}` //=> '市场份额: 0.1625 / 0.15 → 1.0833333333333335'
 */
export interface ScoreRow {
  readonly metric: string;
  /** The metric's own labels, where its definition carries them (a host's metric); built-in metrics are named by the locale modules. */
  readonly labels?: Labels;
  readonly formula: string;
  /** The inputs the actual was computed from (summed, or the last period's), `null` where missing; an object without prototype. */
  readonly inputs: Readonly<Record<string, number | null>>;
  readonly actual: MetricValue;
  readonly target: number;
  readonly method: IndicatorSpec['method'];
  /** Null when the indicator could not be assessed; `notAssessed` says why. */
  readonly attainment: number | null;
  /** Why `attainment` is null (KPI-3), or `null` when it has a value. */
  readonly notAssessed: NotAssessedReason | null;
  /** The indicator's weight in the weights used (the card's own, or the chosen weight set's). */
  readonly weightBp: number;
  /** The weight used after renormalising over assessable indicators. */
  readonly effectiveWeightBp: number;
  /** Points this indicator adds to the score (out of 100), unrounded. */
  readonly contribution: number;
}

/**
 * The goal and campaign type a score is for (KPI-2, S2 指标设定.2): they choose the scorecard's weight
 * set. Both are the host's ids, for example `sales` or `live-commerce`.
 *
 * @example
 * const context: ScoreContext = { goal: 'sales', campaignType: 'live-commerce' };
 */
export interface ScoreContext {
  readonly goal?: string | undefined;
  readonly campaignType?: string | undefined;
}

/**
 * Which weights a score used, and why (KPI-2): `set` is the index of the chosen weight set in the
 * card's `weightSets`, or `null` for the card's own weights; `goal` and `campaignType` are the keys of
 * the chosen set (`null` where it names none, and both `null` for the card's own); `weights` are the
 * weights, in the card's indicator order.
 *
 * @example
 * const w: WeightChoice = chooseWeights(card, { goal: 'sales' });
 */
export interface WeightChoice {
  readonly set: number | null;
  readonly goal: string | null;
  readonly campaignType: string | null;
  readonly weights: ReadonlyArray<{ readonly metric: string; readonly weightBp: number }>;
}

/**
 * The weights a scorecard uses for a goal and campaign type (KPI-2, S2 指标设定.2 根据不同的营销目标和活动类型，
 * 确定各项指标的权重). A weight set matches when every key it names equals the context's; the most
 * specific match wins: goal and campaign type, then goal alone (the goal is what the score measures),
 * then campaign type alone; with no match, the card's own weights. A set's weight missing for an
 * indicator counts as 0 (`scorecardProblems` refuses such a set in a policy). Only own properties of
 * the context and the sets are read. Never throws: a malformed card or context is `invalid-input` with
 * a path from `card` or `context` (KPI-2).
 *
 * @example
 * const card = defaultKpiPolicy.scorecards[2]!; // market-department
 * chooseWeights(card, { campaignType: 'live-commerce' }).value?.set //=> 2
 * chooseWeights(card, { goal: 'unknown' }).value //=> { set: null, goal: null, campaignType: null, weights: [… the card's own …] }
 * chooseWeights(card, null as never).ok //=> false
 */
export function chooseWeights(card: ScorecardSpec, context: ScoreContext = {}): Result<WeightChoice> {
  const shape = argumentIssues({ card, context });
  return shape.length > 0 ? refuse(shape, 'KPI-2') : ok(weightsFor(card, context));
}

const own = <T>(o: object | undefined, k: string): T | undefined => (o && Object.hasOwn(o, k) ? (o as Record<string, T>)[k] : undefined);
// A context's or a weight set's keys, read as own properties only.
const keysOf = (o: object | undefined) => ({ goal: own<string>(o, 'goal'), campaignType: own<string>(o, 'campaignType') });

// `chooseWeights` on arguments already checked.
function weightsFor(card: ScorecardSpec, context: ScoreContext | undefined): WeightChoice {
  const sets = card.weightSets ?? [];
  const want = keysOf(context);
  const keys = sets.map(keysOf);
  const matches = (i: number) => {
    const w = keys[i]!;
    return (w.goal !== undefined || w.campaignType !== undefined) && (w.goal === undefined || w.goal === want.goal) && (w.campaignType === undefined || w.campaignType === want.campaignType);
  };
  // Rank: 3 both keys, 2 goal alone, 1 campaign type alone; the first set of the best rank wins.
  const rank = (i: number) => (keys[i]!.goal !== undefined ? 2 : 0) + (keys[i]!.campaignType !== undefined ? 1 : 0);
  let best = -1;
  for (let i = 0; i < sets.length; i++) if (matches(i) && (best < 0 || rank(i) > rank(best))) best = i;
  if (best < 0) return { set: null, goal: null, campaignType: null, weights: card.indicators.map((i) => ({ metric: i.metric, weightBp: i.weightBp })) };
  const set = sets[best]!;
  return {
    set: best,
    goal: keys[best]!.goal ?? null,
    campaignType: keys[best]!.campaignType ?? null,
    weights: card.indicators.map((ind) => ({ metric: ind.metric, weightBp: set.weights.find((w) => w.metric === ind.metric)?.weightBp ?? 0 })),
  };
}

/**
 * A scored scorecard: the rows, the score out of 100 (rounded once, to `decimals`), the rating and the
 * reward recommendation, and any veto that capped the rating.
 *
 * @example
 * const r: ScoreResult = scoreScorecard(card, { inputs }, defaultKpiPolicy, builtInMetrics).value;
 * [r.score, r.rating, r.band?.bonusCoefficientBp] //=> [104.58, 'S', 15000]
 */
export interface ScoreResult {
  readonly scorecard: string;
  readonly rows: readonly ScoreRow[];
  /** Null when no indicator could be assessed. */
  readonly score: number | null;
  readonly rating: string | null;
  readonly band: RatingBand | null;
  readonly veto: { readonly id: string; readonly ratingBefore: string | null; readonly cappedAt: string } | null;
  /** Which weights were used: the card's own, or the weight set for the goal and campaign type. */
  readonly weighting: WeightChoice;
  /** For a weighted mean of monthly scores: each month's score and weight (the rows are then empty). */
  readonly monthly?: ReadonlyArray<{ readonly score: number | null; readonly weight: number }>;
}

/**
 * What a scorecard is scored on: one period's `inputs`, several periods' rows (`periods`, rolled up per
 * metric), or the same rows as `columns` (`{ columns: { sales: Float64Array, … }, length }`, the fastest
 * for large data); the observations of averaged metrics (`observations`: every rater's rating, every
 * keyword's position, by metric id); target overrides by metric (individual targets decomposed from the
 * plan); and the vetoes that happened; and the goal and campaign type that choose the weights. Give at
 * most one of `inputs`, `periods` and `columns`. Every row reports every input the card sums, or none
 * does: a row that lacks one is refused, never summed as if whole (KPI-3).
 *
 * @example
 * const data: ScoreData = { inputs: { sales: 1_200_000, marketSales: 8_000_000 }, targets: { 'market-share': 0.16 }, vetoes: [] };
 * const staff: ScoreData = { inputs: { sales: 50_000_000, conversions: 30, visitors: 1000 }, observations: { teamwork: [4, 5, 5] } };
 */
export interface ScoreData {
  readonly inputs?: MetricInputs;
  readonly periods?: readonly MetricInputs[];
  readonly columns?: MetricColumns;
  /**
   * The observations of averaged indicators, by metric id (own properties only): each rater's rating of a
   * rated metric (`teamwork: [4, 5, 5]`), each keyword's position (`'search-ranking': [3, 7, 12]`). The
   * period's value is their mean. A metric given here must not also be given in the rows.
   */
  readonly observations?: { readonly [metric: string]: readonly number[] };
  /** Overrides of indicators' targets, by metric id (own properties only). */
  readonly targets?: { readonly [metric: string]: number };
  readonly vetoes?: readonly string[];
  /** The goal and campaign type scored for: they choose the card's weight set (see {@link chooseWeights}). */
  readonly context?: ScoreContext;
}

type Options = { readonly decimals?: number; readonly rounding?: RoundingMode };
type Path = Array<string | number>;


// A veto caps the rating at its level; the worst cap wins.
function applyVetoes(band: RatingBand | null, vetoes: readonly string[], kpi: Pick<KpiPolicy, 'bands' | 'vetoes'>): { band: RatingBand | null; veto: ScoreResult['veto'] } {
  const order = [...kpi.bands].sort((a, b) => b.min - a.min).map((b) => b.rating);
  let finalBand = band;
  let veto: ScoreResult['veto'] = null;
  for (const id of vetoes) {
    const v = kpi.vetoes.find((x) => x.id === id);
    if (!v) continue;
    const capIndex = order.indexOf(v.capRating);
    const current = finalBand ? order.indexOf(finalBand.rating) : -1;
    if (finalBand === null || capIndex > current) finalBand = kpi.bands.find((b) => b.rating === v.capRating) ?? finalBand;
    veto = { id, ratingBefore: band?.rating ?? null, cappedAt: finalBand?.rating ?? v.capRating };
  }
  return { band: finalBand, veto };
}

// The vetoes that happened must be the policy's (KPI-4).
const vetoShape = (kpi: Pick<KpiPolicy, 'vetoes'>): Shape => [new Set(kpi.vetoes.map((v) => v.id))];

// A scorecard's problems are the policy's: the first is named, and the others counted.
function policyInvalid(issues: readonly Issue[]): GovernanceError {
  const { path, messages: m } = issues[0]!;
  const n = issues.length - 1;
  const at = path.join('.');
  const messages = words(
    `Invalid scorecard at ${at}: ${m.en}${n > 0 ? ` (and ${n} more)` : ''}`,
    `考核表配置无效：${at} ${m['zh-CN']}${n > 0 ? `（另有 ${n} 处问题）` : ''}`,
    `考核表配置無效：${at} ${m['zh-TW']}${n > 0 ? `（另有 ${n} 處問題）` : ''}`,
  );
  return { code: 'policy-invalid', rule: 'KPI-2', message: messages.en, messages, issues };
}

const refuse = (issues: readonly Issue[], rule?: string): Result<never> => fail(invalidInput(issues, rule));

/**
 * Check a scorecard against a catalogue (KPI-2): refuses, as `policy-invalid` listing every problem,
 * weights (its own or a weight set's) that do not sum to 10000 basis points, unknown metrics, bad
 * method parameters and methods that contradict the metric's direction (see {@link scorecardProblems}).
 * A missing catalogue or a malformed card is `invalid-input`, with paths from `card` or `catalogue`.
 *
 * @example
 * checkScorecard(defaultKpiPolicy.scorecards[0]!, builtInMetrics).ok //=> true
 * checkScorecard({ ...card, indicators: [{ metric: 'cost-per-click', weightBp: 10000, target: 200, method: 'ratio', floor: 0, cap: 1.2 }] }, builtInMetrics).error.code
 * //=> 'policy-invalid'
 */
export function checkScorecard(card: ScorecardSpec, catalogue: readonly MetricDefinition[]): Result<ScorecardSpec> {
  const shape = argumentIssues({ card, catalogue });
  if (shape.length > 0) return refuse(shape);
  const problems = scorecardProblems(card, catalogue);
  return problems.length === 0 ? ok(card) : fail(policyInvalid(problems));
}

/**
 * The band a score falls in: bands are half-open `[min, next min)`, best first.
 *
 * @example
 * ratingFor(84.99, defaultKpiPolicy.bands)?.rating //=> 'B'
 */
export function ratingFor(score: number, bands: readonly RatingBand[]): RatingBand | null {
  const sorted = [...bands].sort((a, b) => b.min - a.min);
  return sorted.find((b) => score >= b.min) ?? null;
}

/**
 * Score a scorecard (KPI-2..KPI-4) against a metric catalogue (`builtInMetrics`, plus any the policy
 * registers in `kpi.metrics`; passed in so a function that only scores loads no more than it uses):
 * compute each indicator's actual from the inputs (or roll several periods up per metric, from row
 * objects or columns), its attainment and weighted contribution; handle indicators that cannot be
 * assessed by the policy's choice (renormalise or zero); round the score once; pick the rating band and
 * reward; and cap the rating when a veto happened. The weights are the card's own or, when `data.context`
 * names a goal or campaign type the card has a weight set for, that set's (see {@link chooseWeights});
 * `weighting` in the result says which.
 *
 * Never throws: a missing catalogue or a malformed card, data, policy section or options is
 * `invalid-input` with a path that starts with the argument's name (`catalogue`, `card.indicators.0.target`,
 * `data.periods.3`…); an inconsistent scorecard is `policy-invalid` (KPI-2); an unknown veto is
 * `invalid-input` (KPI-4); a rating off its metric's scale or a position below 1 is `invalid-input` at
 * the value (KPI-1); a row that lacks an input the card sums while other rows report it (a partial
 * period: several ratings of one period go in `observations`) is `invalid-input` at that row's input
 * (KPI-3).
 *
 * @example
 * const card = defaultKpiPolicy.scorecards[0]!; // marketing-team
 * const inputs = { sales: 130_000_000, marketSales: 800_000_000, followersStart: 200_000, followersEnd: 211_000, conversions: 540, visitors: 20_000, likes: 3000, shares: 800, comments: 600, reach: 100_000 };
 * const r = scoreScorecard(card, { inputs }, defaultKpiPolicy, builtInMetrics);
 * r.ok && [r.value.score, r.value.rating] //=> [104.58, 'S']
 * scoreScorecard(card, { inputs, vetoes: ['major-opinion-incident'] }, defaultKpiPolicy, builtInMetrics).value.rating //=> 'C'
 * scoreScorecard(card, { columns: { columns: { sales: salesColumn, … }, length: 1_000_000 } }, defaultKpiPolicy, builtInMetrics) // a million rows as Float64Arrays
 * scoreScorecard(card, { inputs }, defaultKpiPolicy, undefined as never).error.issues[0].path //=> ['catalogue']
 */
export function scoreScorecard(
  card: ScorecardSpec,
  data: ScoreData,
  kpi: Pick<KpiPolicy, 'bands' | 'vetoes' | 'notAssessable'>,
  catalogue: readonly MetricDefinition[],
  options: Options = {},
): Result<ScoreResult> {
  const shape = argumentIssues({ card, data, kpi, catalogue, options });
  if (shape.length > 0) return refuse(shape);
  checkShape(vetoShape(kpi), data.vetoes ?? [], ['data', 'vetoes'], shape);
  if (shape.length > 0) return refuse(shape, 'KPI-4');
  return score(card, [sourceOf(data, ['data'])], data.targets, ['data', 'targets'], data.vetoes ?? [], data.context, kpi, catalogue, options);
}

function score(
  card: ScorecardSpec,
  sources: readonly Source[],
  targets: ScoreData['targets'],
  targetsPath: Path,
  vetoes: readonly string[],
  context: ScoreContext | undefined,
  kpi: Pick<KpiPolicy, 'bands' | 'vetoes' | 'notAssessable'>,
  catalogue: readonly MetricDefinition[],
  options: Options,
): Result<ScoreResult> {
  const problems = scorecardProblems(card, catalogue);
  if (problems.length > 0) return fail(policyInvalid(problems));
  // Target overrides must suit their method as the card's own targets do.
  const specs = card.indicators.map((ind) => (targets && Object.hasOwn(targets, ind.metric) ? { ...ind, target: targets[ind.metric]! } : ind));
  if (specs.some((s, i) => s !== card.indicators[i])) {
    const bad = scorecardProblems({ ...card, indicators: specs }, catalogue);
    if (bad.length > 0) return refuse(bad.map((p) => issue([...targetsPath, card.indicators[p.path[1] as number]!.metric], p.messages, 'KPI-3')), 'KPI-3');
  }
  const weighting = weightsFor(card, context);
  const defs = card.indicators.map((ind) => catalogue.find((m) => m.id === ind.metric)!);
  // The inputs the card sums, summed once over all the rows; each metric then recomputes from the sums
  // (a ratio of sums, KPI-3). Metrics that take the latest period read only the last row.
  const parts = rowsOf(sources);
  const inputsOf = (aggregation: MetricDefinition['aggregation']) => [...new Set(defs.flatMap((d) => (d.aggregation === aggregation ? metricInputs(d) : [])))];
  const totals = totalsOf(parts, inputsOf('recompute'));
  const bad = dataIssues(defs, sources, totals);
  if (bad.length > 0) return refuse(bad, bad[0]!.rule);
  const last = lastRow(parts, inputsOf('last'));
  const partial = card.indicators.map((ind, i) => {
    const def = defs[i]!;
    const spec = specs[i]!;
    // Averaged metrics (a rating, a position) are the mean of each period's mean, never summed.
    const averaged = def.aggregation === 'average' ? averagedOver(def, sources) : undefined;
    const actual = averaged ? averaged.actual : actualOver(def, parts, totals, last);
    // The inputs behind the actual: the last period's, the mean per period of averaged metrics (a
    // position or a rating is never shown summed), or the sums.
    const source = def.aggregation === 'last' ? (last ?? {}) : (averaged?.inputs ?? totals);
    const inputs: Record<string, number | null> = Object.create(null);
    for (const name of metricInputs(def)) {
      const v = inputOf(source, name);
      inputs[name] = typeof v === 'number' && Number.isFinite(v) ? v : null;
    }
    const a = actual.value === null ? null : attainment(spec, actual.value);
    return { ind: { ...ind, weightBp: weighting.weights[i]!.weightBp }, def, target: spec.target, actual, a, why: a === null ? notAssessedReasonOf(spec, actual.value) : null, inputs };
  });
  const assessableBp = partial.reduce((s, p) => s + (p.a === null ? 0 : p.ind.weightBp), 0);
  if (assessableBp === 0) {
    return ok({ scorecard: card.id, rows: partial.map((p) => row(p, 0)), score: null, rating: null, band: null, veto: null, weighting });
  }
  const scale = kpi.notAssessable === 'renormalise' ? 10_000 / assessableBp : 1;
  const rows = partial.map((p) => row(p, p.a === null ? (kpi.notAssessable === 'zero' ? p.ind.weightBp : 0) : p.ind.weightBp * scale));
  const raw = rows.reduce((s, r) => s + r.contribution, 0);
  const result = roundNumber(raw, options.decimals ?? 2, options.rounding ?? 'half-up');
  const capped = applyVetoes(ratingFor(result, kpi.bands), vetoes, kpi);
  return ok({ scorecard: card.id, rows, score: result, rating: capped.band?.rating ?? null, band: capped.band, veto: capped.veto, weighting });

  function row(
    p: { ind: IndicatorSpec; def: MetricDefinition; target: number; actual: MetricValue; a: number | null; why: NotAssessedReason | null; inputs: Record<string, number | null> },
    effective: number,
  ): ScoreRow {
    return {
      metric: p.def.id,
      ...(p.def.labels ? { labels: p.def.labels } : {}),
      formula: formulaText(p.def),
      inputs: p.inputs,
      actual: p.actual,
      target: p.target,
      method: p.ind.method,
      attainment: p.a,
      notAssessed: p.why,
      weightBp: p.ind.weightBp,
      effectiveWeightBp: effective,
      contribution: ((p.a ?? 0) * effective) / 100,
    };
  }
}

/**
 * An annual (or quarterly) score from monthly data, by the policy's `annualRollup` (KPI-3):
 * `recompute` scores the summed inputs of all months once (months may mix `inputs`, `periods` and
 * `columns`); `weighted-mean` scores each month and takes the mean of the monthly scores weighted by
 * `weights` (equal by default). Months that name a goal and campaign type (`context`) must name the
 * same ones; they choose the weights for the whole year. Never throws: malformed arguments are
 * `invalid-input` with paths from `card`, `months`, `kpi`, `catalogue` or `options`.
 *
 * @example
 * const months = [{ inputs }, { inputs: { ...inputs, sales: 90_000_000 } }]; // `inputs` as in scoreScorecard's example
 * scoreOverMonths(card, months, defaultKpiPolicy, builtInMetrics).value.score //=> 100.42
 * scoreOverMonths(card, months, { ...defaultKpiPolicy, annualRollup: 'weighted-mean' }, builtInMetrics).value.monthly?.length //=> 2
 */
export function scoreOverMonths(
  card: ScorecardSpec,
  months: ReadonlyArray<ScoreData & { readonly weight?: number }>,
  kpi: Pick<KpiPolicy, 'bands' | 'vetoes' | 'notAssessable' | 'annualRollup'>,
  catalogue: readonly MetricDefinition[],
  options: Options = {},
): Result<ScoreResult> {
  const shape = argumentIssues({ card, months, kpi, year: kpi, catalogue, options });
  if (shape.length > 0) return refuse(shape);
  months.forEach((m, k) => checkShape(vetoShape(kpi), m.vetoes ?? [], ['months', k, 'vetoes'], shape));
  if (shape.length > 0) return refuse(shape, 'KPI-4');
  // A year is appraised for one goal and campaign type: months that name them must agree.
  const first = months.findIndex((m) => m.context);
  const context = months[first]?.context;
  months.forEach((m, k) => {
    if (m.context && (keysOf(m.context).goal !== keysOf(context).goal || keysOf(m.context).campaignType !== keysOf(context).campaignType)) {
      shape.push(issue(['months', k, 'context'], words(`must name the same goal and campaign type as month ${first}`, `须与第 ${first} 个月的目标和活动类型相同`, `須與第 ${first} 個月的目標和活動類型相同`), 'KPI-2'));
    }
  });
  if (shape.length > 0) return refuse(shape, 'KPI-2');
  const vetoes = [...new Set(months.flatMap((m) => m.vetoes ?? []))];
  if (kpi.annualRollup === 'recompute') {
    const k = months.findIndex((m) => m.targets);
    // Each month is a period of its own: averaged metrics take the mean of the monthly means.
    return score(card, months.map((m, j) => sourceOf(m, ['months', j])), months[k]?.targets, ['months', k, 'targets'], vetoes, context, kpi, catalogue, options);
  }
  if (months.length === 0) return refuse([issue(['months'], words('must not be empty', '不能为空', '不能為空'), 'KPI-3')], 'KPI-3');
  let weighted = 0;
  let weights = 0;
  // Weights are scaled by the largest so that huge ones (1e308) neither overflow to Infinity nor make the
  // mean NaN; the mean is the same for any common factor.
  const top = months.reduce((t, m) => Math.max(t, m.weight ?? 1), 0);
  const monthly: Array<{ score: number | null; weight: number }> = [];
  for (const [k, m] of months.entries()) {
    // Unrounded monthly scores: rounding happens once, on the year.
    const r = score(card, [sourceOf(m, ['months', k])], m.targets, ['months', k, 'targets'], [], context, kpi, catalogue, { ...options, decimals: 12 });
    if (!r.ok) return r;
    const w = m.weight ?? 1;
    monthly.push({ score: r.value.score, weight: w });
    if (r.value.score === null || top === 0) continue;
    weighted += r.value.score * (w / top);
    weights += w / top;
  }
  const result = weights === 0 ? null : roundNumber(weighted / weights, options.decimals ?? 2, options.rounding ?? 'half-up');
  const base: ScoreResult = { scorecard: card.id, rows: [], score: result, rating: null, band: null, veto: null, weighting: weightsFor(card, context), monthly };
  if (result === null) return ok(base);
  // Ratings and vetoes apply to the year as a whole.
  const capped = applyVetoes(ratingFor(result, kpi.bands), vetoes, kpi);
  return ok({ ...base, rating: capped.band?.rating ?? null, band: capped.band, veto: capped.veto });
}
