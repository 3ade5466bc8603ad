import { describe, expect, it } from 'vitest';
import { createDirectory, separationOfDuties } from '../../src/core/index.js';
import { authorize, checkActor, identify } from '../../src/org/index.js';
import { defaultPolicy, parsePolicy } from '../../src/policy/index.js';
import { directory, people } from '../support/people.js';

describe('organisation and authorisation', () => {
  it('ORG-1: the default policy has every department the seeds name, each labelled in three languages', () => {
    const ids = defaultPolicy.org.departments.map((d) => d.id);
    for (const id of ['marketing', 'market', 'pr', 'technology', 'legal', 'customer-service', 'data-analysis', 'product', 'network-operations', 'operations-management', 'finance', 'internal-audit', 'management', 'leadership-group']) {
      expect(ids).toContain(id);
    }
    for (const d of defaultPolicy.org.departments) for (const l of Object.values(d.labels)) expect(l.trim()).not.toBe('');
  });

  it('ORG-1: internal audit exists with its special-inspection duty; data analysis and product have their duties', () => {
    // S2 内部监督.3 公司内部审计、法务等部门要定期对营销活动进行专项检查; S1 ch.7.4 数据分析部负责新媒体数据的监测与分析;
    // S3 §2(三)1 配合营销部门提供相关产品或服务信息，协助开展营销活动.
    const duty = (id: string) => defaultPolicy.org.departments.find((d) => d.id === id)?.duties?.map((x) => x['zh-CN']).join('') ?? '';
    expect(duty('internal-audit')).toContain('专项检查');
    expect(duty('data-analysis')).toContain('监测与分析');
    expect(duty('product')).toContain('产品或服务信息');
    for (const d of defaultPolicy.org.departments) {
      expect({ id: d.id, duties: (d.duties ?? []).length > 0 }).toEqual({ id: d.id, duties: true });
      for (const x of d.duties ?? []) for (const l of Object.values(x)) expect(l.trim()).not.toBe('');
    }
  });

  it('ORG-1: an actor in an unknown department is refused, naming ORG-1', () => {
    const r = authorize({ id: 'x', department: 'sales', positions: [] }, 'compliance.decide', {}, defaultPolicy);
    expect(!r.ok && r.error).toMatchObject({ code: 'forbidden', rule: 'ORG-1' });
  });

  it('ORG-2: network operations has supervisor, deputy supervisor, network operator and technical support; a position outside its department is refused', () => {
    const netops = defaultPolicy.org.positions.filter((p) => p.departments?.includes('network-operations')).map((p) => p.id);
    expect(netops).toEqual(expect.arrayContaining(['supervisor', 'deputy-supervisor', 'network-operator', 'technical-support']));
    const r = checkActor({ id: 'u', department: 'legal', positions: ['supervisor'] }, defaultPolicy);
    expect(!r.ok && r.error.rule).toBe('ORG-2');
    expect(!r.ok && r.error.messages['zh-CN']).toContain('network-operations');
    expect(checkActor({ id: 'u', department: 'network-operations', positions: ['supervisor'] }, defaultPolicy).ok).toBe(true);
  });

  it('ORG-3: each department holds its own decision right, granted the same way: through its head or deputy', () => {
    // S0 art.8 营销团队…公关部门…市场部门…技术部门…法务部门…具有相关决策权: the right is the department's.
    const cases: Array<[string, string, keyof typeof people]> = [
      ['strategy.decide', 'marketing', 'marketingHead'],
      ['brand.decide', 'pr', 'prHead'],
      ['partner.decide', 'market', 'marketHead'],
      ['platform.decide', 'technology', 'techHead'],
      ['compliance.decide', 'legal', 'legalHead'],
    ];
    for (const [action, department, holder] of cases) {
      const right = defaultPolicy.org.rights.find((r) => r.action === action)!;
      expect(right.rule).toBe('ORG-3');
      expect(right.grants[0]).toEqual({ department, positions: ['head', 'deputy-head'] });
      expect(right.source).toMatch(/^S0 art\.8/);
      for (const [name, actor] of Object.entries(people)) {
        if (!checkActor(actor, defaultPolicy).ok) continue;
        const r = authorize(actor, action, {}, defaultPolicy);
        // S3 §2(一): the leadership group 统筹规划全网营销战略, so it also decides strategy.
        const expected = name === holder || (action === 'strategy.decide' && ['marketingDeputy', 'leader'].includes(name));
        expect({ action, name, ok: r.ok }).toEqual({ action, name, ok: expected });
        if (!r.ok) expect(r.error.rule).toBe('ORG-3');
      }
    }
    // Legal's members act for compliance in review stages, but the department's decision is its head's.
    expect(authorize(people.legal, 'compliance.decide', {}, defaultPolicy).ok).toBe(false);
  });

  it('ORG-3: the leadership group approves major marketing decisions and resource allocation, and decides strategy, through memberOf', () => {
    // S3 §2(一) 全网营销领导小组…负责统筹规划全网营销战略、审批重大营销决策和资源配置.
    const member = { id: 'u-vp', department: 'product', positions: ['head'], memberOf: ['leadership-group'] };
    expect(defaultPolicy.org.rights.find((r) => r.action === 'major-decision.approve')).toMatchObject({ rule: 'ORG-3', source: 'S3 §2(一)' });
    expect(authorize(member, 'major-decision.approve', {}, defaultPolicy).ok).toBe(true);
    expect(authorize({ ...member, memberOf: [] }, 'major-decision.approve', {}, defaultPolicy).ok).toBe(false);
    expect(authorize(people.marketingHead, 'major-decision.approve', {}, defaultPolicy).ok).toBe(false);
    expect(authorize(member, 'strategy.decide', {}, defaultPolicy).ok).toBe(true);
    expect(authorize({ ...member, memberOf: [] }, 'strategy.decide', {}, defaultPolicy).ok).toBe(false);
  });

  it('ORG-3: who interprets the policy is policy data: the enterprise management head by default (S0), the market department if a company follows S1', () => {
    // S0 art.17 对于本制度内容的解释权归企业管理负责人拥有; S1 ch.8 本制度由市场部解释.
    const right = defaultPolicy.org.rights.find((r) => r.action === 'policy.interpret')!;
    expect(right.source).toContain('S0 art.17');
    expect(authorize(people.manager, 'policy.interpret', {}, defaultPolicy).ok).toBe(true);
    expect(authorize(people.marketHead, 'policy.interpret', {}, defaultPolicy).ok).toBe(false);
    const s1 = parsePolicy({
      ...defaultPolicy,
      org: { ...defaultPolicy.org, rights: defaultPolicy.org.rights.map((r) => (r.action === 'policy.interpret' ? { ...r, source: 'S1 ch.8', grants: [{ department: 'market', positions: ['head'] }] } : r)) },
    });
    expect(s1.ok && authorize(people.marketHead, 'policy.interpret', {}, s1.value).ok).toBe(true);
    expect(s1.ok && authorize(people.manager, 'policy.interpret', {}, s1.value).ok).toBe(false);
  });

  it('ORG-3: every default right says where it comes from: a seed clause or our default', () => {
    for (const r of defaultPolicy.org.rights) {
      expect({ action: r.action, sourced: typeof r.source === 'string' && /^(S[0-4] |default)/.test(r.source) }).toEqual({ action: r.action, sourced: true });
    }
  });

  it('ORG-4: refusals explain themselves in every locale; an undefined action is refused, never assumed', () => {
    const r = authorize(people.editor, 'brand.decide', {}, defaultPolicy);
    expect(!r.ok && r.error.message).toContain('u-editor');
    expect(!r.ok && r.error.messages['zh-CN']).toContain('无权');
    expect(!r.ok && r.error.messages['zh-TW']).toContain('無權');
    const unknown = authorize(people.manager, 'budget.approve-everything', {}, defaultPolicy);
    expect(!unknown.ok && unknown.error.rule).toBe('ORG-4');
  });

  it('ORG-4: scopes: own-department refuses other and unnamed departments; own-record refuses records others created', () => {
    expect(authorize(people.marketingHead, 'content.withdraw', { department: 'marketing' }, defaultPolicy).ok).toBe(true);
    expect(authorize(people.marketingHead, 'content.withdraw', { department: 'pr' }, defaultPolicy).ok).toBe(false);
    expect(authorize(people.marketingHead, 'content.withdraw', {}, defaultPolicy).ok).toBe(false);
    expect(authorize(people.author, 'content.withdraw-own', { createdBy: people.author.id }, defaultPolicy).ok).toBe(true);
    expect(authorize(people.author, 'content.withdraw-own', { createdBy: people.editor.id }, defaultPolicy).ok).toBe(false);
    // Several rights: any one suffices.
    expect(authorize(people.author, ['content.withdraw-own', 'content.withdraw'], { createdBy: people.author.id, department: 'marketing' }, defaultPolicy).ok).toBe(true);
    expect(authorize(people.editor, ['content.withdraw-own', 'content.withdraw'], { createdBy: people.author.id, department: 'marketing' }, defaultPolicy).ok).toBe(false);
  });

  it('ORG-4: decision rights are policy data: a host can grant a right to another department', () => {
    const custom = parsePolicy({
      ...defaultPolicy,
      org: {
        ...defaultPolicy.org,
        rights: defaultPolicy.org.rights.map((r) => (r.action === 'brand.decide' ? { ...r, grants: [...r.grants, { department: 'marketing' }] } : r)),
      },
    });
    if (!custom.ok) throw new Error(custom.error.message);
    expect(authorize(people.editor, 'brand.decide', {}, custom.value).ok).toBe(true);
  });

  it('ORG-4: who acts is the host directory entry of the authenticated id, checked against the organisation', () => {
    expect(identify(people.legal.id, defaultPolicy, directory)).toEqual({ ok: true, value: people.legal });
    expect(identify('u-\u0065\u0301', defaultPolicy, createDirectory([{ id: 'u-\u00e9', department: 'legal', positions: [] }])).ok).toBe(true);
    for (const [id, dir] of [
      ['u-nobody', directory],
      [people.legalSupervisor.id, directory],
      ['u-1', { lookup: () => ({ id: 'u-1', department: 'legal', positions: 'head' }) }],
      ['u-1', { lookup: () => { throw new Error('directory down'); } }],
    ] as const) {
      const r = identify(id, defaultPolicy, dir as never);
      expect(!r.ok && r.error.code).toBe('forbidden');
    }
  });

  it('CW-4: contributors never sign, and one person never signs two stages or one stage twice', () => {
    const contributor = separationOfDuties({ actorId: 'a', stage: 'editor', signatures: [], contributors: ['a'], rule: 'CW-4' });
    expect(!contributor.ok && contributor.error.rule).toBe('CW-4');
    const twoStages = separationOfDuties({ actorId: 'b', stage: 'legal', signatures: [{ actorId: 'b', stage: 'editor' }], contributors: ['a'], rule: 'CW-4' });
    expect(!twoStages.ok && twoStages.error.message).toContain('editor');
    const again = separationOfDuties({ actorId: 'b', stage: 'editor', signatures: [{ actorId: 'b', stage: 'editor' }], contributors: ['a'], rule: 'CW-4' });
    expect(again.ok).toBe(false);
    expect(separationOfDuties({ actorId: 'c', stage: 'legal', signatures: [{ actorId: 'b', stage: 'editor' }], contributors: ['a'], rule: 'CW-4' }).ok).toBe(true);
  });
});

describe('who the directory says someone is', () => {
  const entry = { id: 'u-editor', department: 'marketing', positions: ['content-editor'] };

  it('ORG-4: one person never acts under two ids: a directory that folds case or spaces, or answers for someone else, is refused', () => {
    const folding = { lookup: (id: string) => (id.trim().toLowerCase() === 'u-editor' ? entry : undefined) };
    expect(identify('u-editor', defaultPolicy, folding).ok).toBe(true);
    for (const id of ['U-EDITOR', ' u-editor', 'u-editor ']) expect(identify(id, defaultPolicy, folding)).toMatchObject({ ok: false, error: { code: 'forbidden', rule: 'ORG-4' } });
    const fallback = { lookup: () => people.legal };
    expect(identify('u-nobody', defaultPolicy, fallback)).toMatchObject({ ok: false, error: { code: 'forbidden', rule: 'ORG-4' } });
  });

  it('ORG-4: a directory entry whose fields throw when read is refused, not thrown', () => {
    const hostile = {
      lookup: () => ({
        id: 'u-x',
        get department(): string {
          throw new Error('boom');
        },
        positions: [],
      }),
    };
    let r: ReturnType<typeof identify> | undefined;
    expect(() => (r = identify('u-x', defaultPolicy, hostile))).not.toThrow();
    expect(r).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

describe('ids a policy chooses', () => {
  it('ORG-1: a department called __proto__ or constructor is an ordinary department: its people act under its rights', () => {
    const odd = parsePolicy({
      ...defaultPolicy,
      version: '2026.1-odd',
      org: {
        ...defaultPolicy.org,
        departments: [...defaultPolicy.org.departments, { id: '__proto__', labels: { 'zh-CN': '甲', 'zh-TW': '甲', en: 'A' } }, { id: 'constructor', labels: { 'zh-CN': '乙', 'zh-TW': '乙', en: 'B' } }],
        rights: defaultPolicy.org.rights.map((r) => (r.action === 'brand.decide' ? { ...r, grants: [...r.grants, { department: '__proto__' }] } : r)),
      },
    });
    if (!odd.ok) throw new Error(odd.error.message);
    const person = { id: 'u-odd', department: '__proto__', positions: ['staff'] };
    expect(identify('u-odd', odd.value, createDirectory([person])).ok).toBe(true);
    expect(authorize(person, 'brand.decide', {}, odd.value).ok).toBe(true);
    expect(authorize({ ...person, department: 'constructor' }, 'brand.decide', {}, odd.value).ok).toBe(false);
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });
});
