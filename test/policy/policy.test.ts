import * as z from 'zod';
import { unbounded } from '../support/bounds.js';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { budgetPolicyProblems, BudgetPolicySchema, defaultBudgetPolicy } from '../../src/budget/index.js';
import { ContentPolicySchema, defaultContentPolicy } from '../../src/content/index.js';
import { defaultKpiPolicy, KpiPolicySchema } from '../../src/kpi/index.js';
import { defaultOrg, OrgPolicySchema } from '../../src/org/index.js';
import { defaultPolicy, parsePolicy, PolicySchema, RevisionPolicySchema, type Policy, type PolicyInput } from '../../src/policy/index.js';

const problems = (input: unknown): string[] => {
  const r = parsePolicy(input);
  if (r.ok) return [];
  expect(r.error.code).toBe('policy-invalid');
  return r.error.code === 'policy-invalid' ? r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) : [];
};

describe('SUP-3: the policy as data', () => {
  it('SUP-3: the default policy validates and carries a version', () => {
    const r = parsePolicy(defaultPolicy);
    expect(r.ok).toBe(true);
    expect(defaultPolicy.version).toMatch(/^\d{4}\.\d+$/);
    expect(r.ok && r.value.version).toBe(defaultPolicy.version);
  });

  it('SUP-3: validation reports every problem at once, each with its path, in every locale', () => {
    const r = parsePolicy({ ...defaultPolicy, version: '', timeZone: 'Mars/Base', currency: 'rmb' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatchObject({ code: 'policy-invalid', rule: 'SUP-3' });
    if (r.error.code !== 'policy-invalid') return;
    expect(r.error.issues.map((i) => i.path.join('.')).sort()).toEqual(['currency', 'timeZone', 'version']);
    expect(r.error.message).toContain('3 problem');
    for (const issue of r.error.issues) {
      for (const locale of ['zh-CN', 'zh-TW', 'en'] as const) expect(issue.messages[locale].trim().length).toBeGreaterThan(0);
    }
    expect(r.error.messages['zh-CN']).toContain('3 处问题');
    expect(parsePolicy('not a policy').ok).toBe(false);
    expect(parsePolicy({ ...defaultPolicy, version: '2026.1 beta' }).ok).toBe(false);
  });

  it('SUP-3: cross-references are checked: unknown departments and positions, duplicate ids and rights, unknown review departments', () => {
    const org = defaultOrg;
    const found = problems({
      ...defaultPolicy,
      org: {
        departments: [...org.departments, org.departments[0]],
        positions: [...org.positions, { id: 'ghost', labels: org.positions[0]!.labels, departments: ['nowhere'] }],
        rights: [...org.rights, { ...org.rights[0]!, grants: [{ department: 'sales', positions: ['wizard'] }] }],
      },
      revision: { reviewDepartments: ['atlantis'] },
    });
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(new RegExp(`^org\\.departments\\.${org.departments.length}\\.id: duplicate department`)),
        expect.stringMatching(new RegExp(`^org\\.positions\\.${org.positions.length}\\.departments\\.0: unknown department "nowhere"`)),
        expect.stringMatching(new RegExp(`^org\\.rights\\.${org.rights.length}\\.action: duplicate right`)),
        expect.stringMatching(new RegExp(`^org\\.rights\\.${org.rights.length}\\.grants\\.0\\.department: unknown department "sales"`)),
        expect.stringMatching(new RegExp(`^org\\.rights\\.${org.rights.length}\\.grants\\.0\\.positions\\.0: unknown position "wizard"`)),
        expect.stringMatching(/^revision\.reviewDepartments\.0: unknown department "atlantis"/),
      ]),
    );
  });

  it('SUP-3: a policy names at least one review department', () => {
    expect(problems({ ...defaultPolicy, revision: { reviewDepartments: [] } }).map((p) => p.split(':')[0])).toEqual(['revision.reviewDepartments']);
  });

  it('SUP-3: labels must be present and non-blank in zh-CN, zh-TW and en', () => {
    const r = PolicySchema.safeParse({
      ...defaultPolicy,
      org: { ...defaultPolicy.org, departments: [{ id: 'x', labels: { 'zh-CN': '某部门', 'zh-TW': ' ', en: 'X' } }] },
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['org', 'departments', 0, 'labels', 'zh-TW']);
  });
});

describe('SUP-3: the policy is composed from the domains’ sections', () => {
  it('SUP-3: each section is its domain’s own schema, and the default policy is made of the domains’ defaults', () => {
    expect(PolicySchema.shape.org).toBe(OrgPolicySchema);
    expect(PolicySchema.shape.revision).toBe(RevisionPolicySchema);
    expect(PolicySchema.shape.content).toBe(ContentPolicySchema);
    expect(PolicySchema.shape.kpi).toBe(KpiPolicySchema);
    expect(PolicySchema.shape.budget).toBe(BudgetPolicySchema);
    expect(defaultPolicy).toMatchObject({ org: defaultOrg, content: defaultContentPolicy, kpi: defaultKpiPolicy, budget: defaultBudgetPolicy });
    expect(budgetPolicyProblems(defaultBudgetPolicy, defaultOrg)).toEqual([]);
  });

  it('SUP-3: Policy and PolicyInput, which name each section’s type, are exactly the schema’s output and input (checked by the type-check)', () => {
    expectTypeOf<Policy>().toEqualTypeOf<z.infer<typeof PolicySchema>>();
    expectTypeOf<PolicyInput>().toEqualTypeOf<z.input<typeof PolicySchema>>();
    const parsed: Policy = PolicySchema.parse(defaultPolicy);
    expect(Object.keys(parsed).sort()).toEqual(['budget', 'compliance', 'content', 'currency', 'discipline', 'kpi', 'org', 'revision', 'risk', 'timeZone', 'title', 'version']);
  });

  it('SUP-3: every domain’s cross-checks run on the composed policy and report under the section’s path', () => {
    const found = problems({
      ...defaultPolicy,
      revision: { reviewDepartments: ['atlantis'] },
      content: { ...defaultPolicy.content, chains: defaultPolicy.content.chains.map((c, i) => (i === 0 ? { ...c, stages: [...c.stages, 'ghost'] } : c)) },
      kpi: { ...defaultPolicy.kpi, vetoes: [{ ...defaultPolicy.kpi.vetoes[0]!, capRating: 'Z' }] },
    });
    const ghostAt = defaultPolicy.content.chains[0]!.stages.length;
    expect(found).toEqual(
      expect.arrayContaining([
        'revision.reviewDepartments.0: unknown department "atlantis"',
        `content.chains.0.stages.${ghostAt}: unknown stage "ghost"`,
        'kpi.vetoes.0.capRating: unknown rating "Z"',
      ]),
    );
  });

  it('BUD-2: the budget section is checked with its own schema: the overspend rule and the variance threshold', () => {
    expect(defaultPolicy.budget.overspend).toBe('refuse');
    const found = problems({ ...defaultPolicy, budget: { overspend: 'maybe', varianceReasonThresholdBp: -1 } });
    expect(found.map((p) => p.split(':')[0]).sort()).toEqual(['budget.overspend', 'budget.varianceReasonThresholdBp']);
  });

  it('KPI-4: a domain problem keeps its rule and its zh-CN and zh-TW wording when the policy composes it', () => {
    const r = parsePolicy({ ...defaultPolicy, kpi: { ...defaultPolicy.kpi, vetoes: [{ ...defaultPolicy.kpi.vetoes[0]!, capRating: 'Z' }] } });
    const issue = !r.ok && r.error.code === 'policy-invalid' ? r.error.issues.find((i) => i.path.join('.') === 'kpi.vetoes.0.capRating') : undefined;
    expect(issue).toBeDefined();
    expect({ rule: issue?.rule, messages: issue?.messages }).toEqual({ rule: 'KPI-4', messages: { 'zh-CN': '未知评级“Z”', 'zh-TW': '未知評級「Z」', en: 'unknown rating "Z"' } });
  });
});

describe('bounded input', () => {
  it('the JSON Schema check finds unbounded strings and arrays wherever they are nested', () => {
    const probe = z.object({
      ok: z.string().max(3),
      choice: z.enum(['a', 'b']),
      nested: z.array(z.object({ free: z.string(), list: z.array(z.number()).max(2) })).max(5),
      union: z.union([z.string().max(2), z.array(z.string().max(1))]),
      optional: z.string().optional(),
    });
    expect(unbounded(z.toJSONSchema(probe, { io: 'input', unrepresentable: 'any' }))).toEqual([
      '#/properties/nested/items/properties/free (string)',
      '#/properties/union/anyOf/1 (array)',
      '#/properties/optional (string)',
    ]);
  });

  it('every string and every array anywhere in PolicySchema has a maximum length', () => {
    const schema = z.toJSONSchema(PolicySchema, { io: 'input', unrepresentable: 'any' });
    expect(JSON.stringify(schema)).toContain('"maxItems"');
    expect(unbounded(schema)).toEqual([]);
  });
});
