import * as z from 'zod';
import { riskLevel } from '../core/risk-level.js';
import { LabelsSchema, list, policyKey as key, text } from '../core/schema.js';
import { LIMITS } from '../core/text.js';
import type { OrgPolicy, PolicyProblem } from '../org/policy.js';
import { matrixProblems } from './grade.js';
import { riskCategory, treatmentStrategy } from './labels.js';
import { defaultRiskMatrix } from './matrices.js';

const value = z.number().min(-1_000_000).max(1_000_000).optional();

/**
 * A risk matrix as a policy writes it (RSK-2, RSK-3): likelihood and impact levels lowest first, each
 * with labels, an optional semi-quantitative `value` and optional quantitative thresholds
 * (`fromProbability` 0–1, `fromFen` in 分); the grades lowest first with the high/medium/low level each
 * counts as; one cell per likelihood × impact; and the cells explicitly allowed to break monotonicity.
 * `riskPolicyProblems` refuses an incomplete, non-monotone or inconsistent grid, listing every problem.
 *
 * @example
 * RiskMatrixSchema.parse(nistRiskMatrix).grades.length //=> 5
 */
export const RiskMatrixSchema = z.strictObject({
  id: key,
  labels: LabelsSchema,
  source: text(200).optional(),
  likelihood: list(z.strictObject({ id: key, labels: LabelsSchema, value, fromProbability: z.number().min(0).max(1).optional() }), 20).min(1),
  impact: list(z.strictObject({ id: key, labels: LabelsSchema, value, fromFen: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional() }), 20).min(1),
  grades: list(z.strictObject({ id: key, labels: LabelsSchema, value, level: z.enum(riskLevel.values) }), 20).min(1),
  cells: list(z.strictObject({ likelihood: key, impact: key, grade: key }), 400),
  exceptions: list(z.strictObject({ likelihood: key, impact: key, reason: text(LIMITS.text) }), 400).optional(),
});
/** A matrix as a policy holds it (see {@link RiskMatrixSchema}); every grading function takes it. @example const m: RiskMatrixData = nistRiskMatrix; */
export type RiskMatrixData = z.infer<typeof RiskMatrixSchema>;

/**
 * The response the policy sets for one grade (RSK-4): the treatment strategies allowed (`accept` among
 * them when the grade may be accepted), the decision rights of which any one accepts a risk of this grade
 * (rights of the organisation), how long an acceptance lasts, the review interval, and whether the
 * leadership group is informed when a risk is graded so.
 *
 * @example
 * RiskResponseSchema.parse(defaultRiskPolicy.responses[0]).reviewDays //=> 30
 */
export const RiskResponseSchema = z.strictObject({
  level: z.enum(riskLevel.values),
  strategies: list(z.enum(treatmentStrategy.values), 4).min(1),
  acceptRights: list(key, 10).min(1),
  acceptanceDays: z.number().int().min(1).max(3650),
  reviewDays: z.number().int().min(1).max(3650),
  informLeadership: z.boolean(),
});
/** See {@link RiskResponseSchema}. @example const r: RiskResponse = defaultRiskPolicy.responses[0]!; */
export type RiskResponse = z.infer<typeof RiskResponseSchema>;

/**
 * The risk section of a policy (RSK-1..RSK-6): the matrix, one response per grade, the categories that
 * need a legal opinion before closing, when a risk triggers the crisis response, who owns platform
 * incidents, and who reviews content when a platform changes its rules.
 *
 * @example
 * RiskPolicySchema.parse(defaultRiskPolicy).matrix.id //=> 'default-3x3'
 */
export const RiskPolicySchema = z.strictObject({
  matrix: RiskMatrixSchema,
  responses: list(RiskResponseSchema, 3).min(1),
  /** Risks of these categories close only with a recorded legal opinion (S2 法律风险.3). */
  legalOpinionCategories: list(z.enum(riskCategory.values), 6),
  /** RSK-6: a risk of these categories graded at one of `crisisLevels` triggers the crisis response (S2 声誉风险.3). */
  crisisCategories: list(z.enum(riskCategory.values), 6),
  crisisLevels: list(z.enum(riskLevel.values), 3),
  /** The bodies the crisis response escalates to. */
  crisisDepartments: list(key, 20).min(1),
  /** The department that owns platform-sanction incidents (S0 art.10: the marketing team runs the accounts). */
  incidentOwner: key,
  /** The departments told to review content and review chains when a platform changes its rules (RSK-5). */
  platformRuleReviewers: list(key, 20).min(1),
});
/** See {@link RiskPolicySchema}. @example const r: RiskPolicy = defaultRiskPolicy; */
export interface RiskPolicy extends z.infer<typeof RiskPolicySchema> {}

/**
 * Problems of the risk section beyond its schema: every problem of the matrix (incomplete grid,
 * non-monotone cells, unknown levels or grades, thresholds), a grade with no response or two, accept
 * rights the organisation does not define, and unknown departments.
 *
 * @example
 * riskPolicyProblems(defaultRiskPolicy, defaultOrg) //=> []
 */
export function riskPolicyProblems(risk: RiskPolicy, org: OrgPolicy): PolicyProblem[] {
  const out: PolicyProblem[] = matrixProblems(risk.matrix).map((p) => ({ ...p, path: ['matrix', ...p.path] }));
  const departments = new Set(org.departments.map((d) => d.id));
  const rights = new Set(org.rights.map((r) => r.action));
  for (const level of riskLevel.values) {
    const n = risk.responses.filter((r) => r.level === level).length;
    if (n !== 1) out.push({ path: ['responses'], message: n === 0 ? `no response for ${level} risks` : `${level} risks have ${n} responses`, rule: 'RSK-4' });
  }
  risk.responses.forEach((r, i) =>
    r.acceptRights.forEach((a, j) => {
      if (!rights.has(a)) out.push({ path: ['responses', i, 'acceptRights', j], message: `the organisation defines no right "${a}"`, rule: 'RSK-4' });
    }),
  );
  risk.crisisDepartments.forEach((d, i) => {
    if (!departments.has(d)) out.push({ path: ['crisisDepartments', i], message: `unknown department "${d}"`, rule: 'RSK-6' });
  });
  if (!departments.has(risk.incidentOwner)) out.push({ path: ['incidentOwner'], message: `unknown department "${risk.incidentOwner}"`, rule: 'RSK-5' });
  risk.platformRuleReviewers.forEach((d, i) => {
    if (!departments.has(d)) out.push({ path: ['platformRuleReviewers', i], message: `unknown department "${d}"`, rule: 'RSK-5' });
  });
  return out;
}

/**
 * The risk section by default. From the seeds: the three grades (S3 §8.2.2), the legal opinion for legal
 * risks (S2 法律风险.3), the crisis response for reputation risks (S2 声誉风险.3), rectification and
 * appeal of platform sanctions by the marketing team that runs the accounts (S2 平台规则风险.3, S0
 * art.10). S3 §8.3 is cut off after 「针对不同等级」, so every response below is our *default*: high →
 * avoid or reduce now, acceptance only by the leadership group (`risk.accept-high`), leadership informed,
 * reviewed every 30 days, an acceptance lasting 90; medium → reduce or transfer with dated actions,
 * accepted by the owner department's head (`risk.accept-medium`), reviewed every 90 days, acceptance 180;
 * low → accept and monitor (`risk.accept-low`: the owner department's head, deputy or supervisor),
 * reviewed every 180 days, acceptance 365. The matrix is {@link defaultRiskMatrix} (*default*).
 *
 * @example
 * defaultRiskPolicy.responses.map((r) => [r.level, r.reviewDays]) //=> [['high', 30], ['medium', 90], ['low', 180]]
 */
export const defaultRiskPolicy: RiskPolicy = /* @__PURE__ */ (() => ({
  matrix: defaultRiskMatrix,
  responses: [
    { level: 'high' as const, strategies: ['avoid' as const, 'reduce' as const, 'accept' as const], acceptRights: ['risk.accept-high'], acceptanceDays: 90, reviewDays: 30, informLeadership: true },
    { level: 'medium' as const, strategies: ['reduce' as const, 'transfer' as const, 'accept' as const], acceptRights: ['risk.accept-medium', 'risk.accept-high'], acceptanceDays: 180, reviewDays: 90, informLeadership: false },
    { level: 'low' as const, strategies: ['accept' as const, 'reduce' as const], acceptRights: ['risk.accept-low', 'risk.accept-medium', 'risk.accept-high'], acceptanceDays: 365, reviewDays: 180, informLeadership: false },
  ],
  legalOpinionCategories: ['legal' as const],
  crisisCategories: ['reputation' as const],
  crisisLevels: ['high' as const],
  crisisDepartments: ['pr', 'leadership-group'],
  incidentOwner: 'marketing',
  platformRuleReviewers: ['marketing', 'legal'],
}))();

/**
 * The risk section as a host writes it (JSON before validation: defaults may be left out).
 *
 * @example
 * const risk: RiskPolicyInput = defaultRiskPolicy;
 */
export interface RiskPolicyInput extends z.input<typeof RiskPolicySchema> {}
