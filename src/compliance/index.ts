/**
 * Content compliance (CMP-1..CMP-5): rule sets as data with their legal basis, a folding Aho–Corasick scanner, personal-data detectors, assessment into a risk level, and the report a legal reviewer reads. No zod or XState in a scanner's bundle.
 *
 * 内容合规（CMP-1..CMP-5）：附法律依据的规则数据、可折叠变体的 Aho–Corasick 扫描器、个人信息检测、风险等级评定及法务审阅报告。扫描不引入 zod 与 XState。
 *
 * @example
 * import { scan, compileRuleSetOrThrow, defaultRuleSet } from 'marketing-governance/compliance';
 * scan('国家级最佳产品', compileRuleSetOrThrow(defaultRuleSet)).map((f) => f.text) //=> ['国家级', '最佳']
 *
 * @packageDocumentation
 * @module marketing-governance/compliance
 */
export * from './labels.js';
export * from './model.js';
export { defaultRuleSet } from './rules.js';
export { defaultRuleIds } from './rule-ids.js';
export { ruleSetProblems } from './check.js';
export { foldTerm } from './fold.js';
export { isResidentId, luhnValid } from './detectors.js';
export { compileRuleSet, compileRuleSetOrThrow, scan, type CompiledRuleSet } from './scan.js';
export * from './assess.js';
export * from './report.js';
export { defaultCompliancePolicy } from './defaults.js';
export * from './policy.js';
