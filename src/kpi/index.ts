/**
 * KPI scorecards (KPI-1..KPI-4): the metric catalogue, formulas, weights, attainment and scoring with explanations, appraisal cycles. Pure calculations.
 *
 * KPI 考核（KPI-1..KPI-4）：指标目录、公式、权重、达成率与可解释的评分、考核周期。纯计算。
 *
 * @example
 * import { scoreScorecard } from 'marketing-governance/kpi';
 * scoreScorecard(card, data, policy.kpi).ok //=> true
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
