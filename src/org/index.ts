/**
 * The organisation as policy data: departments, positions, decision rights and grants, and `authorize` / `identify`, which decide who may act from what the host authenticated.
 *
 * 组织即政策数据：部门、岗位、决策权及其授予；`authorize` / `identify` 依据宿主认证的身份判断谁可以操作。
 *
 * @example
 * import { authorize } from 'marketing-governance/org';
 * authorize(actor, 'content.plan', {}, policy).ok //=> true
 *
 * @packageDocumentation
 * @module marketing-governance/org
 */
export * from './labels.js';
export * from './policy.js';
export * from './authorize.js';
