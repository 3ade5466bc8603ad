// The risk register step by step (RSK-1..RSK-6): identification, assessment on the policy's matrix,
// treatment, acceptance by the right the policy gives for the grade, review intervals, legal opinions,
// platform incidents and rule changes, and the crisis response.
import { describe, expect, it } from 'vitest';
import type { StoredRecord } from '../../src/core/index.js';
import { defaultPolicy, type Policy } from '../../src/policy/index.js';
import { acceptancesExpiring, contentMarkedForReview, createRisk, nistRiskMatrix, openIncidentsByPlatform, platformRuleChanges, readRisk, riskHeatMap, risksDueForReview, riskStep } from '../../src/risk/index.js';
import { as } from '../support/people.js';
import { apply, newItem, submitted } from '../content/helpers.js';
import { context, create, highAssessment, incidentRisk, later, legalRisk, mediumAssessment, must, people, stateOf, step, t0 } from './helpers.js';

const policyWith = (risk: Partial<Policy['risk']>): Policy => ({ ...defaultPolicy, risk: { ...defaultPolicy.risk, ...risk } });
const refusal = (r: ReturnType<typeof step>) => (r.ok ? undefined : { code: r.error.code, rule: r.error.rule });

describe('identification (RSK-1)', () => {
  it('RSK-1: a risk is registered with its category, topic, owner department (the identifier’s by default) and related items as { kind, id }', () => {
    const record = create(people.marketingStaff);
    expect(stateOf(record)).toBe('identified');
    expect(context(record)).toMatchObject({ category: 'legal', topic: 'ad-compliance', ownerDepartment: 'marketing', related: [{ kind: 'content', id: 'post-7' }], identifiedBy: 'u-mkt-staff' });
  });

  it('RSK-1: a topic of another category is refused by field, in three languages', () => {
    const r = createRisk('risk-x', { id: 'c', type: 'create', ...legalRisk, category: 'market' }, as(people.marketingStaff, t0));
    expect(!r.ok && r.error.code === 'invalid-input' && [r.error.issues[0]?.path, r.error.rule]).toEqual([['topic'], 'RSK-1']);
    expect(!r.ok && r.error.messages['zh-TW']).toBeTruthy();
  });

  it('RSK-1: someone without the identify right cannot register a risk; who acts is the host’s, not a field of the command', () => {
    const r = createRisk('risk-x', { id: 'c', type: 'create', ...legalRisk, actor: 'u-legal' } as never, as(people.financeStaff, t0));
    expect(!r.ok && [r.error.code, r.error.rule]).toEqual(['forbidden', 'RSK-1']);
  });

  it('RSK-1: an edit changes the description and never nothing', () => {
    const record = create(people.marketingStaff);
    expect(context(must(record, people.marketingStaff, { type: 'edit', description: '详情页与海报均含「最佳」' })).description).toBe('详情页与海报均含「最佳」');
    expect(refusal(step(record, people.marketingStaff, { type: 'edit' }))).toEqual({ code: 'invalid-input', rule: 'RSK-1' });
  });
});

describe('assessment (RSK-2, RSK-3)', () => {
  it('RSK-2: qualitative and quantitative assessment grade inherent and current risk on the policy’s matrix and set the review date of the grade', () => {
    const record = must(create(people.marketingStaff), people.legal, {
      type: 'assess',
      inherent: { probability: 0.6, impactFen: 150_000_000 },
      current: { likelihood: 'medium', impact: 'medium' },
      target: 'low',
      controls: '上线前法务复核',
    });
    const a = context(record).assessment!;
    expect(stateOf(record)).toBe('assessed');
    expect(a.inherent).toEqual({ likelihood: 'high', impact: 'high', grade: 'high', level: 'high', method: 'quantitative', probability: 0.6, impactFen: 150_000_000 });
    expect(a.current).toMatchObject({ grade: 'medium', method: 'qualitative' });
    expect(a.target).toEqual({ grade: 'low', level: 'low' });
    expect(context(record).reviewDueAt).toBe(later(90).toISOString());
  });

  it('RSK-3: a current grade above the inherent one, a target above the current one, and an unknown level are refused by field', () => {
    const record = create(people.marketingStaff);
    const r1 = step(record, people.legal, { ...mediumAssessment, inherent: { likelihood: 'low', impact: 'low' } });
    expect(!r1.ok && r1.error.code === 'invalid-input' && r1.error.issues[0]?.path).toEqual(['current']);
    const r2 = step(record, people.legal, { ...mediumAssessment, target: 'high' });
    expect(!r2.ok && r2.error.code === 'invalid-input' && r2.error.issues[0]?.path).toEqual(['target']);
    const r3 = step(record, people.legal, { ...mediumAssessment, current: { likelihood: 'certain', impact: 'medium' } });
    expect(!r3.ok && r3.error.code === 'invalid-input' && r3.error.issues[0]?.path).toEqual(['current', 'likelihood']);
  });

  it('RSK-3: a policy on the NIST preset grades on its five levels and maps the grade to high/medium/low', () => {
    const policy = policyWith({ matrix: nistRiskMatrix });
    const record = must(create(people.marketingStaff, legalRisk, { policy }), people.legal, { type: 'assess', inherent: { likelihood: 'very-high', impact: 'high' }, current: { likelihood: 'moderate', impact: 'very-high' }, target: 'moderate' }, { policy });
    expect(context(record).assessment!.current).toMatchObject({ grade: 'high', level: 'high' });
    expect(context(record).reviewDueAt).toBe(later(30).toISOString());
  });

  it('RSK-4: a high risk informs the leadership group; RSK-6: a reputation risk graded high triggers the crisis response', () => {
    const legalHigh = step(create(people.marketingStaff), people.legal, highAssessment);
    expect(legalHigh.ok && legalHigh.effects.map((e) => e['topic'])).toEqual(['risk.high-risk']);
    const reputation = create(people.marketingStaff, { category: 'reputation', title: '达人翻车', description: '合作达人负面舆情', related: [] });
    const crisis = step(reputation, people.legal, highAssessment);
    expect(crisis.ok && crisis.effects.map((e) => [e.type, e['topic'], e['to']])).toEqual([['escalate', 'risk.crisis-response', { departments: ['pr', 'leadership-group'] }]]);
    const mild = step(reputation, people.legal, mediumAssessment);
    expect(mild.ok && mild.effects).toEqual([]);
  });
});

describe('treatment and acceptance (RSK-4)', () => {
  const assessed = (a: typeof mediumAssessment | typeof highAssessment = mediumAssessment) => must(create(people.marketingStaff), people.legal, a);

  it('RSK-4: a treatment plan takes only the strategies the policy allows for the grade, with dated actions ahead; monitoring starts once every action is done', () => {
    const high = assessed(highAssessment);
    expect(refusal(step(high, people.marketingHead, { type: 'plan-treatment', strategy: 'transfer', actions: [{ description: '投保', ownerDepartment: 'finance', dueAt: later(10).toISOString() }] }))).toEqual({ code: 'invalid-input', rule: 'RSK-4' });
    expect(refusal(step(high, people.marketingHead, { type: 'plan-treatment', strategy: 'reduce', actions: [{ description: '改文案', ownerDepartment: 'marketing', dueAt: later(-1).toISOString() }] }))).toEqual({ code: 'invalid-input', rule: 'RSK-4' });
    let r = must(high, people.marketingHead, {
      type: 'plan-treatment',
      strategy: 'reduce',
      actions: [
        { description: '下线含绝对化用语的页面', ownerDepartment: 'marketing', dueAt: later(3).toISOString() },
        { description: '法务复核全部在投素材', ownerDepartment: 'legal', dueAt: later(7).toISOString() },
      ],
    });
    expect(stateOf(r)).toBe('treating');
    expect(refusal(step(r, people.marketingHead, { type: 'start-monitoring' }))).toEqual({ code: 'not-allowed', rule: 'RSK-4' });
    r = must(r, people.marketingHead, { type: 'complete-action', action: 'a-1' });
    expect(refusal(step(r, people.marketingHead, { type: 'complete-action', action: 'a-1' }))).toEqual({ code: 'not-allowed', rule: 'RSK-4' });
    r = must(r, people.marketingDeputy, { type: 'complete-action', action: 'a-2', note: '已复核 42 条' });
    r = must(r, people.marketingHead, { type: 'start-monitoring' }, { now: later(5) });
    expect([stateOf(r), context(r).reviewDueAt]).toEqual(['monitoring', later(35).toISOString()]);
  });

  it('RSK-4: treating is for the owner department: another department’s head cannot plan it', () => {
    expect(refusal(step(assessed(), people.prHead, { type: 'plan-treatment', strategy: 'reduce', actions: [{ description: 'x', ownerDepartment: 'pr', dueAt: later(3).toISOString() }] }))).toEqual({ code: 'forbidden', rule: 'RSK-4' });
  });

  it('RSK-4: accepting a high risk needs the leadership group: a department head, legal and staff are refused', () => {
    const high = assessed(highAssessment);
    for (const who of [people.marketingHead, people.legalHead, people.marketingStaff]) {
      expect(refusal(step(high, who, { type: 'accept', reason: '成本过高' }))).toEqual({ code: 'forbidden', rule: 'RSK-4' });
    }
    const r = must(high, people.leader, { type: 'accept', reason: '影响可控，整改成本过高' });
    expect(stateOf(r)).toBe('monitoring');
    expect(context(r).acceptance).toEqual({ level: 'high', reason: '影响可控，整改成本过高', right: 'risk.accept-high', by: 'u-leader', at: t0.toISOString(), expiresAt: later(90).toISOString() });
  });

  it('RSK-4: a medium risk is accepted by the owner department’s head (or the leadership group), never by another department’s head or by staff', () => {
    const medium = assessed();
    expect(refusal(step(medium, people.prHead, { type: 'accept', reason: '可接受' }))).toEqual({ code: 'forbidden', rule: 'RSK-4' });
    expect(refusal(step(medium, people.marketingStaff, { type: 'accept', reason: '可接受' }))).toEqual({ code: 'forbidden', rule: 'RSK-4' });
    expect(context(must(medium, people.marketingHead, { type: 'accept', reason: '可接受' })).acceptance?.right).toBe('risk.accept-medium');
    expect(context(must(medium, people.leader, { type: 'accept', reason: '可接受' })).acceptance?.right).toBe('risk.accept-high');
  });

  it('RSK-4: whoever assessed a risk does not also accept it', () => {
    const medium = must(create(people.marketingStaff), people.marketingHead, mediumAssessment);
    expect(refusal(step(medium, people.marketingHead, { type: 'accept', reason: '可接受' }))).toEqual({ code: 'forbidden', rule: 'RSK-4' });
  });

  it('RSK-4: the rights per grade are policy data: a policy that keeps high acceptance with the management head follows it mid-flight', () => {
    const policy = policyWith({ responses: defaultPolicy.risk.responses.map((r) => (r.level === 'high' ? { ...r, acceptRights: ['policy.approve'] } : r)) });
    const high = assessed(highAssessment);
    expect(refusal(step(high, people.leader, { type: 'accept', reason: '影响可控' }, { policy }))).toEqual({ code: 'forbidden', rule: 'SUP-3' });
    expect(context(must(high, people.manager, { type: 'accept', reason: '影响可控' }, { policy })).acceptance?.right).toBe('policy.approve');
    const noAccept = policyWith({ responses: defaultPolicy.risk.responses.map((r) => (r.level === 'high' ? { ...r, strategies: ['avoid', 'reduce'] } : r)) });
    expect(refusal(step(high, people.leader, { type: 'accept', reason: '影响可控' }, { policy: noAccept }))).toEqual({ code: 'forbidden', rule: 'RSK-4' });
  });

  it('RSK-4: an expired acceptance makes the risk due for reassessment; it is not reviewed but assessed again, which ends the acceptance', () => {
    const accepted = must(assessed(), people.marketingHead, { type: 'accept', reason: '可接受' });
    const expiry = later(180);
    // Before it expires the risk is due only for its medium-grade review (90 days); at expiry, for reassessment.
    expect(risksDueForReview([accepted], later(179)).due.map((d) => d.reason)).toEqual(['review-due']);
    expect(risksDueForReview([accepted], expiry).due).toEqual([
      { recordId: 'risk-1', title: legalRisk.title, category: 'legal', level: 'medium', state: 'monitoring', reason: 'acceptance-expired', dueAt: expiry.toISOString() },
    ]);
    expect(refusal(step(accepted, people.legal, { type: 'review', note: '例行复核' }, { now: expiry }))).toEqual({ code: 'not-allowed', rule: 'RSK-4' });
    expect(refusal(step(accepted, people.leader, { type: 'accept', reason: '续期' }, { now: expiry }))).toEqual({ code: 'not-allowed', rule: 'RSK-4' });
    const reassessed = must(accepted, people.legal, mediumAssessment, { now: expiry });
    expect([stateOf(reassessed), context(reassessed).acceptance]).toEqual(['assessed', undefined]);
    expect(risksDueForReview([reassessed], expiry).due).toEqual([]);
  });

  it('RSK-4: a review is due after the interval of the grade (high 30 days, medium 90, low 180) and a review sets the next date', () => {
    const accepted = must(assessed(), people.marketingHead, { type: 'accept', reason: '可接受' });
    expect(risksDueForReview([accepted], later(89)).due).toEqual([]);
    expect(risksDueForReview([accepted], later(90)).due.map((d) => d.reason)).toEqual(['review-due']);
    const reviewed = must(accepted, people.legal, { type: 'review', note: '控制有效' }, { now: later(91) });
    expect(context(reviewed).reviewDueAt).toBe(later(181).toISOString());
    expect(context(reviewed).reviews).toEqual([{ note: '控制有效', by: 'u-legal', at: later(91).toISOString() }]);
    const low = must(create(people.marketingStaff), people.legal, { type: 'assess', inherent: { likelihood: 'low', impact: 'low' }, current: { likelihood: 'low', impact: 'low' }, target: 'low' });
    expect(context(low).reviewDueAt).toBe(later(180).toISOString());
  });

  it('RSK-4: acceptances expiring within N days, soonest first; a bad N is refused', () => {
    const accepted = must(assessed(), people.marketingHead, { type: 'accept', reason: '可接受' });
    const r = acceptancesExpiring([accepted], later(168), 30);
    expect(r.ok && r.value.acceptances.map((a) => [a.recordId, a.daysLeft, a.right])).toEqual([['risk-1', 12, 'risk.accept-medium']]);
    const none = acceptancesExpiring([accepted], later(100), 30);
    expect(none.ok && none.value.acceptances).toEqual([]);
    for (const bad of [-1, 1.5, Number.NaN]) expect(acceptancesExpiring([accepted], t0, bad).ok).toBe(false);
  });
});

describe('closing (RSK-1, RSK-4)', () => {
  const monitored = (who = people.marketingStaff, body = legalRisk) => must(must(create(who, body), people.legal, mediumAssessment), people.marketingHead, { type: 'accept', reason: '可接受' });

  it('RSK-1: a legal risk cannot close without a recorded legal opinion (S2 法律风险.3); with legal’s opinion it closes', () => {
    const r = monitored();
    const refused = step(r, people.marketingHead, { type: 'close', reason: '素材已全部替换' });
    expect(refusal(refused)).toEqual({ code: 'not-allowed', rule: 'RSK-1' });
    expect(!refused.ok && refused.error.messages['zh-CN']).toContain('法律意见');
    expect(refusal(step(r, people.marketingHead, { type: 'record-legal-opinion', opinion: '无风险' }))).toEqual({ code: 'forbidden', rule: 'RSK-1' });
    const opined = must(r, people.legalHead, { type: 'record-legal-opinion', opinion: '替换后的素材符合广告法第九条', reference: 'LO-2026-031' });
    const closed = must(opined, people.marketingHead, { type: 'close', reason: '素材已全部替换' });
    expect([stateOf(closed), context(closed).closure?.by]).toEqual(['closed', 'u-mkt-head']);
  });

  it('RSK-4: a market risk needs no legal opinion to close', () => {
    const r = monitored(people.marketingStaff, { category: 'market', topic: 'competition', title: '竞品降价', description: '主要竞品降价 20%', related: [] });
    expect(stateOf(must(r, people.marketingHead, { type: 'close', reason: '价格战结束' }))).toBe('closed');
  });
});

describe('platform rules (RSK-5)', () => {
  const incident = () => createRisk('inc-1', { id: 'i-0', type: 'create', ...incidentRisk }, as(people.editor, t0));

  it('RSK-5: a platform sanction becomes an incident of the account, linked to the content that caused it, owned by the incident owner and escalated', () => {
    const r = incident();
    expect(r.ok && r.effects.map((e) => [e.type, e['topic'], e['to']])).toEqual([['escalate', 'risk.platform-sanction', { departments: ['marketing'] }]]);
    const c = r.ok ? context(r.record) : undefined;
    expect(c?.incident).toMatchObject({ platform: 'weibo', sanction: 'ban', account: { kind: 'account', id: 'weibo-official' }, cause: { kind: 'content', id: 'post-9' }, appeals: [] });
    expect(c?.related).toEqual([{ kind: 'account', id: 'weibo-official' }, { kind: 'content', id: 'post-9' }]);
    expect(c?.ownerDepartment).toBe('marketing');
  });

  it('RSK-5: an incident must be a platform-rules risk, and its notice cannot be dated after the host clock', () => {
    const wrong = createRisk('inc-x', { id: 'i', type: 'create', ...incidentRisk, category: 'reputation' }, as(people.editor, t0));
    expect(!wrong.ok && wrong.error.code === 'invalid-input' && wrong.error.issues[0]?.path).toEqual(['category']);
    const future = createRisk('inc-x', { id: 'i', type: 'create', ...incidentRisk, incident: { ...incidentRisk.incident!, noticedAt: later(1).toISOString() } }, as(people.editor, t0));
    expect(!future.ok && future.error.code === 'invalid-input' && future.error.issues[0]?.path).toEqual(['incident', 'noticedAt']);
  });

  it('RSK-5: rectification is planned and completed, an appeal submitted and decided; the incident closes only once rectified', () => {
    const created = incident();
    let r: StoredRecord = created.ok ? created.record : undefined!;
    expect(refusal(step(r, people.editor, { type: 'complete-rectification', note: '已完成' }))).toEqual({ code: 'not-allowed', rule: 'RSK-5' });
    r = must(r, people.editor, { type: 'plan-rectification', plan: '删除涉事帖，补充资质证明', dueAt: later(3).toISOString() });
    r = must(r, people.editor, { type: 'submit-appeal', summary: '帖文数据有第三方检测报告支持' });
    expect(refusal(step(r, people.editor, { type: 'submit-appeal', summary: '再次申诉' }))).toEqual({ code: 'not-allowed', rule: 'RSK-5' });
    expect(openIncidentsByPlatform([r], later(4)).platforms).toEqual([
      { platform: 'weibo', incidents: [{ recordId: 'inc-1', sanction: 'ban', account: 'weibo-official', cause: 'post-9', reportedAt: t0.toISOString(), rectification: 'overdue', rectificationDueAt: later(3).toISOString(), appeal: 'pending' }] },
    ]);
    r = must(r, people.editor, { type: 'record-appeal-outcome', outcome: 'reduced', note: '封禁缩短为 3 天' });
    r = must(r, people.legal, mediumAssessment);
    r = must(r, people.marketingHead, { type: 'accept', reason: '已整改' });
    expect(refusal(step(r, people.marketingHead, { type: 'close', reason: '已解封' }))).toEqual({ code: 'not-allowed', rule: 'RSK-5' });
    r = must(r, people.editor, { type: 'complete-rectification', note: '涉事帖已删除，资质已补充' });
    expect(openIncidentsByPlatform([r], later(4)).platforms[0]?.incidents[0]).toMatchObject({ rectification: 'completed', appeal: 'reduced' });
    r = must(r, people.marketingHead, { type: 'close', reason: '已解封' });
    expect(openIncidentsByPlatform([r], later(4)).platforms).toEqual([]);
  });

  it('RSK-5: rectification and appeals belong to incidents: a risk without one refuses them', () => {
    const record = create(people.marketingStaff);
    expect(refusal(step(record, people.editor, { type: 'submit-appeal', summary: '申诉' }))).toEqual({ code: 'not-allowed', rule: 'RSK-5' });
    expect(refusal(step(record, people.editor, { type: 'plan-rectification', plan: '整改', dueAt: later(1).toISOString() }))).toEqual({ code: 'not-allowed', rule: 'RSK-5' });
  });

  it('RSK-5: a platform rule change is logged and marks the affected channels’ content and the review chains that cover them for review', () => {
    const r = createRisk('rc-1', { id: 'r-0', type: 'create', category: 'platform-rules', title: '抖音营销规范更新', description: '营销类视频须显著标注「广告」', ruleChange: { platform: 'douyin', effectiveOn: '2026-04-01', summary: '营销类视频须标注广告', channels: ['douyin'] } }, as(people.editor, t0));
    const chains = defaultPolicy.content.chains.filter((c) => c.groups.includes('social')).map((c) => c.id);
    expect(chains.length).toBeGreaterThan(0);
    expect(r.ok && r.effects.map((e) => [e['topic'], e['channels'], e['chains'], e['to']])).toEqual([['risk.platform-rule-changed', ['douyin'], chains, { departments: ['marketing', 'legal'] }]]);
    const log = platformRuleChanges(r.ok ? [r.record] : [], t0);
    expect(log.changes.map((c) => [c.recordId, c.platform, c.effectiveOn])).toEqual([['rc-1', 'douyin', '2026-04-01']]);
    // Live content on Douyin is marked; content elsewhere, or still being planned, is not.
    const video = apply(apply(newItem({ channel: 'douyin', title: '新品开箱' }, 'video-3'), people.author, { type: 'start-creation' }), people.author, { type: 'submit' });
    const draft = newItem({ channel: 'douyin' }, 'video-9');
    const marked = contentMarkedForReview(r.ok ? [r.record] : [], [video, draft, submitted(), { ...video, id: 'broken', schemaVersion: 99 }], t0);
    expect(marked).toEqual({ items: [{ change: 'rc-1', platform: 'douyin', effectiveOn: '2026-04-01', contentId: 'video-3', title: '新品开箱', channel: 'douyin', state: 'review' }], unreadable: ['broken'] });
    const unknown = createRisk('rc-2', { id: 'r-0', type: 'create', category: 'platform-rules', title: 't', description: 'd', ruleChange: { platform: 'x', effectiveOn: '2026-04-01', summary: 's', channels: ['myspace'] } }, as(people.editor, t0));
    expect(!unknown.ok && unknown.error.code === 'invalid-input' && unknown.error.issues[0]?.path).toEqual(['ruleChange', 'channels', 0]);
  });
});

describe('queries', () => {
  it('RSK-3: the heat map counts open risks by current grade and category, unassessed apart; closed risks and unreadable records are left out and listed', () => {
    const high = must(create(people.marketingStaff, legalRisk, { id: 'r-a' }), people.legal, highAssessment);
    const medium = must(create(people.marketingStaff, { category: 'market', title: '竞品', description: 'd', related: [] }, { id: 'r-b' }), people.legal, mediumAssessment);
    const fresh = create(people.marketingStaff, { category: 'data-security', title: '撞库', description: 'd', related: [] }, { id: 'r-c' });
    const damaged = { ...fresh, id: 'r-d', snapshot: { ...(fresh.snapshot as object), context: { ...context(fresh), related: 'x' } } };
    const map = riskHeatMap([high, medium, fresh, damaged as never], t0);
    expect(map.rows.map((r) => [r.level, r.counts.legal, r.counts.market, r.total])).toEqual([
      ['high', 1, 0, 1],
      ['medium', 0, 1, 1],
      ['low', 0, 0, 0],
    ]);
    expect([map.unassessed['data-security'], map.total, map.unreadable]).toEqual([1, 3, ['r-d']]);
    expect(riskHeatMap([high], later(-1)).total).toBe(0);
    expect(readRisk(damaged as never).ok).toBe(false);
  });

  it('RSK-4: the review queue lists unreadable records instead of failing', () => {
    const fresh = create(people.marketingStaff);
    expect(risksDueForReview([{ ...fresh, schemaVersion: 99 }], t0)).toEqual({ due: [], unreadable: ['risk-1'] });
  });

  it('RSK-4: a step refuses a damaged record with version-mismatch rather than crashing', () => {
    const fresh = create(people.marketingStaff);
    const damaged = { ...fresh, snapshot: { ...(fresh.snapshot as object), context: { ...context(fresh), assessment: 'x' } } };
    const r = riskStep(damaged as never, { id: 'q', ...mediumAssessment }, as(people.legal, t0));
    expect(!r.ok && r.error.code).toBe('version-mismatch');
  });
});

describe('attacks', () => {
  it('RSK-4: a reused command id with another payload is a conflict; the same command again is a replay that changes nothing', () => {
    const assessed = must(create(people.marketingStaff), people.legal, mediumAssessment);
    const first = riskStep(assessed, { id: 'acc-1', type: 'accept', reason: '可接受' }, as(people.marketingHead, t0));
    expect(first.ok && !first.replayed).toBe(true);
    const record = first.ok ? first.record : assessed;
    const again = riskStep(record, { id: 'acc-1', type: 'accept', reason: '可接受' }, as(people.marketingHead, later(1)));
    expect(again.ok && again.replayed && again.record).toBe(record);
    const other = riskStep(record, { id: 'acc-1', type: 'accept', reason: '换个理由' }, as(people.marketingHead, later(1)));
    expect(!other.ok && other.error.code).toBe('conflict');
  });

  it('RSK-4: a time the client claims is recorded as claimed, never used: the acceptance runs from the host clock', () => {
    const assessed = must(create(people.marketingStaff), people.legal, mediumAssessment);
    const r = riskStep(assessed, { id: 'acc-2', type: 'accept', reason: '可接受', at: '2030-01-01T00:00:00Z' }, as(people.marketingHead, t0));
    expect(r.ok && !r.replayed && [context(r.record).acceptance?.expiresAt, r.audit.claimedAt]).toEqual([later(180).toISOString(), '2030-01-01T00:00:00.000Z']);
  });
});
