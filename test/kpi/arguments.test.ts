import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GovernanceError, Result } from '../../src/core/result.js';
import { appraisalCyclesOf, appraisalsDue, builtInMetrics, checkScorecard, chooseWeights, defaultKpiPolicy, scoreOverMonths, scoreScorecard, type ScoreData, type ScorecardSpec } from '../../src/kpi/index.js';

const kpi = defaultKpiPolicy;
const card: ScorecardSpec = kpi.scorecards.find((c) => c.id === 'marketing-team')!;
const inputs = { sales: 130, marketSales: 800, followersStart: 200, followersEnd: 211, conversions: 54, visitors: 2000, likes: 30, shares: 8, comments: 6, reach: 1000 };
const never = <T>(v: unknown) => v as T;

function refusal(r: Result<unknown>): GovernanceError {
  if (r.ok) throw new Error('expected a refusal');
  return r.error;
}
const firstPath = (r: Result<unknown>) => {
  const e = refusal(r);
  return e.code === 'invalid-input' ? e.issues.map((i) => i.path.join('.')) : [];
};

describe('scoring arguments are checked, never thrown on', () => {
  it('a missing catalogue is invalid-input naming the catalogue, in every locale', () => {
    for (const r of [
      scoreScorecard(card, { inputs }, kpi, never(undefined)),
      checkScorecard(card, never(undefined)),
      scoreOverMonths(card, [{ inputs }], kpi, never(undefined)),
    ]) {
      const e = refusal(r);
      expect(e).toMatchObject({ code: 'invalid-input', issues: [{ path: ['catalogue'], message: 'must be MetricDefinition[] (builtInMetrics)' }] });
      expect(e.messages).toEqual({
        en: 'Invalid input at catalogue: must be MetricDefinition[] (builtInMetrics)',
        'zh-CN': '输入无效：catalogue 须为 MetricDefinition[] (builtInMetrics)',
        'zh-TW': '輸入無效：catalogue 須為 MetricDefinition[] (builtInMetrics)',
      });
    }
  });

  it('a malformed catalogue entry the card uses is named by its path', () => {
    const broken = builtInMetrics.map((m) => (m.id === 'market-share' ? { ...m, formula: { kind: 'ratio', numerator: [{ input: 7 }] } } : m));
    expect(firstPath(scoreScorecard(card, { inputs }, kpi, never(broken)))).toEqual([
      'catalogue.21.formula.numerator.0.input',
      'catalogue.21.formula.denominator',
    ]);
    expect(firstPath(checkScorecard(card, never([...builtInMetrics, null])))).toEqual([`catalogue.${builtInMetrics.length}`]);
  });

  it('a malformed card, data, policy section or options is invalid-input, each path starting with the argument', () => {
    const cases: Array<[Result<unknown>, string[]]> = [
      [scoreScorecard(never(null), { inputs }, kpi, builtInMetrics), ['card']],
      [scoreScorecard(never({ ...card, indicators: 'all' }), { inputs }, kpi, builtInMetrics), ['card.indicators']],
      [scoreScorecard(never({ ...card, indicators: [{ ...card.indicators[0], weightBp: '2500', method: 'vibes' }] }), { inputs }, kpi, builtInMetrics), ['card.indicators.0.weightBp', 'card.indicators.0.method']],
      [scoreScorecard(card, never(null), kpi, builtInMetrics), ['data']],
      [scoreScorecard(card, never({ periods: [inputs, null, 3] }), kpi, builtInMetrics), ['data.periods.1', 'data.periods.2']],
      [scoreScorecard(card, never({ columns: { columns: { sales: 'lots' }, length: -1 } }), kpi, builtInMetrics), ['data.columns.length', 'data.columns.columns.sales']],
      [scoreScorecard(card, never({ inputs, periods: [inputs] }), kpi, builtInMetrics), ['data']],
      [scoreScorecard(card, never({ inputs, targets: { 'market-share': 'high' }, vetoes: [1] }), kpi, builtInMetrics), ['data.targets.market-share', 'data.vetoes.0']],
      [scoreScorecard(card, { inputs }, never(undefined), builtInMetrics), ['kpi']],
      [scoreScorecard(card, { inputs }, never({ ...kpi, bands: null, notAssessable: 'skip' }), builtInMetrics), ['kpi.bands', 'kpi.notAssessable']],
      [scoreOverMonths(card, [{ inputs }], never({ ...kpi, annualRollup: undefined }), builtInMetrics), ['kpi.annualRollup']],
      [scoreOverMonths(card, never({ inputs }), kpi, builtInMetrics), ['months']],
      [scoreOverMonths(card, never([{ inputs, weight: -1 }, 'march']), kpi, builtInMetrics), ['months.0.weight', 'months.1']],
      [scoreScorecard(card, { inputs }, kpi, builtInMetrics, never({ decimals: 2.5, rounding: 'up' })), ['options.decimals', 'options.rounding']],
      [checkScorecard(never({ id: 'c' }), builtInMetrics), ['card.indicators']],
    ];
    for (const [r, paths] of cases) {
      expect(refusal(r).code).toBe('invalid-input');
      expect(firstPath(r)).toEqual(paths);
    }
    const e = refusal(scoreScorecard(card, never({ inputs, periods: [inputs] }), kpi, builtInMetrics));
    expect(e.message).toBe('Invalid input at data: must be { inputs } | { periods } | { columns }');
  });

  it('KPI-4: a veto the policy does not define is refused, at its place in the data', () => {
    expect(refusal(scoreScorecard(card, { inputs, vetoes: ['bad-hair-day'] }, kpi, builtInMetrics))).toMatchObject({ code: 'invalid-input', rule: 'KPI-4', issues: [{ path: ['data', 'vetoes', 0] }] });
    expect(refusal(scoreOverMonths(card, [{ inputs }, { inputs, vetoes: ['serious-violation', 'bad-hair-day'] }], kpi, builtInMetrics))).toMatchObject({ issues: [{ path: ['months', 1, 'vetoes', 1] }] });
  });

  it('KPI-3: a target override must suit its method as the card’s own target does', () => {
    const r = scoreScorecard(card, { inputs, targets: { 'market-share': 0 } }, kpi, builtInMetrics);
    expect(refusal(r)).toMatchObject({ code: 'invalid-input', rule: 'KPI-3', issues: [{ path: ['data', 'targets', 'market-share'], message: 'needs target > 0', rule: 'KPI-3' }] });
  });

  it('whatever is passed in any argument, scoring returns ok or a typed refusal, never throws, never NaN', () => {
    const data = fc.oneof(
      fc.anything(),
      fc.record({ inputs: fc.dictionary(fc.constantFrom('sales', 'marketSales', 'reach', 'likes', '__proto__', 'constructor'), fc.oneof(fc.double(), fc.anything())) }, { requiredKeys: [] }),
      fc.record({ periods: fc.array(fc.oneof(fc.constant(inputs), fc.anything()), { maxLength: 4 }), vetoes: fc.array(fc.oneof(fc.constantFrom(...kpi.vetoes.map((v) => v.id)), fc.anything()), { maxLength: 2 }) }, { requiredKeys: [] }),
      fc.record({ columns: fc.record({ columns: fc.dictionary(fc.constantFrom('sales', 'marketSales', 'visitors'), fc.oneof(fc.array(fc.double()), fc.anything())), length: fc.oneof(fc.nat(4), fc.anything()) }) }),
      fc.record({ inputs: fc.constant(inputs), observations: fc.dictionary(fc.constantFrom('teamwork', 'market-share', '__proto__'), fc.oneof(fc.array(fc.oneof(fc.double(), fc.anything()), { maxLength: 3 }), fc.anything())) }),
    );
    const arg = <T>(valid: T) => fc.oneof({ arbitrary: fc.constant(valid), weight: 3 }, { arbitrary: fc.anything(), weight: 1 }, { arbitrary: fc.constant(undefined), weight: 1 });
    const codes = ['invalid-input', 'policy-invalid'];
    fc.assert(
      fc.property(arg(card), data, arg(kpi), arg(builtInMetrics), arg({ decimals: 2 }), (c, d, k, cat, opts) => {
        for (const r of [
          scoreScorecard(never(c), never<ScoreData>(d), never(k), never(cat), never(opts)),
          checkScorecard(never(c), never(cat)),
          scoreOverMonths(never(c), never([d, d]), never(k), never(cat), never(opts)),
        ]) {
          if (r.ok) {
            const v = r.value as { score?: number | null };
            if ('score' in v) expect(v.score === null || Number.isFinite(v.score)).toBe(true);
          } else {
            expect(codes).toContain(r.error.code);
            if (r.error.code === 'invalid-input') for (const i of r.error.issues) expect(['card', 'data', 'months', 'kpi', 'catalogue', 'options']).toContain(i.path[0]);
          }
        }
      }),
      { numRuns: 400 },
    );
  }, 60_000);

  it('KPI-3: columns declared far longer than they are cost no more than their cells, and short ones are partial periods', () => {
    // S2 數據收集與整理.2 確保數據的準確性和完整性
    const staff = kpi.scorecards.find((c) => c.id === 'marketing-staff')!;
    const ranking: ScorecardSpec = { ...staff, indicators: [{ metric: 'search-ranking', weightBp: 10_000, target: 4, method: 'inverse', floor: 0, cap: 1.2 }] };
    const columns = { columns: { sales: [1], conversions: [1, 2], visitors: [9, 9], teamworkRating: [4], searchPosition: [4] }, length: 2 ** 31 };
    const started = Date.now();
    expect(firstPath(scoreScorecard(staff, { columns }, kpi, builtInMetrics))).toEqual(['data.columns.columns.sales.1', 'data.columns.columns.conversions.2', 'data.columns.columns.visitors.2']);
    const r = scoreScorecard(ranking, { columns }, kpi, builtInMetrics);
    expect(r.ok && r.value.rows[0]!.actual).toEqual({ value: 4 });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('KPI-2: chooseWeights refuses a malformed context or weight set as invalid-input, never throws', () => {
    // S2 指標設定.2 根據不同的營銷目標和活動類型，確定各項指標的權重
    const market = kpi.scorecards.find((c) => c.id === 'market-department')!;
    expect(refusal(chooseWeights(market, never(null)))).toMatchObject({ code: 'invalid-input', rule: 'KPI-2', issues: [{ path: ['context'], message: 'must be object' }] });
    expect(firstPath(chooseWeights({ ...market, weightSets: never([null]) }, { campaignType: 'live-commerce' }))).toEqual(['card.weightSets.0']);
    expect(firstPath(chooseWeights(never(undefined), {}))).toEqual(['card']);
    expect(firstPath(chooseWeights(market, never({ goal: 5 })))).toEqual(['context.goal']);
    const choice = chooseWeights(market, { campaignType: 'live-commerce' });
    expect(choice.ok && choice.value.set).toBe(2);
  });

  it('KPI-2: a goal or campaign type inherited from a prototype chooses no weight set', () => {
    // S2 指標設定.2 根據不同的營銷目標和活動類型: only what the context itself names
    const market = kpi.scorecards.find((c) => c.id === 'market-department')!;
    const inherited = never<{ campaignType: string }>(Object.create({ campaignType: 'live-commerce' }));
    const data = { inputs: { participants: 5000, likes: 10000, shares: 5000, comments: 5000, conversions: 250, partnerScoreTotal: 45, partnerResponses: 10 } };
    const r = scoreScorecard(market, { ...data, context: inherited }, kpi, builtInMetrics);
    expect(r.ok && r.value.weighting.set).toBeNull();
    const picked = chooseWeights(market, inherited);
    expect(picked.ok && picked.value.set).toBeNull();
    const year = scoreOverMonths(market, [{ ...data, context: inherited }], kpi, builtInMetrics);
    expect(year.ok && year.value.weighting.set).toBeNull();
  });

  it('KPI-3: appraisalsDue refuses a malformed KPI section or month, and a section without cycles runs the seed’s', () => {
    // S3 §6.2.2 采用月度考核與年度考核相結合
    expect(refusal(appraisalsDue(never(null), '2026-03'))).toMatchObject({ code: 'invalid-input', rule: 'KPI-3', issues: [{ path: ['kpi'] }] });
    expect(firstPath(appraisalsDue(never({ scorecards: [null] }), '2026-03'))).toEqual(['kpi.scorecards.0']);
    expect(firstPath(appraisalsDue(never({ scorecards: [{ id: 'x', cycles: ['weekly'] }] }), '2026-03'))).toEqual(['kpi.scorecards.0.cycles.0']);
    expect(firstPath(appraisalsDue(kpi, never(202603)))).toEqual(['month']);
    expect(refusal(appraisalsDue(kpi, never({ toString: 0 })))).toMatchObject({ issues: [{ path: ['month'], message: '"object" is not a month key (YYYY-MM)' }] });
    const { cycles: _, ...older } = kpi;
    const due = appraisalsDue(never(older), '2026-12');
    expect(due.ok && due.value.filter((a) => a.scorecard === 'marketing-team').map((a) => a.cycle)).toEqual(['month', 'year']);
    expect(appraisalCyclesOf(kpi.scorecards[0]!, never({}))).toEqual(['month', 'year']);
    // A scorecard's cycles inherited from a prototype are not its own.
    expect(appraisalCyclesOf(never(Object.create({ cycles: ['quarter'] })), kpi)).toEqual(['month', 'year']);
  });

  it('KPI-2: whatever is passed, chooseWeights and appraisalsDue return a result, never throw', () => {
    // S2 指標設定.2; S3 §6.2.2
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (a, b, c) => {
        for (const r of [chooseWeights(never(a), never(b)), chooseWeights(card, never(b)), appraisalsDue(never(a), never(c)), appraisalsDue(kpi, never(c))]) {
          expect(typeof r.ok).toBe('boolean');
          if (!r.ok) expect(r.error.code).toBe('invalid-input');
        }
      }),
      { numRuns: 300 },
    );
  });
});
