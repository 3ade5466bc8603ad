import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  attainment,
  builtInMetrics,
  checkScorecard,
  computeMetric,
  decomposeByMonth,
  decomposeByOwner,
  explainScore,
  formulaText,
  inputsByPeriod,
  targetsFor,
  metricById,
  metricLabel,
  metricInputs,
  ratingFor,
  rollupMetric,
  scoreOverMonths,
  scoreScorecard,
  sumInputs,
  defaultKpiPolicy,
  KpiPolicySchema,
  kpiPolicyProblems,
  type IndicatorSpec,
  type ScorecardSpec,
} from '../../src/kpi/index.js';
import { en } from '../../src/kpi/locale/en.js';
import { zhCN } from '../../src/kpi/locale/zh-CN.js';
import { zhTW } from '../../src/kpi/locale/zh-TW.js';
import { defaultOrg } from '../../src/org/policy.js';

const m = (id: string) => {
  const def = metricById(id);
  if (!def) throw new Error(id);
  return def;
};
const kpi = defaultKpiPolicy;
const marketing = kpi.scorecards.find((c) => c.id === 'marketing-team')!;
const month = {
  sales: 130_000_000,
  marketSales: 800_000_000,
  followersStart: 200_000,
  followersEnd: 211_000,
  conversions: 540,
  visitors: 20_000,
  likes: 3000,
  shares: 800,
  comments: 600,
  reach: 100_000,
};

describe('KPI-1: the metric catalogue', () => {
  it('KPI-1: the catalogue has every indicator the seeds and the issue name, each labelled in three languages', () => {
    const ids = builtInMetrics.map((x) => x.id);
    for (const id of [
      'new-followers', 'follower-growth-rate', 'reads', 'likes', 'shares', 'comments', 'interactions',
      'engagement-rate-by-reach', 'engagement-rate-by-impressions', 'engagement-rate-by-followers',
      'click-through-rate-site', 'click-through-rate-ads', 'conversion-rate-by-visitors', 'cost-per-click', 'cost-per-mille',
      'cost-per-acquisition', 'customer-acquisition-cost', 'return-on-investment', 'return-on-ad-spend', 'sales', 'market-share',
      'share-of-voice', 'net-sentiment', 'opinion-handled-in-time-rate', 'weighted-media-coverage', 'campaign-participation-rate',
      'budget-execution-rate', 'budget-variance',
    ]) {
      expect(ids).toContain(id);
    }
    expect(new Set(ids).size).toBe(ids.length);
    for (const def of builtInMetrics) for (const l of [en, zhCN, zhTW]) expect(Object.hasOwn(l.metrics, def.id) && metricLabel(def, l).trim() !== '', `${def.id} ${l.code}`).toBe(true);
  });

  it('KPI-1: definitions follow the published ones (Google Ads CTR, CPC, CPM; ROI)', () => {
    expect(computeMetric(m('click-through-rate-ads'), { adClicks: 30, adImpressions: 1200 })).toEqual({ value: 0.025 });
    expect(computeMetric(m('cost-per-click'), { cost: 6000, adClicks: 30 })).toEqual({ value: 200 });
    expect(computeMetric(m('cost-per-mille'), { cost: 6000, adImpressions: 1200 })).toEqual({ value: 5000 });
    expect(computeMetric(m('return-on-investment'), { revenue: 15000, cost: 10000 })).toEqual({ value: 0.5 });
    expect(computeMetric(m('return-on-ad-spend'), { revenue: 15000, cost: 10000 })).toEqual({ value: 1.5 });
    expect(computeMetric(m('budget-variance'), { spend: 9000, budget: 10000 })).toEqual({ value: -1000 });
    expect(formulaText(m('cost-per-mille'))).toBe('cost × 1000 ÷ adImpressions');
    expect(formulaText(m('return-on-investment'))).toBe('(revenue − cost) ÷ cost');
    expect(formulaText(m('weighted-media-coverage'))).toBe('3 × tier1Reports + 2 × tier2Reports + tier3Reports');
    expect(metricInputs(m('net-sentiment'))).toEqual(['positiveMentions', 'negativeMentions']);
  });

  it('KPI-1: a zero denominator gives null with the reason; spend with nothing to show is flagged, never 0', () => {
    expect(computeMetric(m('click-through-rate-site'), { clicks: 0, impressions: 0 })).toEqual({ value: null, reason: 'zero-denominator' });
    expect(computeMetric(m('cost-per-acquisition'), { cost: 5000, conversions: 0 })).toEqual({ value: null, reason: 'zero-denominator', anomaly: true });
    expect(computeMetric(m('cost-per-acquisition'), { cost: 0, conversions: 0 })).toEqual({ value: null, reason: 'zero-denominator' });
    expect(computeMetric(m('reads'), {})).toEqual({ value: null, reason: 'missing-input' });
  });

  it('KPI-1: no metric ever returns NaN or Infinity, whatever the inputs', () => {
    const value = fc.oneof(fc.double(), fc.integer(), fc.constant(0), fc.constant(null), fc.constant(undefined), fc.constant(Number.MAX_VALUE));
    fc.assert(
      fc.property(fc.constantFrom(...builtInMetrics), fc.dictionary(fc.constantFrom(...new Set(builtInMetrics.flatMap(metricInputs))), value), (def, inputs) => {
        const r = computeMetric(def, inputs);
        if (r.value !== null) expect(Number.isFinite(r.value)).toBe(true);
        const rolled = rollupMetric(def, [inputs, inputs]);
        if (rolled.value !== null) expect(Number.isFinite(rolled.value)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  }, 60_000);

  it('KPI-3: rates over several periods are a ratio of sums, equal to recomputing over the merged data', () => {
    const part = fc.record({ clicks: fc.nat(10_000), impressions: fc.nat(1_000_000) });
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 12 }), (parts) => {
        const merged = { clicks: parts.reduce((s, p) => s + p.clicks, 0), impressions: parts.reduce((s, p) => s + p.impressions, 0) };
        expect(rollupMetric(m('click-through-rate-site'), parts)).toEqual(computeMetric(m('click-through-rate-site'), merged));
      }),
      { numRuns: 300 },
    );
    const avgOfRatios = (0.1 + 0.09) / 2;
    const r = rollupMetric(m('click-through-rate-site'), [{ clicks: 1, impressions: 10 }, { clicks: 9, impressions: 100 }]);
    expect(r.value).toBeCloseTo(10 / 110, 12);
    expect(r.value).not.toBeCloseTo(avgOfRatios, 6);
    expect(sumInputs([{ a: 1 }, { a: null }])).toEqual({ a: null });
  }, 60_000);

  it('KPI-1: a host registers its own metric (WeChat 在看) as data, and scorecards may use it', () => {
    const parsed = KpiPolicySchema.safeParse({
      ...kpi,
      metrics: [{ id: 'wechat-wow-rate', labels: { 'zh-CN': '在看率', 'zh-TW': '在看率', en: 'WeChat "wow" rate' }, formula: { kind: 'ratio', numerator: [{ input: 'wows' }], denominator: [{ input: 'reads' }] }, unit: 'ratio', direction: 'higher', aggregation: 'recompute', zero: 'null' }],
      scorecards: [{ ...marketing, indicators: [...marketing.indicators.slice(0, 3), { metric: 'wechat-wow-rate', weightBp: 2500, target: 0.02, method: 'ratio', floor: 0, cap: 1.2 }] }],
    });
    if (!parsed.success) throw parsed.error;
    expect(kpiPolicyProblems(parsed.data, defaultOrg)).toEqual([]);
    const catalogue = [...builtInMetrics, ...parsed.data.metrics];
    const r = scoreScorecard(parsed.data.scorecards[0]!, { inputs: { ...month, wows: 300, reads: 10_000 } }, parsed.data, catalogue);
    expect(r.ok && r.value.rows[3]).toMatchObject({ metric: 'wechat-wow-rate', actual: { value: 0.03 }, attainment: 1.2 });
  });
});

describe('KPI-2: scorecards and weights', () => {
  it('KPI-2: the default scorecards follow S0 art.14, S3 §6.2.1 and S4 §3.2–3.3, and their weights sum to 10000 basis points', () => {
    // S0 art.14 营销团队…市场份额、用户增长、转化率、社交媒体效果; 公关部门…品牌影响力、舆情处理效果、媒体报道;
    // 市场部门…营销活动效果、合作伙伴关系管理. S3 §6.2.1 营销业绩、营销效果、团队协作.
    // S4 §3.2 将年度的网络运营计划分解到个人; §3.3 提升微信公众号、APP的频次、次数及浏览和转化率.
    expect(kpi.scorecards.map((c) => [c.subject ?? 'department', c.department, c.indicators.map((i) => i.metric)])).toEqual([
      ['department', 'marketing', ['market-share', 'follower-growth-rate', 'conversion-rate-by-visitors', 'engagement-rate-by-reach']],
      ['department', 'pr', ['share-of-voice', 'opinion-handled-in-time-rate', 'weighted-media-coverage']],
      ['department', 'market', ['campaign-participants', 'interactions', 'campaign-conversion-rate', 'partner-satisfaction']],
      ['individual', 'marketing', ['sales', 'conversion-rate-by-visitors', 'teamwork']],
      ['department', 'network-operations', ['posting-frequency', 'posting-count', 'reads', 'conversion-rate-by-visitors']],
      ['individual', 'network-operations', ['posting-frequency', 'posting-count', 'reads', 'conversion-rate-by-visitors']],
    ]);
    for (const card of kpi.scorecards) expect(card.indicators.reduce((s, i) => s + i.weightBp, 0)).toBe(10_000);
  });

  it('KPI-2: invalid weights are always refused with policy-invalid, listing every problem', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -5000, max: 12_000 }), { minLength: 1, maxLength: 6 }), (weights) => {
        const card: ScorecardSpec = { ...marketing, indicators: weights.map((w, i) => ({ metric: builtInMetrics[i]!.id, weightBp: w, target: 1, method: 'ratio', floor: 0, cap: 1 })) };
        const valid = weights.every((w) => w > 0) && weights.reduce((a, b) => a + b, 0) === 10_000;
        const r = checkScorecard(card, builtInMetrics);
        expect(r.ok).toBe(valid);
        if (!r.ok) expect(r.error).toMatchObject({ code: 'policy-invalid', rule: 'KPI-2' });
      }),
      { numRuns: 500 },
    );
    const bad = kpiPolicyProblems({ ...kpi, scorecards: [{ ...marketing, indicators: [{ ...marketing.indicators[0]!, weightBp: 9000, metric: 'vibes' }] }] }, defaultOrg);
    expect(bad.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'scorecards.0.indicators.0.metric: unknown metric "vibes"',
      'scorecards.0.indicators: weights sum to 9000 basis points, not 10000',
    ]);
    expect(bad[1]?.messages['zh-CN']).toBe('权重合计 9000 基点，应为 10000');
  }, 60_000);
});

describe('KPI-3: attainment and cycles', () => {
  const ind = (over: Partial<IndicatorSpec>): IndicatorSpec => ({ metric: 'x', weightBp: 10_000, target: 100, method: 'ratio', floor: 0, cap: 1.2, ...over });

  it('KPI-3: attainment never decreases as a higher-is-better actual grows, and stays within floor and cap', () => {
    const spec = fc.oneof(
      fc.record({ target: fc.double({ min: 0.01, max: 1e6, noNaN: true }) }).map((r) => ind({ target: r.target })),
      fc.tuple(fc.double({ min: 0, max: 100, noNaN: true }), fc.double({ min: 1, max: 100, noNaN: true }), fc.double({ min: 1, max: 100, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })).map(([th, gap1, gap2, tha]) =>
        ind({ method: 'piecewise', threshold: undefined, target: th + gap1, piecewise: { threshold: th, stretch: th + gap1 + gap2, thresholdAttainment: tha } } as never),
      ),
    );
    fc.assert(
      fc.property(spec, fc.double({ min: -1e7, max: 1e7, noNaN: true }), fc.double({ min: 0, max: 1e7, noNaN: true }), (s, a, delta) => {
        const lo = attainment(s, a);
        const hi = attainment(s, a + delta);
        if (lo === null || hi === null) throw new Error('no attainment for a usable target');
        expect(hi).toBeGreaterThanOrEqual(lo - 1e-12);
        for (const v of [lo, hi]) {
          expect(v).toBeGreaterThanOrEqual(s.floor);
          expect(v).toBeLessThanOrEqual(s.cap);
        }
      }),
      { numRuns: 1000 },
    );
  }, 60_000);

  it('KPI-3: inverse (lower is better), band and piecewise methods', () => {
    expect(attainment(ind({ method: 'inverse', target: 50 }), 40)).toBe(1.2);
    expect(attainment(ind({ method: 'inverse', target: 50 }), 100)).toBe(0.5);
    expect(attainment(ind({ method: 'inverse', target: 50 }), 0)).toBe(1.2);
    const band = ind({ method: 'band', target: 1, band: { low: 0.95, high: 1.05, tolerance: 0.2 }, cap: 1 });
    expect(attainment(band, 1.02)).toBe(1);
    expect(attainment(band, 1.15)).toBeCloseTo(0.5, 12);
    expect(attainment(band, 0.5)).toBe(0);
    const pw = ind({ method: 'piecewise', target: 0.95, piecewise: { threshold: 0.8, stretch: 1, thresholdAttainment: 0.6 }, cap: 1.1 });
    expect(attainment(pw, 0.79)).toBe(0);
    expect(attainment(pw, 0.8)).toBeCloseTo(0.6, 12);
    expect(attainment(pw, 0.95)).toBeCloseTo(1, 12);
    expect(attainment(pw, 1)).toBeCloseTo(1.1, 12);
  });

  it('KPI-3: an indicator without a value is renormalised or counted as zero, as the policy says', () => {
    const inputs = { ...month, visitors: 0 };
    const renorm = scoreScorecard(marketing, { inputs }, kpi, builtInMetrics);
    const zero = scoreScorecard(marketing, { inputs }, { ...kpi, notAssessable: 'zero' }, builtInMetrics);
    if (!renorm.ok || !zero.ok) throw new Error('refused');
    expect(renorm.value.rows[2]).toMatchObject({ attainment: null, effectiveWeightBp: 0, contribution: 0 });
    expect(renorm.value.score).toBeCloseTo((1.0833333 * 10_000 + 1.1 * 10_000 + 1.1 * 10_000) / 3 / 100, 1);
    expect(zero.value.rows[2]).toMatchObject({ attainment: null, effectiveWeightBp: 2500, contribution: 0 });
    expect(zero.value.score).toBe(82.08); // (108.33% + 110% + 0 + 110%) × 25
    const nothing = scoreScorecard(marketing, { inputs: {} }, kpi, builtInMetrics);
    expect(nothing.ok && nothing.value).toMatchObject({ score: null, rating: null });
  });

  it('KPI-3: a year from months either recomputes from summed inputs or weights the monthly scores', () => {
    const months = [
      { inputs: month },
      { inputs: { ...month, conversions: 200, sales: 90_000_000 } },
      { inputs: { ...month, conversions: 900, likes: 100 } },
    ];
    const recompute = scoreOverMonths(marketing, months, { ...kpi, annualRollup: 'recompute' }, builtInMetrics);
    const direct = scoreScorecard(marketing, { periods: months.map((x) => x.inputs) }, kpi, builtInMetrics);
    expect(recompute.ok && direct.ok && recompute.value.score).toBe(direct.ok ? direct.value.score : NaN);
    const mean = scoreOverMonths(marketing, months, { ...kpi, annualRollup: 'weighted-mean' }, builtInMetrics);
    if (!mean.ok) throw new Error(mean.error.message);
    const each = months.map((x) => {
      const r = scoreScorecard(marketing, x, kpi, builtInMetrics, { decimals: 12 });
      return r.ok ? r.value.score! : NaN;
    });
    expect(mean.value.score).toBeCloseTo(each.reduce((a, b) => a + b, 0) / 3, 2);
    expect(mean.value.monthly?.map((x) => x.weight)).toEqual([1, 1, 1]);
  });
});

describe('KPI-4: ratings, vetoes, rewards, goals', () => {
  it('KPI-4: rating bands are half-open and map to rewards (S0 art.15, S3 §6.2.3)', () => {
    expect(ratingFor(95, kpi.bands)?.rating).toBe('S');
    expect(ratingFor(94.99, kpi.bands)?.rating).toBe('A');
    expect(ratingFor(85, kpi.bands)).toMatchObject({ rating: 'A', bonusCoefficientBp: 12000, promotionEligible: true });
    expect(ratingFor(0, kpi.bands)?.rating).toBe('D');
  });

  it('KPI-4: a veto caps the rating whatever the score; the worst cap wins; unknown vetoes are refused', () => {
    const r = scoreScorecard(marketing, { inputs: month, vetoes: ['major-opinion-incident'] }, kpi, builtInMetrics);
    expect(r.ok && r.value).toMatchObject({ rating: 'C', veto: { id: 'major-opinion-incident', ratingBefore: 'S', cappedAt: 'C' } });
    const two = scoreScorecard(marketing, { inputs: month, vetoes: ['major-opinion-incident', 'published-without-review'] }, kpi, builtInMetrics);
    expect(two.ok && two.value.rating).toBe('D');
    const unknown = scoreScorecard(marketing, { inputs: month, vetoes: ['bad-hair-day'] }, kpi, builtInMetrics);
    expect(unknown.ok || unknown.error).toMatchObject({ code: 'invalid-input', rule: 'KPI-4', issues: [{ path: ['data', 'vetoes', 0] }] });
  });

  it('KPI-4: every score explains itself: inputs, formula, actual, target, attainment, weight, contribution', () => {
    const r = scoreScorecard(marketing, { inputs: month }, kpi, builtInMetrics);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.rows[0]).toMatchObject({
      metric: 'market-share',
      formula: 'sales ÷ marketSales',
      inputs: { sales: 130_000_000, marketSales: 800_000_000 },
      actual: { value: 0.1625 },
      target: 0.15,
      weightBp: 2500,
    });
    expect(r.value.rows.reduce((s, x) => s + x.contribution, 0)).toBeCloseTo(r.value.score!, 2);
    const table = explainScore(r.value, zhCN);
    expect(table).toContain('市场份额');
    expect(table).toContain('评级: S');
  });

  it('KPI-4: an annual target decomposes into months and people, summing exactly; rates stay whole', () => {
    const goal = { id: 'g', metric: 'new-followers', target: 120_001, period: '2026', owner: 'marketing', additive: true };
    const even = decomposeByMonth(goal, { kind: 'even' });
    expect(even.ok && even.value.reduce((s, g) => s + g.target, 0)).toBe(120_001);
    const seasonal = decomposeByMonth(goal, { kind: 'seasonal', weights: [6, 5, 8, 8, 9, 10, 9, 8, 8, 9, 12, 8] });
    expect(seasonal.ok && seasonal.value.map((g) => g.period)).toHaveLength(12);
    expect(seasonal.ok && seasonal.value.reduce((s, g) => s + g.target, 0)).toBe(120_001);
    expect(decomposeByMonth(goal, { kind: 'custom', weights: [1, 2] }).ok).toBe(false);
    const people = decomposeByOwner(goal, [{ owner: 'u-1', share: 2 }, { owner: 'u-2', share: 1 }]);
    expect(people.ok && people.value.map((g) => g.target)).toEqual([80_001, 40_000]);
    const rate = decomposeByMonth({ ...goal, metric: 'conversion-rate-by-visitors', target: 0.03, additive: false, period: '2026-Q1' }, { kind: 'even' });
    expect(rate.ok && rate.value.map((g) => g.target)).toEqual([0.03, 0.03, 0.03]);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 12, maxLength: 12 }), (target, weights) => {
        const r = decomposeByMonth({ ...goal, target }, { kind: 'custom', weights });
        expect(r.ok && r.value.reduce((s, g) => s + g.target, 0)).toBe(target);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});

describe('KPI-3/KPI-4: cycles and individual targets', () => {
  it('KPI-3: dated rows fall into months and quarters cut in the policy time zone', () => {
    const rows = [
      { at: '2026-03-31T15:59:59Z', reads: 1 },
      { at: '2026-03-31T16:00:00Z', reads: 2 },
      { at: new Date('2026-06-30T16:00:00Z'), reads: 4 },
    ];
    expect(inputsByPeriod(rows, 'month', 'Asia/Shanghai')).toEqual({ ok: true, value: { '2026-03': [{ reads: 1 }], '2026-04': [{ reads: 2 }], '2026-07': [{ reads: 4 }] } });
    expect(inputsByPeriod(rows, 'quarter', 'Asia/Shanghai')).toEqual({ ok: true, value: { '2026-Q1': [{ reads: 1 }], '2026-Q2': [{ reads: 2 }], '2026-Q3': [{ reads: 4 }] } });
  });

  it('KPI-4: an individual is scored against the targets decomposed to them from the annual plan (S4 §3.2)', () => {
    const goal = { id: 'g', metric: 'market-share', target: 0.2, period: '2026-Q1', owner: 'u-7', additive: false };
    const months = decomposeByMonth(goal, { kind: 'even' });
    if (!months.ok) throw new Error(months.error.message);
    const targets = targetsFor(months.value, 'u-7', '2026-02');
    expect(targets).toEqual({ 'market-share': 0.2 });
    const r = scoreScorecard(marketing, { inputs: month, targets }, kpi, builtInMetrics);
    expect(r.ok && r.value.rows[0]).toMatchObject({ target: 0.2, attainment: 0.8125 });
  });
});
