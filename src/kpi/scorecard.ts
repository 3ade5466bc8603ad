import type { Labels } from '../core/labels.js';
import { fail, ok, type GovernanceError, type Result } from '../core/result.js';
import { roundNumber, type RoundingMode } from '../core/rounding.js';
import { scorecardProblems, type IndicatorSpec, type KpiPolicy, type RatingBand, type ScorecardSpec } from '../policy/kpi-check.js';
import type { MetricDefinition } from './catalogue.js';
import { formulaText, metricInputs } from './formula.js';
import { computeMetric, rollupMetric, sumInputs, type MetricInputs, type MetricValue } from './compute.js';

function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}

/**
 * Attainment of an indicator (a fraction: 1 = 100%), bounded by its floor and cap (KPI-3). For
 * higher-is-better methods it never decreases as the actual grows.
 *
 * @example
 * attainment({ metric: 'm', weightBp: 10000, target: 200, method: 'ratio', floor: 0, cap: 1.2 }, 150) //=> 0.75
 * attainment({ metric: 'm', weightBp: 10000, target: 50, method: 'inverse', floor: 0, cap: 1.2 }, 40) //=> 1.2 (capped from 1.25)
 */
export function attainment(ind: IndicatorSpec, actual: number): number {
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
  return Number.isFinite(a) ? clamp(a, ind.floor, ind.cap) : ind.floor;
}

/**
 * One line of a score's explanation: the inputs, formula, actual, target, attainment, weight and
 * contribution of an indicator (KPI-4: every score explains itself).
 *
 * @example
 * const row: ScoreRow = result.rows[0]!;
 * `${row.labels['zh-CN']}: ${row.actual} / ${row.target} → ${row.attainment}`;
 */
export interface ScoreRow {
  readonly metric: string;
  readonly labels: Labels;
  readonly formula: string;
  readonly inputs: Readonly<Record<string, number | null>>;
  readonly actual: MetricValue;
  readonly target: number;
  readonly method: IndicatorSpec['method'];
  /** Null when the indicator could not be assessed. */
  readonly attainment: number | null;
  readonly weightBp: number;
  /** The weight used after renormalising over assessable indicators. */
  readonly effectiveWeightBp: number;
  /** Points this indicator adds to the score (out of 100), unrounded. */
  readonly contribution: number;
}

/**
 * A scored scorecard: the rows, the score out of 100 (rounded once, to `decimals`), the rating and the
 * reward recommendation, and any veto that capped the rating.
 *
 * @example
 * const r: ScoreResult = scoreScorecard(card, { inputs }, policy.kpi, builtInMetrics).value;
 * r.rating //=> 'A'
 */
export interface ScoreResult {
  readonly scorecard: string;
  readonly rows: readonly ScoreRow[];
  /** Null when no indicator could be assessed. */
  readonly score: number | null;
  readonly rating: string | null;
  readonly band: RatingBand | null;
  readonly veto: { readonly id: string; readonly ratingBefore: string | null; readonly cappedAt: string } | null;
  /** For a weighted mean of monthly scores: each month's score and weight (the rows are then empty). */
  readonly monthly?: ReadonlyArray<{ readonly score: number | null; readonly weight: number }>;
}

/**
 * What a scorecard is scored on: the period's inputs (or several periods', rolled up per metric), target
 * overrides by metric (individual targets decomposed from the plan), and the vetoes that happened.
 *
 * @example
 * const data: ScoreData = { inputs: { sales: 1_200_000, marketSales: 8_000_000 }, targets: { 'market-share': 0.16 }, vetoes: [] };
 */
export interface ScoreData {
  readonly inputs?: MetricInputs;
  readonly periods?: readonly MetricInputs[];
  readonly targets?: { readonly [metric: string]: number };
  readonly vetoes?: readonly string[];
}

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

function invalid(issues: Array<{ path: Array<string | number>; message: string }>): GovernanceError {
  return {
    code: 'policy-invalid',
    rule: 'KPI-2',
    message: `The scorecard has ${issues.length} problem(s); first at ${issues[0]?.path.join('.') ?? ''}: ${issues[0]?.message ?? ''}`,
    messageZh: `考核表配置有 ${issues.length} 处问题`,
    issues,
  };
}

/**
 * Check a scorecard against a catalogue: refuses (`policy-invalid`, every problem listed) weights that do
 * not sum to 10000 basis points, unknown metrics and bad method parameters (KPI-2).
 *
 * @example
 * checkScorecard(card, builtInMetrics).ok //=> true
 */
export function checkScorecard(card: ScorecardSpec, catalogue: readonly MetricDefinition[]): Result<ScorecardSpec> {
  const problems = scorecardProblems(card, new Set(catalogue.map((m) => m.id)));
  return problems.length === 0 ? ok(card) : fail(invalid(problems));
}

/**
 * The band a score falls in: bands are half-open `[min, next min)`, best first.
 *
 * @example
 * ratingFor(84.99, defaultPolicy.kpi.bands)?.rating //=> 'B'
 */
export function ratingFor(score: number, bands: readonly RatingBand[]): RatingBand | null {
  const sorted = [...bands].sort((a, b) => b.min - a.min);
  return sorted.find((b) => score >= b.min) ?? null;
}

/**
 * Score a scorecard (KPI-2..KPI-4) against a metric catalogue (`builtInMetrics`, plus any the policy
 * registers in `kpi.metrics`; passed in so a function that only scores loads no more than it uses):
 * compute each indicator's actual from the inputs (or roll several
 * periods up per metric), its attainment and weighted contribution; handle indicators that cannot be
 * assessed by the policy's choice (renormalise or zero); round the score once; pick the rating band and
 * reward; and cap the rating when a veto happened.
 *
 * @example
 * const r = scoreScorecard(marketingCard, { inputs: monthInputs, vetoes: [] }, defaultPolicy.kpi, builtInMetrics);
 * if (r.ok) console.table(r.value.rows.map((row) => ({ metric: row.metric, actual: row.actual.value, attainment: row.attainment, points: row.contribution })));
 */
export function scoreScorecard(
  card: ScorecardSpec,
  data: ScoreData,
  kpi: Pick<KpiPolicy, 'bands' | 'vetoes' | 'notAssessable'>,
  catalogue: readonly MetricDefinition[],
  options: { readonly decimals?: number; readonly rounding?: RoundingMode } = {},
): Result<ScoreResult> {
  const checked = checkScorecard(card, catalogue);
  if (!checked.ok) return checked;
  for (const [i, v] of (data.vetoes ?? []).entries()) {
    if (!kpi.vetoes.some((x) => x.id === v)) {
      return fail({ code: 'invalid-input', rule: 'KPI-4', message: `Unknown veto "${v}"`, issues: [{ path: ['vetoes', i], message: `unknown veto "${v}"`, rule: 'KPI-4' }] });
    }
  }
  const periods = data.periods ?? (data.inputs ? [data.inputs] : []);
  const defs = card.indicators.map((ind) => catalogue.find((m) => m.id === ind.metric)!);
  // One pass over the periods sums every input the card needs; each metric then recomputes from the sums.
  const totals = sumInputs(periods, [...new Set(defs.flatMap(metricInputs))]);
  const last = periods[periods.length - 1] ?? {};
  const partial = card.indicators.map((ind, i) => {
    const def = defs[i]!;
    const target = data.targets?.[ind.metric] ?? ind.target;
    const source = def.aggregation === 'last' ? last : totals;
    const actual = periods.length === 0 || def.aggregation === 'average' ? rollupMetric(def, periods) : computeMetric(def, source);
    const spec = target === ind.target ? ind : { ...ind, target };
    const inputs: Record<string, number | null> = {};
    for (const name of metricInputs(def)) inputs[name] = source[name] ?? null;
    return { ind, def, target, actual, a: actual.value === null ? null : attainment(spec, actual.value), inputs };
  });
  const assessableBp = partial.reduce((s, p) => s + (p.a === null ? 0 : p.ind.weightBp), 0);
  if (assessableBp === 0) {
    return ok({ scorecard: card.id, rows: partial.map((p) => row(p, 0)), score: null, rating: null, band: null, veto: null });
  }
  const scale = kpi.notAssessable === 'renormalise' ? 10_000 / assessableBp : 1;
  const rows = partial.map((p) => row(p, p.a === null ? (kpi.notAssessable === 'zero' ? p.ind.weightBp : 0) : p.ind.weightBp * scale));
  const raw = rows.reduce((s, r) => s + r.contribution, 0);
  const score = roundNumber(raw, options.decimals ?? 2, options.rounding ?? 'half-up');
  const capped = applyVetoes(ratingFor(score, kpi.bands), data.vetoes ?? [], kpi);
  return ok({ scorecard: card.id, rows, score, rating: capped.band?.rating ?? null, band: capped.band, veto: capped.veto });

  function row(
    p: { ind: IndicatorSpec; def: MetricDefinition; target: number; actual: MetricValue; a: number | null; inputs: Record<string, number | null> },
    effective: number,
  ): ScoreRow {
    return {
      metric: p.def.id,
      labels: p.def.labels,
      formula: formulaText(p.def),
      inputs: p.inputs,
      actual: p.actual,
      target: p.target,
      method: p.ind.method,
      attainment: p.a,
      weightBp: p.ind.weightBp,
      effectiveWeightBp: effective,
      contribution: ((p.a ?? 0) * effective) / 100,
    };
  }
}

/**
 * An annual (or quarterly) score from monthly data, by the policy's `annualRollup` (KPI-3):
 * `recompute` scores the summed inputs of all months once; `weighted-mean` scores each month and takes
 * the mean of the monthly scores weighted by `weights` (equal by default).
 *
 * @example
 * const year = scoreOverMonths(card, months, defaultPolicy.kpi, builtInMetrics);
 * if (year.ok) year.value.score //=> 87.4
 */
export function scoreOverMonths(
  card: ScorecardSpec,
  months: ReadonlyArray<ScoreData & { readonly weight?: number }>,
  kpi: KpiPolicy,
  catalogue: readonly MetricDefinition[],
  options: { readonly decimals?: number; readonly rounding?: RoundingMode } = {},
): Result<ScoreResult> {
  const vetoes = [...new Set(months.flatMap((m) => m.vetoes ?? []))];
  if (kpi.annualRollup === 'recompute') {
    const periods = months.flatMap((m) => m.periods ?? (m.inputs ? [m.inputs] : []));
    const targets = months.find((m) => m.targets)?.targets;
    return scoreScorecard(card, { periods, vetoes, ...(targets ? { targets } : {}) }, kpi, catalogue, options);
  }
  if (months.length === 0) return fail({ code: 'invalid-input', rule: 'KPI-3', message: 'No months to score', issues: [{ path: ['months'], message: 'empty' }] });
  let weighted = 0;
  let weights = 0;
  const monthly: Array<{ score: number | null; weight: number }> = [];
  for (const m of months) {
    // Unrounded monthly scores: rounding happens once, on the year.
    const r = scoreScorecard(card, { ...m, vetoes: [] }, kpi, catalogue, { ...options, decimals: 12 });
    if (!r.ok) return r;
    const w = m.weight ?? 1;
    monthly.push({ score: r.value.score, weight: w });
    if (r.value.score === null) continue;
    weighted += r.value.score * w;
    weights += w;
  }
  const score = weights === 0 ? null : roundNumber(weighted / weights, options.decimals ?? 2, options.rounding ?? 'half-up');
  const base: ScoreResult = { scorecard: card.id, rows: [], score, rating: null, band: null, veto: null, monthly };
  if (score === null) return ok(base);
  // Ratings and vetoes apply to the year as a whole.
  const capped = applyVetoes(ratingFor(score, kpi.bands), vetoes, kpi);
  return ok({ ...base, rating: capped.band?.rating ?? null, band: capped.band, veto: capped.veto });
}
