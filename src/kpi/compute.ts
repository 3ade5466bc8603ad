import type { RatioReason } from '../core/ratio.js';
import { metricInputs } from './formula.js';
import type { MetricDefinition, MetricInputs, MetricRows, Term } from './model.js';
import { addInputs, inputOf, rowAt } from './table.js';

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
    const v = inputOf(inputs, term.input);
    if (v === undefined) return 'missing-input';
    if (v === null || !Number.isFinite(v)) return 'not-finite';
    total += v * (term.coefficient ?? 1);
  }
  return Number.isFinite(total) ? total : 'not-finite';
}

/**
 * Compute one metric from its inputs (KPI-1). Only the inputs' own properties are read.
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
 * Add several periods' (or items') inputs together, input by input, in row order. The rows are objects
 * or columns (`{ columns: { clicks: Float64Array, … }, length }`, the fastest for large data). A missing
 * or non-finite input in any row makes that total `null`, so a partial month never passes for a whole
 * one. `names` limits the sum to the inputs a caller needs (every name present by default). The result
 * has no prototype: an input named `constructor` or `__proto__` is an ordinary key.
 *
 * @example
 * sumInputs([{ clicks: 1, impressions: 10 }, { clicks: 9, impressions: 100 }]) //=> { clicks: 10, impressions: 110 }
 * sumInputs({ columns: { clicks: new Float64Array([1, 9]) }, length: 2 }) //=> { clicks: 10 }
 * sumInputs([{ a: 1 }, { a: null }]) //=> { a: null }
 */
export function sumInputs(rows: MetricRows, names?: readonly string[]): Record<string, number | null> {
  return totalsOf([rows], names ?? inputNames(rows));
}

// Every input name in the rows: the own keys of the row objects, or the column names.
function inputNames(rows: MetricRows): string[] {
  if (!Array.isArray(rows)) return Object.keys((rows as Exclude<MetricRows, readonly unknown[]>).columns);
  const names = new Set<string>();
  for (const row of rows as readonly unknown[]) if (typeof row === 'object' && row !== null) for (const k of Object.keys(row)) names.add(k);
  return [...names];
}

/**
 * The named inputs summed over several parts, in order, as an object without prototype (`null` for a
 * total that is missing or not finite). Internal: see {@link sumInputs}.
 *
 * @example
 * totalsOf([[{ a: 1 }], { columns: { a: [2] }, length: 1 }], ['a']) //=> { a: 3 }
 */
export function totalsOf(parts: readonly MetricRows[], names: readonly string[]): Record<string, number | null> {
  const sums = names.map(() => 0);
  for (const part of parts) addInputs(sums, names, part);
  const out: Record<string, number | null> = Object.create(null);
  names.forEach((k, j) => (out[k] = Number.isFinite(sums[j]) ? sums[j]! : null));
  return out;
}

/**
 * A metric's value over every row of several parts, by its aggregation (KPI-3), given the parts' summed
 * inputs and last row. Internal: see {@link rollupMetric}.
 *
 * @example
 * actualOver(metricById('reads')!, [[{ reads: 1 }, { reads: 2 }]], { reads: 3 }, { reads: 2 }) //=> { value: 3 }
 */
export function actualOver(def: MetricDefinition, parts: readonly MetricRows[], totals: MetricInputs, last: MetricInputs | undefined): MetricValue {
  if (!last) return { value: null, reason: 'missing-input' };
  if (def.aggregation !== 'average') return computeMetric(def, def.aggregation === 'last' ? last : totals);
  const names = metricInputs(def);
  let total = 0;
  let count = 0;
  for (const part of parts) {
    for (let i = 0, n = readable(part, names); i < n; i++) {
      const v = computeMetric(def, rowAt(part, i, names)).value;
      if (v !== null) {
        total += v;
        count++;
      }
    }
  }
  const mean = total / count;
  return count === 0 ? { value: null, reason: 'missing-input' } : Number.isFinite(mean) ? { value: mean } : { value: null, reason: 'not-finite' };
}

// The rows that can hold a value of the inputs: past the longest of their columns every cell is absent,
// so a declared length of 2³¹ over short columns costs no 2³¹ reads.
function readable(part: MetricRows, names: readonly string[]): number {
  if (Array.isArray(part)) return part.length;
  const { columns, length } = part as Exclude<MetricRows, readonly unknown[]>;
  let longest = 0;
  for (const name of names) longest = Math.max(longest, (Object.hasOwn(columns, name) ? columns[name]?.length : 0) ?? 0);
  return Math.min(length, longest);
}

/**
 * Each named input's mean over the rows that report it, across several parts, as an object without
 * prototype (`null` where no row does): what an averaged metric (a position, a rating) shows as its
 * inputs, instead of a sum that means nothing. Internal.
 *
 * @example
 * meanInputs([[{ searchPosition: 3 }, { searchPosition: 5 }]], ['searchPosition']) //=> { searchPosition: 4 }
 */
export function meanInputs(parts: readonly MetricRows[], names: readonly string[]): Record<string, number | null> {
  const out: Record<string, number | null> = Object.create(null);
  for (const name of names) {
    let total = 0;
    let count = 0;
    for (const part of parts) {
      for (let i = 0, n = readable(part, [name]); i < n; i++) {
        const v = inputOf(rowAt(part, i, [name]), name);
        if (typeof v === 'number' && Number.isFinite(v)) {
          total += v;
          count++;
        }
      }
    }
    out[name] = count > 0 && Number.isFinite(total / count) ? total / count : null;
  }
  return out;
}

/**
 * The last row of the last part that has rows, with the named inputs. Internal.
 *
 * @example
 * lastRow([[{ a: 1 }, { a: 2 }], []], ['a']) //=> { a: 2 }
 */
export function lastRow(parts: readonly MetricRows[], names: readonly string[]): MetricInputs | undefined {
  for (let k = parts.length - 1; k >= 0; k--) if (parts[k]!.length > 0) return rowAt(parts[k]!, parts[k]!.length - 1, names);
  return undefined;
}

/**
 * A metric over several periods (row objects or columns), by its aggregation (KPI-3): `recompute` sums
 * every input and applies the formula (a ratio of sums, never an average of ratios); `last` uses the
 * final period; `average` averages the periods' values that exist.
 *
 * @example
 * rollupMetric(metricById('click-through-rate-site')!, [{ clicks: 1, impressions: 10 }, { clicks: 9, impressions: 100 }])
 * //=> { value: 0.0909… } (10 ÷ 110, not the average of 0.1 and 0.09)
 */
export function rollupMetric(def: MetricDefinition, periods: MetricRows): MetricValue {
  const names = metricInputs(def);
  return actualOver(def, [periods], def.aggregation === 'recompute' ? totalsOf([periods], names) : {}, lastRow([periods], names));
}
