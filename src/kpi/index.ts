/**
 * KPI scorecards (KPI-1..KPI-4): the metric catalogue, formulas, weights, attainment and scoring with explanations, appraisal cycles. Pure calculations, without label text: names and labels are in the locale modules `marketing-governance/kpi/locale/en`, `/zh-CN` and `/zh-TW`.
 *
 * KPI 考核（KPI-1..KPI-4）：指标目录、公式、权重、达成率与可解释的评分、考核周期。纯计算，不含标签文字：名称与标签在各语言模块中。
 *
 * @example
 * import { explainScore, scoreScorecard } from 'marketing-governance/kpi';
 * import { zhCN } from 'marketing-governance/kpi/locale/zh-CN';
 * scoreScorecard(card, data, policy.kpi, builtInMetrics).ok //=> true
 * explainScore(result, zhCN) // the table, in Simplified Chinese
 *
 * @packageDocumentation
 * @module marketing-governance/kpi
 */
export * from './labels.js';
export * from './model.js';
export * from './catalogue.js';
export * from './formula.js';
export { computeMetric, rollupMetric, sumInputs, type MetricValue } from './compute.js';
export * from './check.js';
export * from './scorecard.js';
export * from './goals.js';
export * from './explain.js';
export * from './periods.js';
export * from './cycles.js';
export { defaultKpiPolicy } from './defaults.js';
export * from './policy.js';
