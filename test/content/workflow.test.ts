import { describe, expect, it } from 'vitest';
import type { StoredRecord } from '../../src/core/index.js';
import { contentHash, contentStep, createContentItem, selectChain, type ContentCommand } from '../../src/content/index.js';
import { defaultPolicy, parsePolicy, type Policy } from '../../src/policy/index.js';
import { as } from '../support/people.js';
import { apply, approvedItem, context, newItem, now, people, plan, refuse, submitted, view, where } from './helpers.js';

const policyWith = (content: Partial<Policy['content']>, version = '2026.1-test'): Policy => {
  const r = parsePolicy({ ...defaultPolicy, version, content: { ...defaultPolicy.content, ...content } });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};

describe('CW-1: five stages, plan first', () => {
  it('CW-1: an item starts in planning; creation waits for theme, form, audience and expected effect, each missing field named', () => {
    const item = newItem({ plan: { theme: '春季新品' } });
    expect(where(item)).toBe('planning');
    const e = refuse(item, people.author, { type: 'start-creation' });
    expect(e.rule).toBe('CW-1');
    expect(e.code === 'invalid-input' && e.issues.map((i) => i.path.join('.'))).toEqual(['plan.form', 'plan.audience', 'plan.expectedEffect']);
    expect(e.messages['zh-CN']).toContain('开始创作前须先在策划中填写此项');
    const planned = apply(item, people.author, { type: 'update-plan', plan });
    expect(where(apply(planned, people.author, { type: 'start-creation' }))).toBe('creation');
  });

  it('CW-1: review needs a title and a body', () => {
    const item = apply(newItem({ body: '' }), people.author, { type: 'start-creation' });
    const e = refuse(item, people.author, { type: 'submit' });
    expect(e.code === 'invalid-input' && e.issues.map((i) => i.path.join('.'))).toEqual(['body']);
  });

  it('CW-1: only departments that plan content may create it, and a colleague outside the owning department may not edit it', () => {
    const r = createContentItem('x', { id: 'c', type: 'create', format: 'text', channel: 'weibo', riskLevel: 'low' }, as(people.financeStaff, now));
    expect(!r.ok && r.error.code).toBe('forbidden');
    const item = apply(newItem(), people.author, { type: 'start-creation' });
    expect(refuse(item, people.prHead, { type: 'edit', body: '别部门改的' }).code).toBe('forbidden');
    expect(where(apply(item, people.editor2, { type: 'edit', body: '同部门同事修改' }))).toBe('creation');
  });

  it('CW-1: unknown channels and bad input are refused with the field and the rule, and nothing is created', () => {
    const r = createContentItem('x', { id: 'c', type: 'create', format: 'text', channel: 'myspace', riskLevel: 'low' }, as(people.author, now));
    expect(!r.ok && r.error).toMatchObject({ code: 'invalid-input', rule: 'CW-3' });
    const bad = createContentItem('x', { id: 'c', type: 'create', format: 'hologram', channel: 'weibo', riskLevel: 'extreme' } as never, as(people.author, now));
    expect(!bad.ok && bad.error.code === 'invalid-input' && bad.error.issues.map((i) => i.path.join('.')).sort()).toEqual(['format', 'riskLevel']);
  });
});

describe('CW-2: nothing is published without passing review', () => {
  it('CW-2: publishing before review is refused with the rule, and an emergency flag changes nothing', () => {
    for (const emergency of [false, true]) {
      const e = refuse(submitted(), people.editor, { type: 'publish', externalId: 'x', emergency });
      expect(e).toMatchObject({ code: 'not-allowed', rule: 'CW-2', state: 'review:editor' });
    }
  });

  it('CW-2: a partly approved item cannot be scheduled or published', () => {
    const item = apply(submitted(), people.editor, { type: 'approve', stage: view(submitted()).stage!, hash: context(submitted()).hash });
    expect(refuse(item, people.editor2, { type: 'schedule', publishAt: '2026-03-09T02:00:00Z' }).code).toBe('not-allowed');
  });
});

describe('CW-3: review chains are policy data, chosen by channel and risk', () => {
  const ids = (channel: string, risk: 'low' | 'medium' | 'high', policy: Policy = defaultPolicy) => {
    const r = selectChain(policy, channel, risk);
    return r.ok ? r.value.stages.map((s) => s.id) : r.error.message;
  };

  it('CW-3: social content: editor → department head → legal (S1 ch.4.2); high risk adds the leadership group', () => {
    expect(ids('weibo', 'low')).toEqual(['editor', 'department-head', 'legal']);
    expect(ids('wechat-official-account', 'medium')).toEqual(['editor', 'department-head', 'legal']);
    expect(ids('douyin', 'high')).toEqual(['editor', 'department-head', 'legal', 'leadership']);
  });

  it('CW-3: site content goes through editor, department head and legal like all new media, then supervisor approval and quality check (S4 §3.3)', () => {
    // S1 ch.4.2 审核流程包括内容编辑、部门负责人审核及法务审核; ch.7.3 法务部负责审核新媒体内容的合规性;
    // S4 §3.3 网站上发布内容需要经过主管审批、质检，最后在网站上发布.
    for (const channel of ['website', 'app', 'online-shop']) {
      expect(ids(channel, 'low')).toEqual(['editor', 'department-head', 'legal', 'supervisor', 'quality-check']);
      expect(ids(channel, 'medium')).toEqual(['editor', 'department-head', 'legal', 'supervisor', 'quality-check']);
    }
    expect(ids('online-shop', 'high')).toEqual(['editor', 'department-head', 'legal', 'leadership', 'supervisor', 'quality-check']);
  });

  it('CW-3: low-risk social content skips legal only when the policy flag is on (off by default, following S1 ch.4.2)', () => {
    const flagged = policyWith({ lowRiskSocialSkipsLegal: true });
    expect(ids('weibo', 'low', flagged)).toEqual(['editor', 'department-head']);
    expect(ids('weibo', 'medium', flagged)).toEqual(['editor', 'department-head', 'legal']);
    expect(ids('weibo', 'high', flagged)).toContain('legal');
  });

  it('CW-3: a policy whose high-risk chain lacks legal, or that leaves a risk level uncovered, is refused with every problem', () => {
    const r = parsePolicy({
      ...defaultPolicy,
      content: {
        ...defaultPolicy.content,
        chains: [
          { id: 'social-all', groups: ['social'], riskLevels: ['low', 'medium', 'high'], stages: ['editor', 'department-head'] },
          { id: 'site-low', groups: ['site'], riskLevels: ['low'], stages: ['supervisor', 'ghost'] },
        ],
      },
    });
    expect(r.ok).toBe(false);
    const messages = !r.ok && r.error.code === 'policy-invalid' ? r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) : [];
    expect(messages).toEqual(
      expect.arrayContaining([
        'content.chains.0.stages: CW-3: a chain for high-risk content must include a legal stage',
        'content.chains.1.stages.1: unknown stage "ghost"',
        'content.chains: no review chain covers site content of medium risk',
      ]),
    );
  });

  it('CW-3: a signer must hold the stage role, and a department-head stage is signed inside the owning department', () => {
    const item = submitted();
    expect(refuse(item, people.legal, { type: 'approve', stage: view(item).stage!, hash: context(item).hash }).rule).toBe('CW-3');
    const atHead = apply(item, people.editor, { type: 'approve', stage: view(item).stage!, hash: context(item).hash });
    const e = refuse(atHead, people.prHead, { type: 'approve', stage: view(atHead).stage!, hash: context(atHead).hash });
    expect(e).toMatchObject({ code: 'forbidden', rule: 'CW-3' });
    expect(e.message).toContain('marketing');
  });

  it('CW-3: signers are checked like every actor: a legal employee listed with a supervisor position signs nothing', () => {
    let item = apply(newItem({ channel: 'website' }), people.author, { type: 'start-creation' });
    item = apply(item, people.author, { type: 'submit' });
    for (const by of [people.editor, people.marketingHead, people.legal]) item = apply(item, by, { type: 'approve', stage: view(item).stage!, hash: context(item).hash });
    expect(where(item)).toBe('review:supervisor');
    expect(refuse(item, people.legalSupervisor, { type: 'approve', stage: view(item).stage!, hash: context(item).hash })).toMatchObject({ code: 'forbidden', rule: 'ORG-2' });
  });

  it('CW-3: after submission, the author cannot lower the risk level to skip a stage; legal can, and then does not sign it', () => {
    let item = submitted({ riskLevel: 'high' });
    expect(view(item).context.chain?.stages.map((s) => s.id)).toContain('leadership');
    const e = refuse(item, people.author, { type: 'edit', riskLevel: 'low' });
    expect(e).toMatchObject({ code: 'forbidden', rule: 'CW-3' });
    expect(refuse(item, people.marketingHead, { type: 'edit', riskLevel: 'medium' }).rule).toBe('CW-3');
    // Raising it is always allowed: it only adds stages.
    item = apply(item, people.author, { type: 'edit', riskLevel: 'high', body: '补充了风险提示' });
    expect(refuse(item, people.legal2, { type: 'edit', riskLevel: 'medium', body: '顺便改正文' }).rule).toBe('CW-3');
    const lowered = contentStep(item, { id: 'lower', type: 'edit', riskLevel: 'medium', reason: '经核实无绝对化用语' }, as(people.legal2, now));
    if (!lowered.ok || lowered.replayed) throw new Error('lowering refused');
    expect(lowered.audit.rules).toContain('CW-3');
    expect(context(lowered.record).chain?.stages.map((s) => s.id)).toEqual(['editor', 'department-head', 'legal']);
    let rec: StoredRecord = lowered.record;
    for (const by of [people.editor, people.marketingHead]) rec = apply(rec, by, { type: 'approve', stage: view(rec).stage!, hash: context(rec).hash });
    expect(refuse(rec, people.legal2, { type: 'approve', stage: view(rec).stage!, hash: context(rec).hash }).rule).toBe('CW-4');
    expect(where(apply(rec, people.legal, { type: 'approve', stage: view(rec).stage!, hash: context(rec).hash }))).toBe('approved');
  });

  it('CW-3: quorums: "all named" waits for every named signer; n-of-m waits for n distinct signers', () => {
    const policy = policyWith({
      stages: defaultPolicy.content.stages.map((s) =>
        s.id === 'legal' ? { ...s, quorum: { kind: 'all', actorIds: [people.legal.id, people.legal2.id] } } : s.id === 'editor' ? { ...s, quorum: { kind: 'n-of-m', n: 2 } } : s,
      ),
    });
    let item = submitted({}, policy);
    item = apply(item, people.editor, { type: 'approve', stage: view(item).stage!, hash: context(item).hash }, policy);
    expect(where(item)).toBe('review:editor');
    item = apply(item, people.editor2, { type: 'approve', stage: view(item).stage!, hash: context(item).hash }, policy);
    expect(where(item)).toBe('review:department-head');
    item = apply(item, people.marketingHead, { type: 'approve', stage: view(item).stage!, hash: context(item).hash }, policy);
    item = apply(item, people.legal, { type: 'approve', stage: view(item).stage!, hash: context(item).hash }, policy);
    expect(where(item)).toBe('review:legal');
    expect(refuse(item, people.legalHead, { type: 'approve', stage: view(item).stage!, hash: context(item).hash }, policy).rule).toBe('CW-3');
    item = apply(item, people.legal2, { type: 'approve', stage: view(item).stage!, hash: context(item).hash }, policy);
    expect(where(item)).toBe('approved');
  });
});

describe('CW-3: an approval names the stage it was given for', () => {
  it('CW-3: an approval or rejection quoting another stage than the one under review is a conflict, so a racing retry never signs the next stage', () => {
    const both = { id: 'u-both', department: 'marketing', positions: ['content-editor', 'head'] };
    const ctx = as(both, now, defaultPolicy, { directory: { lookup: (id) => (id === both.id ? both : undefined) } });
    let item = submitted();
    item = apply(item, people.editor, { type: 'approve', stage: 'editor', hash: context(item).hash });
    // u-both reviewed the editor stage; the item has meanwhile moved to the department head.
    const late = contentStep(item, { id: 'late', type: 'approve', stage: 'editor', hash: context(item).hash }, ctx);
    expect(!late.ok && late.error).toMatchObject({ code: 'conflict', rule: 'CW-3' });
    expect(!late.ok && late.error.messages['zh-CN']).toContain('department-head');
    expect(refuse(item, people.marketingHead, { type: 'reject', stage: 'editor', reason: '晚了' })).toMatchObject({ code: 'conflict', rule: 'CW-3' });
  });
});

describe('CW-4: separation of duties', () => {
  it('CW-4: the author never approves their own item, nor does anyone who edited it', () => {
    let item = apply(newItem(), people.author, { type: 'start-creation' });
    item = apply(item, people.editor, { type: 'edit', body: '编辑润色' });
    item = apply(item, people.author, { type: 'submit' });
    expect(refuse(item, people.editor, { type: 'approve', stage: view(item).stage!, hash: context(item).hash }).rule).toBe('CW-4');
    item = apply(item, people.editor2, { type: 'approve', stage: view(item).stage!, hash: context(item).hash });
    expect(where(item)).toBe('review:department-head');
  });

  it('CW-4: whoever submits an item is a contributor and may not approve it', () => {
    let item = apply(newItem(), people.author, { type: 'start-creation' });
    item = apply(item, people.editor2, { type: 'submit' });
    expect(refuse(item, people.editor2, { type: 'approve', stage: view(item).stage!, hash: context(item).hash }).rule).toBe('CW-4');
  });

  it('CW-4: one person never signs two stages of the same item', () => {
    const both = { id: 'u-both', department: 'marketing', positions: ['content-editor', 'head'] };
    const ctx = as(both, now, defaultPolicy, { directory: { lookup: (id) => (id === both.id ? both : undefined) } });
    let item = submitted();
    const first = contentStep(item, { id: 'b1', type: 'approve', stage: view(item).stage!, hash: context(item).hash }, ctx);
    if (!first.ok) throw new Error(first.error.message);
    item = first.record;
    const second = contentStep(item, { id: 'b2', type: 'approve', stage: view(item).stage!, hash: context(item).hash }, ctx);
    expect(!second.ok && second.error).toMatchObject({ code: 'forbidden', rule: 'CW-4' });
    expect(!second.ok && second.error.message).toContain('editor');
  });
});

describe('CW-5: rejections and edits', () => {
  it('CW-5: a rejection needs a reason and returns the item to creation, voiding earlier approvals', () => {
    let item = submitted();
    item = apply(item, people.editor, { type: 'approve', stage: view(item).stage!, hash: context(item).hash });
    const blank = refuse(item, people.marketingHead, { type: 'reject', stage: 'department-head', reason: ' ' });
    expect(blank.code === 'invalid-input' && blank.issues[0]?.path).toEqual(['reason']);
    const r = contentStep(item, { id: 'rej', type: 'reject', stage: 'department-head', reason: '数据来源不可靠' }, as(people.marketingHead, now));
    if (!r.ok) throw new Error(r.error.message);
    expect(where(r.record)).toBe('creation');
    expect(!r.replayed && r.audit).toMatchObject({ reason: '数据来源不可靠', rules: ['CW-5'] });
    expect(context(r.record).signatures).toEqual([]);
    expect(context(r.record).voidedSignatures.map((s) => s.actorId)).toEqual([people.editor.id]);
    expect(context(r.record).rejections[0]).toMatchObject({ stage: 'department-head', actorId: people.marketingHead.id });
  });

  it('CW-5: editing after an approval voids it and sends the item back to the first stage; the audit says why', () => {
    const r = contentStep(approvedItem(), { id: 'ed', type: 'edit', body: '更新了价格', reason: '价格调整' }, as(people.author, now));
    if (!r.ok || r.replayed) throw new Error('edit refused');
    expect(where(r.record)).toBe('review:editor');
    expect(r.audit).toMatchObject({ from: 'approved', to: 'review:editor', rules: ['CW-1', 'CW-5'], reason: '价格调整' });
    expect(context(r.record).signatures).toEqual([]);
    expect(context(r.record).voidedSignatures).toHaveLength(3);
    expect(r.effects.map((e) => e['topic'])).toContain('content.approvals-voided');
  });

  it('CW-5: an approval is bound to the hash the reviewer saw; a stale hash is a conflict, not an approval', () => {
    let item = submitted();
    const seen = context(item).hash;
    item = apply(item, people.author, { type: 'edit', title: '标题改了' });
    expect(refuse(item, people.editor, { type: 'approve', stage: 'editor', hash: seen })).toMatchObject({ code: 'conflict', rule: 'CW-5' });
  });

  it('CW-5: an edit that changes nothing reviewers see is refused instead of silently voiding approvals', () => {
    const approved = approvedItem();
    expect(refuse(approved, people.author, { type: 'edit', body: context(approved).body })).toMatchObject({ code: 'invalid-input', rule: 'CW-5' });
  });
});

describe('CW-5: a policy change never strands a review in progress', () => {
  it('CW-5: with a stage removed from the policy, an item waiting at that stage finishes its review and can be taken down', () => {
    let item = submitted();
    item = apply(item, people.editor, { type: 'approve', stage: view(item).stage!, hash: context(item).hash });
    expect(where(item)).toBe('review:department-head');
    const without = policyWith({
      stages: defaultPolicy.content.stages.filter((s) => s.id !== 'department-head'),
      chains: defaultPolicy.content.chains.map((c) => ({ ...c, stages: c.stages.filter((s) => s !== 'department-head') })),
    }, '2026.2');
    expect(where(apply(item, people.legal, { type: 'takedown', reason: '紧急：泄露未发布信息', emergency: true }, without))).toBe('withdrawn');
    item = apply(item, people.marketingHead, { type: 'approve', stage: view(item).stage!, hash: context(item).hash }, without);
    expect(where(item)).toBe('review:legal');
    item = apply(item, people.legal, { type: 'approve', stage: view(item).stage!, hash: context(item).hash }, without);
    expect(where(item)).toBe('approved');
  });

  it('CW-5: with the stages reordered, an item in review keeps the order it was submitted under', () => {
    let item = submitted();
    const reordered = policyWith({
      chains: defaultPolicy.content.chains.map((c) => (c.id === 'social-standard' ? { ...c, stages: ['legal', 'department-head', 'editor'] } : c)),
    }, '2026.2');
    for (const [by, stage] of [[people.editor, 'editor'], [people.marketingHead, 'department-head'], [people.legal, 'legal']] as const) {
      expect(where(item)).toBe(`review:${stage}`);
      item = apply(item, by, { type: 'approve', stage: view(item).stage!, hash: context(item).hash }, reordered);
    }
    expect(where(item)).toBe('approved');
    // A new submission follows the new order.
    const fresh = apply(apply(newItem({}, 'post-2', people.author, reordered), people.author, { type: 'start-creation' }, reordered), people.author, { type: 'submit' }, reordered);
    expect(where(fresh)).toBe('review:legal');
  });
});

describe('CW-6 and CW-7: publishing and the calendar', () => {
  it('CW-6: publishing records the host time, platform, external id and URL, hash and policy version; a claimed time is only recorded', () => {
    const later = new Date('2026-03-03T02:00:00Z');
    const r = contentStep(
      approvedItem(),
      { id: 'pub', type: 'publish', externalId: 'weibo-889', url: 'https://weibo.com/1/889', at: '2020-01-01T00:00:00Z' },
      as(people.editor, later),
    );
    if (!r.ok || r.replayed) throw new Error('publish refused');
    expect(context(r.record).publication).toEqual({
      at: '2026-03-03T02:00:00.000Z',
      channel: 'weibo',
      externalId: 'weibo-889',
      url: 'https://weibo.com/1/889',
      policyVersion: defaultPolicy.version,
      hash: context(r.record).hash,
      actorId: people.editor.id,
    });
    expect(r.audit).toMatchObject({ at: '2026-03-03T02:00:00.000Z', claimedAt: '2020-01-01T00:00:00.000Z', rules: ['CW-2', 'CW-6'] });
  });

  it('CW-7: scheduling in the past is refused; a schedule returns a dated effect for the host', () => {
    const approved = approvedItem();
    const past = refuse(approved, people.editor, { type: 'schedule', publishAt: '2026-03-01T00:00:00Z' });
    expect(past.code === 'invalid-input' && past.issues[0]?.path).toEqual(['publishAt']);
    const r = contentStep(approved, { id: 's', type: 'schedule', publishAt: '2026-03-04T12:00:00+08:00' }, as(people.editor, now));
    expect(r.ok && r.effects).toEqual([expect.objectContaining({ type: 'schedule', topic: 'content.publish-due', at: '2026-03-04T04:00:00.000Z' })]);
    const unscheduled = apply(r.ok ? r.record : approved, people.editor, { type: 'unschedule', reason: '活动延期' });
    expect(where(unscheduled)).toBe('approved');
    expect(context(unscheduled).publishAt).toBeUndefined();
  });
});

describe('CW-8 and CW-9: what reviewers approve, and taking content down', () => {
  it('CW-8: tags and keywords are part of the reviewed content: changing them changes the hash', () => {
    const base = { title: 'T', body: 'B', format: 'text' as const, channel: 'weibo', tags: ['新品'], keywords: [], advertising: false, riskLevel: 'low' as const };
    expect(contentHash(base)).not.toBe(contentHash({ ...base, tags: ['新品', '限时'] }));
    expect(contentHash(base)).not.toBe(contentHash({ ...base, keywords: ['春装'] }));
    expect(contentHash(base)).not.toBe(contentHash({ ...base, advertising: true }));
    expect(contentHash(base)).toBe(contentHash({ ...base }));
  });

  it('CW-9: published content is withdrawn or taken down with a reason; the record and its publication stay', () => {
    const published = apply(approvedItem(), people.editor, { type: 'publish', externalId: 'wb-1' });
    const blank = refuse(published, people.legal, { type: 'takedown', reason: '' });
    expect(blank.code === 'invalid-input' && blank.issues[0]?.path).toEqual(['reason']);
    expect(refuse(published, people.author, { type: 'takedown', reason: '想删' }).code).toBe('forbidden');
    const r = contentStep(published, { id: 't', type: 'takedown', reason: '平台通知：涉嫌夸大宣传' }, as(people.legal, now));
    if (!r.ok || r.replayed) throw new Error('takedown refused');
    expect(where(r.record)).toBe('withdrawn');
    expect(context(r.record).publication?.externalId).toBe('wb-1');
    expect(context(r.record).ending).toMatchObject({ kind: 'takedown', reason: '平台通知：涉嫌夸大宣传', emergency: false });
    expect(r.effects[0]).toMatchObject({ type: 'escalate', topic: 'content.taken-down' });
    expect(r.audit.rules).toEqual(['CW-9']);
  });

  it('CW-9: before publication, only an emergency takedown is possible, only when the policy allows it, and it is audited', () => {
    const inReview = submitted();
    expect(refuse(inReview, people.legal, { type: 'takedown', reason: '泄露', emergency: false }).rule).toBe('CW-9');
    expect(refuse(inReview, people.legal, { type: 'takedown', reason: '泄露', emergency: true }, policyWith({ emergencyTakedown: false })).rule).toBe('CW-9');
    const r = contentStep(inReview, { id: 'em', type: 'takedown', reason: '草稿外泄，紧急处理', emergency: true }, as(people.legal, now));
    expect(r.ok && !r.replayed && r.audit).toMatchObject({ from: 'review:editor', to: 'withdrawn', rules: ['CW-9'] });
  });

  it('CW-9: the author or the department head withdraws, each under a decision right; others may not', () => {
    const published = apply(approvedItem(), people.editor, { type: 'publish', externalId: 'wb-2' });
    expect(refuse(published, people.prHead, { type: 'withdraw', reason: '不合适' }).code).toBe('forbidden');
    expect(refuse(published, people.editor2, { type: 'withdraw', reason: '同事想撤' }).code).toBe('forbidden');
    expect(where(apply(published, people.marketingHead, { type: 'withdraw', reason: '活动提前结束' }))).toBe('withdrawn');
    expect(where(apply(published, people.author, { type: 'withdraw', reason: '信息有误' }))).toBe('withdrawn');
    // The author's own right is a right like any other: a policy without it leaves authors unable to withdraw.
    const noOwn = parsePolicy({ ...defaultPolicy, org: { ...defaultPolicy.org, rights: defaultPolicy.org.rights.filter((r) => r.action !== 'content.withdraw-own') } });
    if (!noOwn.ok) throw new Error(noOwn.error.message);
    expect(refuse(published, people.author, { type: 'withdraw', reason: '信息有误' }, noOwn.value)).toMatchObject({ code: 'forbidden', rule: 'ORG-4' });
  });
});

describe('ORG-4: who acts comes from the host, never from the command', () => {
  it('ORG-4: an actor claimed in the command body is ignored: the host-authenticated author cannot approve as the general manager', () => {
    const item = submitted();
    const claimed = { actor: { id: 'u-gm', department: 'legal', positions: ['head'], memberOf: ['leadership-group'] } };
    const r = contentStep(item, { id: 'claim', type: 'approve', stage: view(item).stage!, hash: context(item).hash, ...claimed } as ContentCommand, as(people.author, now));
    expect(!r.ok && r.error).toMatchObject({ code: 'forbidden', rule: 'CW-3' });
    const ok = contentStep(item, { id: 'claim2', type: 'cancel', reason: '不再需要', ...claimed } as ContentCommand, as(people.author, now));
    expect(ok.ok && !ok.replayed && ok.audit.actor).toEqual(people.author);
  });

  it('ORG-4: a person the host directory does not know, or an id with invisible characters, is refused', () => {
    const item = submitted();
    for (const actor of ['u-nobody', 'u-editor\u200b', '', ' u-editor']) {
      const r = contentStep(item, { id: 'x', type: 'approve', stage: view(item).stage!, hash: context(item).hash }, { ...as(people.editor, now), actor });
      expect(!r.ok && r.error).toMatchObject({ code: 'forbidden', rule: 'ORG-4' });
    }
  });
});
