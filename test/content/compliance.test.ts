import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessContent, compileRuleSetOrThrow, complianceReport, defaultRuleSet, explainFinding, findingKey, riskOf } from '../../src/compliance/index.js';
import { MAX_AUDIT_NOTE_LENGTH, MAX_AUDIT_NOTES, type StoredRecord } from '../../src/core/index.js';
import { contentStep, MAX_KEPT_FINDINGS, reviewSheet, type ContentCommand } from '../../src/content/index.js';
import { defaultPolicy, parsePolicy, type Policy } from '../../src/policy/index.js';
import { as } from '../support/people.js';
import { apply, context, newItem, now, people, refuse, submitted, view, where } from './helpers.js';

const BAD = '国家级最佳产品，保本无风险！咨询电话 13800138000';
const sign = (rec: StoredRecord, by: (typeof people)[keyof typeof people]) => apply(rec, by, { type: 'approve', stage: view(rec).stage!, hash: context(rec).hash });
const stages = (rec: StoredRecord) => context(rec).chain?.stages.map((s) => s.id);
const keyOf = (rec: StoredRecord, text: string) => context(rec).compliance!.findings.find((f) => f.text === text)!.key;
let n = 0;
const step = (rec: StoredRecord, by: (typeof people)[keyof typeof people], command: Record<string, unknown>, policy: Policy = defaultPolicy) =>
  contentStep(rec, { id: `cmp-${++n}`, ...command } as ContentCommand, as(by, now, policy));

describe('CMP-4: submitting runs the compliance assessment, which sets the floor of the risk level and picks the chain (CW-3)', () => {
  it('CMP-4/CW-3: a post created low-risk with absolute terms, a promise of principal and a phone number is routed through legal and leadership', () => {
    // S1 ch.4.2 审核流程包括内容编辑、部门负责人审核及法务审核; S2 基本原则.2 不得虚假宣传、夸大产品或服务功效
    const item = submitted({ body: BAD });
    const c = context(item);
    expect(c.riskLevel).toBe('high');
    expect(stages(item)).toEqual(['editor', 'department-head', 'legal', 'leadership']);
    expect(c.compliance).toMatchObject({ level: 'high', reason: 'severity', policyVersion: defaultPolicy.version, at: now.toISOString(), total: 5 });
    expect(c.compliance!.findings.map((f) => f.text).sort()).toEqual(['13800138000', '保本', '国家级', '无风险', '最佳'].sort());
    expect(c.compliance!.findings.every((f) => f.key === findingKey(f))).toBe(true);
    // The raised level is part of what reviewers see: the hash follows it.
    expect(view(item).hash).toBe(c.hash);
  });

  it('CMP-4: the submit is audited with the rule and the review notice carries the finding count and the level', () => {
    const item = apply(newItem({ body: BAD }), people.author, { type: 'start-creation' });
    const r = step(item, people.author, { type: 'submit' });
    if (!r.ok || r.replayed) throw new Error('submit refused');
    expect(r.audit.rules).toEqual(['CW-1', 'CMP-4']);
    // The audit explains the assessment: a summary, then every finding with its legal basis.
    const notes = r.audit.notes!;
    expect(notes[0]).toEqual({
      ref: 'CMP-4',
      messages: {
        'zh-CN': '合规审查：风险等级「高」（按最严重发现）；发现 严重 4、一般 1、轻微 0；已接受 0',
        'zh-TW': '合規審查：風險等級「高」（按最嚴重發現）；發現 嚴重 4、一般 1、輕微 0；已接受 0',
        en: 'Compliance assessment: risk level High (by the most serious finding); findings 4 high, 1 medium, 0 low; 0 accepted',
      },
    });
    const findings = context(r.record).compliance!.findings;
    expect(notes.slice(1).map((x) => x.ref)).toEqual(findings.map((f) => f.key));
    expect(notes.find((x) => x.ref === keyOf(r.record, '国家级'))!.messages['zh-CN']).toBe(explainFinding(findings.find((f) => f.text === '国家级')!, 'zh-CN'));
    expect(notes.find((x) => x.ref === keyOf(r.record, '国家级'))!.messages['zh-CN']).toContain('中华人民共和国广告法 第九条第（三）项');
    // Kept with the outcome: a retry answers with the same explained entry.
    const again = contentStep(r.record, { id: r.audit.commandId, type: 'submit' } as ContentCommand, as(people.author, now, defaultPolicy));
    expect(again.ok && again.replayed && again.audit?.notes).toEqual(notes);
    const notice = r.effects.find((e) => e.topic === 'content.review-requested');
    expect(notice).toMatchObject({ findings: 5, acceptedFindings: 0, computedLevel: 'high', riskLevel: 'high' });
    // CW-3: the request is addressed as an Audience — the stage's signers as grants, each department with
    // its own positions — and names the stage beside it, not inside the audience.
    const to = (notice as unknown as { to: Record<string, unknown> }).to;
    expect(Object.keys(to).every((k) => ['actorIds', 'departments', 'positions', 'grants', 'everyone'].includes(k))).toBe(true);
    expect(to['grants']).toEqual(expect.arrayContaining([expect.objectContaining({ department: expect.any(String) })]));
  });

  it('CMP-4: the effective level is the higher of the author\'s and the computed one', () => {
    // 广告法 第十一条 / 个人信息保护法 第十三条: a phone number alone is a medium finding.
    expect(context(submitted({ body: '欢迎来电 13800138000' })).riskLevel).toBe('medium');
    expect(context(submitted({ body: '春季新品，欢迎选购' })).riskLevel).toBe('low');
    expect(context(submitted({ body: '春季新品，欢迎选购', riskLevel: 'high' })).riskLevel).toBe('high');
    expect(context(submitted({ body: '欢迎来电 13800138000', riskLevel: 'high' })).compliance?.level).toBe('medium');
  });

  it('CMP-4: media licences are judged at the host\'s now; a bare reference has no licence record (S2 违规行为界定 侵犯知识产权)', () => {
    const media = [
      'img/bare.jpg',
      { ref: 'img/licensed.jpg', kind: 'image', licence: { owner: '视觉中国', scope: '商用', expiresAt: '2027-01-01T00:00:00+08:00' } },
      { ref: 'v/expired.mp4', kind: 'video', licence: { owner: '图库', scope: '商用', expiresAt: '2026-03-01T00:00:00+08:00' } },
    ];
    const c = context(submitted({ media }));
    expect(c.compliance!.findings.map((f) => [f.rule, f.text])).toEqual([
      ['ip.unlicensed', 'img/bare.jpg'],
      ['ip.expired', 'v/expired.mp4'],
    ]);
    expect(c.riskLevel).toBe('high');
    const licensed = context(submitted({ media: [media[1]] }));
    expect(licensed.compliance!.total).toBe(0);
    expect(licensed.riskLevel).toBe('low');
  });

  it('CMP-4: declared sources excuse quoted data (广告法 第十一条), and advertising without the 「广告」 label is a finding (CMP-2)', () => {
    const quoted = { body: '调查显示 87% 的用户满意' };
    expect(context(submitted(quoted)).compliance!.findings.map((f) => f.rule)).toContain('ad-law.unsourced-data');
    expect(context(submitted({ ...quoted, sources: [{ what: '用户调查', where: '数据分析部 2026-02 报告' }] })).compliance!.total).toBe(0);
    // 互联网广告管理办法 第九条: 广告应当具有可识别性… 显著标明“广告”
    expect(context(submitted({ advertising: true })).compliance!.findings.map((f) => f.rule)).toEqual(['ad-law.identifiable']);
    expect(context(submitted({ advertising: true, title: '【广告】春季新品上市' })).compliance!.total).toBe(0);
  });

  it('CMP-5: the company\'s own rules and allow-list from the policy\'s compliance section are applied', () => {
    const own = parsePolicy({
      ...defaultPolicy,
      version: '2026.1-company-rules',
      compliance: {
        ...defaultPolicy.compliance,
        rules: [
          {
            id: 'company.pricing',
            category: 'exaggeration',
            severity: 'high',
            basis: { law: { 'zh-CN': '公司营销制度', 'zh-TW': '公司營銷制度', en: 'Company marketing policy' }, article: '第 4.2 条', text: '不得对外公布内部价格。' },
            labels: { 'zh-CN': '内部价格', 'zh-TW': '內部價格', en: 'Internal prices' },
            terms: ['员工价'],
          },
        ],
        allow: [{ phrase: '第一坊', rules: ['ad-law.absolute'], note: '公司名称' }],
      },
    });
    if (!own.ok) throw new Error(own.error.message);
    const item = submitted({ body: '第一坊新品，员工价限时开放' }, own.value);
    expect(context(item).compliance!.findings.map((f) => f.rule)).toEqual(['company.pricing']);
    expect(context(item).riskLevel).toBe('high');
    expect(context(item).compliance!.policyVersion).toBe('2026.1-company-rules');
  });

  it('CMP-4: the item keeps at most the most severe findings; counts and level are of all of them', () => {
    const emails = Array.from({ length: MAX_KEPT_FINDINGS + 10 }, (_, i) => `u${i}@example.com`).join(' ');
    const c = context(submitted({ body: `最佳 ${emails}` })).compliance!;
    expect(c.total).toBe(MAX_KEPT_FINDINGS + 11);
    expect(c.findings).toHaveLength(MAX_KEPT_FINDINGS);
    expect(c.findings[0]!.severity).toBe('high');
    expect(c.counts).toEqual({ high: 1, medium: 0, low: MAX_KEPT_FINDINGS + 10 });
  });

  it('CMP-4: the audit entry explains a bounded number of findings and counts the rest, which the item keeps', () => {
    const emails = Array.from({ length: 30 }, (_, i) => `u${i}@example.com`).join(' ');
    const item = apply(newItem({ body: `最佳 ${emails}` }), people.author, { type: 'start-creation' });
    const r = step(item, people.author, { type: 'submit' });
    if (!r.ok || r.replayed) throw new Error('submit refused');
    const notes = r.audit.notes!;
    expect(notes).toHaveLength(MAX_AUDIT_NOTES);
    expect(notes[0]!.messages.en).toContain('findings 1 high, 0 medium, 30 low');
    expect(notes[1]!.messages.en).toContain('最佳');
    // 1 summary + 10 findings explained; 21 findings left are counted, not dropped silently.
    expect(notes.at(-1)).toEqual({ ref: 'more', messages: { 'zh-CN': '另有 21 条，详见记录', 'zh-TW': '另有 21 條，詳見記錄', en: 'and 21 more, kept in the record' } });
    expect(notes.every((x) => Object.values(x.messages).every((m) => m.length <= MAX_AUDIT_NOTE_LENGTH))).toBe(true);
  });
});

describe('CMP-4: nobody sets a level lower than the computed one', () => {
  it('CMP-4: before submission the author\'s edit to a lower level is invalid-input on riskLevel naming CMP-4 and the findings', () => {
    const item = apply(newItem({ body: BAD, riskLevel: 'high' }), people.author, { type: 'start-creation' });
    const e = refuse(item, people.author, { type: 'edit', riskLevel: 'low' });
    expect(e).toMatchObject({ code: 'invalid-input', rule: 'CMP-4' });
    expect(e.code === 'invalid-input' && e.issues.map((i) => [i.path.join('.'), i.rule])).toEqual([['riskLevel', 'CMP-4']]);
    expect(e.message).toContain('body:ad-law.absolute:0-3');
    // Only the findings that set the level are named: the medium phone number does not.
    expect(e.message).not.toContain('privacy.mobile');
    expect(e.messages['zh-CN']).toContain('国家级');
    // A level at or above the computed one is the author's to set.
    expect(context(apply(item, people.author, { type: 'edit', riskLevel: 'high', title: '新品' })).riskLevel).toBe('high');
  });

  it('CMP-4/CW-3: after submission the author still needs content.lower-risk, and legal is held to the computed level too', () => {
    const item = submitted({ body: BAD });
    expect(refuse(item, people.author, { type: 'edit', riskLevel: 'low' })).toMatchObject({ code: 'forbidden', rule: 'CW-3' });
    expect(refuse(item, people.legal2, { type: 'edit', riskLevel: 'medium', reason: '已核实' })).toMatchObject({ code: 'invalid-input', rule: 'CMP-4' });
  });

  it('CMP-4: an edit that restarts review is assessed again and raises the level', () => {
    let item = submitted();
    item = sign(item, people.editor);
    const edited = step(item, people.author, { type: 'edit', body: '全网最低价，保本无风险' });
    if (!edited.ok || edited.replayed) throw new Error('edit refused');
    // The edit's audit entry explains the new assessment, as a submission's does.
    expect(edited.audit.rules).toEqual(['CW-1', 'CW-5']);
    expect(edited.audit.notes![0]!.messages.en).toMatch(/^Compliance assessment: risk level High/);
    expect(edited.audit.notes!.slice(1).map((x) => x.messages['zh-CN'])).toEqual(expect.arrayContaining([expect.stringContaining('「保本」')]));
    item = edited.record;
    expect(where(item)).toBe('review:editor');
    expect(context(item).riskLevel).toBe('high');
    expect(stages(item)).toContain('leadership');
    expect(context(item).signatures).toEqual([]);
  });

  it('CMP-4: property: after any submission the level is never below the computed one and equals the higher of the two', () => {
    const rank = { low: 0, medium: 1, high: 2 } as const;
    const compiled = compileRuleSetOrThrow(defaultRuleSet);
    fc.assert(
      fc.property(
        fc.subarray(['国家级', '保本', '13800138000', 'a@example.com', '春季新品', '调查显示 60%'], { minLength: 1 }),
        fc.constantFrom('low' as const, 'medium' as const, 'high' as const),
        (parts, declared) => {
          const body = parts.join('，');
          const c = context(submitted({ body, riskLevel: declared }));
          const computed = assessContent({ title: '春季新品上市', body, tags: [], advertising: false, media: [], sources: [] }, [compiled], defaultPolicy.compliance, now);
          if (!computed.ok) throw new Error(computed.error.message);
          expect(c.compliance!.level).toBe(computed.value.level);
          expect(rank[c.riskLevel]).toBe(Math.max(rank[declared], rank[computed.value.level]));
        },
      ),
      { numRuns: 20 },
    );
  });
});

describe('CMP-4: a reviewer may accept a finding with a reason, audited, never silently', () => {
  // S1 ch.7.3 法务部负责审核新媒体内容的合规性
  const atLegal = (body = '本品为行业第一，欢迎选购') => {
    let item = submitted({ body });
    for (const by of [people.editor, people.marketingHead]) item = sign(item, by);
    expect(where(item)).toBe('review:legal');
    return item;
  };

  it('CMP-4: legal accepts a finding with a reason: audited with the reason, the author notified, the computed level recomputed, approvals kept; then signs', () => {
    const item = atLegal();
    const before = context(item);
    expect(before.riskLevel).toBe('high');
    const key = keyOf(item, '第一');
    const r = step(item, people.legal, { type: 'accept-finding', finding: key, hash: before.hash, reason: '「行业第一」为中国质量协会 2025 年评比结果，证书已存档' });
    if (!r.ok || r.replayed) throw new Error(`accept refused: ${r.ok ? '' : r.error.message}`);
    expect(r.audit).toMatchObject({ command: 'accept-finding', rules: ['CMP-4'], reason: '「行业第一」为中国质量协会 2025 年评比结果，证书已存档', actor: { id: people.legal.id } });
    // The audit names the finding accepted, explained, and the level without it.
    expect(r.audit.notes!.map((x) => x.ref)).toEqual([key, 'CMP-4']);
    expect(r.audit.notes![0]!.messages.en).toContain('Advertising Law');
    expect(r.audit.notes![1]!.messages.en).toMatch(/^Compliance assessment: risk level Low \(no open findings\); findings 1 high, 0 medium, 0 low; 1 accepted$/);
    const notice = r.effects.find((e) => e.topic === 'content.finding-accepted');
    expect(notice).toMatchObject({ finding: key, computedLevel: 'low', to: { actorIds: [people.author.id], departments: ['legal'] } });
    expect(notice?.['explanation']).toMatchObject({ 'zh-CN': expect.stringContaining('中华人民共和国广告法 第九条第（三）项'), en: expect.stringContaining('Advertising Law') });
    const after = context(r.record);
    expect(after.compliance!.level).toBe('low');
    expect(after.compliance!.accepted).toEqual([expect.objectContaining({ key, rule: 'ad-law.absolute', text: '第一', actorId: people.legal.id, hash: before.hash })]);
    // The content, its hash, its level and the approvals given stay: an acceptance is not an edit.
    expect(after.hash).toBe(before.hash);
    expect(after.riskLevel).toBe('high');
    expect(after.signatures).toEqual(before.signatures);
    expect(where(sign(r.record, people.legal))).toBe('review:leadership');
  });

  it('CMP-4: property: acceptances never change the content, its hash, its level or the approvals; the computed level counts only unaccepted findings', () => {
    const base = atLegal('国家级产品，行业第一，保本，咨询 13800138000，邮箱 a@example.com');
    const keys = context(base).compliance!.findings.map((f) => f.key);
    const compliance = defaultPolicy.compliance;
    fc.assert(
      fc.property(fc.subarray(keys), (chosen) => {
        let rec = base;
        chosen.forEach((key, i) => (rec = apply(rec, i % 2 ? people.legal2 : people.legal, { type: 'accept-finding', finding: key, hash: context(base).hash, reason: `理由 ${i}` })));
        const c = context(rec);
        expect([c.hash, c.riskLevel, c.signatures]).toEqual([context(base).hash, context(base).riskLevel, context(base).signatures]);
        const open = c.compliance!.findings.filter((f) => !chosen.includes(f.key));
        expect(c.compliance!.level).toBe(riskOf(open, compliance).level);
        expect(c.compliance!.accepted.map((x) => x.key)).toEqual(chosen);
      }),
      { numRuns: 15 },
    );
  });

  it('CMP-4: the author may not accept (the right is legal\'s), nor may a legal reviewer who edited the item (CW-4)', () => {
    const item = atLegal();
    const key = keyOf(item, '第一');
    expect(refuse(item, people.author, { type: 'accept-finding', finding: key, hash: context(item).hash, reason: '我认为没问题' })).toMatchObject({ code: 'forbidden' });
    // legal2 lowers a high item to its computed medium level, which makes them a contributor.
    let lowered = apply(submitted({ body: '欢迎来电 13800138000', riskLevel: 'high' }), people.legal2, { type: 'edit', riskLevel: 'medium', reason: '仅含联系电话' });
    for (const by of [people.editor, people.marketingHead]) lowered = sign(lowered, by);
    const phone = { type: 'accept-finding', finding: keyOf(lowered, '13800138000'), hash: context(lowered).hash, reason: '企业客服热线' };
    expect(refuse(lowered, people.legal2, phone)).toMatchObject({ code: 'forbidden', rule: 'CW-4' });
    expect(context(apply(lowered, people.legal, phone)).compliance!.level).toBe('low');
  });

  it('CMP-4: a stale hash is a conflict, an unknown or already accepted finding and a missing reason are invalid-input, and only review takes it', () => {
    const item = atLegal();
    const key = keyOf(item, '第一');
    const hash = context(item).hash;
    expect(refuse(item, people.legal, { type: 'accept-finding', finding: key, hash: 'f'.repeat(64), reason: '已核实' })).toMatchObject({ code: 'conflict', rule: 'CW-5' });
    const unknown = refuse(item, people.legal, { type: 'accept-finding', finding: 'body:ad-law.absolute:99-100', hash, reason: '已核实' });
    expect(unknown.code === 'invalid-input' && unknown.issues.map((i) => [i.path.join('.'), i.rule])).toEqual([['finding', 'CMP-4']]);
    expect(refuse(item, people.legal, { type: 'accept-finding', finding: key, hash }).code).toBe('invalid-input');
    const once = apply(item, people.legal, { type: 'accept-finding', finding: key, hash, reason: '已核实' });
    expect(refuse(once, people.legal2, { type: 'accept-finding', finding: key, hash, reason: '再次' })).toMatchObject({ code: 'invalid-input', rule: 'CMP-4' });
    const draft = apply(newItem({ body: BAD }), people.author, { type: 'start-creation' });
    expect(refuse(draft, people.legal, { type: 'accept-finding', finding: 'body:ad-law.absolute:0-3', hash: context(draft).hash, reason: '已核实' }).code).toBe('not-allowed');
  });

  it('CMP-4: after acceptance legal may lower the level to the recomputed one, as a change of its own that restarts review', () => {
    const item = atLegal();
    expect(refuse(item, people.legal2, { type: 'edit', riskLevel: 'low' })).toMatchObject({ code: 'invalid-input', rule: 'CMP-4' });
    const accepted = apply(item, people.legal, { type: 'accept-finding', finding: keyOf(item, '第一'), hash: context(item).hash, reason: '评比结果，证书存档' });
    const lowered = apply(accepted, people.legal2, { type: 'edit', riskLevel: 'low', reason: '唯一发现已接受' });
    expect(context(lowered).riskLevel).toBe('low');
    expect(stages(lowered)).toEqual(['editor', 'department-head', 'legal']);
    expect(where(lowered)).toBe('review:editor');
    expect(context(lowered).compliance!.accepted).toHaveLength(1);
  });

  it('CMP-4: an edit that changes the content re-runs the assessment on the next submit and drops acceptances whose finding is gone', () => {
    const item = atLegal('本品为行业第一，保本无风险');
    const accepted = apply(item, people.legal, { type: 'accept-finding', finding: keyOf(item, '第一'), hash: context(item).hash, reason: '评比结果' });
    const rejected = apply(accepted, people.legal, { type: 'reject', stage: 'legal', reason: '删除保本承诺' });
    // A change elsewhere keeps the same finding, so its acceptance stays.
    let rec = apply(rejected, people.author, { type: 'edit', body: '本品为行业第一，欢迎选购' });
    rec = apply(rec, people.author, { type: 'submit' });
    expect(context(rec).compliance!.accepted.map((x) => x.text)).toEqual(['第一']);
    expect(context(rec).compliance!.level).toBe('low');
    rec = apply(apply(sign(sign(rec, people.editor), people.marketingHead), people.legal, { type: 'reject', stage: 'legal', reason: '措辞再改' }), people.author, { type: 'edit', body: '本品广受好评，欢迎选购' });
    rec = apply(rec, people.author, { type: 'submit' });
    expect(context(rec).compliance).toMatchObject({ total: 0, accepted: [], level: 'low' });
  });

  it('CMP-4: the legal reviewer\'s sheet shows every kept finding explained, and the accepted ones with their reasons', () => {
    const item = atLegal('国家级最佳产品，行业第一');
    const accepted = apply(item, people.legal, { type: 'accept-finding', finding: keyOf(item, '第一'), hash: context(item).hash, reason: '评比结果，证书存档' });
    const sheet = reviewSheet(accepted);
    if (!sheet.ok) throw new Error(sheet.error.message);
    const c = context(accepted).compliance!;
    expect(sheet.value.legal).toBe(true);
    expect(sheet.value.compliance?.findings.map((f) => f.line)).toEqual(c.findings.map((f) => explainFinding(f, 'zh-CN')));
    expect(sheet.value.compliance?.findings.find((f) => f.accepted)).toMatchObject({ key: keyOf(item, '第一'), accepted: { reason: '评比结果，证书存档', actorId: people.legal.id } });
    expect(sheet.value.compliance?.findings.filter((f) => f.accepted)).toHaveLength(1);
    const en = reviewSheet(accepted, 'en');
    expect(en.ok && en.value.compliance?.findings[0]?.line).toContain('Advertising Law');
    // The same assessment reads as the legal reviewer's report.
    expect(complianceReport({ findings: c.findings, counts: c.counts, level: c.level, reason: c.reason }, 'zh-CN')).toContain('国家级');
    expect(reviewSheet(newItem()).ok && (reviewSheet(newItem()) as { value: { compliance?: unknown } }).value.compliance).toBeUndefined();
  });
});

describe('CMP-2: advertising is recognisable beyond the flag (广告法 第十四条; 互联网广告管理办法 第九条)', () => {
  // S2 广告投放.1 提交真实、准确的广告素材; 互联网广告管理办法（2023）第九条: 竞价排名、附购物链接的测评体验分享须显著标明「广告」.
  const adLabel = (rec: StoredRecord) => context(rec).compliance!.findings.filter((f) => f.rule === 'ad-law.identifiable');

  it('CMP-2: a review post with a purchase link, not flagged as advertising, is asked for the 「广告」 label and routed as high risk', () => {
    const rec = submitted({ body: '亲测一周，使用感受如下。', review: true, purchaseLink: true });
    expect(adLabel(rec)).toHaveLength(1);
    expect(context(rec).riskLevel).toBe('high');
    expect(stages(rec)).toContain('legal');
    // With the label shown plainly, the same post has no such finding.
    const labelled = submitted({ title: '【广告】一周体验', body: '亲测一周，使用感受如下。', review: true, purchaseLink: true });
    expect(adLabel(labelled)).toHaveLength(0);
  });

  it('CMP-2: a paid ranking result without the label is a finding; the facts are part of what reviewers sign (CW-5)', () => {
    const plain = newItem({ body: '春季新品上市' });
    const ranked = newItem({ body: '春季新品上市', paidRanking: true });
    expect(context(ranked).hash).not.toBe(context(plain).hash);
    // An item that never had a fact keeps the hash it had before the facts existed.
    expect(context(plain)).not.toHaveProperty('paidRanking');
    const rec = apply(apply(ranked, people.author, { type: 'start-creation' }), people.author, { type: 'submit' });
    expect(adLabel(rec)).toHaveLength(1);
  });

  it('CMP-2: an edit can clear a fact, and the next assessment no longer asks for the label', () => {
    let rec = apply(newItem({ body: '亲测好用', review: true, purchaseLink: true }), people.author, { type: 'start-creation' });
    rec = apply(rec, people.author, { type: 'edit', purchaseLink: false, review: false });
    expect(context(rec)).toMatchObject({ review: false, purchaseLink: false });
    rec = apply(rec, people.author, { type: 'submit' });
    expect(adLabel(rec)).toHaveLength(0);
    // A fact must be a boolean: anything else is refused naming the field, the record unchanged.
    const e = refuse(rec, people.author, { type: 'edit', review: 'yes' });
    expect(e.code === 'invalid-input' && e.issues.map((i) => i.path.join('.'))).toEqual(['review']);
  });
});
