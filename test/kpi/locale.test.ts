// The KPI domain's text lives in its locale modules; results are codes and numbers that render in any
// of the three languages.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/core/labels.js';
import {
  builtInMetrics,
  defaultKpiPolicy,
  explainScore,
  metricLabel,
  proxyLabel,
  scoreScorecard,
  type KpiLocale,
  type MetricDefinition,
  type ScorecardSpec,
} from '../../src/kpi/index.js';
import { en } from '../../src/kpi/locale/en.js';
import { zhCN } from '../../src/kpi/locale/zh-CN.js';
import { zhTW } from '../../src/kpi/locale/zh-TW.js';

const locales: readonly KpiLocale[] = [en, zhCN, zhTW];
const kpi = defaultKpiPolicy;
const marketing = kpi.scorecards.find((c) => c.id === 'marketing-team')!;
const inputs = { sales: 130_000_000, marketSales: 800_000_000, followersStart: 200_000, followersEnd: 211_000, conversions: 540, visitors: 20_000, likes: 3000, shares: 800, comments: 600, reach: 100_000 };
const cjk = /[\u3400-\u9fff]/;

function scored(card: ScorecardSpec, data: Parameters<typeof scoreScorecard>[1], catalogue: readonly MetricDefinition[] = builtInMetrics) {
  const r = scoreScorecard(card, data, kpi, catalogue);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

// The cells of an explanation's indicator lines after the name: formula, actual, target, attainment,
// weight, points (columns are split on two spaces or more; a name holds at most one).
const numbers = (table: string) => table.split('\n').slice(1, -2).map((line) => line.split(/ {2,}/).slice(1));

describe('KPI locale modules', () => {
  it('KPI-1: one module per language, each naming every built-in metric and every proxy code, and nothing else', () => {
    expect(locales.map((l) => l.code).sort()).toEqual([...LOCALES].sort());
    const proxies = [...new Set(builtInMetrics.flatMap((m) => (typeof m.proxy === 'string' ? [m.proxy] : [])))];
    expect(proxies).toHaveLength(6);
    for (const l of locales) {
      expect(Object.keys(l.metrics).sort(), l.code).toEqual(builtInMetrics.map((m) => m.id).sort());
      expect(Object.keys(l.proxies).sort(), l.code).toEqual([...proxies].sort());
      for (const text of [...Object.values(l.metrics), ...Object.values(l.proxies), ...Object.values(l.reasons), ...Object.values(l.explain).flat()]) {
        expect(text.trim(), l.code).not.toBe('');
        // Chinese text in the Chinese modules, none in the English one.
        if (l.code === 'en') expect(text, text).not.toMatch(cjk);
      }
    }
    expect(Object.values(zhCN.metrics).every((t) => cjk.test(t))).toBe(true);
    expect(Object.values(zhTW.metrics).every((t) => cjk.test(t))).toBe(true);
    // Traditional, not simplified: the zh-TW module is its own text.
    expect(zhTW.explain.rating).toBe('評級');
    expect(zhTW.metrics['net-sentiment']).toBe('淨情感值');
  });

  it('KPI-1: a metric is named by its own labels (a host metric), else by the locale, else by its id; prototype keys are plain ids', () => {
    const wow: MetricDefinition = { id: 'wechat-wow', labels: { 'zh-CN': '在看', 'zh-TW': '在看', en: 'Wows' }, formula: { kind: 'sum', terms: [{ input: 'wows' }] }, unit: 'count', direction: 'higher', aggregation: 'recompute', zero: 'null', proxy: { 'zh-CN': '内容认同', 'zh-TW': '內容認同', en: 'content approval' } };
    expect(locales.map((l) => metricLabel(wow, l))).toEqual(['Wows', '在看', '在看']);
    expect(locales.map((l) => proxyLabel(wow, l))).toEqual(['content approval', '内容认同', '內容認同']);
    const roi = builtInMetrics.find((m) => m.id === 'return-on-investment')!;
    expect(locales.map((l) => metricLabel(roi, l))).toEqual(['Return on investment (ROI)', '投资回报率 ROI', '投資回報率 ROI']);
    expect(proxyLabel(roi, en)).toBeUndefined();
    for (const id of ['constructor', '__proto__', 'toString', 'host-metric']) expect(metricLabel({ id }, zhCN)).toBe(id);
    expect(proxyLabel({ proxy: 'hasOwnProperty' }, en)).toBe('hasOwnProperty');
  });

  it('KPI-4: a score is codes and numbers; the same result explains itself in each language with the same figures', () => {
    const r = scored(marketing, { inputs });
    // No text of any language in the rows and the weighting: metric ids, formulas over input names,
    // numbers (the band is the policy's, with the company's own labels).
    const { band, ...rest } = r;
    expect(band?.rating).toBe('S');
    expect(JSON.stringify(rest)).not.toMatch(cjk);
    expect(JSON.stringify(rest)).not.toContain('Market share');
    const [tEn, tCN, tTW] = locales.map((l) => explainScore(r, l));
    expect(tEn!.split('\n')[1]).toMatch(/^Market share {2,}sales ÷ marketSales {2,}0\.1625 {2,}0\.15 {2,}108\.3% {2,}25% {2,}27\.08$/);
    expect(tCN!.split('\n')[1]).toMatch(/^市场份额 {2,}sales ÷ marketSales {2,}0\.1625/);
    expect(tTW!.split('\n')[1]).toMatch(/^市場份額 {2,}sales ÷ marketSales {2,}0\.1625/);
    expect([tEn, tCN, tTW].map((t) => t!.split('\n').at(-2))).toEqual(['Score: 104.58   Rating: S', '总分: 104.58   评级: S', '總分: 104.58   評級: S']);
    expect(numbers(tCN!)).toEqual(numbers(tEn!));
    expect(numbers(tTW!)).toEqual(numbers(tEn!));
  });

  it('KPI-4: a missing value, an anomaly and a veto are worded in the explanation’s language', () => {
    const card: ScorecardSpec = { id: 'ads', labels: marketing.labels, department: 'marketing', indicators: [{ metric: 'cost-per-click', weightBp: 10_000, target: 200, method: 'inverse', floor: 0, cap: 1.2 }] };
    const r = scored(card, { inputs: { cost: 5000, adClicks: 0 }, vetoes: ['serious-violation'] });
    expect(r.rows[0]!.actual).toEqual({ value: null, reason: 'zero-denominator', anomaly: true });
    expect(explainScore(r, en)).toContain('— (Zero denominator, anomaly)');
    expect(explainScore(r, zhCN)).toContain('— (分母为零，异常)');
    expect(explainScore(r, zhTW)).toContain('— (分母為零，異常)');
    const vetoed = scored(marketing, { inputs, vetoes: ['serious-violation'] });
    expect(explainScore(vetoed, en).split('\n').at(-2)).toBe('Score: 104.58   Rating: C (veto serious-violation: S → C)');
    expect(explainScore(vetoed, zhTW).split('\n').at(-2)).toBe('總分: 104.58   評級: C (否決 serious-violation: S → C)');
  });

  it('KPI-4: a host metric’s row carries its labels, a built-in one’s none', () => {
    const wow: MetricDefinition = { id: 'wechat-wow', labels: { 'zh-CN': '在看', 'zh-TW': '在看', en: 'Wows' }, formula: { kind: 'sum', terms: [{ input: 'wows' }] }, unit: 'count', direction: 'higher', aggregation: 'recompute', zero: 'null' };
    const card: ScorecardSpec = { ...marketing, indicators: [{ ...marketing.indicators[0]!, weightBp: 5000 }, { metric: 'wechat-wow', weightBp: 5000, target: 100, method: 'ratio', floor: 0, cap: 1.2 }] };
    const r = scored(card, { inputs: { ...inputs, wows: 50 } }, [...builtInMetrics, wow]);
    expect(r.rows.map((x) => x.labels)).toEqual([undefined, wow.labels]);
    expect(explainScore(r, zhTW).split('\n')[2]).toMatch(/^在看 {2,}wows {2,}50 {2,}100 {2,}50%/);
  });

  it('KPI-4: whatever the inputs, the three explanations show the same figures line for line', () => {
    const n = fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: undefined });
    fc.assert(
      fc.property(fc.record({ sales: n, marketSales: n, followersStart: n, followersEnd: n, conversions: n, visitors: n, likes: n, shares: n, comments: n, reach: n }), (raw) => {
        const data = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined)) as Record<string, number>;
        const r = scored(marketing, { inputs: data });
        const tables = locales.map((l) => explainScore(r, l));
        expect(new Set(tables.map((t) => t.split('\n').length)).size).toBe(1);
        // Reasons are words (a missing actual's, a missing attainment's): compare the figures, each missing
        // value as its dash.
        const figures = (t: string) => numbers(t).map((cells) => cells.map((c) => (c.startsWith('—') ? '—' : c)));
        expect(figures(tables[1]!)).toEqual(figures(tables[0]!));
        expect(figures(tables[2]!)).toEqual(figures(tables[0]!));
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});
