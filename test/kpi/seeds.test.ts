// What the seeds ask of indicators, scorecards and cycles beyond S0 art.14: the metrics they name, the
// individual and network-operations scorecards, weights by goal and campaign type, campaign effect, and
// the appraisal cycles as policy data.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GovernanceError, Result } from '../../src/core/result.js';
import {
  appraisalCyclesOf,
  appraisalsDue,
  builtInMetrics,
  checkScorecard,
  chooseWeights,
  decomposeByMonth,
  decomposeByOwner,
  defaultKpiPolicy,
  explainScore,
  KpiPolicySchema,
  kpiPolicyProblems,
  metricById,
  metricLabel,
  proxyLabel,
  rollupMetric,
  scorecardProblems,
  scoreOverMonths,
  scoreScorecard,
  targetsFor,
  type KpiPolicy,
  type MetricDefinition,
  type ScorecardSpec,
} from '../../src/kpi/index.js';
import { en } from '../../src/kpi/locale/en.js';
import { zhCN } from '../../src/kpi/locale/zh-CN.js';
import { zhTW } from '../../src/kpi/locale/zh-TW.js';
import { defaultOrg } from '../../src/org/policy.js';

const kpi = defaultKpiPolicy;
const labels = { 'zh-CN': '测试', 'zh-TW': '測試', en: 'Test' };
const m = (id: string): MetricDefinition => {
  const def = metricById(id);
  if (!def) throw new Error(`no metric ${id}`);
  return def;
};
const cardOf = (id: string): ScorecardSpec => {
  const card = kpi.scorecards.find((c) => c.id === id);
  if (!card) throw new Error(`no scorecard ${id}`);
  return card;
};
function refusal(r: Result<unknown>): GovernanceError {
  if (r.ok) throw new Error('expected a refusal');
  return r.error;
}
const issuesOf = (r: Result<unknown>) => {
  const e = refusal(r);
  return e.code === 'invalid-input' || e.code === 'policy-invalid' ? e.issues.map((i) => `${i.path.join('.')}: ${i.message}`) : [];
};
const value = <T>(r: Result<T>): T => {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
};
const problems = (k: KpiPolicy) => kpiPolicyProblems(k, defaultOrg).map((p) => `${p.path.join('.')}: ${p.message}`);
const single = (metric: string, over: Partial<ScorecardSpec['indicators'][number]> = {}): ScorecardSpec => ({
  id: 'single',
  labels,
  department: 'marketing',
  indicators: [{ metric, weightBp: 10_000, target: 1, method: 'ratio', floor: 0, cap: 1.2, ...over }],
});

describe('KPI-1: the metrics the seeds name', () => {
  it('KPI-1: posting count sums and posting frequency is posts per week recomputed over periods', () => {
    // S4 §3.3 提升微信公众号、APP的頻次、次數及瀏覽和轉化率
    const weeks = [
      { posts: 10, weeks: 2 },
      { posts: 3, weeks: 1 },
    ];
    expect(rollupMetric(m('posting-count'), weeks)).toEqual({ value: 13 });
    // 13 posts in 3 weeks, not the mean of 5 and 3 per week.
    expect(rollupMetric(m('posting-frequency'), weeks).value).toBeCloseTo(13 / 3, 12);
    expect([m('posting-frequency').direction, m('posting-count').direction]).toEqual(['higher', 'higher']);
    expect(rollupMetric(m('posting-frequency'), [{ posts: 4, weeks: 0 }])).toEqual({ value: null, reason: 'zero-denominator' });
  });

  it('KPI-1: organic traffic is a count that sums over periods', () => {
    // S3 §3.1.4 提高網站在搜索引擎中的排名，增加自然流量
    expect(rollupMetric(m('organic-visits'), [{ organicVisits: 1200 }, { organicVisits: 800 }])).toEqual({ value: 2000 });
    expect(m('organic-visits')).toMatchObject({ unit: 'count', direction: 'higher', aggregation: 'recompute' });
  });

  it('KPI-1: search ranking is lower-is-better and averaged over periods, never summed', () => {
    // S3 §3.1.4 提高網站在搜索引擎中的排名; S2 內容發布.3 提高內容在平臺上的搜索排名
    const def = m('search-ranking');
    expect(def).toMatchObject({ unit: 'rank', direction: 'lower', aggregation: 'average' });
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 1, maxLength: 24 }), (positions) => {
        const r = rollupMetric(def, positions.map((searchPosition) => ({ searchPosition })));
        const mean = positions.reduce((a, b) => a + b, 0) / positions.length;
        expect(r.value).toBeCloseTo(mean, 9);
        expect(r.value!).toBeGreaterThanOrEqual(Math.min(...positions));
        expect(r.value!).toBeLessThanOrEqual(Math.max(...positions));
      }),
      { numRuns: 200 },
    );
    // A year of third places is third place, and the row shows a position, not a sum of twelve.
    const card = single('search-ranking', { target: 3, method: 'inverse' });
    const year = value(scoreOverMonths(card, Array.from({ length: 12 }, () => ({ inputs: { searchPosition: 3 } })), kpi, builtInMetrics));
    expect(year.rows[0]).toMatchObject({ actual: { value: 3 }, inputs: { searchPosition: 3 }, attainment: 1 });
    expect(year.score).toBe(100);
    // Rising from 3rd to 1st is better; a ratio method would reward falling, and is refused.
    const better = value(scoreScorecard(card, { inputs: { searchPosition: 1 } }, kpi, builtInMetrics));
    expect(better.rows[0]!.attainment).toBe(1.2);
    expect(refusal(checkScorecard(single('search-ranking', { target: 3 }), builtInMetrics))).toMatchObject({ code: 'policy-invalid', rule: 'KPI-2' });
  });

  it('KPI-1: campaign participant count is a count that sums over campaigns', () => {
    // S3 §4.3.1 收集活動相關數據，如參與人數、互動量、轉化率
    expect(rollupMetric(m('campaign-participants'), [{ participants: 300 }, { participants: 450 }])).toEqual({ value: 750 });
    expect(metricLabel(m('campaign-participants'), zhTW)).toBe('活動參與人數');
  });

  it('KPI-1: customer satisfaction is the mean survey score, recomputed from summed scores and responses', () => {
    // S1 ch.3.2 及时回应客户反馈与投诉，提升客户满意度
    const r = rollupMetric(m('customer-satisfaction'), [
      { satisfactionScoreTotal: 90, satisfactionResponses: 20 },
      { satisfactionScoreTotal: 40, satisfactionResponses: 10 },
    ]);
    expect(r.value).toBeCloseTo(130 / 30, 12);
    expect(m('customer-satisfaction')).toMatchObject({ unit: 'points', direction: 'higher' });
  });

  it('KPI-1: teamwork is a rated metric: each rating is a rater’s score, ratings are averaged, never summed', () => {
    // S3 §6.2.1 設定關鍵績效考核指標，如營銷業績、營銷效果、團隊協作等
    expect(m('teamwork')).toMatchObject({ rating: { min: 1, max: 5 }, aggregation: 'average', unit: 'points' });
    const card = single('teamwork', { target: 4 });
    const raters = value(scoreScorecard(card, { periods: [{ teamworkRating: 4 }, { teamworkRating: 5 }, { teamworkRating: 3 }] }, kpi, builtInMetrics));
    expect(raters.rows[0]).toMatchObject({ actual: { value: 4 }, inputs: { teamworkRating: 4 }, attainment: 1 });
  });

  it('KPI-1: a rating off its metric’s scale is invalid-input at the rating, wherever it is given', () => {
    // S3 §6.2.1 團隊協作 (a score a rater gives on the policy's scale)
    const card = cardOf('marketing-staff');
    const base = { sales: 1, conversions: 1, visitors: 10 };
    const e = refusal(scoreScorecard(card, { periods: [{ ...base, teamworkRating: 4 }, { ...base, teamworkRating: 7 }] }, kpi, builtInMetrics));
    expect(e).toMatchObject({ code: 'invalid-input', rule: 'KPI-1' });
    expect(issuesOf(scoreScorecard(card, { periods: [{ ...base, teamworkRating: 4 }, { ...base, teamworkRating: 7 }] }, kpi, builtInMetrics))).toEqual([
      'data.periods.1.teamworkRating: must be a rating from 1 to 5 ("teamwork")',
    ]);
    expect(issuesOf(scoreScorecard(card, { inputs: { ...base, teamworkRating: 0 } }, kpi, builtInMetrics))).toEqual(['data.inputs.teamworkRating: must be a rating from 1 to 5 ("teamwork")']);
    const columns = { columns: { sales: [1, 1], conversions: [1, 1], visitors: [10, 10], teamworkRating: new Float64Array([4, 6]) }, length: 2 };
    expect(issuesOf(scoreScorecard(card, { columns }, kpi, builtInMetrics))).toEqual(['data.columns.columns.teamworkRating.1: must be a rating from 1 to 5 ("teamwork")']);
    expect(issuesOf(scoreOverMonths(card, [{ inputs: { ...base, teamworkRating: 3 } }, { inputs: { ...base, teamworkRating: 9 } }], kpi, builtInMetrics))).toEqual([
      'months.1.inputs.teamworkRating: must be a rating from 1 to 5 ("teamwork")',
    ]);
    // A missing rating is not an error: the indicator is not assessable, as the policy says.
    expect(value(scoreScorecard(card, { inputs: base }, kpi, builtInMetrics)).rows[2]!.attainment).toBeNull();
  });

  it('KPI-1: a host’s rated metric is one rating input on a scale, averaged or latest, never summed', () => {
    // S3 §6.2.1 團隊協作
    const rated = { id: 'peer-review', labels, formula: { kind: 'sum', terms: [{ input: 'a' }, { input: 'b' }] }, unit: 'points', direction: 'higher', aggregation: 'recompute', zero: 'null', rating: { min: 5, max: 1 } } as const;
    expect(problems({ ...kpi, metrics: [rated] })).toEqual([
      'metrics.0.rating: needs min < max',
      'metrics.0.formula: a rated metric is its one rating input',
      'metrics.0.aggregation: a rating is averaged or taken from the latest period, never summed',
    ]);
    expect(problems({ ...kpi, metrics: [{ ...rated, formula: { kind: 'sum', terms: [{ input: 'peerRating' }] }, aggregation: 'average', rating: { min: 1, max: 10 } }] })).toEqual([]);
  });

  it('KPI-1: the catalogue says where a metric is a proxy, and the guide shows it', () => {
    // S0 art.14 公關部門的績效考核包含但不限於品牌影響力、輿情處理效果、媒體報道等指標
    expect(builtInMetrics.filter((x) => x.proxy).map((x) => x.id)).toEqual([
      'engagement-rate-by-reach',
      'share-of-voice',
      'net-sentiment',
      'opinion-handled-in-time-rate',
      'weighted-media-coverage',
      'partner-satisfaction',
    ]);
    expect(m('share-of-voice').proxy).toBe('brand-influence');
    expect([zhCN, zhTW, en].map((l) => proxyLabel(m('share-of-voice'), l))).toEqual(['品牌影响力', '品牌影響力', 'brand influence']);
    const guide = readFileSync('docs/kpi.md', 'utf8');
    for (const x of builtInMetrics) if (x.proxy) expect(guide).toContain(`Proxy for ${proxyLabel(x, en)} (${proxyLabel(x, zhCN)})`);
    expect(guide).toContain('Rated 1–5 by a rater');
    // A host marks its own proxies the same way.
    const parsed = KpiPolicySchema.safeParse({ ...kpi, metrics: [{ id: 'wechat-wow', labels, formula: { kind: 'sum', terms: [{ input: 'wows' }] }, unit: 'count', direction: 'higher', aggregation: 'recompute', zero: 'null', proxy: labels }] });
    expect(parsed.success && parsed.data.metrics[0]!.proxy).toEqual(labels);
  });
});

describe('KPI-2: scorecards for people and for network operations', () => {
  it('KPI-2: an individual scorecard (營銷業績、營銷效果、團隊協作) scores a person against their share of the plan', () => {
    // S3 §6.2.1 考核指標設定…如營銷業績、營銷效果、團隊協作等; S4 §3.2 將年度的網絡運營計劃分解到個人
    const card = cardOf('marketing-staff');
    expect(card.subject).toBe('individual');
    const plan = { id: 'sales-2026', metric: 'sales', target: 1_200_000_000, period: '2026', owner: 'marketing', additive: true };
    const months = value(decomposeByMonth(plan, { kind: 'even' }));
    const march = months.find((g) => g.period === '2026-03')!;
    const people = value(decomposeByOwner(march, [{ owner: 'u-1', share: 3 }, { owner: 'u-2', share: 2 }]));
    const targets = targetsFor(people, 'u-1', '2026-03');
    expect(targets.sales).toBe((1_200_000_000 / 12) * (3 / 5));
    const r = value(scoreScorecard(card, { inputs: { sales: targets.sales!, conversions: 30, visitors: 1000, teamworkRating: 4 }, targets }, kpi, builtInMetrics));
    expect(r.rows.map((x) => [x.metric, x.target, x.attainment])).toEqual([
      ['sales', targets.sales, 1],
      ['conversion-rate-by-visitors', 0.03, 1],
      ['teamwork', 4, 1],
    ]);
    expect([r.score, r.rating]).toEqual([100, 'S']);
  });

  it('KPI-2: network operations are scored on posting frequency, count, views and conversion, as a department and per person', () => {
    // S4 §3.3 提升微信公眾號、APP的頻次、次數及瀏覽和轉化率; §3.2 將年度的網絡運營計劃分解到個人
    const dept = cardOf('network-operations');
    const person = cardOf('network-operator');
    expect([dept.department, dept.subject ?? 'department', person.department, person.subject]).toEqual(['network-operations', 'department', 'network-operations', 'individual']);
    const plan = { id: 'posts-2026', metric: 'posting-count', target: 96, period: '2026', owner: 'network-operations', additive: true };
    const march = value(decomposeByMonth(plan, { kind: 'even' })).find((g) => g.period === '2026-03')!;
    const targets = targetsFor(value(decomposeByOwner(march, [{ owner: 'u-7', share: 1 }, { owner: 'u-8', share: 1 }])), 'u-7', '2026-03');
    expect(targets['posting-count']).toBe(4);
    // 4 posts in 4 weeks: the count is met, the frequency (1 a week against 2) half met.
    const r = value(scoreScorecard(person, { inputs: { posts: 4, weeks: 4, reads: 30_000, conversions: 30, visitors: 1000 }, targets }, kpi, builtInMetrics));
    expect(r.rows.map((x) => x.attainment)).toEqual([0.5, 1, 1, 1]);
    const expected = r.rows.reduce((s, x) => s + (x.attainment! * x.weightBp) / 100, 0);
    expect(r.score).toBeCloseTo(expected, 9);
    expect(problems(kpi)).toEqual([]);
  });

  it('KPI-2: campaign effect is participants, interactions and conversion, not participation alone', () => {
    // S3 §4.3.1 收集活動相關數據，如參與人數、互動量、轉化率; §4.3.2 根據收集的數據，評估活動的效果
    const card = cardOf('market-department');
    expect(card.indicators.map((i) => i.metric)).toEqual(['campaign-participants', 'interactions', 'campaign-conversion-rate', 'partner-satisfaction']);
    const met = { participants: 5000, likes: 10_000, shares: 5000, comments: 5000, conversions: 250, partnerScoreTotal: 45, partnerResponses: 10 };
    const full = value(scoreScorecard(card, { inputs: met }, kpi, builtInMetrics));
    expect(full.score).toBe(100);
    // Crowds that never convert no longer score full marks: the conversion weight is lost.
    const none = value(scoreScorecard(card, { inputs: { ...met, conversions: 0 } }, kpi, builtInMetrics));
    const conversionWeight = card.indicators.find((i) => i.metric === 'campaign-conversion-rate')!.weightBp / 100;
    expect(none.score).toBeCloseTo(100 - conversionWeight, 9);
    const quiet = value(scoreScorecard(card, { inputs: { ...met, likes: 0, shares: 0, comments: 0 } }, kpi, builtInMetrics));
    expect(quiet.score).toBeLessThan(100);
  });
});

describe('KPI-2: weights by marketing goal and campaign type', () => {
  const two: ScorecardSpec = {
    id: 'two',
    labels,
    department: 'market',
    indicators: [
      { metric: 'campaign-participants', weightBp: 5000, target: 100, method: 'ratio', floor: 0, cap: 1.2 },
      { metric: 'campaign-conversion-rate', weightBp: 5000, target: 0.1, method: 'ratio', floor: 0, cap: 1.2 },
    ],
  };
  const w = (a: number, b: number) => [
    { metric: 'campaign-participants', weightBp: a },
    { metric: 'campaign-conversion-rate', weightBp: b },
  ];
  const keyed: ScorecardSpec = {
    ...two,
    weightSets: [
      { goal: 'sales', weights: w(2000, 8000) },
      { campaignType: 'lottery', weights: w(8000, 2000) },
      { goal: 'sales', campaignType: 'lottery', weights: w(4000, 6000) },
    ],
  };

  it('KPI-2: the most specific matching weight set wins: goal and type, then goal, then type, else the card’s own', () => {
    // S2 指標設定.2 根據不同的營銷目標和活動類型，確定各項指標的權重
    expect(scorecardProblems(keyed, builtInMetrics)).toEqual([]);
    const pick = (goal?: string, campaignType?: string) => value(chooseWeights(keyed, { goal, campaignType })).set;
    expect([pick('sales', 'lottery'), pick('sales'), pick('sales', 'live-commerce'), pick(undefined, 'lottery'), pick('awareness', 'lottery'), pick('awareness'), pick()]).toEqual([2, 0, 0, 1, 1, null, null]);
    expect(value(chooseWeights(keyed, { goal: 'sales', campaignType: 'lottery' }))).toEqual({ set: 2, goal: 'sales', campaignType: 'lottery', weights: w(4000, 6000) });
    expect(value(chooseWeights(keyed))).toEqual({ set: null, goal: null, campaignType: null, weights: w(5000, 5000) });
  });

  it('KPI-2: the score uses the chosen weights and explains which it used', () => {
    // S2 指標設定.2 根據不同的營銷目標和活動類型，確定各項指標的權重
    const inputs = { participants: 100, conversions: 5 }; // participants met (1), conversion half met (0.5)
    const own = value(scoreScorecard(keyed, { inputs }, kpi, builtInMetrics));
    const sales = value(scoreScorecard(keyed, { inputs, context: { goal: 'sales' } }, kpi, builtInMetrics));
    const lottery = value(scoreScorecard(keyed, { inputs, context: { campaignType: 'lottery' } }, kpi, builtInMetrics));
    expect([own.score, sales.score, lottery.score]).toEqual([75, 60, 90]);
    expect(sales.rows.map((r) => r.weightBp)).toEqual([2000, 8000]);
    expect(sales.weighting).toMatchObject({ set: 0, goal: 'sales', campaignType: null });
    expect(explainScore(sales, en).split('\n').at(-1)).toBe('Weights: goal sales (#0)');
    expect(explainScore(lottery, zhCN).split('\n').at(-1)).toBe('权重: 活动类型 lottery (#1)');
    expect(explainScore(own, zhTW).split('\n').at(-1)).toBe('權重: 考核表預設');
    // The default market scorecard weighs live-commerce campaigns towards conversion.
    const market = cardOf('market-department');
    const live = value(scoreScorecard(market, { inputs: { participants: 5000, likes: 1, shares: 1, comments: 1, conversions: 0, partnerScoreTotal: 45, partnerResponses: 10 }, context: { campaignType: 'live-commerce' } }, kpi, builtInMetrics));
    expect(live.weighting).toMatchObject({ campaignType: 'live-commerce' });
    expect(live.rows.find((r) => r.metric === 'campaign-conversion-rate')!.weightBp).toBe(3000);
  });

  it('KPI-2: whatever the context, the weights used sum to 10000 and the score is their weighted attainment', () => {
    // S2 指標設定.2 根據不同的營銷目標和活動類型，確定各項指標的權重
    const keys = fc.option(fc.constantFrom('sales', 'lottery', 'brand-awareness', 'online-lottery', 'live-commerce', 'other'), { nil: undefined });
    fc.assert(
      fc.property(fc.constantFrom(keyed, cardOf('market-department')), keys, keys, fc.integer({ min: 1, max: 10_000 }), (card, goal, campaignType, participants) => {
        const inputs = { participants, conversions: Math.floor(participants / 20), likes: 10, shares: 10, comments: 10, partnerScoreTotal: 40, partnerResponses: 10 };
        const r = value(scoreScorecard(card, { inputs, context: { goal, campaignType } }, kpi, builtInMetrics));
        expect(r.weighting.weights.reduce((s, x) => s + x.weightBp, 0)).toBe(10_000);
        expect(r.rows.map((x) => x.weightBp)).toEqual(r.weighting.weights.map((x) => x.weightBp));
        const raw = r.rows.reduce((s, x) => s + (x.attainment! * x.weightBp) / 100, 0);
        expect(Math.abs(r.score! - raw)).toBeLessThanOrEqual(0.005 + 1e-9);
      }),
      { numRuns: 150 },
    );
  });

  it('KPI-2: a weight set names a goal or campaign type, its own key, and weighs every indicator to 10000', () => {
    // S2 指標設定.2 確定各項指標的權重
    const bad: ScorecardSpec = {
      ...two,
      weightSets: [
        { weights: w(5000, 5000) },
        { goal: 'sales', weights: [{ metric: 'campaign-participants', weightBp: 6000 }, { metric: 'vibes', weightBp: 4000 }] },
        { goal: 'sales', weights: w(2500.5, 7000) },
      ],
    };
    expect(issuesOf(checkScorecard(bad, builtInMetrics))).toEqual([
      'weightSets.0: needs a goal or a campaignType',
      'weightSets.1.weights.1.metric: "vibes" is not an indicator of this scorecard',
      'weightSets.1.weights: has no weight for "campaign-conversion-rate"',
      'weightSets.2: another weight set has the same goal and campaignType',
      'weightSets.2.weights.0.weightBp: must be a whole number of basis points ≥ 0',
      'weightSets.2.weights: weights sum to 9500.5 basis points, not 10000',
    ]);
    expect(problems({ ...kpi, scorecards: [bad] })[0]).toBe('scorecards.0.weightSets.0: needs a goal or a campaignType');
    expect(refusal(scoreScorecard(bad, { inputs: { participants: 1, conversions: 1 } }, kpi, builtInMetrics))).toMatchObject({ code: 'policy-invalid', rule: 'KPI-2' });
  });

  it('KPI-2: a malformed context is invalid-input, and a year is scored for one goal and campaign type', () => {
    // S2 指標設定.2 根據不同的營銷目標和活動類型，確定各項指標的權重
    const inputs = { participants: 100, conversions: 5 };
    expect(issuesOf(scoreScorecard(keyed, { inputs, context: { goal: 5 as never } }, kpi, builtInMetrics))).toEqual(['data.context.goal: must be string']);
    const e = refusal(scoreOverMonths(keyed, [{ inputs, context: { goal: 'sales' } }, { inputs }, { inputs, context: { goal: 'sales', campaignType: 'lottery' } }], kpi, builtInMetrics));
    expect(e).toMatchObject({ code: 'invalid-input', rule: 'KPI-2', issues: [{ path: ['months', 2, 'context'] }] });
    // The sales weights (20/80) apply to the whole year: recomputed, the two months' 200 participants
    // reach the cap (1.2) and conversion stays at half (24 + 40); as a mean of months, each month is 60.
    const months = [{ inputs }, { inputs, context: { goal: 'sales' } }];
    const recomputed = value(scoreOverMonths(keyed, months, kpi, builtInMetrics));
    expect([recomputed.weighting.set, recomputed.score]).toEqual([0, 64]);
    const mean = value(scoreOverMonths(keyed, months, { ...kpi, annualRollup: 'weighted-mean' }, builtInMetrics));
    expect([mean.weighting.set, mean.score]).toEqual([0, 60]);
  });
});

describe('KPI-3: appraisal cycles are policy data', () => {
  it('KPI-3: by default every scorecard is appraised monthly and annually, and older policies get that default', () => {
    // S3 §6.2.2 考核週期：採用月度考核與年度考核相結合的方式
    expect(kpi.cycles).toEqual(['month', 'year']);
    for (const card of kpi.scorecards) expect(appraisalCyclesOf(card, kpi)).toEqual(['month', 'year']);
    const { cycles: _omitted, ...older } = kpi;
    const parsed = KpiPolicySchema.safeParse(older);
    expect(parsed.success && parsed.data.cycles).toEqual(['month', 'year']);
  });

  it('KPI-3: the appraisals due at a month’s close follow the cycles, globally or per scorecard', () => {
    // S3 §6.2.2 採用月度考核與年度考核相結合的方式，及時反饋員工工作表現
    const march = value(appraisalsDue(kpi, '2026-03'));
    expect(march.map((a) => `${a.scorecard}:${a.cycle}:${a.period}`)).toEqual(kpi.scorecards.map((c) => `${c.id}:month:2026-03`));
    const december = value(appraisalsDue(kpi, '2026-12'));
    expect(december.filter((a) => a.cycle === 'year').map((a) => a.period)).toEqual(kpi.scorecards.map(() => '2026'));
    expect(december).toHaveLength(kpi.scorecards.length * 2);
    // A host runs quarterly appraisals for PR only, and only annual ones elsewhere.
    const custom: KpiPolicy = { ...kpi, cycles: ['year'], scorecards: kpi.scorecards.map((c) => (c.id === 'pr-department' ? { ...c, cycles: ['quarter', 'year'] } : c)) };
    expect(problems(custom)).toEqual([]);
    expect(value(appraisalsDue(custom, '2026-06'))).toEqual([{ scorecard: 'pr-department', cycle: 'quarter', period: '2026-Q2' }]);
    expect(value(appraisalsDue(custom, '2026-05'))).toEqual([]);
    expect(value(appraisalsDue(custom, '2026-12'))).toHaveLength(kpi.scorecards.length + 1);
  });

  it('KPI-3: a period that is not a month, an empty or repeated cycle list, and an unknown cycle are refused', () => {
    // S3 §6.2.2 採用月度考核與年度考核相結合
    for (const key of ['2026-Q1', '2026', '2026-13', 'March']) {
      expect(refusal(appraisalsDue(kpi, key))).toMatchObject({ code: 'invalid-input', rule: 'KPI-3', issues: [{ path: ['month'] }] });
    }
    const marketing = cardOf('marketing-team');
    expect(problems({ ...kpi, cycles: [], scorecards: [{ ...marketing, cycles: ['month', 'month'] }] })).toEqual([
      'scorecards.0.cycles.1: cycle "month" appears twice',
      'cycles: needs at least one appraisal cycle',
    ]);
    const r = KpiPolicySchema.safeParse({ ...kpi, cycles: ['week'] });
    expect(r.success).toBe(false);
  });
});
