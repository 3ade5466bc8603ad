// The review gate itself (CW-2, CW-3, CW-5): which chain an item gets, when a stage counts as signed,
// when an item counts as approved, and what the signatures are bound to.
import { describe, expect, it } from 'vitest';
import { contentHash, fullyApproved, selectChain, stageComplete, type ChainStage, type ReviewedContent, type StageSignature } from '../../src/content/index.js';
import { defaultPolicy, parsePolicy, type Policy } from '../../src/policy/index.js';

const policyWith = (content: Partial<Policy['content']>): Policy => {
  const r = parsePolicy({ ...defaultPolicy, version: '2026.1-chain', content: { ...defaultPolicy.content, ...content } });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};
const ids = (policy: Policy, channel: string, risk: 'low' | 'medium' | 'high') => {
  const r = selectChain(policy, channel, risk);
  return r.ok ? r.value.stages.map((s) => s.id) : r.error.code;
};

const stage = (id: string, quorum: ChainStage['quorum'] = { kind: 'any' }): ChainStage => ({ id, signers: [{ department: 'market' }], sameDepartment: false, quorum, deadlineHours: 24, legal: false });
const sig = (stageId: string, actorId: string, hash = 'h1'): StageSignature => ({ stage: stageId, actorId, at: '2026-03-02T01:00:00.000Z', hash });

describe('CW-3: choosing the chain', () => {
  it('CW-3: the low-risk relaxation is for social channels only: with the flag on, a low-risk website item still goes to legal', () => {
    const flagged = policyWith({ lowRiskSocialSkipsLegal: true });
    expect(ids(flagged, 'weibo', 'low')).not.toContain('legal');
    expect(ids(flagged, 'website', 'low')).toContain('legal');
    expect(ids(defaultPolicy, 'weibo', 'low')).toContain('legal');
  });

  it('CW-3: an unknown channel is refused under CW-3, naming the channel field', () => {
    const r = selectChain(defaultPolicy, 'myspace', 'low');
    expect(!r.ok && r.error.code === 'invalid-input' && [r.error.rule, r.error.issues.map((i) => [i.path.join('.'), i.rule])]).toEqual(['CW-3', [['channel', 'CW-3']]]);
  });

  it('CW-3: a hand-built policy with no chain for the group and level, or a chain naming a missing stage, is a policy gap at content.chains, never an empty chain', () => {
    const noSiteHigh = { ...defaultPolicy, content: { ...defaultPolicy.content, chains: defaultPolicy.content.chains.filter((c) => !(c.groups.includes('site') && c.riskLevels.includes('high'))) } };
    const ghost = { ...defaultPolicy, content: { ...defaultPolicy.content, chains: defaultPolicy.content.chains.map((c) => ({ ...c, stages: [...c.stages, 'ghost'] })) } };
    for (const r of [selectChain(noSiteHigh, 'website', 'high'), selectChain(ghost, 'weibo', 'low')]) {
      expect(!r.ok && [r.error.code, r.error.rule, r.error.code === 'policy-invalid' && r.error.issues.map((i) => [i.path.join('.'), i.rule])]).toEqual([
        'policy-invalid',
        'CW-3',
        [['content.chains', 'CW-3']],
      ]);
    }
  });
});

describe('CW-2: when a stage and an item count as approved', () => {
  it('CW-3: a signature given at another stage does not complete this one', () => {
    expect(stageComplete(stage('legal'), [sig('department-head', 'u1')], 'h1')).toBe(false);
    expect(stageComplete(stage('legal'), [sig('legal', 'u1')], 'h1')).toBe(true);
  });

  it('CW-5: a signature given on an earlier version of the content does not count', () => {
    expect(stageComplete(stage('legal'), [sig('legal', 'u1', 'h0')], 'h1')).toBe(false);
  });

  it('CW-2: an item without a chain, or with a chain of no stages, is not approved', () => {
    expect(fullyApproved({ signatures: [sig('legal', 'u1')], hash: 'h1' })).toBe(false);
    expect(fullyApproved({ chain: { id: 'empty', policyVersion: 'v', stages: [] }, signatures: [sig('legal', 'u1')], hash: 'h1' })).toBe(false);
  });

  it('CW-2: an item is approved only when every stage of its chain is complete', () => {
    const chain = { id: 'c', policyVersion: 'v', stages: [stage('editor'), stage('legal', { kind: 'n-of-m', n: 2 })] };
    expect(fullyApproved({ chain, signatures: [sig('editor', 'u1'), sig('legal', 'u2')], hash: 'h1' })).toBe(false);
    expect(fullyApproved({ chain, signatures: [sig('editor', 'u1'), sig('legal', 'u2'), sig('legal', 'u3')], hash: 'h1' })).toBe(true);
  });
});

describe('CW-5: what the signatures are bound to', () => {
  const base: ReviewedContent = { title: 'T', body: 'B', format: 'text', channel: 'weibo', tags: [], keywords: [], advertising: false, riskLevel: 'low' };

  it('CW-5: marking an item as paid ranking, a review or carrying a purchase link changes its hash, so earlier approvals lapse', () => {
    for (const flag of ['paidRanking', 'review', 'purchaseLink'] as const) {
      expect(contentHash({ ...base, [flag]: true })).not.toBe(contentHash(base));
    }
  });

  it('CW-5: changing a source note changes the hash', () => {
    const source = { what: '国家统计局公报', where: 'https://www.stats.gov.cn/' };
    expect(contentHash({ ...base, sources: [{ ...source, note: '第 3 页' }] })).not.toBe(contentHash({ ...base, sources: [{ ...source, note: '第 4 页' }] }));
  });
});
