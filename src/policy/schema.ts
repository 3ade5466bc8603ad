import * as z from 'zod';
import { isValidTimeZone } from '../core/period.js';
import { labelledEnum, type EnumValue } from '../core/labels.js';
import { builtInMetrics } from '../kpi/catalogue.js';
import { BudgetPolicySchema } from './budget-policy.js';
import { ContentPolicySchema, contentPolicyProblems } from './content-policy.js';
import { scorecardProblems } from './kpi-check.js';
import { KpiPolicySchema } from './kpi-policy.js';
import { LabelsSchema, policyKey as key } from './primitives.js';
import { fail, issuesFromZod, ok, type GovernanceError, type Result } from '../core/result.js';

/**
 * A department or other body (the leadership group is one) (ORG-1).
 *
 * @example
 * DepartmentSchema.parse({ id: 'legal', labels: { 'zh-CN': '法务部门', 'zh-TW': '法務部門', en: 'Legal' } });
 */
export const DepartmentSchema = z.object({
  id: key,
  labels: LabelsSchema,
  /** What the body does, for docs and UIs. */
  duties: z.array(LabelsSchema).optional(),
});
/** A department (ORG-1). @example const d: Department = defaultPolicy.org.departments[0]!; */
export type Department = z.infer<typeof DepartmentSchema>;

/**
 * A position (ORG-2). `departments` lists where it exists; absent means any department (for example
 * "department head").
 *
 * @example
 * PositionSchema.parse({ id: 'supervisor', labels: { 'zh-CN': '主管', 'zh-TW': '主管', en: 'Supervisor' }, departments: ['network-operations'] });
 */
export const PositionSchema = z.object({
  id: key,
  labels: LabelsSchema,
  departments: z.array(key).optional(),
});
/** A position (ORG-2). @example const p: Position = defaultPolicy.org.positions[0]!; */
export type Position = z.infer<typeof PositionSchema>;

/**
 * One way to hold a decision right: membership of `department` (home department or `memberOf`), and,
 * when given, one of `positions`.
 *
 * @example
 * GrantSchema.parse({ department: 'legal', positions: ['head', 'legal-counsel'] });
 */
export const GrantSchema = z.object({
  department: key.optional(),
  positions: z.array(key).min(1).optional(),
});
/** See {@link GrantSchema}. @example const g: Grant = { department: 'legal' }; */
export type Grant = z.infer<typeof GrantSchema>;

/**
 * Where a decision right reaches: `any` resource, or only resources of the actor's `own-department`.
 *
 * @example
 * rightScope.label('own-department', 'zh-CN') //=> '仅本部门'
 */
export const rightScope = /* @__PURE__ */ labelledEnum('rightScope', {
  any: { 'zh-CN': '全公司', 'zh-TW': '全公司', en: 'Any department' },
  'own-department': { 'zh-CN': '仅本部门', 'zh-TW': '僅本部門', en: 'Own department only' },
});
/** See {@link rightScope}. @example const s: RightScope = 'any'; */
export type RightScope = EnumValue<typeof rightScope>;

/**
 * A decision right (ORG-3): who may take `action`. `scope: 'own-department'` further requires the
 * resource to belong to the actor's department. `rule` is cited when the right refuses someone.
 *
 * @example
 * DecisionRightSchema.parse({
 *   action: 'compliance.decide', rule: 'ORG-3', scope: 'any', grants: [{ department: 'legal' }],
 *   labels: { 'zh-CN': '合规决策', 'zh-TW': '合規決策', en: 'Decide on compliance' },
 * });
 */
export const DecisionRightSchema = z.object({
  action: key,
  labels: LabelsSchema,
  rule: z.string().regex(/^[A-Z]+-\d+$/, 'must be a rule id such as ORG-3'),
  scope: z.enum(rightScope.values),
  grants: z.array(GrantSchema).min(1),
});
/** See {@link DecisionRightSchema}. @example const r: DecisionRight = defaultPolicy.org.rights[0]!; */
export type DecisionRight = z.infer<typeof DecisionRightSchema>;

/**
 * The organisation part of a policy: departments, positions and decision rights (ORG-1..3).
 *
 * @example
 * OrgPolicySchema.parse(defaultPolicy.org);
 */
export const OrgPolicySchema = z.object({
  departments: z.array(DepartmentSchema).min(1),
  positions: z.array(PositionSchema).min(1),
  rights: z.array(DecisionRightSchema),
});

/**
 * How policy revisions are approved (SUP-3): which departments review a revision by default, who gives
 * final approval, and who issues the formal notice.
 *
 * @example
 * RevisionPolicySchema.parse({ reviewDepartments: ['marketing', 'legal'] });
 */
export const RevisionPolicySchema = z.object({
  /** Departments whose heads review a revision before management approval (S1 ch.8 部门审核). */
  reviewDepartments: z.array(key).min(1),
});

/**
 * The whole policy a company runs by. Later domains add their own sections. Validate with
 * {@link parsePolicy}, which reports every problem at once, cross-references included.
 *
 * @example
 * const r = PolicySchema.safeParse(defaultPolicy); // r.success === true
 */
export const PolicySchema = z
  .object({
    /** The version every decision records (SUP-3), for example `2026.1`. */
    version: z.string().regex(/^[0-9A-Za-z][0-9A-Za-z.+-]*$/, 'must be a version such as 2026.1').max(40),
    title: LabelsSchema,
    /** IANA time zone for periods, calendars and deadlines. */
    timeZone: z.string().refine(isValidTimeZone, 'must be an IANA time zone such as Asia/Shanghai'),
    /** ISO 4217 currency for budgets and money indicators. */
    currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code such as CNY'),
    org: OrgPolicySchema,
    revision: RevisionPolicySchema,
    content: ContentPolicySchema,
    kpi: KpiPolicySchema,
    budget: BudgetPolicySchema,
  })
  .superRefine((policy, ctx) => {
    const duplicates = (ids: readonly string[], path: readonly (string | number)[], what: string) => {
      const seen = new Set<string>();
      ids.forEach((id, i) => {
        if (seen.has(id)) ctx.addIssue({ code: 'custom', path: [...path, i, 'id'], message: `duplicate ${what} id "${id}"` });
        seen.add(id);
      });
    };
    const { departments, positions, rights } = policy.org;
    duplicates(departments.map((d) => d.id), ['org', 'departments'], 'department');
    duplicates(positions.map((p) => p.id), ['org', 'positions'], 'position');
    const deptIds = new Set(departments.map((d) => d.id));
    const posIds = new Set(positions.map((p) => p.id));
    positions.forEach((p, i) =>
      p.departments?.forEach((d, j) => {
        if (!deptIds.has(d)) ctx.addIssue({ code: 'custom', path: ['org', 'positions', i, 'departments', j], message: `unknown department "${d}"` });
      }),
    );
    const actions = new Set<string>();
    rights.forEach((r, i) => {
      if (actions.has(r.action)) ctx.addIssue({ code: 'custom', path: ['org', 'rights', i, 'action'], message: `duplicate right "${r.action}"` });
      actions.add(r.action);
      r.grants.forEach((g, j) => {
        if (g.department !== undefined && !deptIds.has(g.department)) {
          ctx.addIssue({ code: 'custom', path: ['org', 'rights', i, 'grants', j, 'department'], message: `unknown department "${g.department}"` });
        }
        g.positions?.forEach((p, k) => {
          if (!posIds.has(p)) ctx.addIssue({ code: 'custom', path: ['org', 'rights', i, 'grants', j, 'positions', k], message: `unknown position "${p}"` });
        });
      });
    });
    for (const problem of contentPolicyProblems(policy.content)) ctx.addIssue({ code: 'custom', ...problem });
    policy.content.stages.forEach((stage, i) =>
      stage.signers.forEach((signer, j) => {
        if (signer.department !== undefined && !deptIds.has(signer.department)) {
          ctx.addIssue({ code: 'custom', path: ['content', 'stages', i, 'signers', j, 'department'], message: `unknown department "${signer.department}"` });
        }
        signer.positions?.forEach((p, k) => {
          if (!posIds.has(p)) ctx.addIssue({ code: 'custom', path: ['content', 'stages', i, 'signers', j, 'positions', k], message: `unknown position "${p}"` });
        });
      }),
    );
    // The metric catalogue is library data (core-only imports), read here so a typo in a scorecard is
    // caught when the policy loads rather than when someone is appraised.
    const metricIds = new Set([...builtInMetrics.map((m) => m.id), ...policy.kpi.metrics.map((m) => m.id)]);
    policy.kpi.metrics.forEach((m, i) => {
      if (builtInMetrics.some((b) => b.id === m.id)) ctx.addIssue({ code: 'custom', path: ['kpi', 'metrics', i, 'id'], message: `"${m.id}" is a built-in metric` });
    });
    policy.kpi.scorecards.forEach((card, i) => {
      if (!deptIds.has(card.department)) ctx.addIssue({ code: 'custom', path: ['kpi', 'scorecards', i, 'department'], message: `unknown department "${card.department}"` });
      for (const p of scorecardProblems(card, metricIds)) ctx.addIssue({ code: 'custom', path: ['kpi', 'scorecards', i, ...p.path], message: p.message });
    });
    const ratings = new Set(policy.kpi.bands.map((b) => b.rating));
    policy.kpi.vetoes.forEach((v, i) => {
      if (!ratings.has(v.capRating)) ctx.addIssue({ code: 'custom', path: ['kpi', 'vetoes', i, 'capRating'], message: `unknown rating "${v.capRating}"` });
    });
    policy.revision.reviewDepartments.forEach((d, i) => {
      if (!deptIds.has(d)) ctx.addIssue({ code: 'custom', path: ['revision', 'reviewDepartments', i], message: `unknown department "${d}"` });
    });
  });

/**
 * A validated policy.
 *
 * @example
 * const policy: Policy = defaultPolicy;
 */
export type Policy = z.infer<typeof PolicySchema>;

/**
 * The policy as a host writes it (JSON before validation).
 *
 * @example
 * const draft: PolicyInput = { ...defaultPolicy, version: '2026.2' };
 */
export type PolicyInput = z.input<typeof PolicySchema>;

/**
 * Validate a policy object, reporting every problem at once with its path, as a `policy-invalid` error.
 * Hosts call this once when they load their policy, before any decision is made.
 *
 * @example
 * const r = parsePolicy({ ...defaultPolicy, timeZone: 'Mars/Base' });
 * r.ok //=> false
 * r.error.issues //=> [{ path: ['timeZone'], message: 'must be an IANA time zone such as Asia/Shanghai' }]
 */
export function parsePolicy(input: unknown): Result<Policy> {
  const parsed = PolicySchema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  const issues = issuesFromZod(parsed.error);
  const error: GovernanceError = {
    code: 'policy-invalid',
    rule: 'SUP-3',
    message: `The policy has ${issues.length} problem(s); first at ${issues[0]?.path.join('.') || '(root)'}: ${issues[0]?.message ?? ''}`,
    messageZh: `制度配置有 ${issues.length} 处问题`,
    issues,
  };
  return fail(error);
}
