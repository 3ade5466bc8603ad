import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtInMetrics, defaultKpiPolicy, rollupMetric, scoreOverMonths, scoreScorecard, sumInputs, type MetricColumns, type MetricInputs } from '../../src/kpi/index.js';

// Names chosen to trip a summer that joins names into a cache key, reads through the prototype, or
// generates code from them.
const names = ['a', 'a\u0000b', 'b', '__proto__', 'constructor', 'toString', '', ' ', '"];throw 1;//', 'hasOwnProperty'];

// The straightforward reference: one input at a time, every row in order; a total is missing as soon
// as a row lacks the input as an own finite number.
function reference(rows: readonly MetricInputs[], keys: readonly string[]): Array<number | null> {
  return keys.map((k) => {
    let total = 0;
    for (const row of rows) {
      const v = Object.getOwnPropertyDescriptor(row, k)?.value;
      if (typeof v !== 'number' || !Number.isFinite(v)) return null;
      total += v;
    }
    return Number.isFinite(total) ? total : null;
  });
}

// A row with own properties only (a literal `{ __proto__: 1 }` would set the prototype instead).
const rowOf = (entries: ReadonlyArray<readonly [string, unknown]>): MetricInputs => {
  const row = {};
  for (const [k, v] of entries) Object.defineProperty(row, k, { value: v, enumerable: true, writable: true, configurable: true });
  return row as MetricInputs;
};

const cell = fc.oneof(
  { arbitrary: fc.integer({ min: -1e9, max: 1e9 }), weight: 6 },
  { arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }), weight: 3 },
  { arbitrary: fc.constantFrom<unknown>(null, undefined, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, '5', {}, 1e308), weight: 1 },
);
const row = fc.array(fc.tuple(fc.constantFrom(...names), cell), { maxLength: 8 }).map(rowOf);
const rows = fc.array(row, { maxLength: 40 });

// The same rows as columns: a missing own input becomes a hole the column reports as missing.
function columnsOf(rs: readonly MetricInputs[], kind: 'array' | 'float64'): MetricColumns {
  const columns: Record<string, ArrayLike<number | null | undefined>> = Object.create(null);
  for (const k of names) {
    const values = rs.map((r) => {
      const v: unknown = Object.getOwnPropertyDescriptor(r, k)?.value;
      return typeof v === 'number' ? v : undefined;
    });
    columns[k] = kind === 'float64' ? Float64Array.from(values, (v) => (v === undefined ? Number.NaN : v)) : values;
  }
  return { columns, length: rs.length };
}

describe('summing without generated code', () => {
  it('sumInputs agrees, to the bit, with a straightforward loop on random rows with missing, non-finite and odd keys', () => {
    fc.assert(
      fc.property(rows, fc.subarray(names), (rs, keys) => {
        const got = sumInputs(rs, keys);
        expect(keys.map((k) => got[k])).toEqual(reference(rs, keys));
        expect(Object.getPrototypeOf(got)).toBe(null);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('columns (arrays or Float64Arrays) give the totals the same rows give as objects', () => {
    fc.assert(
      fc.property(rows, fc.constantFrom('array' as const, 'float64' as const), (rs, kind) => {
        const numeric = rs.map((r) => rowOf(Object.entries(Object.getOwnPropertyDescriptors(r)).map(([k, d]) => [k, typeof d.value === 'number' ? d.value : undefined] as const)));
        const fromRows = sumInputs(numeric, names);
        const fromColumns = sumInputs(columnsOf(rs, kind), names);
        expect(fromColumns).toEqual(fromRows);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('names are never joined into one key: "a\\0b" and "a" stay apart', () => {
    expect(sumInputs([{ 'a\u0000b': 100, a: 1 }], ['a\u0000b'])).toEqual({ 'a\u0000b': 100 });
    expect(sumInputs([{ 'a\u0000b': 100, a: 1 }], ['a'])).toEqual({ a: 1 });
    expect(sumInputs([{ a: 1, b: 2 }], ['a', 'b'])).toEqual({ a: 1, b: 2 });
    expect(sumInputs([{ 'a,b': 5, a: 1, b: 2 }], ['a,b'])).toEqual({ 'a,b': 5 });
  });

  it('a column shorter than the rows, or a length that is not a count, makes the totals missing', () => {
    expect(sumInputs({ columns: { a: new Float64Array([1, 2]), b: [1, 2, 3] }, length: 3 }, ['a', 'b', 'c'])).toEqual({ a: null, b: 6, c: null });
    expect(sumInputs({ columns: { a: [1] }, length: Number.NaN }, ['a'])).toEqual({ a: null });
    expect(sumInputs({ columns: { a: new Int32Array([1, 2]), b: [1, null] }, length: 2 }, ['a', 'b'])).toEqual({ a: 3, b: null });
  });

  it('a scorecard scores the same from columns as from the same rows as objects', () => {
    const card = defaultKpiPolicy.scorecards.find((c) => c.id === 'marketing-team')!;
    const inputs = ['sales', 'marketSales', 'followersStart', 'followersEnd', 'conversions', 'visitors', 'likes', 'shares', 'comments', 'reach'];
    const value = fc.oneof({ arbitrary: fc.integer({ min: 0, max: 100_000 }), weight: 20 }, { arbitrary: fc.constant(undefined), weight: 1 });
    fc.assert(
      fc.property(fc.array(fc.tuple(...inputs.map(() => value)), { minLength: 1, maxLength: 30 }), (table) => {
        const rs = table.map((vs) => Object.fromEntries(inputs.flatMap((k, i) => (vs[i] === undefined ? [] : [[k, vs[i]]]))) as MetricInputs);
        const columns = { columns: Object.fromEntries(inputs.map((k, i) => [k, Float64Array.from(table, (vs) => vs[i] ?? Number.NaN)])), length: table.length };
        const a = scoreScorecard(card, { periods: rs }, defaultKpiPolicy, builtInMetrics);
        const b = scoreScorecard(card, { columns }, defaultKpiPolicy, builtInMetrics);
        // A refusal names the same cell: `periods.i.input` as rows, `columns.columns.input.i` as columns.
        const cells = (r: typeof a) => (r.ok || r.error.code !== 'invalid-input' ? r : r.error.issues.map((x) => [x.path[1] === 'periods' ? x.path.slice(2) : [x.path[4], x.path[3]], x.message, x.rule]));
        expect(b.ok).toBe(a.ok);
        expect(cells(b)).toEqual(cells(a));
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it('KPI-3: a year recomputed from months given as objects, rows and columns equals scoring all its rows at once', () => {
    const card = defaultKpiPolicy.scorecards.find((c) => c.id === 'marketing-team')!;
    const month = (k: number) => ({ sales: 100 + k, marketSales: 800, followersStart: 200, followersEnd: 210 + k, conversions: 5 + k, visitors: 200, likes: 11, shares: 5 - (k % 3), comments: 3, reach: 1000 + k });
    const rows = [0, 1, 2, 3, 4].map(month);
    const asColumns = (rs: MetricInputs[]) => ({ columns: Object.fromEntries(Object.keys(rs[0]!).map((k) => [k, Float64Array.from(rs, (r) => r[k]!)])), length: rs.length });
    const year = scoreOverMonths(card, [{ inputs: rows[0]! }, { periods: rows.slice(1, 3) }, { columns: asColumns(rows.slice(3)) }], defaultKpiPolicy, builtInMetrics);
    const direct = scoreScorecard(card, { periods: rows }, defaultKpiPolicy, builtInMetrics);
    expect(year).toEqual(direct);
    expect(rollupMetric(builtInMetrics.find((m) => m.id === 'follower-growth-rate')!, asColumns(rows))).toEqual({ value: 14 / 200 });
  });

  it('scoring generates no code: it runs with the Function constructor and eval removed', () => {
    const card = defaultKpiPolicy.scorecards.find((c) => c.id === 'marketing-team')!;
    const saved = { Function: globalThis.Function, eval: globalThis.eval };
    const blocked = () => {
      throw new EvalError('code generation from strings is disallowed');
    };
    try {
      Object.assign(globalThis, { Function: blocked, eval: blocked });
      const r = scoreScorecard(card, { periods: [{ sales: 1, marketSales: 8, followersStart: 1, followersEnd: 2, conversions: 1, visitors: 9, likes: 1, shares: 1, comments: 1, reach: 9 }] }, defaultKpiPolicy, builtInMetrics);
      expect(r.ok).toBe(true);
    } finally {
      Object.assign(globalThis, saved);
    }
    // The sources are scanned for both in test/kpi/source-text.test.ts.
  });
});
