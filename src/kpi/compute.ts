import type { RatioReason } from '../core/ratio.js';
import type { MetricDefinition, Term } from './catalogue.js';

/**
 * Input values for metrics, by input name (counts, and money in minor units). Missing or `null` means
 * not reported.
 *
 * @example
 * const inputs: MetricInputs = { clicks: 30, impressions: 1200 };
 */
export type MetricInputs = { readonly [input: string]: number | null | undefined };

/**
 * A metric's value, or `null` with the reason; `anomaly` marks a zero denominator the catalogue treats
 * as a red flag (cost with no clicks). Never `NaN` or `Infinity`.
 *
 * @example
 * const v: MetricValue = { value: 0.025 };
 * const none: MetricValue = { value: null, reason: 'zero-denominator', anomaly: true };
 */
export type MetricValue =
  | { readonly value: number; readonly reason?: undefined; readonly anomaly?: undefined }
  | { readonly value: null; readonly reason: RatioReason; readonly anomaly?: boolean };

function sumTerms(terms: readonly Term[], inputs: MetricInputs): number | RatioReason {
  let total = 0;
  for (const term of terms) {
    const v = inputs[term.input];
    if (v === null || v === undefined) return 'missing-input';
    if (!Number.isFinite(v)) return 'not-finite';
    total += v * (term.coefficient ?? 1);
  }
  return Number.isFinite(total) ? total : 'not-finite';
}

/**
 * Compute one metric from its inputs (KPI-1).
 *
 * @example
 * computeMetric(metricById('click-through-rate-ads')!, { adClicks: 30, adImpressions: 1200 }) //=> { value: 0.025 }
 * computeMetric(metricById('cost-per-click')!, { cost: 5000, adClicks: 0 }) //=> { value: null, reason: 'zero-denominator', anomaly: true }
 */
export function computeMetric(def: MetricDefinition, inputs: MetricInputs): MetricValue {
  const f = def.formula;
  if (f.kind === 'sum') {
    const v = sumTerms(f.terms, inputs);
    return typeof v === 'number' ? { value: v === 0 ? 0 : v } : { value: null, reason: v };
  }
  const n = sumTerms(f.numerator, inputs);
  if (typeof n !== 'number') return { value: null, reason: n };
  const d = sumTerms(f.denominator, inputs);
  if (typeof d !== 'number') return { value: null, reason: d };
  if (d === 0) return def.zero === 'anomaly' && n !== 0 ? { value: null, reason: 'zero-denominator', anomaly: true } : { value: null, reason: 'zero-denominator' };
  const value = (n * (f.scale ?? 1)) / d;
  if (!Number.isFinite(value)) return { value: null, reason: 'not-finite' };
  return { value: value === 0 ? 0 : value };
}

/**
 * Add several periods' (or items') inputs together, input by input. A missing input in any part makes the
 * total missing, so a partial month never passes for a whole one.
 *
 * @example
 * sumInputs([{ clicks: 1, impressions: 10 }, { clicks: 9, impressions: 100 }]) //=> { clicks: 10, impressions: 110 }
 */
export function sumInputs(parts: readonly MetricInputs[]): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  const names = new Set(parts.flatMap((p) => Object.keys(p)));
  for (const name of names) {
    let total: number | null = 0;
    for (const p of parts) {
      const v = p[name];
      if (v === null || v === undefined || !Number.isFinite(v) || total === null) total = null;
      else total += v;
    }
    out[name] = total;
  }
  return out;
}

/**
 * A metric over several periods, by its aggregation (KPI-3): `recompute` sums every input and applies the
 * formula (a ratio of sums, never an average of ratios); `last` uses the final period; `average` averages
 * the periods' values that exist.
 *
 * @example
 * rollupMetric(metricById('click-through-rate-site')!, [{ clicks: 1, impressions: 10 }, { clicks: 9, impressions: 100 }])
 * //=> { value: 0.0909… } (10 ÷ 110, not the average of 0.1 and 0.09)
 */
export function rollupMetric(def: MetricDefinition, periods: readonly MetricInputs[]): MetricValue {
  if (periods.length === 0) return { value: null, reason: 'missing-input' };
  if (def.aggregation === 'last') return computeMetric(def, periods[periods.length - 1]!);
  if (def.aggregation === 'recompute') return computeMetric(def, sumInputs(periods));
  const values = periods.map((p) => computeMetric(def, p).value).filter((v): v is number => v !== null);
  if (values.length === 0) return { value: null, reason: 'missing-input' };
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  return Number.isFinite(mean) ? { value: mean } : { value: null, reason: 'not-finite' };
}
