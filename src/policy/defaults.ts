import { defaultBudgetPolicy } from '../budget/policy.js';
import { defaultCompliancePolicy } from '../compliance/policy.js';
import { defaultContentPolicy } from '../content/policy.js';
import { defaultDisciplinePolicy } from '../discipline/policy.js';
import { defaultKpiPolicy } from '../kpi/policy.js';
import { defaultOrg } from '../org/policy.js';
import { defaultRiskPolicy } from '../risk/index.js';
import type { Policy } from './schema.js';

/**
 * The policy the seeds describe (S0–S4), composed from each domain's default section, with our defaults
 * where the seeds are silent (each section's docs say which values are ours). A host copies and adapts
 * it, then validates its own with `parsePolicy`. The revision procedure follows SUP-3: S1 ch.8 部门审核
 * (market department and legal review) → S0 art.17 企业管理负责人审批 → in force on formal notice; the
 * policy is evaluated every 12 months (S1 ch.8 定期进行评估; the number is our default).
 *
 * @example
 * defaultPolicy.timeZone //=> 'Asia/Shanghai'
 * defaultPolicy.org.departments.map((d) => d.id).includes('legal') //=> true
 */
export const defaultPolicy: Policy = {
  version: '2026.1',
  title: { 'zh-CN': '新媒体与网络营销管理制度', 'zh-TW': '新媒體與網絡營銷管理制度', en: 'New-media and online-marketing management policy' },
  timeZone: 'Asia/Shanghai',
  currency: 'CNY',
  org: defaultOrg,
  revision: { reviewDepartments: ['market', 'legal'], evaluationIntervalMonths: 12 },
  content: defaultContentPolicy,
  kpi: defaultKpiPolicy,
  budget: defaultBudgetPolicy,
  compliance: defaultCompliancePolicy,
  risk: defaultRiskPolicy,
  discipline: defaultDisciplinePolicy,
};
