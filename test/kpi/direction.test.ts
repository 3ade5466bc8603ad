import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  attainment,
  builtInMetrics,
  checkScorecard,
  defaultKpiPolicy,
  kpiPolicyProblems,
  metricById,
  scoreScorecard,
  scorecardProblems,
  type AttainmentMethod,
  type IndicatorSpec,
  type ScorecardSpec,
} from '../../src/kpi/index.js';
import { defaultOrg } from '../../src/org/policy.js';

const labels = { 'zh-CN': '测试', 'zh-TW': '測試', en: 'Test' };
const card = (ind: Partial<IndicatorSpec> & { metric: string }): ScorecardSpec => ({
  id: 'test',
  labels,
  department: 'marketing',
  indicators: [{ weightBp: 10_000, target: 100, method: 'ratio', floor: 0, cap: 1.2, ...ind }],
});
const refusal = (c: ScorecardSpec) => {
  const r = checkScorecard(c, builtInMetrics);
  return r.ok ? null : r.error;
};

describe('KPI-2: the attainment method agrees with the metric direction', () => {
  it('KPI-2: ratio on a lower-is-better metric (CPC) is refused: it would reward dearer clicks', () => {
    const e = refusal(card({ metric: 'cost-per-click', target: 200, method: 'ratio' }));
    expect(e).toMatchObject({ code: 'policy-invalid', rule: 'KPI-2', issues: [{ path: ['indicators', 0, 'method'], rule: 'KPI-2' }] });
    expect(e && 'issues' in e && e.issues[0]!.messages).toEqual({
      en: 'the ratio method contradicts "cost-per-click" (lower is better); use inverse / piecewise (threshold > target > stretch)',
      'zh-CN': 'ratio 方法与“cost-per-click”（越低越好）相悖；应使用 inverse / piecewise (threshold > target > stretch)',
      'zh-TW': 'ratio 方法與「cost-per-click」（越低越好）相悖；應使用 inverse / piecewise (threshold > target > stretch)',
    });
    expect(e?.messages['zh-CN']).toBe('考核表配置无效：indicators.0.method ratio 方法与“cost-per-click”（越低越好）相悖；应使用 inverse / piecewise (threshold > target > stretch)');
    expect(checkScorecard(card({ metric: 'cost-per-click', target: 200, method: 'inverse' }), builtInMetrics).ok).toBe(true);
  });

  it('KPI-2: inverse on a higher-is-better metric is refused', () => {
    expect(refusal(card({ metric: 'market-share', target: 0.15, method: 'inverse' }))).toMatchObject({ issues: [{ path: ['indicators', 0, 'method'] }] });
  });

  it('KPI-2: a piecewise scale must run the way the metric improves', () => {
    const rising = { threshold: 50, stretch: 150, thresholdAttainment: 0.6 };
    const falling = { threshold: 150, stretch: 50, thresholdAttainment: 0.6 };
    expect(checkScorecard(card({ metric: 'cost-per-acquisition', method: 'piecewise', piecewise: falling }), builtInMetrics).ok).toBe(true);
    expect(refusal(card({ metric: 'cost-per-acquisition', method: 'piecewise', piecewise: rising }))).toMatchObject({ issues: [{ path: ['indicators', 0, 'piecewise'] }] });
    expect(checkScorecard(card({ metric: 'reads', method: 'piecewise', piecewise: rising }), builtInMetrics).ok).toBe(true);
    expect(refusal(card({ metric: 'reads', method: 'piecewise', piecewise: falling }))?.message).toContain('higher is better');
  });

  it('KPI-2: a best-within-a-band metric is scored only by the band method, and the band method only scores such metrics', () => {
    const band = { low: 0.95, high: 1.05, tolerance: 0.2 };
    expect(checkScorecard(card({ metric: 'budget-execution-rate', target: 1, method: 'band', band, cap: 1 }), builtInMetrics).ok).toBe(true);
    for (const method of ['ratio', 'inverse'] as const) {
      expect(refusal(card({ metric: 'budget-execution-rate', target: 1, method }))).toMatchObject({ issues: [{ path: ['indicators', 0, 'method'] }] });
    }
    expect(refusal(card({ metric: 'budget-variance', method: 'piecewise', piecewise: { threshold: 0, stretch: 200, thresholdAttainment: 0.5 } }))).toMatchObject({ issues: [{ path: ['indicators', 0, 'piecewise'] }] });
    // A band on a higher-is-better metric would penalise results above the band.
    expect(refusal(card({ metric: 'sales', method: 'band', band: { low: 90, high: 110, tolerance: 50 } }))).toMatchObject({ issues: [{ path: ['indicators', 0, 'method'] }] });
  });

  it('KPI-2: scoring refuses a contradicting card before computing anything, and the policy check reports it under its scorecard', () => {
    const bad = card({ metric: 'cost-per-click', target: 200, method: 'ratio' });
    const r = scoreScorecard(bad, { inputs: { cost: 6000, adClicks: 30 } }, defaultKpiPolicy, builtInMetrics);
    expect(r.ok || r.error).toMatchObject({ code: 'policy-invalid', rule: 'KPI-2' });
    const problems = kpiPolicyProblems({ ...defaultKpiPolicy, scorecards: [bad] }, defaultOrg);
    expect(problems.map((p) => p.path)).toEqual([['scorecards', 0, 'indicators', 0, 'method']]);
    expect(scorecardProblems(bad, builtInMetrics)[0]?.path).toEqual(['indicators', 0, 'method']);
  });

  it('KPI-2: the direction of a host metric is checked against the catalogue passed in', () => {
    const wait = { ...metricById('reads')!, id: 'response-minutes', direction: 'lower' as const, formula: { kind: 'sum' as const, terms: [{ input: 'minutes' }] } };
    const c = card({ metric: 'response-minutes', target: 30, method: 'ratio' });
    expect(checkScorecard(c, [...builtInMetrics, wait]).ok).toBe(false);
    expect(checkScorecard({ ...c, indicators: [{ ...c.indicators[0]!, method: 'inverse' }] }, [...builtInMetrics, wait]).ok).toBe(true);
  });

  it('KPI-2: the check accepts exactly the methods that fit the direction, and an accepted card never rewards a worse value', () => {
    const method = fc.constantFrom<AttainmentMethod>('ratio', 'inverse', 'band', 'piecewise');
    const num = fc.double({ min: -1000, max: 1000, noNaN: true });
    const spec = fc.record({
      metric: fc.constantFrom(...builtInMetrics.map((m) => m.id)),
      method,
      target: num,
      band: fc.record({ low: num, high: num, tolerance: fc.double({ min: 0.01, max: 100, noNaN: true }) }),
      piecewise: fc.record({ threshold: num, stretch: num, thresholdAttainment: fc.double({ min: 0, max: 1, noNaN: true }) }),
    });
    fc.assert(
      fc.property(spec, num, fc.double({ min: 0, max: 1000, noNaN: true }), (s, actual, delta) => {
        const c = card(s);
        const ind = c.indicators[0]!;
        const direction = metricById(s.metric)!.direction;
        const accepted = checkScorecard(c, builtInMetrics).ok;
        const rising = s.piecewise.threshold < s.target && s.target < s.piecewise.stretch;
        const falling = s.piecewise.threshold > s.target && s.target > s.piecewise.stretch;
        const fits = { higher: s.method === 'ratio' || (s.method === 'piecewise' && rising), lower: s.method === 'inverse' || (s.method === 'piecewise' && falling), band: s.method === 'band' }[direction];
        const parametersOk = s.method === 'band' ? s.band.low <= s.band.high : s.method === 'piecewise' || s.target > 0;
        expect(accepted).toBe(fits && parametersOk);
        if (!accepted || direction === 'band') return;
        const worse = direction === 'higher' ? actual : actual + delta;
        const better = direction === 'higher' ? actual + delta : actual;
        const [hi, lo] = [attainment(ind, better), attainment(ind, worse)];
        // An accepted indicator has a usable target: attainment always has a value.
        if (hi === null || lo === null) throw new Error('no attainment for an accepted indicator');
        expect(hi).toBeGreaterThanOrEqual(lo - 1e-12);
      }),
      { numRuns: 1500 },
    );
  }, 60_000);
});
