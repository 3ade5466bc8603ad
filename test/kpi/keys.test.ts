import { describe, expect, it } from 'vitest';
import {
  builtInMetrics,
  computeMetric,
  decomposeByOwner,
  defaultKpiPolicy,
  inputsByPeriod,
  KpiPolicySchema,
  kpiPolicyProblems,
  rollupMetric,
  scoreOverMonths,
  scoreScorecard,
  sumInputs,
  targetsFor,
  type MetricDefinition,
  type MetricInputs,
  type ScorecardSpec,
} from '../../src/kpi/index.js';
import { defaultOrg } from '../../src/org/policy.js';

const labels = { 'zh-CN': '测试', 'zh-TW': '測試', en: 'Test' };
// Host metrics whose ids and inputs are the names an object inherits or treats specially.
const odd: MetricDefinition[] = [
  { id: 'constructor', labels, formula: { kind: 'ratio', numerator: [{ input: '__proto__' }], denominator: [{ input: 'constructor' }] }, unit: 'ratio', direction: 'higher', aggregation: 'recompute', zero: 'null' },
  { id: '__proto__', labels, formula: { kind: 'sum', terms: [{ input: 'toString' }, { input: 'hasOwnProperty' }] }, unit: 'count', direction: 'higher', aggregation: 'last', zero: 'null' },
];
const card: ScorecardSpec = {
  id: 'constructor',
  labels,
  department: 'marketing',
  indicators: [
    { metric: 'constructor', weightBp: 5000, target: 0.5, method: 'ratio', floor: 0, cap: 1.2 },
    { metric: '__proto__', weightBp: 5000, target: 10, method: 'ratio', floor: 0, cap: 1.2 },
  ],
};
const catalogue = [...builtInMetrics, ...odd];
// Rows as a host parses them from JSON: `__proto__` is an own property there.
const rows: MetricInputs[] = JSON.parse('[{"__proto__": 3, "constructor": 10, "toString": 2, "hasOwnProperty": 3}, {"__proto__": 2, "constructor": 10, "toString": 4, "hasOwnProperty": 4}]');

describe('ids chosen by hosts and policies are never keys of plain objects', () => {
  it('a policy with metrics and inputs named constructor and __proto__ validates', () => {
    const parsed = KpiPolicySchema.safeParse({ ...defaultKpiPolicy, metrics: odd, scorecards: [card] });
    expect(parsed.success).toBe(true);
    if (parsed.success) expect(kpiPolicyProblems(parsed.data, defaultOrg)).toEqual([]);
  });

  it('such metrics score from row objects and from columns, and the rows explain them', () => {
    const r = scoreScorecard(card, { periods: rows }, defaultKpiPolicy, catalogue);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.rows.map((x) => [x.metric, x.actual.value])).toEqual([
      ['constructor', 5 / 20],
      ['__proto__', 8],
    ]);
    const inputs = r.value.rows[0]!.inputs;
    expect(Object.getPrototypeOf(inputs)).toBe(null);
    expect(Object.entries(inputs)).toEqual([
      ['__proto__', 5],
      ['constructor', 20],
    ]);
    const columns = { columns: JSON.parse('{"__proto__": [3, 2], "constructor": [10, 10], "toString": [2, 4], "hasOwnProperty": [3, 4]}'), length: 2 };
    expect(scoreScorecard(card, { columns }, defaultKpiPolicy, catalogue)).toEqual(r);
  });

  it('an input a row does not own is missing, not Object.prototype’s function', () => {
    expect(computeMetric(odd[0]!, {})).toEqual({ value: null, reason: 'missing-input' });
    expect(computeMetric(odd[1]!, { toString: 1 } as MetricInputs)).toEqual({ value: null, reason: 'missing-input' });
    expect(sumInputs([{}], ['constructor', '__proto__', 'toString'])).toEqual(Object.assign(Object.create(null), { constructor: null, ['__proto__']: null, toString: null }));
    expect(sumInputs({ columns: {}, length: 1 }, ['constructor'])).toEqual({ constructor: null });
    expect(rollupMetric(odd[1]!, [{}])).toEqual({ value: null, reason: 'missing-input' });
  });

  it('outputs keyed by names have no prototype: sums, periods and targets', () => {
    const sums = sumInputs(rows);
    expect(Object.getPrototypeOf(sums)).toBe(null);
    expect(Object.keys(sums)).toEqual(['__proto__', 'constructor', 'toString', 'hasOwnProperty']);
    expect(sums['__proto__']).toBe(5);

    const grouped = inputsByPeriod(JSON.parse('[{"at": "2026-03-01T00:00:00Z", "__proto__": 1, "constructor": 2}]'), 'month', 'Asia/Shanghai');
    if (!grouped.ok) throw new Error(grouped.error.message);
    const byMonth = grouped.value;
    expect(Object.getPrototypeOf(byMonth)).toBe(null);
    const first = byMonth['2026-03']![0]!;
    expect(Object.getPrototypeOf(first)).toBe(null);
    expect(Object.entries(first)).toEqual([
      ['__proto__', 1],
      ['constructor', 2],
    ]);

    const goals = decomposeByOwner({ id: 'g', metric: 'constructor', target: 0.4, period: '2026-03', owner: 'marketing', additive: false }, [{ owner: 'u-1', share: 1 }]);
    if (!goals.ok) throw new Error(goals.error.message);
    const targets = targetsFor([...goals.value, { ...goals.value[0]!, metric: '__proto__', target: 7 }], 'u-1', '2026-03');
    expect(Object.getPrototypeOf(targets)).toBe(null);
    expect(Object.entries(targets)).toEqual([
      ['constructor', 0.4],
      ['__proto__', 7],
    ]);
    const r = scoreScorecard(card, { periods: rows, targets }, defaultKpiPolicy, catalogue);
    expect(r.ok && r.value.rows.map((x) => x.target)).toEqual([0.4, 7]);
  });

  it('a target not given for a metric named constructor is the card’s own, not the inherited function', () => {
    const r = scoreScorecard(card, { periods: rows, targets: {} }, defaultKpiPolicy, catalogue);
    expect(r.ok && r.value.rows.map((x) => x.target)).toEqual([0.5, 10]);
    const year = scoreOverMonths(card, [{ periods: rows, targets: {} }], { ...defaultKpiPolicy, annualRollup: 'weighted-mean' }, catalogue);
    expect(year.ok && year.value.score).toBe(r.ok ? r.value.score : NaN);
  });
});
