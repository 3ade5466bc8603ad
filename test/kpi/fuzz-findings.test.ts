// Defects found by fuzzing the KPI calculations: unusable targets that scored 0 in silence, a share of
// a goal that handed someone a target of 0, and month weights that made the year's score NaN. Each
// assertion failed before its fix.
import { describe, expect, it } from 'vitest';
import { en } from '../../src/kpi/locale/en.js';
import { zhCN } from '../../src/kpi/locale/zh-CN.js';
import { zhTW } from '../../src/kpi/locale/zh-TW.js';
import {
  attainment,
  builtInMetrics,
  decomposeByOwner,
  defaultKpiPolicy,
  explainScore,
  inputsByPeriod,
  notAssessedReason,
  notAssessedReasonOf,
  scoreOverMonths,
  scoreScorecard,
  type IndicatorSpec,
} from '../../src/kpi/index.js';

const ratio = (target: number): IndicatorSpec => ({ metric: 'reads', weightBp: 10_000, target, method: 'ratio', floor: 0, cap: 1.2 });
const inverse = (target: number): IndicatorSpec => ({ metric: 'cost-per-click', weightBp: 10_000, target, method: 'inverse', floor: 0, cap: 1.2 });
const card = defaultKpiPolicy.scorecards[0]!; // marketing-team
const inputs = { sales: 130_000_000, marketSales: 800_000_000, followersStart: 200_000, followersEnd: 211_000, conversions: 540, visitors: 20_000, likes: 3000, shares: 800, comments: 600, reach: 100_000 };

describe('KPI-3: an unusable target gives no attainment, with the reason', () => {
  it('KPI-3: a ratio or inverse target of 0 or below gives null attainment, reason target-not-positive', () => {
    for (const t of [0, -0, -1, -1e9]) {
      for (const ind of [ratio(t), inverse(t)]) {
        expect(attainment(ind, 150)).toBeNull();
        expect(notAssessedReasonOf(ind, 150)).toBe('target-not-positive');
      }
    }
  });

  it('KPI-3: a target of NaN or ±Infinity gives null attainment, reason target-not-finite, for every method', () => {
    for (const t of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      for (const method of ['ratio', 'inverse', 'band', 'piecewise'] as const) {
        const ind: IndicatorSpec = { ...ratio(t), method };
        expect(attainment(ind, 150)).toBeNull();
        expect(notAssessedReasonOf(ind, 150)).toBe('target-not-finite');
      }
    }
  });

  it('KPI-3: an actual that is not a finite number gives null attainment, reason no-actual', () => {
    expect(attainment(ratio(100), Number.NaN)).toBeNull();
    expect(notAssessedReasonOf(ratio(100), Number.POSITIVE_INFINITY)).toBe('no-actual');
    expect(notAssessedReasonOf(ratio(100), 50)).toBeNull();
    expect(attainment(ratio(100), 50)).toBe(0.5);
  });

  it('KPI-4: a row without attainment carries its reason, and the explanation names it in each language', () => {
    const { reach: _, ...partial } = inputs;
    const r = scoreScorecard(card, { inputs: partial }, defaultKpiPolicy, builtInMetrics);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const row = r.value.rows.find((x) => x.metric === 'engagement-rate-by-reach')!;
    expect(row.attainment).toBeNull();
    expect(row.notAssessed).toBe('no-actual');
    expect(r.value.rows.filter((x) => x.attainment !== null).every((x) => x.notAssessed === null)).toBe(true);
    for (const locale of [en, zhCN, zhTW]) {
      expect(explainScore(r.value, locale)).toContain(`— (${locale.notAssessedReason['no-actual']})`);
    }
    expect(notAssessedReason.values).toContain(row.notAssessed);
  });
});

describe('KPI-4: decomposing a goal never hands someone a target of 0', () => {
  it('KPI-4: a share too small for an owner to get any of the target is invalid-input naming the owner', () => {
    const goal = { id: 'g', metric: 'reads', target: 1, period: '2026', owner: 'mkt', additive: true };
    const r = decomposeByOwner(goal, [{ owner: 'u-1', share: 1 }, { owner: 'u-2', share: 1 }]);
    expect(r.ok).toBe(false);
    if (r.ok || r.error.code !== 'invalid-input') return;
    expect(r.error.issues[0]!.path).toEqual(['owners', 1, 'share']);
    expect(r.error.issues[0]!.message).toContain('u-2');
    expect(r.error.rule).toBe('KPI-4');
  });

  it('KPI-4: a share of 0 is invalid-input at that share', () => {
    const goal = { id: 'g', metric: 'reads', target: 1000, period: '2026', owner: 'mkt', additive: true };
    const r = decomposeByOwner(goal, [{ owner: 'u-1', share: 1 }, { owner: 'u-2', share: 0 }]);
    expect(r.ok).toBe(false);
    if (!r.ok && r.error.code === 'invalid-input') expect(r.error.issues[0]!.path).toEqual(['owners', 1, 'share']);
  });
});

describe('KPI-3: month weights never make the year NaN', () => {
  const year = { ...defaultKpiPolicy, annualRollup: 'weighted-mean' as const };

  it('KPI-3: huge equal weights give the same score as equal weights of 1', () => {
    const plain = scoreOverMonths(card, [{ inputs }, { inputs: { ...inputs, sales: 90_000_000 } }], year, builtInMetrics);
    const huge = scoreOverMonths(card, [{ inputs, weight: 1e308 }, { inputs: { ...inputs, sales: 90_000_000 }, weight: 1e308 }], year, builtInMetrics);
    expect(plain.ok && huge.ok).toBe(true);
    if (plain.ok && huge.ok) expect(huge.value.score).toBe(plain.value.score);
  });

  // A guard beside the fix: these weights were already refused by the argument check.
  it('KPI-3: a NaN or negative month weight is invalid-input naming months.k.weight', () => {
    for (const weight of [Number.NaN, -1, Number.POSITIVE_INFINITY]) {
      const r = scoreOverMonths(card, [{ inputs }, { inputs, weight }], year, builtInMetrics);
      expect(r.ok).toBe(false);
      if (!r.ok && r.error.code === 'invalid-input') expect(r.error.issues[0]!.path).toEqual(['months', 1, 'weight']);
    }
  });
});

describe('KPI-3: grouping rows by period never throws', () => {
  it('KPI-3: an invalid date is invalid-input naming the row', () => {
    const r = inputsByPeriod([{ at: '2026-03-01T00:00:00Z', reads: 1 }, { at: 'not a date', reads: 2 }], 'month', 'Asia/Shanghai');
    expect(r.ok).toBe(false);
    if (!r.ok && r.error.code === 'invalid-input') expect(r.error.issues[0]!.path).toEqual(['rows', 1, 'at']);
  });

  it('KPI-3: an unknown time zone is invalid-input naming timeZone', () => {
    const r = inputsByPeriod([{ at: '2026-03-01T00:00:00Z', reads: 1 }], 'month', 'Mars/Base');
    expect(r.ok).toBe(false);
    if (!r.ok && r.error.code === 'invalid-input') expect(r.error.issues[0]!.path).toEqual(['timeZone']);
  });

  it('KPI-3: valid rows group into their periods', () => {
    const r = inputsByPeriod([{ at: '2026-03-31T17:00:00Z', reads: 5 }], 'month', 'Asia/Shanghai');
    expect(r.ok && { ...r.value }).toEqual({ '2026-04': [{ reads: 5 }] });
  });
});
