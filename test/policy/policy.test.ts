import { describe, expect, it } from 'vitest';
import { defaultPolicy, parsePolicy, PolicySchema } from '../../src/policy/index.js';

describe('policy as data', () => {
  it('SUP-3: the default policy validates and carries a version', () => {
    const r = parsePolicy(defaultPolicy);
    expect(r.ok).toBe(true);
    expect(defaultPolicy.version).toMatch(/^\d{4}\.\d+$/);
  });

  it('SUP-3: validation reports every problem at once, each with its path', () => {
    const r = parsePolicy({ ...defaultPolicy, version: '', timeZone: 'Mars/Base', currency: 'rmb' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('policy-invalid');
    expect(r.error.issues?.map((i) => i.path.join('.')).sort()).toEqual(['currency', 'timeZone', 'version']);
  });

  it('SUP-3: cross-references are checked: unknown departments and positions, duplicate ids and rights', () => {
    const org = defaultPolicy.org;
    const r = parsePolicy({
      ...defaultPolicy,
      org: {
        departments: [...org.departments, org.departments[0]],
        positions: [...org.positions, { id: 'ghost', labels: org.positions[0]!.labels, departments: ['nowhere'] }],
        rights: [...org.rights, { ...org.rights[0]!, grants: [{ department: 'sales', positions: ['wizard'] }] }],
      },
      revision: { reviewDepartments: ['atlantis'] },
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const paths = r.error.issues?.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
    expect(paths).toEqual(
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

  it('SUP-3: labels must be present and non-blank in zh-CN, zh-TW and en', () => {
    const r = PolicySchema.safeParse({
      ...defaultPolicy,
      org: { ...defaultPolicy.org, departments: [{ id: 'x', labels: { 'zh-CN': '某部门', 'zh-TW': ' ', en: 'X' } }] },
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['org', 'departments', 0, 'labels', 'zh-TW']);
  });
});
