import * as z from 'zod';
import { budgetPolicyProblems, BudgetPolicySchema, type BudgetPolicy, type BudgetPolicyInput } from '../budget/policy.js';
import { compliancePolicyProblems, CompliancePolicySchema, defaultCompliancePolicy, type CompliancePolicyInput, type CompliancePolicySection } from '../compliance/policy.js';
import { contentPolicyProblems, ContentPolicySchema, type ContentPolicy, type ContentPolicyInput } from '../content/policy.js';
import { defaultDisciplinePolicy, disciplinePolicyProblems, DisciplinePolicySchema, type DisciplinePolicy, type DisciplinePolicyInput } from '../discipline/policy.js';
import { isValidTimeZone } from '../core/period.js';
import { fail, ok, validate, words, type ErrorOf, type Result } from '../core/result.js';
import { LabelsSchema, list, policyKey as key } from '../core/schema.js';
import { kpiPolicyProblems, KpiPolicySchema, type KpiPolicyInput, type KpiPolicySection } from '../kpi/policy.js';
import { OrgPolicySchema, orgProblems, type OrgPolicy, type OrgPolicyInput, type PolicyProblem } from '../org/policy.js';
import { defaultRiskPolicy, riskPolicyProblems, RiskPolicySchema, type RiskPolicy, type RiskPolicyInput } from '../risk/index.js';

/**
 * How the policy changes and is evaluated (SUP-3): which departments review a revision (S1 ch.8 部门审核)
 * before the enterprise management head approves it (S0 art.17), fixed by the policy and never chosen by
 * the drafter; and how often its implementation is evaluated (S1 ch.8 定期进行评估).
 *
 * @example
 * RevisionPolicySchema.parse({ reviewDepartments: ['market', 'legal'] }).evaluationIntervalMonths //=> 12
 */
export const RevisionPolicySchema = z.strictObject({
  /** Departments whose heads review a revision before management approval. */
  reviewDepartments: list(key).min(1),
  /**
   * Months between periodic evaluations of the policy, counted from the last concluded evaluation or,
   * before the first, from the date the policy took effect. S1 ch.8 says 定期 with no number: 12 is our
   * *default*. Absent in a policy written before it existed, it takes the default.
   */
  evaluationIntervalMonths: z.number().int().min(1).max(120).default(12),
});
/** See {@link RevisionPolicySchema}. @example const r: RevisionPolicy = defaultPolicy.revision; */
export interface RevisionPolicy extends z.infer<typeof RevisionPolicySchema> {}

/**
 * The revision section as a host writes it (JSON before validation: defaults may be left out).
 *
 * @example
 * const revision: RevisionPolicyInput = { reviewDepartments: ['market', 'legal'] };
 */
export interface RevisionPolicyInput extends z.input<typeof RevisionPolicySchema> {}

function revisionPolicyProblems(revision: RevisionPolicy, org: OrgPolicy): PolicyProblem[] {
  const departments = new Set(org.departments.map((d) => d.id));
  return revision.reviewDepartments.flatMap((d, i) => (departments.has(d) ? [] : [{ path: ['reviewDepartments', i], message: `unknown department "${d}"` }]));
}

// Each domain owns its section (schema, default, cross-checks against the organisation); the policy
// only puts them together, so this is the one list to extend when a domain is added.
const sections = {
  revision: RevisionPolicySchema,
  content: ContentPolicySchema,
  kpi: KpiPolicySchema,
  budget: BudgetPolicySchema,
  // Defaulted, so a policy written before the compliance section existed stays valid.
  compliance: CompliancePolicySchema.default(defaultCompliancePolicy),
  // Defaulted, so a policy written before the risk section existed stays valid.
  risk: RiskPolicySchema.default(defaultRiskPolicy),
  // Defaulted, so a policy written before the discipline section existed stays valid.
  discipline: DisciplinePolicySchema.default(defaultDisciplinePolicy),
};

/**
 * The fields of {@link PolicySchema}, each section by its own schema, so that the schema's type reads
 * (and is documented) section by section instead of written out in full.
 *
 * @example
 * const org: PolicyShape['org'] = OrgPolicySchema;
 */
export type PolicyShape = {
  version: z.ZodString;
  title: typeof LabelsSchema;
  timeZone: z.ZodString;
  currency: z.ZodString;
  org: typeof OrgPolicySchema;
  revision: typeof RevisionPolicySchema;
  content: typeof ContentPolicySchema;
  kpi: typeof KpiPolicySchema;
  budget: typeof BudgetPolicySchema;
  compliance: z.ZodDefault<typeof CompliancePolicySchema>;
  risk: z.ZodDefault<typeof RiskPolicySchema>;
  discipline: z.ZodDefault<typeof DisciplinePolicySchema>;
};

/**
 * The whole policy a company runs by: its version, title, time zone and currency, the organisation, and
 * one section per domain. Validate with {@link parsePolicy}, which reports every problem at once,
 * cross-references included.
 *
 * @example
 * const r = PolicySchema.safeParse(defaultPolicy); // r.success === true
 */
export const PolicySchema: z.ZodObject<PolicyShape, z.core.$strip> = z
  .object({
    /** The version every decision records (SUP-3), for example `2026.1`. */
    version: z.string().max(40).regex(/^[0-9A-Za-z][0-9A-Za-z.+-]*$/, 'must be a version such as 2026.1'),
    title: LabelsSchema,
    /** IANA time zone for periods, calendars and deadlines. */
    timeZone: z.string().max(64).refine(isValidTimeZone, 'must be an IANA time zone such as Asia/Shanghai'),
    /** ISO 4217 currency for budgets and money indicators. */
    currency: z.string().length(3).regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as CNY'),
    org: OrgPolicySchema,
    ...sections,
  })
  .superRefine((policy, ctx) => {
    const add = (section: string, problems: readonly PolicyProblem[]) => {
      for (const p of problems) {
        ctx.addIssue({ code: 'custom', path: [section, ...p.path], message: p.message, params: { ...(p.messages ? { messages: p.messages } : {}), ...(p.rule ? { rule: p.rule } : {}) } });
      }
    };
    add('org', orgProblems(policy.org));
    add('revision', revisionPolicyProblems(policy.revision, policy.org));
    add('content', contentPolicyProblems(policy.content, policy.org));
    add('kpi', kpiPolicyProblems(policy.kpi, policy.org));
    add('budget', budgetPolicyProblems(policy.budget, policy.org));
    add('compliance', compliancePolicyProblems(policy.compliance, policy.org));
    add('risk', riskPolicyProblems(policy.risk, policy.org));
    add('discipline', disciplinePolicyProblems(policy.discipline, policy.org, policy.kpi));
  });

/**
 * The generation of {@link PolicySchema}: raised whenever the schema comes to accept less than it did
 * before. A policy revision remembers the generation its proposal was validated under; one drafted under
 * an older generation is validated again before it moves on.
 *
 * @example
 * POLICY_SCHEMA_GENERATION //=> 3
 */
export const POLICY_SCHEMA_GENERATION = 3;

/**
 * Order two policy versions as people read them: segments split at `.`, `-` and `+`, numbers compared as
 * numbers (`2026.10` after `2026.9`), other segments as text, a version before its longer extensions.
 *
 * @example
 * compareVersions('2026.10', '2026.9') //=> 1
 * compareVersions('2026.1', '2026.1') //=> 0
 */
export function compareVersions(a: string, b: string): -1 | 0 | 1 {
  const as = a.split(/[.+-]/);
  const bs = b.split(/[.+-]/);
  for (let i = 0; i < Math.max(as.length, bs.length); i++) {
    const x = as[i];
    const y = bs[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const nx = /^\d+$/.test(x) ? Number(x) : Number.NaN;
    const ny = /^\d+$/.test(y) ? Number(y) : Number.NaN;
    const c = Number.isNaN(nx) || Number.isNaN(ny) ? (x < y ? -1 : x > y ? 1 : 0) : nx < ny ? -1 : nx > ny ? 1 : 0;
    if (c !== 0) return c;
  }
  return 0;
}

/**
 * The keys of the policy's sections: one per domain, the organisation and the revision rules. The policy
 * types name each section's own type, so that they read (and are documented) section by section.
 *
 * @example
 * const key: PolicySectionKey = 'content';
 */
export type PolicySectionKey = 'org' | 'revision' | 'content' | 'kpi' | 'budget' | 'compliance' | 'risk' | 'discipline';

/**
 * A validated policy.
 *
 * @example
 * const policy: Policy = defaultPolicy;
 */
export interface Policy extends Omit<z.infer<typeof PolicySchema>, PolicySectionKey> {
  org: OrgPolicy;
  revision: RevisionPolicy;
  content: ContentPolicy;
  kpi: KpiPolicySection;
  budget: BudgetPolicy;
  compliance: CompliancePolicySection;
  risk: RiskPolicy;
  discipline: DisciplinePolicy;
}

/**
 * The policy as a host writes it (JSON before validation).
 *
 * @example
 * const draft: PolicyInput = { ...defaultPolicy, version: '2026.2' };
 */
export interface PolicyInput extends Omit<z.input<typeof PolicySchema>, PolicySectionKey> {
  org: OrgPolicyInput;
  revision: RevisionPolicyInput;
  content: ContentPolicyInput;
  kpi: KpiPolicyInput;
  budget: BudgetPolicyInput;
  /** Absent in a policy written before the section existed: the default section. */
  compliance?: CompliancePolicyInput | undefined;
  /** Absent in a policy written before the section existed: the default section. */
  risk?: RiskPolicyInput | undefined;
  /** Absent in a policy written before the section existed: the default section. */
  discipline?: DisciplinePolicyInput | undefined;
}

/**
 * Validate a policy object, reporting every problem at once with its path, as a `policy-invalid` error.
 * Hosts call this once when they load their policy, before any decision is made, and pass the result to
 * every step.
 *
 * @example
 * const r = parsePolicy({ ...defaultPolicy, timeZone: 'Mars/Base' });
 * r.ok //=> false
 * r.error.issues[0].path //=> ['timeZone']
 */
export function parsePolicy(input: unknown): Result<Policy> {
  const parsed = validate(PolicySchema, input);
  if (parsed.ok) return ok(parsed.value);
  const issues = parsed.error.code === 'invalid-input' ? parsed.error.issues : [];
  const where = issues[0]?.path.join('.') || '(root)';
  const messages = words(
    `The policy has ${issues.length} problem(s); first at ${where}: ${issues[0]?.messages.en ?? ''}`,
    `制度配置有 ${issues.length} 处问题，第一处在 ${where}：${issues[0]?.messages['zh-CN'] ?? ''}`,
    `制度配置有 ${issues.length} 處問題，第一處在 ${where}：${issues[0]?.messages['zh-TW'] ?? ''}`,
  );
  const error: ErrorOf<'policy-invalid'> = { code: 'policy-invalid', rule: 'SUP-3', message: messages.en, messages, issues };
  return fail(error);
}
