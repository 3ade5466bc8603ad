import { describe, expect, it } from 'vitest';
import { authorize, checkActor, separationOfDuties } from '../../src/org/index.js';
import { defaultPolicy, parsePolicy } from '../../src/policy/index.js';
import { people } from '../helpers.js';

describe('organisation and authorisation', () => {
  it('ORG-1: the default policy has every department the seeds name, each labelled in three languages', () => {
    const ids = defaultPolicy.org.departments.map((d) => d.id);
    for (const id of ['marketing', 'market', 'pr', 'technology', 'legal', 'customer-service', 'data-analysis', 'product', 'network-operations', 'operations-management', 'leadership-group']) {
      expect(ids).toContain(id);
    }
    for (const d of defaultPolicy.org.departments) for (const l of Object.values(d.labels)) expect(l.trim()).not.toBe('');
  });

  it('ORG-1: an actor in an unknown department is refused, naming ORG-1', () => {
    const r = authorize({ id: 'x', department: 'sales', positions: [] }, 'compliance.decide', {}, defaultPolicy);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code: 'forbidden', rule: 'ORG-1' });
  });

  it('ORG-2: network operations has supervisor, deputy supervisor, network operator and technical support; a position outside its department is refused', () => {
    const netops = defaultPolicy.org.positions.filter((p) => p.departments?.includes('network-operations')).map((p) => p.id);
    expect(netops).toEqual(expect.arrayContaining(['supervisor', 'deputy-supervisor', 'network-operator', 'technical-support']));
    const r = checkActor({ id: 'u', department: 'legal', positions: ['supervisor'] }, defaultPolicy);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.rule).toBe('ORG-2');
    expect(checkActor({ id: 'u', department: 'network-operations', positions: ['supervisor'] }, defaultPolicy).ok).toBe(true);
  });

  it('ORG-3: each department holds its own decision right and no other', () => {
    const cases: Array<[string, keyof typeof people]> = [
      ['strategy.decide', 'marketingHead'],
      ['brand.decide', 'prHead'],
      ['partner.decide', 'marketHead'],
      ['platform.decide', 'techHead'],
      ['compliance.decide', 'legalCounsel'],
    ];
    for (const [action, holder] of cases) {
      for (const [name, actor] of Object.entries(people)) {
        const r = authorize(actor, action, {}, defaultPolicy);
        const expected = name === holder || (action === 'compliance.decide' && name === 'legalHead') || (action === 'strategy.decide' && name === 'leader');
        expect({ action, name, ok: r.ok }).toEqual({ action, name, ok: expected });
        if (!r.ok && expected === false && r.error.rule !== 'ORG-2') expect(r.error.rule).toBe('ORG-3');
      }
    }
  });

  it('ORG-3: the leadership group approves major decisions through memberOf', () => {
    const member = { id: 'u-vp', department: 'product', positions: ['head'], memberOf: ['leadership-group'] };
    expect(authorize(member, 'strategy.decide', {}, defaultPolicy).ok).toBe(true);
    expect(authorize({ ...member, memberOf: [] }, 'strategy.decide', {}, defaultPolicy).ok).toBe(false);
  });

  it('ORG-4: refusals explain themselves in English and Chinese; an undefined action is refused, never assumed', () => {
    const r = authorize(people.editor, 'brand.decide', {}, defaultPolicy);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.message).toContain('u-editor');
      expect(r.error.messageZh).toContain('无权');
    }
    const unknown = authorize(people.manager, 'budget.approve-everything', {}, defaultPolicy);
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.error.rule).toBe('ORG-4');
  });

  it('ORG-4: a right scoped to the own department refuses other departments and unnamed ones', () => {
    expect(authorize(people.legalHead, 'policy.review', { department: 'legal' }, defaultPolicy).ok).toBe(true);
    expect(authorize(people.legalHead, 'policy.review', { department: 'market' }, defaultPolicy).ok).toBe(false);
    expect(authorize(people.legalHead, 'policy.review', {}, defaultPolicy).ok).toBe(false);
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

  it('CW-4: the author never signs, and one person never signs two stages or one stage twice', () => {
    const author = separationOfDuties({ actorId: 'a', authorId: 'a', stage: 'editor', signatures: [] });
    expect(!author.ok && author.error.rule).toBe('CW-4');
    const twoStages = separationOfDuties({ actorId: 'b', authorId: 'a', stage: 'legal', signatures: [{ actorId: 'b', stage: 'editor' }] });
    expect(!twoStages.ok && twoStages.error.message).toContain('editor');
    const again = separationOfDuties({ actorId: 'b', authorId: 'a', stage: 'editor', signatures: [{ actorId: 'b', stage: 'editor' }] });
    expect(again.ok).toBe(false);
    expect(separationOfDuties({ actorId: 'c', authorId: 'a', stage: 'legal', signatures: [{ actorId: 'b', stage: 'editor' }] }).ok).toBe(true);
  });
});
