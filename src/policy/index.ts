/**
 * The whole policy: its composed schema and defaults, `parsePolicy`, revisions of the policy as records (SUP-3) and their periodic evaluation.
 *
 * 完整政策：组合的校验模式与默认值、`parsePolicy`、作为记录的政策修订（SUP-3）及其定期评估。
 *
 * @example
 * import { parsePolicy, defaultPolicy } from 'marketing-governance/policy';
 * parsePolicy(defaultPolicy).ok //=> true
 *
 * @packageDocumentation
 * @module marketing-governance/policy
 */
export * from './schema.js';
export * from './defaults.js';
export * from './revision.js';
export * from './evaluation-record.js';
export * from './evaluation.js';
export * from './evaluation-due.js';
