import { describe, expect, it } from 'vitest';
import type { StoredRecord } from '../../src/core/index.js';
import { contentHash, contentStep, readContentItem, reviewSheet, takedownCauseKind, weeklyReview, type ContentCommand, type ReviewedContent } from '../../src/content/index.js';
import { defaultPolicy } from '../../src/policy/index.js';
import { as } from '../support/people.js';
import legacyV2 from '../fixtures/content-item.v2.json' with { type: 'json' };
import { apply, approvedItem, context, newItem, now, people, refuse, submitted, view } from './helpers.js';

const sources = [
  { what: '2025 年销量', where: 'https://example.com/report-2025.pdf', note: '第 12 页' },
  { what: '用户满意度调研', where: '数据分析部 2026-02 报告' },
];
const legacy = () => structuredClone(legacyV2) as unknown as StoredRecord;

describe('CW-8: sources of facts and figures, and the advertising flag', () => {
  it('CW-8: an item carries the sources of its facts, set on creation and edited like other content', () => {
    // S1 ch.4.1 内容创作应遵循真实、准确、积极的原则，确保信息来源可靠
    const item = newItem({ sources });
    expect(context(item).sources).toEqual(sources);
    const edited = apply(apply(item, people.author, { type: 'start-creation' }), people.author, { type: 'edit', sources: [sources[1]] });
    expect(context(edited).sources).toEqual([sources[1]]);
    expect(context(edited).hash).not.toBe(context(item).hash);
    // Sending the same sources again changes nothing reviewers see: refused, as any empty edit.
    expect(refuse(edited, people.author, { type: 'edit', sources: [sources[1]] }).rule).toBe('CW-5');
  });

  it('CW-8/CW-5: changing the sources after an approval voids the approvals, and the audit cites CW-5', () => {
    // S1 ch.4.1 确保信息来源可靠
    let item = submitted({ sources });
    item = apply(item, people.editor, { type: 'approve', stage: view(item).stage!, hash: context(item).hash });
    const r = contentStep(item, { id: 'src-edit', type: 'edit', sources: [...sources, { what: '行业白皮书', where: 'https://example.org/whitepaper' }] } as ContentCommand, as(people.author, now));
    if (!r.ok || r.replayed) throw new Error('edit refused');
    expect(r.audit.rules).toContain('CW-5');
    expect(context(r.record).signatures).toEqual([]);
    expect(context(r.record).voidedSignatures.map((s) => s.actorId)).toEqual([people.editor.id]);
    expect(view(r.record).stage).toBe('editor');
  });

  it('CW-8: the content hash covers the sources; an item without any hashes as before, so stored approvals stay valid', () => {
    // S1 ch.4.1 确保信息来源可靠
    const base: ReviewedContent = { title: 'T', body: 'B', format: 'text', channel: 'weibo', tags: [], keywords: [], advertising: false, riskLevel: 'low' };
    expect(contentHash({ ...base, sources: [] })).toBe(contentHash(base));
    expect(contentHash({ ...base, sources: [sources[1]!] })).not.toBe(contentHash(base));
    expect(contentHash({ ...base, sources: [{ ...sources[1]!, note: '另注' }] })).not.toBe(contentHash({ ...base, sources: [sources[1]!] }));
    // The stored item's hash is still what its signatures were given on.
    const stored = readContentItem(legacy());
    expect(stored.ok && contentHash(stored.value.context)).toBe(stored.ok && stored.value.hash);
  });

  it('CW-8: the source list is bounded and each source needs what and where; bad input is refused with the field, nothing created', () => {
    // S1 ch.4.1 确保信息来源可靠
    const item = apply(newItem(), people.author, { type: 'start-creation' });
    const tooMany = refuse(item, people.author, { type: 'edit', sources: Array.from({ length: 51 }, (_, i) => ({ what: `数据 ${i}`, where: `来源 ${i}` })) });
    expect(tooMany.code === 'invalid-input' && tooMany.issues.map((i) => i.path.join('.'))).toEqual(['sources']);
    const noWhere = refuse(item, people.author, { type: 'edit', sources: [{ what: '销量' }] });
    expect(noWhere.code === 'invalid-input' && noWhere.issues.map((i) => i.path.join('.'))).toEqual(['sources.0.where']);
    const blank = refuse(item, people.author, { type: 'edit', sources: [{ what: ' ', where: 'x' }] });
    expect(blank.code === 'invalid-input' && blank.issues.map((i) => i.path.join('.'))).toEqual(['sources.0.what']);
  });

  it('CW-8: the advertising flag is carried to the reviewers: the review request, the review sheet (legal at its stage), and changing it voids approvals', () => {
    // S1 ch.4.2 审核流程包括内容编辑、部门负责人审核及法务审核 (legal will check the 广告 label against the flag)
    let item = apply(newItem({ advertising: true, sources }), people.author, { type: 'start-creation' });
    const submittedAd = contentStep(item, { id: 'sub', type: 'submit' } as ContentCommand, as(people.author, now));
    if (!submittedAd.ok || submittedAd.replayed) throw new Error('submit refused');
    expect(submittedAd.effects.find((e) => e.topic === 'content.review-requested')).toMatchObject({ stage: 'editor', advertising: true, sources: 2 });
    item = submittedAd.record;
    for (const by of [people.editor, people.marketingHead]) item = apply(item, by, { type: 'approve', stage: view(item).stage!, hash: context(item).hash });
    const sheet = reviewSheet(item);
    expect(sheet.ok && sheet.value).toMatchObject({ recordId: 'post-1', stage: 'legal', legal: true, advertising: true, sources, hash: context(item).hash });
    const editorSheet = reviewSheet(submittedAd.record);
    expect(editorSheet.ok && editorSheet.value.legal).toBe(false);
    const unflagged = apply(item, people.author, { type: 'edit', advertising: false });
    expect(context(unflagged).signatures).toEqual([]);
    expect(view(unflagged).stage).toBe('editor');
    const broken = reviewSheet({ ...item, revision: -1 });
    expect(!broken.ok && broken.error.code).toBe('version-mismatch');
  });
});

describe('CW-9: a takedown names its cause', () => {
  it('CW-9: a takedown links to the violation case, platform notice or opinion item behind it, on the item and in the escalation, and in the audit entry', () => {
    // S2 声誉风险.2 及时发现和处理可能影响公司声誉的问题; S2 平台规则风险.3 对于因违反平台规则导致的…问题，要及时整改
    const published = apply(approvedItem(), people.editor, { type: 'publish', externalId: 'wb-1' });
    const r = contentStep(published, { id: 'td', type: 'takedown', reason: '平台通知：涉嫌夸大宣传', cause: { kind: 'platform-notice', id: 'weibo-notice-031' } } as ContentCommand, as(people.legal, now));
    if (!r.ok || r.replayed) throw new Error('takedown refused');
    expect(context(r.record).ending).toMatchObject({ kind: 'takedown', reason: '平台通知：涉嫌夸大宣传', cause: { kind: 'platform-notice', id: 'weibo-notice-031' } });
    expect(r.effects.find((e) => e.topic === 'content.taken-down')).toMatchObject({ cause: { kind: 'platform-notice', id: 'weibo-notice-031' } });
    expect(r.audit).toMatchObject({ command: 'takedown', revision: r.record.revision, reason: '平台通知：涉嫌夸大宣传', cause: { kind: 'platform-notice', id: 'weibo-notice-031' }, rules: ['CW-9'] });
    // A replay answers with the same audit entry, cause included.
    const again = contentStep(r.record, { id: 'td', type: 'takedown', reason: '平台通知：涉嫌夸大宣传', cause: { kind: 'platform-notice', id: 'weibo-notice-031' } } as ContentCommand, as(people.legal, now));
    expect(again.ok && again.replayed && again.audit).toEqual(r.audit);
    // Without a cause the ending and the audit entry have none.
    const plain = contentStep(published, { id: 'td-plain', type: 'takedown', reason: '危机处理' } as ContentCommand, as(people.legal, now));
    if (!plain.ok || plain.replayed) throw new Error('takedown refused');
    expect(context(plain.record).ending && 'cause' in context(plain.record).ending!).toBe(false);
    expect('cause' in plain.audit).toBe(false);
  });

  it('CW-9: an unknown cause kind or a blank id is refused with the field, the record unchanged; every kind has three labels', () => {
    // S2 违规行为界定 虚假宣传、恶意刷量、侵犯知识产权、违反平台规则; S2 声誉风险.2 舆情
    const published = apply(approvedItem(), people.editor, { type: 'publish', externalId: 'wb-1' });
    const kind = refuse(published, people.legal, { type: 'takedown', reason: '下架', cause: { kind: 'rumour', id: 'x' } });
    expect(kind.code === 'invalid-input' && kind.issues.map((i) => i.path.join('.'))).toEqual(['cause.kind']);
    const id = refuse(published, people.legal, { type: 'takedown', reason: '下架', cause: { kind: 'violation-case', id: ' ' } });
    expect(id.code === 'invalid-input' && [...new Set(id.issues.map((i) => i.path.join('.')))]).toEqual(['cause.id']);
    expect(takedownCauseKind.values.map((k) => [takedownCauseKind.label(k, 'zh-CN'), takedownCauseKind.label(k, 'zh-TW'), takedownCauseKind.label(k, 'en')])).toEqual([
      ['违规案件', '違規案件', 'Violation case'],
      ['平台通知', '平台通知', 'Platform notice'],
      ['舆情事件', '輿情事件', 'Public-opinion item'],
    ]);
  });
});

describe('CW-7/CW-8: items stored before this version', () => {
  it('CW-7: a stored item without sources or plan history loads, counts as planned when it was created, and starts its history from there when re-planned', () => {
    // S4 §3.3 微信公众号、APP的内容更新需提前编制周计划
    const item = legacy();
    const read = readContentItem(item);
    expect(read.ok && read.value.state).toBe('scheduled');
    expect(read.ok && [read.value.context.planHistory, read.value.context.sources]).toEqual([undefined, undefined]);
    const planned = (records: StoredRecord[]) => {
      const r = weeklyReview(records, '2026-W11', defaultPolicy);
      if (!r.ok) throw new Error(r.error.message);
      return r.value.channels.find((c) => c.channel === 'weibo')!;
    };
    expect(planned([item]).planned.map((i) => i.recordId)).toEqual(['post-1']);
    // Moved within the week after it began: still planned, and its history starts at its creation.
    const moved = apply(item, people.editor, { type: 'schedule', publishAt: '2026-03-12T02:00:00Z' }, defaultPolicy, new Date('2026-03-10T00:00:00Z'));
    expect(context(moved).planHistory).toEqual([
      { at: '2026-03-02T01:00:00.000Z', week: '2026-W10', target: '2026-03-11T02:00:00.000Z' },
      { at: '2026-03-10T00:00:00.000Z', week: '2026-W11', target: '2026-03-12T02:00:00.000Z' },
    ]);
    expect(planned([moved]).planned.map((i) => [i.recordId, i.plannedAt, i.dueAt])).toEqual([['post-1', '2026-03-11T02:00:00.000Z', '2026-03-12T02:00:00.000Z']]);
    // CW-6 holds for it too.
    expect(refuse(item, people.editor, { type: 'publish', externalId: 'x' }).rule).toBe('CW-6');
  });
});
