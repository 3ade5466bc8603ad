/**
 * Discipline cases (DSC-1..DSC-7): violation types and a sanction ladder as data, escalation proposed with its explanation (a person decides), the employee's statement and appeal, legal caps with their basis, joint accountability, and the KPI veto link.
 *
 * 违规处理（DSC-1..DSC-7）：违规类型与处分阶梯为数据，附说明的升级建议（由人决定），员工陈述与申诉，附法律依据的限制，连带责任，以及与 KPI 否决的衔接。
 *
 * @example
 * import { proposeSanction } from 'marketing-governance/discipline';
 * proposeSanction({ type: 'platform-rule-breach', occurredAt: '2026-03-01T02:00:00.000Z', history: [] }, defaultPolicy).value.rung //=> 'warning'
 *
 * @packageDocumentation
 * @module marketing-governance/discipline
 */
export * from './labels.js';
export { defaultDisciplinePolicy } from './defaults.js';
export * from './policy.js';
export * from './model.js';
export * from './record.js';
export * from './escalate.js';
export * from './machine.js';
export * from './aggregate.js';
export * from './queries.js';
export * from './diagram.js';
