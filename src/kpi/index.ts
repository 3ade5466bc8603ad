export * from './catalogue.js';
export * from './formula.js';
export * from './compute.js';
export * from './scorecard.js';
export * from './goals.js';
export * from './explain.js';
export type { AttainmentMethod, IndicatorSpec, KpiPolicy, RatingBand, ScorecardSpec, VetoSpec } from '../policy/kpi-check.js';
export * from './periods.js';
