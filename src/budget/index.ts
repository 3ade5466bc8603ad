/**
 * Annual budgets (BUD-1..BUD-4): compilation, review, approval, spending against months, adjustments, variance explanations, monthly reports and closing.
 *
 * 年度预算（BUD-1..BUD-4）：编制、审核、审批、按月支出、调整、差异说明、月度报告与关账。
 *
 * @example
 * import { varianceReport } from 'marketing-governance/budget';
 * varianceReport(record, '2026-03', 1000).ok //=> true
 *
 * @packageDocumentation
 * @module marketing-governance/budget
 */
export * from './labels.js';
export * from './policy.js';
export * from './model.js';
export * from './record.js';
export * from './plan.js';
export * from './machine.js';
export * from './aggregate.js';
export * from './queries.js';
export * from './diagram.js';
