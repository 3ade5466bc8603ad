import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GovernanceError, Result } from '../../src/core/result.js';
import {
  builtInMetrics,
  checkScorecard,
  defaultKpiPolicy,
  explainScore,
  kpiPolicyProblems,
  metricById,
  ratedMetricProblems,
  scoreOverMonths,
  scoreScorecard,
  type MetricDefinition,
  type ScorecardSpec,
} from '../../src/kpi/index.js';
import { en } from '../../src/kpi/locale/en.js';
import { defaultOrg } from '../../src/org/policy.js';

const kpi = defaultKpiPolicy;
const labels = { 'zh-CN': '测试', 'zh-TW': '測試', en: 'Test' };
const staff: ScorecardSpec = kpi.scorecards.find((c) => c.id === 'marketing-staff')!;
const work = { sales: 50_000_000, conversions: 30, visitors: 1000 };
const single = (metric: string, over: Partial<ScorecardSpec['indicators'][number]> = {}): ScorecardSpec => ({
  id: 'single',
  labels,
  department: 'marketing',
  indicators: [{ metric, weightBp: 10_000, target: 4, method: 'ratio', floor: 0, cap: 1.2, ...over }],
});
const ranking = single('search-ranking', { target: 5, method: 'inverse' });

function refusal(r: Result<unknown>): GovernanceError {
  if (r.ok) throw new Error('expected a refusal');
  return r.error;
}
const issuesOf = (r: Result<unknown>) => {
  const e = refusal(r);
  return e.code === 'invalid-input' || e.code === 'policy-invalid' ? e.issues.map((i) => `${i.path.join('.')}: ${i.message}`) : [];
};
const value = <T>(r: Result<T>): T => {
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe('KPI-1: several ratings or positions in one period never void the other indicators', () => {
  it('KPI-1: rows that carry only a rating are refused, never scored on the rating alone', () => {
    // S3 §6.2.1 考核指標設定…如營銷業績、營銷效果、團隊協作等: the card weighs all three, not teamwork alone
    const rated = { periods: [{ ...work, teamworkRating: 4 }, { teamworkRating: 5 }, { teamworkRating: 5 }] };
    const e = refusal(scoreScorecard(staff, rated, kpi, builtInMetrics));
    expect(e).toMatchObject({ code: 'invalid-input', rule: 'KPI-3' });
    expect(issuesOf(scoreScorecard(staff, rated, kpi, builtInMetrics))).toEqual(
      ['sales', 'conversions', 'visitors'].map((x) => `data.periods.1.${x}: is missing from this row while other rows report it: a partial period is not summed; several ratings or positions of one period go in observations`),
    );
    // A poor month with great teamwork is not a 110.
    const poor = { periods: [{ sales: 1, conversions: 0, visitors: 1000, teamworkRating: 5 }, { teamworkRating: 5 }, { teamworkRating: 5 }] };
    expect(refusal(scoreScorecard(staff, poor, kpi, builtInMetrics)).code).toBe('invalid-input');
  });

  it('KPI-1: several raters’ ratings of a period go in observations, and every indicator counts', () => {
    // S3 §6.2.1 團隊協作 (each rater's score on the policy's scale)
    const r = value(scoreScorecard(staff, { inputs: work, observations: { teamwork: [4, 5, 5] } }, kpi, builtInMetrics));
    expect(r.rows.map((x) => [x.metric, x.attainment === null ? null : x.contribution > 0])).toEqual([
      ['sales', true],
      ['conversion-rate-by-visitors', true],
      ['teamwork', true],
    ]);
    expect(r.rows[2]).toMatchObject({ actual: { value: 14 / 3 }, inputs: { teamworkRating: 14 / 3 } });
    // Sales and conversion at target (40 + 35), teamwork 14/3 on the piecewise scale from 4 to 5.
    expect(r.score).toBeCloseTo(75 + 25 * (1 + (0.1 * (14 / 3 - 4)) / 1), 2);
    const poor = value(scoreScorecard(staff, { inputs: { sales: 1, conversions: 0, visitors: 1000 }, observations: { teamwork: [5, 5, 5] } }, kpi, builtInMetrics));
    expect(poor.score).toBe(27.5);
    expect(explainScore(poor, en)).toContain('Score: 27.5');
  });

  it('KPI-1: several keywords’ positions go in observations; their mean is the period’s ranking', () => {
    // S3 §3.1.4 提高網站在搜索引擎中的排名,增加自然流量
    const card: ScorecardSpec = { ...ranking, indicators: [{ ...ranking.indicators[0]!, weightBp: 5000 }, { metric: 'organic-visits', weightBp: 5000, target: 1000, method: 'ratio', floor: 0, cap: 1.2 }] };
    const r = value(scoreScorecard(card, { inputs: { organicVisits: 1000 }, observations: { 'search-ranking': [3, 7, 5] } }, kpi, builtInMetrics));
    expect(r.rows.map((x) => [x.metric, x.actual.value, x.attainment])).toEqual([
      ['search-ranking', 5, 1],
      ['organic-visits', 1000, 1],
    ]);
    // One row per keyword, as before, voids the visits: refused.
    const perKeyword = { periods: [{ organicVisits: 1000, searchPosition: 3 }, { searchPosition: 7 }, { searchPosition: 5 }] };
    expect(issuesOf(scoreScorecard(card, perKeyword, kpi, builtInMetrics))[0]).toMatch(/^data\.periods\.1\.organicVisits: is missing from this row/);
  });

  it('KPI-1: a metric is given in rows or in observations, not both, and only averaged indicators are observed', () => {
    // S3 §6.2.1 團隊協作
    expect(issuesOf(scoreScorecard(staff, { inputs: { ...work, teamworkRating: 4 }, observations: { teamwork: [5] } }, kpi, builtInMetrics))).toEqual([
      'data.inputs.teamworkRating: "teamwork" is given in observations too: give its values in rows or in observations, not both',
    ]);
    expect(issuesOf(scoreScorecard(staff, { inputs: work, observations: { sales: [1], 'search-ranking': [2] } }, kpi, builtInMetrics))).toEqual([
      'data.observations.sales: "sales" is not an averaged indicator of this scorecard (a rating or a position)',
      'data.observations.search-ranking: "search-ranking" is not an averaged indicator of this scorecard (a rating or a position)',
    ]);
    expect(issuesOf(scoreScorecard(staff, { inputs: work, observations: { teamwork: [4, 6, Number.NaN] } }, kpi, builtInMetrics))).toEqual([
      'data.observations.teamwork.1: must be a rating from 1 to 5 ("teamwork")',
      'data.observations.teamwork.2: must be a finite number',
    ]);
    expect(issuesOf(scoreScorecard(staff, { inputs: work, observations: { teamwork: 'five' as never } }, kpi, builtInMetrics))).toEqual(['data.observations.teamwork: must be array']);
  });

  it('KPI-3: a partial period is refused at the row that lacks an input; an input no row reports leaves its indicator not assessable', () => {
    // S2 數據收集與整理.2 對收集到的數據進行整理和清洗,確保數據的準確性和完整性
    const card = kpi.scorecards.find((c) => c.id === 'marketing-team')!;
    const month = { sales: 130, marketSales: 800, followersStart: 200, followersEnd: 211, conversions: 54, visitors: 2000, likes: 30, shares: 8, comments: 6, reach: 1000 };
    const { reach: _, ...noReach } = month;
    expect(issuesOf(scoreScorecard(card, { periods: [month, noReach] }, kpi, builtInMetrics))).toEqual(['data.periods.1.reach: is missing from this row while other rows report it: a partial period is not summed']);
    expect(issuesOf(scoreScorecard(card, { periods: [month, { ...month, likes: 'many' as never }] }, kpi, builtInMetrics))).toEqual(['data.periods.1.likes: must be a finite number']);
    const { followersEnd: __, ...noEnd } = month;
    expect(issuesOf(scoreScorecard(card, { periods: [month, noEnd] }, kpi, builtInMetrics))).toEqual(['data.periods.1.followersEnd: is missing from the latest period, which earlier periods report']);
    const columns = { columns: { ...Object.fromEntries(Object.entries(month).map(([k, v]) => [k, [v, v]])), reach: new Float64Array([1000, Number.NaN]) }, length: 2 };
    expect(issuesOf(scoreScorecard(card, { columns }, kpi, builtInMetrics))).toEqual(['data.columns.columns.reach.1: is missing from this row while other rows report it: a partial period is not summed']);
    expect(issuesOf(scoreOverMonths(card, [{ inputs: month }, { inputs: noReach }], kpi, builtInMetrics))).toEqual(['months.1.inputs.reach: is missing from this row while other rows report it: a partial period is not summed']);
    // Reach tracked nowhere: the indicator is not assessable and the policy decides (renormalise).
    const r = value(scoreScorecard(card, { periods: [noReach, noReach] }, kpi, builtInMetrics));
    expect(r.rows[3]).toMatchObject({ metric: 'engagement-rate-by-reach', actual: { value: null, reason: 'missing-input' }, effectiveWeightBp: 0 });
  });

  it('KPI-1: whatever rows a period has, an indicator is either scored or refused, never dropped for another’s rows (property)', () => {
    // S3 §6.2.1 營銷業績、營銷效果、團隊協作
    const row = fc.record(
      { sales: fc.integer({ min: 0, max: 1e8 }), conversions: fc.integer({ min: 0, max: 100 }), visitors: fc.integer({ min: 1, max: 1000 }), teamworkRating: fc.integer({ min: 1, max: 5 }) },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 6 }), (rows) => {
        const r = scoreScorecard(staff, { periods: rows }, kpi, builtInMetrics);
        const reported = (k: string) => rows.filter((x) => Object.hasOwn(x, k)).length;
        const some = ['sales', 'conversions', 'visitors'].some((k) => reported(k) > 0 && reported(k) < rows.length);
        expect(r.ok).toBe(!some);
        if (r.ok) {
          // Sales is assessable exactly when every row reports it.
          expect(r.value.rows[0]!.attainment === null).toBe(reported('sales') === 0);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('KPI-1: positions are 1 or more', () => {
  it('KPI-1: a search position below 1 is invalid-input at the position, in rows and in observations', () => {
    // S3 §3.1.4 提高網站在搜索引擎中的排名 (1 = top of the results)
    const message = 'must be a position of 1 or more ("search-ranking", 1 = top)';
    expect(issuesOf(scoreScorecard(ranking, { periods: [{ searchPosition: 30 }, { searchPosition: -30 }] }, kpi, builtInMetrics))).toEqual([`data.periods.1.searchPosition: ${message}`]);
    expect(issuesOf(scoreScorecard(ranking, { inputs: { searchPosition: 0.2 } }, kpi, builtInMetrics))).toEqual([`data.inputs.searchPosition: ${message}`]);
    expect(issuesOf(scoreScorecard(ranking, { periods: [{ searchPosition: 30 }, { searchPosition: 0 }] }, kpi, builtInMetrics))).toEqual([`data.periods.1.searchPosition: ${message}`]);
    expect(issuesOf(scoreScorecard(ranking, { observations: { 'search-ranking': [4, 0] } }, kpi, builtInMetrics))).toEqual([`data.observations.search-ranking.1: ${message}`]);
    expect(refusal(scoreScorecard(ranking, { inputs: { searchPosition: 0 } }, kpi, builtInMetrics)).rule).toBe('KPI-1');
    // An average position, as Search Console reports it, need not be whole.
    expect(value(scoreScorecard(ranking, { periods: [{ searchPosition: 3.4 }, { searchPosition: 1 }] }, kpi, builtInMetrics)).rows[0]!.actual).toEqual({ value: 2.2 });
  });
});

describe('KPI-1: a rated metric is never summed, whoever passes the catalogue', () => {
  const peer: MetricDefinition = { ...metricById('teamwork')!, id: 'peer-rating', aggregation: 'recompute' };
  const card = single('peer-rating', { cap: 10 });

  it('KPI-1: checkScorecard and scoreScorecard refuse a summed rated metric the card uses', () => {
    // S3 §6.2.1 團隊協作: five ratings of 4 are a 4, not a 20
    const catalogue = [...builtInMetrics, peer];
    const want = ['indicators.0.metric: "peer-rating": a rating is averaged or taken from the latest period, never summed'];
    expect(issuesOf(checkScorecard(card, catalogue))).toEqual(want);
    const r = scoreScorecard(card, { periods: Array.from({ length: 5 }, () => ({ teamworkRating: 4 })) }, kpi, catalogue);
    expect(refusal(r).code).toBe('policy-invalid');
    expect(issuesOf(r)).toEqual(want);
    expect(ratedMetricProblems(peer).map((p) => p.rule)).toEqual(['KPI-1']);
    // Averaged, it scores its mean.
    const averaged = [...builtInMetrics, { ...peer, aggregation: 'average' as const }];
    expect(value(scoreScorecard(card, { periods: Array.from({ length: 5 }, () => ({ teamworkRating: 4 })) }, kpi, averaged)).rows[0]!.actual).toEqual({ value: 4 });
  });

  it('KPI-1: a policy names the host metric and the card that uses it', () => {
    // S3 §6.2.1 團隊協作
    const problems = kpiPolicyProblems({ ...kpi, metrics: [peer], scorecards: [...kpi.scorecards, card] }, defaultOrg).map((p) => `${p.path.join('.')}: ${p.message}`);
    expect(problems).toEqual([
      'metrics.0.aggregation: a rating is averaged or taken from the latest period, never summed',
      `scorecards.${kpi.scorecards.length}.indicators.0.metric: "peer-rating": a rating is averaged or taken from the latest period, never summed`,
    ]);
  });
});

describe('KPI-3: ratings over several months', () => {
  const teamwork = single('teamwork');

  it('KPI-3: a year’s rating is the mean of the monthly means, whatever the number of raters', () => {
    // S3 §6.2.2 采用月度考核與年度考核相結合: each month's appraisal weighs the same in the year's
    const jan = { periods: [{ teamworkRating: 2 }] };
    const feb = { periods: Array.from({ length: 9 }, () => ({ teamworkRating: 5 })) };
    expect(value(scoreOverMonths(teamwork, [jan, feb], kpi, builtInMetrics)).rows[0]).toMatchObject({ actual: { value: 3.5 }, inputs: { teamworkRating: 3.5 } });
    const viaObservations = [{ observations: { teamwork: [2] } }, { observations: { teamwork: [5, 5, 5, 5, 5, 5, 5, 5, 5] } }];
    expect(value(scoreOverMonths(teamwork, viaObservations, kpi, builtInMetrics)).rows[0]!.actual).toEqual({ value: 3.5 });
    // A month without ratings is left out, not counted as zero.
    expect(value(scoreOverMonths(teamwork, [jan, { periods: [] }, feb], kpi, builtInMetrics)).rows[0]!.actual).toEqual({ value: 3.5 });
  });

  it('KPI-3: the year’s rating is the mean of the monthly means (property)', () => {
    // S3 §6.2.2 月度考核與年度考核相結合
    const month = fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(fc.array(month, { minLength: 1, maxLength: 12 }), (months) => {
        const means = months.map((m) => m.reduce((a, b) => a + b, 0) / m.length);
        const year = value(scoreOverMonths(teamwork, months.map((m) => ({ observations: { teamwork: m } })), kpi, builtInMetrics)).rows[0]!.actual.value!;
        expect(year).toBeCloseTo(means.reduce((a, b) => a + b, 0) / means.length, 9);
      }),
      { numRuns: 100 },
    );
  });
});
