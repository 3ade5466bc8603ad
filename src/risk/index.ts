/**
 * Risk grading and the risk register (RSK-1..RSK-6): a configurable likelihood × impact matrix (default 3×3, NIST SP 800-30 preset), risks with treatment, acceptance by the right the policy gives per grade, review intervals, platform-rule incidents and rule changes, and queries for management.
 *
 * 风险分级与风险登记（RSK-1..RSK-6）：可配置的可能性×影响矩阵（默认 3×3，另附 NIST SP 800-30 预设）、风险处置、按等级授权的风险接受、复核周期、平台规则事件与规则变更，以及管理层查询。
 *
 * @example
 * import { gradeRisk, nistRiskMatrix } from 'marketing-governance/risk';
 * gradeRisk('moderate', 'high', nistRiskMatrix).value.grade //=> 'moderate'
 *
 * @packageDocumentation
 * @module marketing-governance/risk
 */
export * from './labels.js';
export * from './grade.js';
export * from './matrices.js';
export * from './policy.js';
export * from './model.js';
export * from './record.js';
export * from './machine.js';
export * from './aggregate.js';
export * from './queries.js';
export * from './diagram.js';
