import { describe, expect, it } from 'vitest';
import { contentHash, contentStep, createContentItem, selectChain } from '../../src/content/index.js';
import { defaultPolicy, parsePolicy } from '../../src/policy/index.js';
import { approvedItem, context, ctx, newItem, plan, run, staff, state } from './helpers.js';

const refuse = (record: Parameters<typeof contentStep>[0], command: Record<string, unknown>, c = ctx) => {
  const before = structuredClone(record);
  const r = contentStep(record, { id: `r-${Math.random()}`, ...command }, c);
  expect(record).toEqual(before);
  if (r.ok) throw new Error(`expected a refusal for ${String(command['type'])}`);
  return r.error;
};

describe('CW-1: five stages, plan first', () => {
  it('CW-1: an item starts in planning; creation waits for theme, form, audience and expected effect, each missing field named', () => {
    const item = newItem({ plan: { theme: '春季新品' } });
    expect(state(item)).toBe('planning');
    const e = refuse(item, { type: 'start-creation', actor: staff.author });
    expect(e.rule).toBe('CW-1');
    expect(e.issues?.map((i) => i.path.join('.'))).toEqual(['plan.form', 'plan.audience', 'plan.expectedEffect']);
    const planned = run(item, { type: 'update-plan', actor: staff.author, plan });
    expect(state(run(planned, { type: 'start-creation', actor: staff.author }))).toBe('creation');
  });

  it('CW-1: review needs a title and a body', () => {
    const item = run(newItem({ body: '' }), { type: 'start-creation', actor: staff.author });
    const e = refuse(item, { type: 'submit', actor: staff.author });
    expect(e.issues?.map((i) => i.path.join('.'))).toEqual(['body']);
  });

  it('CW-1: only departments that plan content may create it, and a colleague outside the owning department may not edit it', () => {
    const r = createContentItem('x', { id: 'c', type: 'create', actor: staff.outsider, format: 'text', channel: 'weibo', riskLevel: 'low' }, ctx);
    expect(!r.ok && r.error.code).toBe('forbidden');
    const item = run(newItem(), { type: 'start-creation', actor: staff.author });
    expect(refuse(item, { type: 'edit', actor: staff.prHead, body: '别部门改的' }).code).toBe('forbidden');
    expect(state(run(item, { type: 'edit', actor: staff.editor2, body: '同部门同事修改' }))).toBe('creation');
  });

  it('CW-1: unknown channels and bad input are refused with the field and the rule, and nothing is created', () => {
    const r = createContentItem('x', { id: 'c', type: 'create', actor: staff.author, format: 'text', channel: 'myspace', riskLevel: 'low' }, ctx);
    expect(!r.ok && r.error).toMatchObject({ code: 'invalid-input', rule: 'CW-3' });
    const bad = createContentItem('x', { id: 'c', type: 'create', actor: staff.author, format: 'hologram', channel: 'weibo', riskLevel: 'extreme' }, ctx);
    expect(!bad.ok && bad.error.issues?.map((i) => i.path.join('.')).sort()).toEqual(['format', 'riskLevel']);
  });
});

describe('CW-2: nothing is published without passing review', () => {
  it('CW-2: publishing before review is refused with the rule, and an emergency flag changes nothing', () => {
    const inReview = run(newItem(), { type: 'start-creation', actor: staff.author }, { type: 'submit', actor: staff.author });
    for (const emergency of [false, true]) {
      const e = refuse(inReview, { type: 'publish', actor: staff.editor, externalId: 'x', emergency });
      expect(e).toMatchObject({ code: 'not-allowed', rule: 'CW-2', state: 'review.editor' });
    }
  });

  it('CW-2: a partly approved item cannot be scheduled or published', () => {
    let item = run(newItem(), { type: 'start-creation', actor: staff.author }, { type: 'submit', actor: staff.author });
    item = run(item, { type: 'approve', actor: staff.editor, hash: context(item).hash });
    expect(refuse(item, { type: 'schedule', actor: staff.editor, publishAt: '2026-03-09T02:00:00Z' }).code).toBe('not-allowed');
  });
});

describe('CW-3: review chains are policy data, chosen by channel and risk', () => {
  const ids = (channel: string, risk: 'low' | 'medium' | 'high', policy = defaultPolicy) => {
    const r = selectChain(policy, channel, risk);
    return r.ok ? r.value.stages.map((s) => s.id) : r.error.message;
  };

  it('CW-3: social content: editor → department head → legal (S1 ch.4.2); high risk adds the leadership group', () => {
    expect(ids('weibo', 'low')).toEqual(['editor', 'department-head', 'legal']);
    expect(ids('wechat-official-account', 'medium')).toEqual(['editor', 'department-head', 'legal']);
    expect(ids('douyin', 'high')).toEqual(['editor', 'department-head', 'legal', 'leadership']);
  });

  it('CW-3: website content: supervisor approval → quality check (S4 §3.3); high risk always includes legal', () => {
    expect(ids('website', 'low')).toEqual(['supervisor', 'quality-check']);
    expect(ids('online-shop', 'high')).toEqual(['supervisor', 'quality-check', 'legal', 'leadership']);
  });

  it('CW-3: low-risk social content skips legal only when the policy flag is on (off by default, following S1 ch.4.2)', () => {
    const flagged = parsePolicy({ ...defaultPolicy, content: { ...defaultPolicy.content, lowRiskSocialSkipsLegal: true } });
    if (!flagged.ok) throw new Error(flagged.error.message);
    expect(ids('weibo', 'low', flagged.value)).toEqual(['editor', 'department-head']);
    expect(ids('weibo', 'medium', flagged.value)).toEqual(['editor', 'department-head', 'legal']);
    expect(ids('weibo', 'high', flagged.value)).toContain('legal');
  });

  it('CW-3: a policy whose high-risk chain lacks legal, or that leaves a risk level uncovered, is refused', () => {
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
    const messages = !r.ok ? (r.error.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`) : [];
    expect(messages).toEqual(
      expect.arrayContaining([
        'content.chains.0.stages: CW-3: a chain for high-risk content must include a legal stage',
        'content.chains.1.stages.1: unknown stage "ghost"',
        'content.chains: no review chain covers site content of medium risk',
      ]),
    );
  });

  it('CW-3: a signer must hold the stage role, and a department-head stage is signed inside the owning department', () => {
    const item = run(newItem(), { type: 'start-creation', actor: staff.author }, { type: 'submit', actor: staff.author });
    expect(refuse(item, { type: 'approve', actor: staff.legal, hash: context(item).hash }).rule).toBe('CW-3');
    const atHead = run(item, { type: 'approve', actor: staff.editor, hash: context(item).hash });
    const e = refuse(atHead, { type: 'approve', actor: staff.prHead, hash: context(atHead).hash });
    expect(e).toMatchObject({ code: 'forbidden', rule: 'CW-3' });
    expect(e.message).toContain('marketing');
  });

  it('CW-3: quorums: "all named" waits for every named signer; n-of-m waits for n distinct signers', () => {
    const policy = parsePolicy({
      ...defaultPolicy,
      content: {
        ...defaultPolicy.content,
        stages: defaultPolicy.content.stages.map((s) =>
          s.id === 'legal' ? { ...s, quorum: { kind: 'all', actorIds: [staff.legal.id, staff.legal2.id] } } : s.id === 'editor' ? { ...s, quorum: { kind: 'n-of-m', n: 2 } } : s,
        ),
      },
    });
    if (!policy.ok) throw new Error(policy.error.message);
    const c = { policy: policy.value, now: ctx.now };
    const step = (rec: Parameters<typeof contentStep>[0], actor: typeof staff.editor, i: string) => {
      const r = contentStep(rec, { id: i, type: 'approve', actor, hash: context(rec).hash }, c);
      if (!r.ok) throw new Error(r.error.message);
      return r.record;
    };
    let item = newItem();
    for (const [i, cmd] of [{ type: 'start-creation' }, { type: 'submit' }].entries()) {
      const r = contentStep(item, { id: `s${i}`, ...cmd, actor: staff.author }, c);
      if (!r.ok) throw new Error(r.error.message);
      item = r.record;
    }
    item = step(item, staff.editor, 'a1');
    expect(state(item)).toBe('review.editor');
    item = step(item, staff.editor2, 'a2');
    expect(state(item)).toBe('review.department-head');
    item = step(item, staff.head, 'a3');
    item = step(item, staff.legal, 'a4');
    expect(state(item)).toBe('review.legal');
    const outsider = contentStep(item, { id: 'a5', type: 'approve', actor: { id: 'u-legal-3', department: 'legal', positions: ['legal-counsel'] }, hash: context(item).hash }, c);
    expect(!outsider.ok && outsider.error.rule).toBe('CW-3');
    item = step(item, staff.legal2, 'a6');
    expect(state(item)).toBe('approved');
  });
});

describe('CW-4: separation of duties', () => {
  it('CW-4: the author never approves their own item, nor does anyone who edited it', () => {
    let item = run(newItem(), { type: 'start-creation', actor: staff.author }, { type: 'edit', actor: staff.editor, body: '编辑润色' }, { type: 'submit', actor: staff.author });
    expect(refuse(item, { type: 'approve', actor: staff.editor, hash: context(item).hash }).rule).toBe('CW-4');
    const authorAsEditor = { ...staff.author, positions: ['content-editor'] };
    expect(refuse(item, { type: 'approve', actor: authorAsEditor, hash: context(item).hash }).rule).toBe('CW-4');
    item = run(item, { type: 'approve', actor: staff.editor2, hash: context(item).hash });
    expect(state(item)).toBe('review.department-head');
  });

  it('CW-4: one person never signs two stages of the same item', () => {
    const both = { id: 'u-both', department: 'marketing', positions: ['content-editor', 'head'] };
    let item = run(newItem(), { type: 'start-creation', actor: staff.author }, { type: 'submit', actor: staff.author });
    item = run(item, { type: 'approve', actor: both, hash: context(item).hash });
    const e = refuse(item, { type: 'approve', actor: both, hash: context(item).hash });
    expect(e).toMatchObject({ code: 'forbidden', rule: 'CW-4' });
    expect(e.message).toContain('editor');
  });
});

describe('CW-5: rejections and edits', () => {
  it('CW-5: a rejection needs a reason and returns the item to creation, voiding earlier approvals', () => {
    let item = run(newItem(), { type: 'start-creation', actor: staff.author }, { type: 'submit', actor: staff.author });
    item = run(item, { type: 'approve', actor: staff.editor, hash: context(item).hash });
    expect(refuse(item, { type: 'reject', actor: staff.head, reason: ' ' }).issues?.[0]?.path).toEqual(['reason']);
    const r = contentStep(item, { id: 'rej', type: 'reject', actor: staff.head, reason: '数据来源不可靠' }, ctx);
    if (!r.ok) throw new Error(r.error.message);
    expect(state(r.record)).toBe('creation');
    expect(r.audit).toMatchObject({ reason: '数据来源不可靠', rules: ['CW-5'] });
    expect(context(r.record).signatures).toEqual([]);
    expect(context(r.record).voidedSignatures.map((s) => s.actorId)).toEqual([staff.editor.id]);
    expect(context(r.record).rejections[0]).toMatchObject({ stage: 'department-head', actorId: staff.head.id });
  });

  it('CW-5: editing after an approval voids it and sends the item back to the first stage; the audit says why', () => {
    const approved = approvedItem();
    const r = contentStep(approved, { id: 'ed', type: 'edit', actor: staff.author, body: '更新了价格', reason: '价格调整' }, ctx);
    if (!r.ok) throw new Error(r.error.message);
    expect(state(r.record)).toBe('review.editor');
    expect(r.audit).toMatchObject({ from: 'approved', to: 'review.editor', rules: ['CW-5'], reason: '价格调整' });
    expect(context(r.record).signatures).toEqual([]);
    expect(context(r.record).voidedSignatures).toHaveLength(3);
    expect(r.effects.map((e) => e['topic'])).toContain('content.approvals-voided');
  });

  it('CW-5: an approval is bound to the hash the reviewer saw; a stale hash is a conflict, not an approval', () => {
    let item = run(newItem(), { type: 'start-creation', actor: staff.author }, { type: 'submit', actor: staff.author });
    const seen = context(item).hash;
    item = run(item, { type: 'edit', actor: staff.author, title: '标题改了' });
    const e = refuse(item, { type: 'approve', actor: staff.editor, hash: seen });
    expect(e).toMatchObject({ code: 'conflict', rule: 'CW-5' });
  });

  it('CW-5: an edit that changes nothing reviewers see is refused instead of silently voiding approvals', () => {
    const approved = approvedItem();
    expect(refuse(approved, { type: 'edit', actor: staff.author, body: context(approved).body }).code).toBe('invalid-input');
  });
});

describe('CW-6 and CW-7: publishing and the calendar', () => {
  it('CW-6: publishing records the time, platform, external id and URL, hash and policy version', () => {
    const r = contentStep(approvedItem(), { id: 'pub', type: 'publish', actor: staff.editor, externalId: 'weibo-889', url: 'https://weibo.com/1/889', at: '2026-03-03T02:00:00Z' }, ctx);
    if (!r.ok) throw new Error(r.error.message);
    expect(context(r.record).publication).toEqual({
      at: '2026-03-03T02:00:00.000Z',
      channel: 'weibo',
      externalId: 'weibo-889',
      url: 'https://weibo.com/1/889',
      policyVersion: defaultPolicy.version,
      hash: context(r.record).hash,
      actorId: staff.editor.id,
    });
    expect(r.audit.rules).toEqual(['CW-2', 'CW-6']);
  });

  it('CW-7: scheduling in the past is refused; a schedule returns a dated effect for the host', () => {
    const approved = approvedItem();
    expect(refuse(approved, { type: 'schedule', actor: staff.editor, publishAt: '2026-03-01T00:00:00Z' }).issues?.[0]?.path).toEqual(['publishAt']);
    const r = contentStep(approved, { id: 's', type: 'schedule', actor: staff.editor, publishAt: '2026-03-04T12:00:00+08:00' }, ctx);
    expect(r.ok && r.effects).toEqual([expect.objectContaining({ type: 'schedule', topic: 'content.publish-due', at: '2026-03-04T04:00:00.000Z' })]);
    const unscheduled = run(r.ok ? r.record : approved, { type: 'unschedule', actor: staff.editor, reason: '活动延期' });
    expect(state(unscheduled)).toBe('approved');
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
    const published = run(approvedItem(), { type: 'publish', actor: staff.editor, externalId: 'wb-1' });
    expect(refuse(published, { type: 'takedown', actor: staff.legal, reason: '' }).issues?.[0]?.path).toEqual(['reason']);
    expect(refuse(published, { type: 'takedown', actor: staff.author, reason: '想删' }).code).toBe('forbidden');
    const r = contentStep(published, { id: 't', type: 'takedown', actor: staff.legal, reason: '平台通知：涉嫌夸大宣传' }, ctx);
    if (!r.ok) throw new Error(r.error.message);
    expect(state(r.record)).toBe('withdrawn');
    expect(context(r.record).publication?.externalId).toBe('wb-1');
    expect(context(r.record).ending).toMatchObject({ kind: 'takedown', reason: '平台通知：涉嫌夸大宣传', emergency: false });
    expect(r.effects[0]).toMatchObject({ type: 'escalate', topic: 'content.taken-down' });
    expect(r.audit.rules).toEqual(['CW-9']);
  });

  it('CW-9: before publication, only an emergency takedown is possible, only when the policy allows it, and it is audited', () => {
    const inReview = run(newItem(), { type: 'start-creation', actor: staff.author }, { type: 'submit', actor: staff.author });
    expect(refuse(inReview, { type: 'takedown', actor: staff.legal, reason: '泄露', emergency: false }).rule).toBe('CW-9');
    const off = parsePolicy({ ...defaultPolicy, content: { ...defaultPolicy.content, emergencyTakedown: false } });
    if (!off.ok) throw new Error(off.error.message);
    expect(refuse(inReview, { type: 'takedown', actor: staff.legal, reason: '泄露', emergency: true }, { policy: off.value, now: ctx.now }).rule).toBe('CW-9');
    const r = contentStep(inReview, { id: 'em', type: 'takedown', actor: staff.legal, reason: '草稿外泄，紧急处理', emergency: true }, ctx);
    expect(r.ok && r.audit).toMatchObject({ from: 'review.editor', to: 'withdrawn', rules: ['CW-9'] });
  });

  it('CW-9: the author or the department head withdraws; others may not', () => {
    const published = run(approvedItem(), { type: 'publish', actor: staff.editor, externalId: 'wb-2' });
    expect(refuse(published, { type: 'withdraw', actor: staff.prHead, reason: '不合适' }).code).toBe('forbidden');
    expect(state(run(published, { type: 'withdraw', actor: staff.head, reason: '活动提前结束' }))).toBe('withdrawn');
    expect(state(run(published, { type: 'withdraw', actor: staff.author, reason: '信息有误' }))).toBe('withdrawn');
  });
});
