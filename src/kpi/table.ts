// Reading rows of inputs, given either as objects (one per row) or as columns (one array per input).
// Internal to the KPI domain (not re-exported by its index): `sumInputs`, `rollupMetric` and the
// scorecard build on it.
//
// No code is generated from strings: scoring runs where `new Function` is blocked (strict CSP pages,
// edge runtimes), and no cache is keyed by joined names. Float64Array columns are summed four at a time
// in tight loops, as fast as a hand-written loop over the same arrays. Row objects are summed eight inputs
// per pass, each read at a site of its own.
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
    // Eight inputs per pass over the rows, each read at its own site: within a pass every site reads one
    // name from rows of one shape, which the engine reads as fast as `row.sales` written out.
    for (let k = 0; k < names.length; k += 8) {
      const t = sumRows8(rows as readonly MetricInputs[], names.slice(k, k + 8), n, totals.slice(k, k + 8));
      for (let q = 0; q < 8 && k + q < names.length; q++) totals[k + q] = t[q]!;
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

// `v - v === 0` holds exactly for finite numbers; anything else (missing, null, a string, NaN, ±∞)
// makes the total NaN. Unused sites read a name no row has and their totals are ignored.
function sumRows8(rows: readonly MetricInputs[], names: readonly string[], n: number, start: readonly number[]): number[] {
  const [k0 = '', k1 = '', k2 = '', k3 = '', k4 = '', k5 = '', k6 = '', k7 = ''] = names;
  // Each running total continues from where the previous part left it, so parts add up bit for bit.
  let [t0 = 0, t1 = 0, t2 = 0, t3 = 0, t4 = 0, t5 = 0, t6 = 0, t7 = 0] = start;
  for (let i = 0; i < n; i++) {
    const row = rows[i];
    if (typeof row !== 'object' || row === null) return [NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN];
    let v: unknown = row[k0];
    t0 = typeof v === 'number' && v - v === 0 ? t0 + v : NaN;
    v = row[k1];
    t1 = typeof v === 'number' && v - v === 0 ? t1 + v : NaN;
    v = row[k2];
    t2 = typeof v === 'number' && v - v === 0 ? t2 + v : NaN;
    v = row[k3];
    t3 = typeof v === 'number' && v - v === 0 ? t3 + v : NaN;
    v = row[k4];
    t4 = typeof v === 'number' && v - v === 0 ? t4 + v : NaN;
    v = row[k5];
    t5 = typeof v === 'number' && v - v === 0 ? t5 + v : NaN;
    v = row[k6];
    t6 = typeof v === 'number' && v - v === 0 ? t6 + v : NaN;
    v = row[k7];
    t7 = typeof v === 'number' && v - v === 0 ? t7 + v : NaN;
  }
  return [t0, t1, t2, t3, t4, t5, t6, t7];
}
