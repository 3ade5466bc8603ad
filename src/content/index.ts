/**
 * The content workflow (CW-1..CW-9): plan, create, review along a chain copied from the policy, publish, monitor and take down; compliance assessed at submission (CMP-4); queries for calendars, deadlines, weekly reviews and the review sheet.
 *
 * 内容工作流（CW-1..CW-9）：策划、创作、按政策复制的审核链审核、发布、监测与下架；提交时进行合规审查（CMP-4）；日历、时限、周复盘与审核单查询。
 *
 * @example
 * import { contentStep } from 'marketing-governance/content';
 * const r = contentStep(record, { id: 'req-7', type: 'submit' }, { policy, actor, directory, now });
 *
 * @packageDocumentation
 * @module marketing-governance/content
 */
export * from './labels.js';
export * from './policy.js';
export * from './model.js';
export * from './record.js';
export * from './windows.js';
export * from './chain.js';
export { assessItem, complianceNotes, effectiveRisk, findingNote } from './compliance.js';
export * from './machine.js';
export * from './aggregate.js';
export * from './queries.js';
export * from './diagram.js';
