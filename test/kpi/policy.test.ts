import { describe, expect, it } from 'vitest';
import { issuesFromZod } from '../../src/core/result.js';
import {
  annualRollupRule,
  appraisalCycle,
  attainmentMethod,
  defaultKpiPolicy,
  InputNameSchema,
  KpiPolicySchema,
  kpiPolicyProblems,
  metricAggregation,
  metricDirection,
  metricUnit,
  notAssessableRule,
  scorecardSubject,
  zeroRule,
  type KpiPolicy,
} from '../../src/kpi/index.js';
import { en } from '../../src/kpi/locale/en.js';
import { zhCN } from '../../src/kpi/locale/zh-CN.js';
import { zhTW } from '../../src/kpi/locale/zh-TW.js';
import { defaultOrg } from '../../src/org/policy.js';

const labels = { 'zh-CN': '测试', 'zh-TW': '測試', en: 'Test' };
const wow = { id: 'wechat-wow', labels, formula: { kind: 'sum', terms: [{ input: 'wows' }] }, unit: 'count', direction: 'higher', aggregation: 'recompute', zero: 'null' } as const;
const problems = (kpi: KpiPolicy) => kpiPolicyProblems(kpi, defaultOrg).map((p) => `${p.path.join('.')}: ${p.message}`);
const refused = (input: unknown) => {
  const r = KpiPolicySchema.safeParse(input);
  return r.success ? [] : issuesFromZod(r.error).map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('KPI policy section', () => {
  it('KPI-2: the default section is valid and its cross-references hold', () => {
    expect(refused(defaultKpiPolicy)).toEqual([]);
    expect(kpiPolicyProblems(defaultKpiPolicy, defaultOrg)).toEqual([]);
  });

  it('KPI-1: a host metric may not take a built-in id, nor another host metric’s', () => {
    expect(problems({ ...defaultKpiPolicy, metrics: [wow, { ...wow, id: 'sales' }, wow] })).toEqual([
      'metrics.1.id: "sales" is a built-in metric',
      'metrics.2.id: duplicate metric id "wechat-wow"',
    ]);
  });

  it('KPI-2: a scorecard names a department of the organisation, and every scorecard problem is reported under its scorecard', () => {
    const marketing = defaultKpiPolicy.scorecards[0]!;
    const kpi = { ...defaultKpiPolicy, scorecards: [marketing, { ...marketing, department: 'sales', indicators: [{ ...marketing.indicators[0]!, metric: 'cost-per-click', target: 200 }] }] };
    expect(problems(kpi)).toEqual([
      'scorecards.1.id: duplicate scorecard id "marketing-team"',
      'scorecards.1.department: unknown department "sales"',
      'scorecards.1.indicators.0.method: the ratio method contradicts "cost-per-click" (lower is better); use inverse / piecewise (threshold > target > stretch)',
      'scorecards.1.indicators: weights sum to 2500 basis points, not 10000',
    ]);
  });

  it('KPI-4: a veto caps at a rating some band has, and ratings and veto ids are unique', () => {
    const [s, a] = defaultKpiPolicy.bands;
    const kpi = { ...defaultKpiPolicy, bands: [s!, { ...a!, rating: 'S' }], vetoes: [{ id: 'v', labels, capRating: 'C' }, { id: 'v', labels, capRating: 'S' }] };
    expect(problems(kpi)).toEqual(['bands.1.rating: duplicate rating "S"', 'vetoes.1.id: duplicate veto id "v"', 'vetoes.0.capRating: unknown rating "C"']);
  });

  it('every problem is worded in zh-CN, zh-TW and en, and names the rule it serves', () => {
    const kpi = { ...defaultKpiPolicy, metrics: [{ ...wow, id: 'sales' }], scorecards: [{ ...defaultKpiPolicy.scorecards[0]!, department: 'sales' }], vetoes: [{ id: 'v', labels, capRating: 'Z' }] };
    const found = kpiPolicyProblems(kpi, defaultOrg);
    expect(found.map((p) => [p.rule, p.messages['zh-CN'], p.messages['zh-TW']])).toEqual([
      ['KPI-1', '“sales”是内置指标', '「sales」是內建指標'],
      ['KPI-2', '未知部门“sales”', '未知部門「sales」'],
      ['KPI-4', '未知评级“Z”', '未知評級「Z」'],
    ]);
  });

  it('every string and list of the section is bounded, and ids follow the policy-key form', () => {
    const marketing = defaultKpiPolicy.scorecards[0]!;
    const long = 'x'.repeat(81);
    const paths = (input: unknown) => refused(input).map((m) => m.slice(0, m.indexOf(':')));
    expect(paths({ ...defaultKpiPolicy, metrics: [{ ...wow, id: long, formula: { kind: 'sum', terms: [{ input: 'y'.repeat(81) }] }, source: 's'.repeat(201) }] })).toEqual([
      'metrics.0.id',
      'metrics.0.formula.terms.0.input',
      'metrics.0.source',
    ]);
    expect(paths({ ...defaultKpiPolicy, metrics: [{ ...wow, formula: { kind: 'sum', terms: Array.from({ length: 101 }, () => ({ input: 'a' })) } }] })).toEqual(['metrics.0.formula.terms']);
    expect(paths({ ...defaultKpiPolicy, scorecards: [{ ...marketing, labels: { ...labels, en: 'L'.repeat(201) }, indicators: Array.from({ length: 101 }, () => marketing.indicators[0]) }] })).toEqual([
      'scorecards.0.labels.en',
      'scorecards.0.indicators',
    ]);
    expect(paths({ ...defaultKpiPolicy, scorecards: Array.from({ length: 10_001 }, () => marketing) })).toEqual(['scorecards']);
    expect(paths({ ...defaultKpiPolicy, bands: Array.from({ length: 101 }, () => defaultKpiPolicy.bands[0]) })).toEqual(['bands']);
    expect(paths({ ...defaultKpiPolicy, vetoes: Array.from({ length: 101 }, (_, i) => ({ id: `v-${i}`, labels, capRating: 'C' })) })).toEqual(['vetoes']);
    expect(paths({ ...defaultKpiPolicy, bands: [{ ...defaultKpiPolicy.bands[0]!, rating: 'TOO-LONG-9' }] })).toEqual(['bands.0.rating']);
    expect(refused({ ...defaultKpiPolicy, scorecards: [{ ...marketing, id: 'Marketing Team' }] })).toEqual(['scorecards.0.id: must be lower-case words joined by "-", "_" or "."']);
    expect(paths({ ...defaultKpiPolicy, metrics: [{ ...wow, formula: { kind: 'ratio', numerator: [{ input: 'a' }], denominator: [{ input: 'b' }], scale: 0 } }] })).toEqual(['metrics.0.formula.scale']);
    expect(refused({ ...defaultKpiPolicy, metrics: [{ ...wow, formula: { kind: 'sum', terms: [{ input: 'ad clicks' }] } }] })).toEqual(['metrics.0.formula.terms.0.input: must be an input name such as adClicks']);
    expect(InputNameSchema.safeParse('__proto__').success).toBe(true);
  });

  it('every enum of the KPI domain labels each value in zh-CN, zh-TW and en (the locale modules), and nothing else', () => {
    for (const e of [metricUnit, metricDirection, metricAggregation, zeroRule, attainmentMethod, notAssessableRule, annualRollupRule, scorecardSubject, appraisalCycle]) {
      for (const locale of [zhCN, zhTW, en]) {
        const labels = locale[e.name as keyof typeof locale] as Record<string, string>;
        expect(Object.keys(labels), `${locale.code} ${e.name}`).toEqual([...e.values]);
        for (const v of e.values) expect(labels[v]!.trim(), `${locale.code} ${e.name}.${v}`).not.toBe('');
      }
    }
  });
});
