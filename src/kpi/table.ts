// Reading rows of inputs, given either as objects (one per row) or as columns (one array per input).
// Internal to the KPI domain (not re-exported by its index): `sumInputs`, `rollupMetric` and the
// scorecard build on it.
//
// No code is generated from strings: scoring runs where `new Function` is blocked (strict CSP pages,
// edge runtimes), and no cache is keyed by joined names. Float64Array columns are summed four at a time
// in tight loops, as fast as a hand-written loop over the same arrays. Row objects are summed one input
// at a time over blocks of rows that stay in cache; a property read whose name is only known at run time
// is about ten times slower than `row.sales` written out, so large data is best passed as columns.
import type { MetricInputs, MetricRows } from './model.js';

/**
 * The value of `input` in a row of inputs: a number when the row has it as a number (`NaN` and ±∞
 * included), `undefined` when it is absent, `null`, or only inherited (an input named `constructor` is
 * not `Object.prototype.constructor`), and `null` when it is something else (a string, say).
 *
 * @example
 * inputOf({ clicks: 3 }, 'clicks') //=> 3
 * inputOf({}, 'constructor') //=> undefined
 */
export function inputOf(row: MetricInputs, input: string): number | null | undefined {
  const v: unknown = row[input];
  return typeof v === 'number' ? v : v == null || !Object.hasOwn(row, input) ? undefined : null;
}

/**
 * Row `i` (counting from 0) with the named inputs: a row object as it is (anything else in a list of
 * rows reads as a row without inputs), or, from columns, a new object without prototype in which a
 * `NaN` cell (how a Float64Array marks a value not reported) is absent.
 *
 * @example
 * rowAt({ columns: { clicks: [1, 9] }, length: 2 }, 1, ['clicks']) //=> { clicks: 9 }
 */
export function rowAt(rows: MetricRows, i: number, names: readonly string[]): MetricInputs {
  if (Array.isArray(rows)) {
    const row: unknown = rows[i];
    return typeof row === 'object' && row !== null ? (row as MetricInputs) : {};
  }
  const out: Record<string, unknown> = Object.create(null);
  const { columns } = rows as Exclude<MetricRows, readonly unknown[]>;
  for (const name of names) {
    const v = Object.hasOwn(columns, name) ? columns[name]?.[i] : undefined;
    // NaN is how a Float64Array marks a cell not reported.
    out[name] = v === v ? v : undefined;
  }
  return out as MetricInputs;
}

// Rows are summed per block: small enough to stay in cache while each input is read in turn.
const BLOCK = 2048;

/**
 * Add the named inputs of `rows`, in row order, to the running `totals` (one per name, in place). A
 * total becomes `NaN` once a row lacks its input or holds anything but a finite number, so a partial
 * period never passes for a whole one. Summing several parts one after the other gives the same totals,
 * to the last bit, as summing their concatenation.
 *
 * @example
 * const totals = [0, 0];
 * addInputs(totals, ['clicks', 'impressions'], [{ clicks: 1, impressions: 10 }, { clicks: 2 }]);
 * totals //=> [3, NaN]
 */
export function addInputs(totals: number[], names: readonly string[], rows: MetricRows): void {
  const n = rows.length;
  if (Array.isArray(rows)) {
    for (let start = 0; start < n; start += BLOCK) {
      const end = start + BLOCK > n ? n : start + BLOCK;
      names.forEach((name, j) => (totals[j] = sumRows(rows, name, start, end, totals[j]!)));
    }
    return;
  }
  const { columns } = rows as Exclude<MetricRows, readonly unknown[]>;
  if (!(Number.isSafeInteger(n) && n >= 0)) return void totals.fill(Number.NaN);
  // Float64Array columns are summed four at a time; any other column on its own.
  const wide: number[] = [];
  names.forEach((name, j) => {
    const column = Object.hasOwn(columns, name) ? columns[name] : undefined;
    if (column instanceof Float64Array && column.length >= n) wide.push(j);
    else totals[j] = sumColumn(column, n, totals[j]!);
  });
  for (let k = 0; k < wide.length; k += 4) {
    // A group of fewer than four repeats its first column into a scratch total.
    const js = [0, 1, 2, 3].map((q) => wide[k + q] ?? -1);
    const t = js.map((j) => (j < 0 ? 0 : totals[j]!));
    const c = js.map((j) => columns[names[j < 0 ? wide[k]! : j]!] as Float64Array);
    sum4(c[0]!, c[1]!, c[2]!, c[3]!, n, t);
    js.forEach((j, q) => j >= 0 && (totals[j] = t[q]!));
  }
}

// Four independent sums per pass keep the processor's adders busy (one sum per pass waits on each
// addition); each column is still added in row order. No test per value: a NaN or an infinity makes the
// sum non-finite, which is what a missing total is. The loop only ever sees Float64Arrays, so it stays
// monomorphic whatever other arrays a process sums.
function sum4(a: Float64Array, b: Float64Array, c: Float64Array, d: Float64Array, n: number, t: number[]): void {
  let ta = t[0]!;
  let tb = t[1]!;
  let tc = t[2]!;
  let td = t[3]!;
  for (let i = 0; i < n; i++) {
    ta += a[i]!;
    tb += b[i]!;
    tc += c[i]!;
    td += d[i]!;
  }
  t[0] = ta;
  t[1] = tb;
  t[2] = tc;
  t[3] = td;
}

// `v - v === 0` holds exactly for finite numbers.
function sumColumn(column: ArrayLike<unknown> | null | undefined, n: number, t: number): number {
  if (!column || !(column.length >= n)) return n === 0 ? t : Number.NaN;
  for (let i = 0; i < n && t === t; i++) {
    const v = column[i];
    t = typeof v === 'number' && v - v === 0 ? t + v : Number.NaN;
  }
  return t;
}

function sumRows(rows: readonly MetricInputs[], name: string, start: number, end: number, t: number): number {
  for (let i = start; i < end && t === t; i++) {
    const row = rows[i];
    const v: unknown = typeof row === 'object' && row !== null ? row[name] : undefined;
    t = typeof v === 'number' && v - v === 0 ? t + v : Number.NaN;
  }
  return t;
}
