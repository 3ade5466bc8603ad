import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StoredRecord } from '../../src/core/index.js';
import {
  accountabilityLinks,
  casesAwaitingDeadline,
  casesByDepartment,
  createCase,
  defaultDisciplinePolicy,
  disciplinePolicyProblems,
  disciplineStep,
  disciplineVetoes,
  liveSanctions,
  sanctionHistory,
} from '../../src/discipline/index.js';
import { builtInMetrics, scoreScorecard } from '../../src/kpi/index.js';
import { defaultPolicy, parsePolicy } from '../../src/policy/index.js';
import { as } from '../support/people.js';
import { apply, attempt, context, ctxOf, days, decided, employee, notified, now, people, policyWith, refuse, report, state, view } from './helpers.js';

const later = (n: number) => ({ at: days(n) });
const wage = (amount: number) => ({ amount, monthWage: 800_000, minimumWage: 248_000 });

describe('DSC-1: violation types as data; a case is reported', () => {
  it('DSC-1: the default types are the seeds’ (false advertising, fake traffic, IP infringement, platform rules, credential misuse, publishing without approval), each with its default rung', () => {
    expect(defaultDisciplinePolicy.violationTypes.map((t) => [t.id, t.severity, t.defaultRung])).toEqual([
      ['false-advertising', 'serious', 'demerit'],
      ['fake-traffic', 'serious', 'demerit'],
      ['ip-infringement', 'serious', 'demerit'],
      ['platform-rule-breach', 'minor', 'warning'],
      ['credential-misuse', 'serious', 'demerit'],
      ['publishing-without-approval', 'minor', 'warning'],
    ]);
    expect(disciplinePolicyProblems(defaultDisciplinePolicy, defaultPolicy.org, defaultPolicy.kpi)).toEqual([]);
  });

  it('DSC-1: a report names a type of the policy, a department of the organisation, and a time not after the host’s clock; staff without the right cannot report', () => {
    const c = report();
    expect(state(c)).toBe('reported');
    expect(context(c)).toMatchObject({ type: 'platform-rule-breach', severity: 'minor', reportedBy: people.auditor.id, role: 'direct', occurredAt: '2026-03-01T02:00:00.000Z' });
    const bad = (extra: Record<string, unknown>) => createCase('case-x', { id: 'x', type: 'create', subject: { person: employee.id, department: 'marketing' }, violation: 'platform-rule-breach', occurredAt: '2026-03-01T10:00:00+08:00', description: '刷评论', ...extra } as never, as(people.auditor, now));
    for (const [extra, path] of [
      [{ violation: 'jaywalking' }, 'violation'],
      [{ subject: { person: employee.id, department: 'sales' } }, 'subject.department'],
      [{ occurredAt: '2026-03-03T10:00:00+08:00' }, 'occurredAt'],
      [{ role: 'department-head' }, 'accountableFor'],
    ] as const) {
      const r = bad(extra);
      expect(!r.ok && r.error.code === 'invalid-input' && r.error.issues[0]?.path.join('.'), path).toBe(path);
      expect(r.record).toBeUndefined();
    }
    const staff = createCase('case-y', { id: 'y', type: 'create', subject: { person: employee.id, department: 'marketing' }, violation: 'platform-rule-breach', occurredAt: '2026-03-01T10:00:00+08:00', description: '刷评论' } as never, as(people.editor, now));
    expect(!staff.ok && staff.error).toMatchObject({ code: 'forbidden', rule: 'DSC-1' });
  });
});

describe('DSC-2: minor violations and the written self-review', () => {
  it('DSC-2: a minor sanction requires the employee’s written self-review before the case closes; only the employee gives it', () => {
    let c = decided();
    expect(context(c).decision).toMatchObject({ rung: 'warning', selfReviewRequired: true, contractChange: false });
    c = apply(c, employee, { type: 'waive-appeal' });
    c = apply(c, people.hrStaff, { type: 'execute' });
    expect(refuse(c, people.hrStaff, { type: 'close' })).toMatchObject({ code: 'not-allowed', rule: 'DSC-2' });
    expect(refuse(c, people.marketingHead, { type: 'submit-self-review', text: '代写检讨' })).toMatchObject({ code: 'forbidden', rule: 'DSC-5' });
    c = apply(c, employee, { type: 'submit-self-review', text: '本人深刻反省，今后严格遵守平台规则' });
    expect(refuse(c, employee, { type: 'submit-self-review', text: '再交一份' })).toMatchObject({ code: 'not-allowed', rule: 'DSC-2' });
    c = apply(c, people.hrStaff, { type: 'close' });
    expect(state(c)).toBe('closed');
    expect(context(c).selfReview).toMatchObject({ actorId: employee.id });
  });

  it('DSC-2: a serious violation’s sanction owes no self-review and closes once executed', () => {
    let c = notified({ violation: 'fake-traffic' });
    c = apply(c, employee, { type: 'waive-statement' });
    c = apply(c, people.marketingHead, { type: 'decide', rung: 'demerit', reason: '刷量属实' });
    c = apply(apply(c, employee, { type: 'waive-appeal' }), people.hrStaff, { type: 'execute' });
    expect(state(apply(c, people.hrStaff, { type: 'close' }))).toBe('closed');
  });
});

describe('DSC-3: the ladder and the legal caps', () => {
  const grossCase = () => apply(notified({ violation: 'credential-misuse', severity: 'gross' }), employee, { type: 'waive-statement' });

  it('DSC-3: the ladder merges S2 处理措施 and S0 art.15, lightest first, each rung labelled, with union and contract flags', () => {
    expect(defaultDisciplinePolicy.ladder.map((r) => [r.id, r.labels['zh-CN'], r.notifyUnion, r.changesContract])).toEqual([
      ['warning', '警告', false, false],
      ['rectification', '责令整改', false, false],
      ['demerit', '记过', false, false],
      ['fine', '罚款', false, false],
      ['demotion', '降职', false, true],
      ['dismissal', '辞退/解雇', true, true],
    ]);
  });

  it('DSC-3: a dismissal without the union notified is refused naming 劳动合同法 art.43; once HR has notified the union it is decided', () => {
    const c = grossCase();
    expect(context(c).proposal?.rung).toBe('dismissal');
    const e = refuse(c, people.hrHead, { type: 'decide', rung: 'dismissal', reason: '转让账号密码' });
    expect(e).toMatchObject({ code: 'invalid-input', rule: 'DSC-3' });
    expect(e.messages['zh-CN']).toContain('第四十三条');
    const n = apply(c, people.hrStaff, { type: 'notify-union', reference: '工会函〔2026〕3号' });
    const d = apply(n, people.hrHead, { type: 'decide', rung: 'dismissal', reason: '转让账号密码' });
    expect(context(d)).toMatchObject({ sanction: 'dismissal', decision: { contractChange: true }, unionNotice: { reference: '工会函〔2026〕3号' } });
  });

  it('DSC-3: fines are refused by default naming the missing legal basis; a policy that warns records the fine and escalates to HR', () => {
    const c = apply(notified({ violation: 'fake-traffic' }), employee, { type: 'waive-statement' });
    const e = refuse(c, people.hrHead, { type: 'decide', rung: 'fine', reason: '刷量' });
    expect(e).toMatchObject({ code: 'invalid-input', rule: 'DSC-3' });
    expect(e.message).toContain('No general legal basis');
    const warn = policyWith({ legalCaps: { ...defaultDisciplinePolicy.legalCaps, fines: { ...defaultDisciplinePolicy.legalCaps.fines, rule: 'warn' } } });
    const w = apply(notified({ violation: 'fake-traffic', policy: warn }), employee, { type: 'waive-statement' }, { policy: warn });
    const r = attempt(w, people.hrHead, { type: 'decide', rung: 'fine', reason: '刷量' }, { policy: warn });
    if (!r.ok || r.replayed) throw new Error('refused');
    expect(context(r.record).decision).toMatchObject({ rung: 'fine', fineWarning: true });
    expect(r.effects.map((x) => x['topic'])).toEqual(['discipline.decided', 'discipline.fine-decided']);
  });

  it('DSC-3: a demotion is flagged as a contract change (劳动合同法 art.35) and the execution tells HR so', () => {
    let c = apply(notified({ violation: 'fake-traffic' }), employee, { type: 'waive-statement' });
    c = apply(c, people.hrHead, { type: 'decide', rung: 'demotion', reason: '屡次刷量' });
    expect(context(c).decision?.contractChange).toBe(true);
    const r = attempt(apply(c, employee, { type: 'waive-appeal' }), people.hrStaff, { type: 'execute' });
    expect(r.ok && r.effects).toEqual([expect.objectContaining({ topic: 'discipline.executed', rung: 'demotion', contractChange: true })]);
  });

  it('DSC-3: a case opened from a KPI rating alone is never decided as a dismissal (劳动合同法 art.40(2)), union notified or not', () => {
    let c = notified({ violation: 'credential-misuse', severity: 'gross', extra: { cause: { kind: 'kpi-rating', id: 'kpi-2026-02-u-mkt-staff' } } });
    expect(context(c).proposal?.rung).toBe('demotion');
    c = apply(apply(c, employee, { type: 'waive-statement' }), people.hrStaff, { type: 'notify-union', reference: '工会函' });
    const e = refuse(c, people.hrHead, { type: 'decide', rung: 'dismissal', reason: '考核不合格' });
    expect(e).toMatchObject({ code: 'invalid-input', rule: 'DSC-3' });
    expect(e.messages['zh-CN']).toContain('第四十条');
  });
});

describe('DSC-4: compensation deducted from wages within the legal caps', () => {
  const ready = () => apply(notified({ violation: 'ip-infringement' }), employee, { type: 'waive-statement' });

  it('DSC-4: a deduction above 20% of the month’s wage is refused naming 工资支付暂行规定 art.16; exactly 20% is accepted', () => {
    const e = refuse(ready(), people.marketingHead, { type: 'decide', rung: 'demerit', reason: '侵权赔偿', compensation: wage(160_001) });
    expect(e).toMatchObject({ code: 'invalid-input', rule: 'DSC-4' });
    expect(e.code === 'invalid-input' && e.issues[0]?.path).toEqual(['compensation', 'amount']);
    expect(e.messages['zh-CN']).toContain('第十六条');
    const ok = apply(ready(), people.marketingHead, { type: 'decide', rung: 'demerit', reason: '侵权赔偿', compensation: wage(160_000) });
    expect(context(ok).decision?.compensation).toEqual(wage(160_000));
  });

  it('DSC-4: a deduction that leaves less than the local minimum wage the host supplies is refused, even under 20%', () => {
    const e = refuse(ready(), people.marketingHead, { type: 'decide', rung: 'demerit', reason: '侵权赔偿', compensation: { amount: 50_000, monthWage: 290_000, minimumWage: 248_000 } });
    expect(e).toMatchObject({ code: 'invalid-input', rule: 'DSC-4' });
    expect(e.message).toContain('minimum wage');
    expect(refuse(ready(), people.marketingHead, { type: 'decide', rung: 'demerit', reason: '侵权赔偿', compensation: { amount: 1.5, monthWage: 290_000, minimumWage: 248_000 } }).code).toBe('invalid-input');
  });
});

describe('DSC-5: the case, its statement and appeal, and who decides', () => {
  it('DSC-5: deciding before the statement window closes without the employee’s waiver is refused; at its end it is accepted', () => {
    const c = notified();
    expect(context(c).notified?.statementDueAt).toBe('2026-03-09T02:00:00.000Z');
    const e = refuse(c, people.marketingHead, { type: 'decide', rung: 'warning', reason: '轻微' }, later(6));
    expect(e).toMatchObject({ code: 'not-allowed', rule: 'DSC-5' });
    expect(e.messages['zh-CN']).toContain('陈述申辩期至 2026-03-09T02:00:00.000Z 止');
    // A statement is not a waiver: the window still runs.
    const s = apply(c, employee, { type: 'submit-statement', statement: '系外包团队所为，本人不知情' }, later(1));
    expect(context(s).statements).toEqual([expect.objectContaining({ actorId: employee.id, statement: '系外包团队所为，本人不知情' })]);
    expect(refuse(s, people.marketingHead, { type: 'decide', rung: 'warning', reason: '轻微' }, later(2)).code).toBe('not-allowed');
    expect(state(apply(s, people.marketingHead, { type: 'decide', rung: 'warning', reason: '轻微' }, later(7)))).toBe('decided');
  });

  it('DSC-5: only the employee gives the statement or waives it', () => {
    const c = notified();
    expect(refuse(c, people.hrStaff, { type: 'waive-statement' })).toMatchObject({ code: 'forbidden', rule: 'DSC-5' });
    expect(refuse(c, people.marketingHead, { type: 'submit-statement', statement: '代为陈述' })).toMatchObject({ code: 'forbidden', rule: 'DSC-5' });
  });

  it('DSC-5: the reporter, the investigator and the person concerned never decide, whatever rights they hold', () => {
    // The marketing head reports; the HR head investigates.
    let c = report({ by: people.marketingHead });
    c = apply(c, people.hrHead, { type: 'investigate' });
    c = apply(c, people.hrHead, { type: 'propose', findings: '属实', history: [] });
    c = apply(apply(c, people.hrStaff, { type: 'notify' }), employee, { type: 'waive-statement' });
    expect(refuse(c, people.marketingHead, { type: 'decide', rung: 'warning', reason: '轻微' })).toMatchObject({ code: 'forbidden', rule: 'DSC-5' });
    expect(refuse(c, people.hrHead, { type: 'decide', rung: 'warning', reason: '轻微' })).toMatchObject({ code: 'forbidden', rule: 'DSC-5' });
    expect(state(apply(c, people.manager, { type: 'decide', rung: 'warning', reason: '轻微' }))).toBe('decided');
    // A case against the marketing head himself: he may decide warnings in marketing, but not his own.
    const own = report({ extra: { subject: { person: people.marketingHead.id, department: 'marketing' } } });
    let o = apply(apply(apply(own, people.hrStaff, { type: 'investigate' }), people.hrStaff, { type: 'propose', findings: '属实', history: [] }), people.hrStaff, { type: 'notify' });
    o = apply(o, people.marketingHead, { type: 'waive-statement' });
    expect(refuse(o, people.marketingHead, { type: 'decide', rung: 'warning', reason: '自我处理' })).toMatchObject({ code: 'forbidden', rule: 'DSC-5' });
    expect(refuse(apply(report(), people.hrStaff, { type: 'investigate' }), employee, { type: 'withdraw', reason: '撤销' }).code).toBe('forbidden');
  });

  it('DSC-5: the department head decides up to a demerit in their own department; heavier rungs need HR or management', () => {
    const c = apply(notified({ violation: 'fake-traffic' }), employee, { type: 'waive-statement' });
    expect(refuse(c, people.prHead, { type: 'decide', rung: 'demerit', reason: '刷量' })).toMatchObject({ code: 'forbidden', rule: 'DSC-5' });
    expect(refuse(c, people.marketingHead, { type: 'decide', rung: 'demotion', reason: '刷量' })).toMatchObject({ code: 'forbidden', rule: 'DSC-5' });
    expect(refuse(c, people.marketingHead, { type: 'decide', rung: 'warning', reason: '从轻' })).toMatchObject({ code: 'invalid-input', rule: 'DSC-6' });
    expect(state(apply(c, people.marketingHead, { type: 'decide', rung: 'demerit', reason: '刷量' }))).toBe('decided');
    expect(state(apply(c, people.hrHead, { type: 'decide', rung: 'demotion', reason: '刷量' }))).toBe('decided');
  });

  it('DSC-5: the employee appeals within the window; the appeal is decided by someone other than the first decider, and may lighten but never worsen the sanction', () => {
    let c = apply(notified({ violation: 'fake-traffic' }), employee, { type: 'waive-statement' });
    c = apply(c, people.hrHead, { type: 'decide', rung: 'demotion', reason: '刷量' });
    expect(refuse(c, people.hrStaff, { type: 'execute' }, later(3))).toMatchObject({ code: 'not-allowed', rule: 'DSC-5' });
    expect(refuse(c, people.hrHead, { type: 'appeal', reason: '代为申诉' })).toMatchObject({ code: 'forbidden', rule: 'DSC-5' });
    c = apply(c, employee, { type: 'appeal', reason: '系首次，且已主动整改' }, later(2));
    expect(state(c)).toBe('appealed');
    expect(refuse(c, people.hrHead, { type: 'decide-appeal', outcome: 'upheld', reason: '维持' }, later(3)).code).toBe('forbidden');
    expect(refuse(c, people.manager, { type: 'decide-appeal', outcome: 'varied', rung: 'dismissal', reason: '加重' }, later(3))).toMatchObject({ code: 'invalid-input', rule: 'DSC-5' });
    expect(refuse(c, people.manager, { type: 'decide-appeal', outcome: 'varied', reason: '未写新处理' }, later(3)).code).toBe('invalid-input');
    c = apply(c, people.manager, { type: 'decide-appeal', outcome: 'varied', rung: 'demerit', reason: '情节较轻，改为记过' }, later(3));
    expect(state(c)).toBe('decided');
    expect(context(c)).toMatchObject({ sanction: 'demerit', appeal: { outcome: 'varied', decidedBy: people.manager.id }, decision: { rung: 'demerit', actorId: people.manager.id, at: now.toISOString() } });
    // Decided on appeal: no second appeal, and it can be executed at once.
    expect(refuse(c, employee, { type: 'appeal', reason: '再申诉' }, later(4)).code).toBe('not-allowed');
    expect(state(apply(c, people.hrStaff, { type: 'execute' }, later(4)))).toBe('executed');
  });

  it('DSC-5: an overturned sanction closes the case with no sanction; an appeal after the window is refused', () => {
    let c = decided();
    expect(refuse(c, employee, { type: 'appeal', reason: '逾期申诉' }, later(7))).toMatchObject({ code: 'not-allowed', rule: 'DSC-5' });
    c = apply(c, employee, { type: 'appeal', reason: '证据不足' }, later(1));
    c = apply(c, people.manager, { type: 'decide-appeal', outcome: 'overturned', reason: '证据不足，撤销处理' }, later(2));
    expect(state(c)).toBe('closed');
    expect(context(c).sanction).toBeUndefined();
    expect(sanctionHistory([c], employee.id).history).toEqual([]);
  });

  it('DSC-5: a case is withdrawn with a reason before a decision, never after', () => {
    const w = apply(notified(), people.hrStaff, { type: 'withdraw', reason: '举报不实' });
    expect(context(w).withdrawn).toMatchObject({ reason: '举报不实' });
    expect(refuse(notified(), people.hrStaff, { type: 'withdraw', reason: '' }).code).toBe('invalid-input');
    expect(refuse(decided(), people.hrStaff, { type: 'withdraw', reason: '太晚' })).toMatchObject({ code: 'not-allowed', state: 'decided' });
  });

  it('DSC-5: joint accountability: a case against the employee opens a linked case against the department head; the link and both outcomes are kept', () => {
    let direct = apply(report({ id: 'case-direct', violation: 'fake-traffic' }), people.hrStaff, { type: 'investigate' });
    const r = attempt(direct, people.hrStaff, { type: 'open-accountability', caseId: 'case-direct-head', head: people.marketingHead.id });
    if (!r.ok || r.replayed) throw new Error('refused');
    expect(r.effects).toEqual([expect.objectContaining({ type: 'schedule', topic: 'discipline.open-accountability-case', caseId: 'case-direct-head', against: people.marketingHead.id })]);
    direct = r.record;
    expect(refuse(direct, people.hrStaff, { type: 'open-accountability', caseId: 'case-other', head: people.marketingHead.id }).code).toBe('not-allowed');
    expect(refuse(apply(report(), people.hrStaff, { type: 'investigate' }), people.hrStaff, { type: 'open-accountability', caseId: 'x', head: employee.id }).code).toBe('invalid-input');
    const head = createCase('case-direct-head', { id: 'h-1', type: 'create', subject: { person: people.marketingHead.id, department: 'marketing' }, violation: 'fake-traffic', occurredAt: '2026-03-01T10:00:00+08:00', description: '部门负责人管理失职', accountableFor: 'case-direct' } as never, ctxOf(people.hrStaff, {}));
    if (!head.ok) throw new Error(head.error.message);
    expect(context(head.record)).toMatchObject({ role: 'department-head', accountableFor: 'case-direct' });
    // An accountability case opens no further one.
    expect(refuse(apply(head.record, people.hrStaff, { type: 'investigate' }), people.hrStaff, { type: 'open-accountability', caseId: 'x', head: people.manager.id }).code).toBe('invalid-input');
    expect(accountabilityLinks([direct, head.record]).links).toEqual([
      { caseId: 'case-direct', person: employee.id, accountabilityCaseId: 'case-direct-head', head: people.marketingHead.id, direct: { state: 'investigating' }, accountability: { state: 'reported' } },
    ]);
  });
});

describe('DSC-6: no sanction is ever applied without a person’s decision', () => {
  it('DSC-6: the proposal is stored with its explanation and is not a sanction; only decide and decide-appeal, by a person holding the right, set one', () => {
    const c = notified({ history: [{ caseId: 'case-old', type: 'platform-rule-breach', rung: 'warning', decidedAt: '2026-01-10T10:00:00+08:00' }] });
    expect(context(c).proposal).toMatchObject({ rung: 'rectification', history: [{ caseId: 'case-old', decidedAt: '2026-01-10T02:00:00.000Z' }] });
    expect(context(c).proposal?.explanation.map((l) => l.en).join('\n')).toContain('case-old');
    expect(context(c).sanction).toBeUndefined();

    // Random sequences of every command by everyone at random times: whenever a sanction appears or
    // changes, the command was a decision by someone who neither reported, investigated nor is concerned.
    const types = ['investigate', 'propose', 'notify', 'notify-union', 'submit-statement', 'waive-statement', 'decide', 'appeal', 'waive-appeal', 'decide-appeal', 'submit-self-review', 'execute', 'close', 'withdraw', 'open-accountability'];
    const payload = (type: string, k: number): Record<string, unknown> =>
      ({
        propose: { findings: '属实', history: [] },
        'notify-union': { reference: '函' },
        'submit-statement': { statement: '陈述' },
        decide: { rung: ['warning', 'rectification', 'demerit', 'demotion'][k % 4], reason: '决定' },
        appeal: { reason: '申诉' },
        'decide-appeal': { outcome: ['upheld', 'varied', 'overturned'][k % 3], ...(k % 3 === 1 ? { rung: 'warning' } : {}), reason: '复核' },
        'submit-self-review': { text: '检讨' },
        withdraw: { reason: '撤销' },
        'open-accountability': { caseId: 'head-case', head: people.marketingHead.id },
      })[type] ?? {};
    const everyone = [people.hrStaff, people.hrHead, people.marketingHead, people.manager, employee, people.auditor, people.prHead];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...types), fc.constantFrom(...everyone), fc.nat(20), fc.nat(2)), { maxLength: 25 }), (steps) => {
        let rec: StoredRecord = report({ id: 'case-prop' });
        let t = 0;
        for (const [type, by, k, wait] of steps) {
          t += wait * 4;
          const r = disciplineStep(rec, { id: `p-${t}-${type}-${k}`, type, ...payload(type, k) } as never, as(by, days(t)));
          if (!r.ok || r.replayed) continue;
          const was = context(rec).sanction;
          const is = context(r.record).sanction;
          if (is !== undefined && is !== was) {
            expect(['decide', 'decide-appeal']).toContain(type);
            expect([view(rec).createdBy, context(rec).investigator?.actorId, employee.id]).not.toContain(by.id);
          }
          rec = r.record;
        }
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});

describe('DSC-7: links to KPI vetoes and to the incidents that open cases', () => {
  it('DSC-7: a takedown opens a case by reference ({ kind, id }); the audit entry carries it', () => {
    const r = createCase('case-td', { id: 'td', type: 'create', subject: { person: employee.id, department: 'marketing' }, violation: 'false-advertising', occurredAt: '2026-03-01T10:00:00+08:00', description: '虚假宣传被下架', cause: { kind: 'content-takedown', id: 'post-42' } } as never, as(people.legal, now));
    if (!r.ok) throw new Error(r.error.message);
    expect(context(r.record).cause).toEqual({ kind: 'content-takedown', id: 'post-42' });
    expect(r.ok && r.audit?.cause).toEqual({ kind: 'content-takedown', id: 'post-42' });
    expect(r.effects).toEqual([expect.objectContaining({ type: 'notify', topic: 'discipline.reported' })]);
  });

  it('DSC-7: a decided demerit vetoes the person’s and the department’s scorecards for the month it was decided, and the KPI scorer caps the rating', () => {
    let c = apply(notified({ violation: 'fake-traffic', id: 'case-veto' }), employee, { type: 'waive-statement' });
    c = apply(c, people.marketingHead, { type: 'decide', rung: 'demerit', reason: '刷量' });
    const person = disciplineVetoes([c], { person: employee.id }, '2026-03', defaultPolicy);
    expect(person.ok && person.value).toMatchObject({ vetoes: ['serious-violation'], because: [{ veto: 'serious-violation', caseId: 'case-veto', rung: 'demerit' }] });
    const dept = disciplineVetoes([c], { department: 'marketing' }, '2026-03', defaultPolicy);
    expect(dept.ok && dept.value.vetoes).toEqual(['serious-violation']);
    const april = disciplineVetoes([c], { person: employee.id }, '2026-04', defaultPolicy);
    expect(april.ok && april.value.vetoes).toEqual([]);
    // Under appeal it does not veto; a warning never does; a bad period is a typed refusal.
    expect(disciplineVetoes([apply(c, employee, { type: 'appeal', reason: '申诉' })], { person: employee.id }, '2026-03', defaultPolicy)).toMatchObject({ ok: true, value: { vetoes: [] } });
    expect(disciplineVetoes([decided()], { person: employee.id }, '2026-03', defaultPolicy)).toMatchObject({ ok: true, value: { vetoes: [] } });
    expect(disciplineVetoes([c], { person: employee.id }, 'March', defaultPolicy).ok).toBe(false);
    const card = defaultPolicy.kpi.scorecards.find((s) => s.id === 'marketing-team')!;
    const inputs = { sales: 130_000_000, marketSales: 800_000_000, followersStart: 200_000, followersEnd: 211_000, conversions: 540, visitors: 20_000, likes: 3000, shares: 800, comments: 600, reach: 100_000 };
    const scored = scoreScorecard(card, { inputs, vetoes: dept.ok ? dept.value.vetoes : [] }, defaultPolicy.kpi, builtInMetrics);
    expect(scored.ok && [scored.value.rating, scored.value.veto?.id]).toEqual(['C', 'serious-violation']);
  });

  it('DSC-7: publishing without approval vetoes as published-without-review; the policy refuses a veto the KPI section lacks', () => {
    const c = decided({ violation: 'publishing-without-approval' });
    const v = disciplineVetoes([c], { person: employee.id }, '2026-03', defaultPolicy);
    expect(v.ok && v.value.vetoes).toEqual(['published-without-review']);
    const bad = parsePolicy({ ...defaultPolicy, version: '2026.1-x', discipline: { ...defaultPolicy.discipline, kpiVetoes: [{ veto: 'no-such-veto', rungs: ['demerit'], subjects: ['person'] }] } });
    expect(!bad.ok && bad.error.code === 'policy-invalid' && bad.error.issues.map((i) => i.path.join('.'))).toEqual(['discipline.kpiVetoes.0.veto']);
  });
});

describe('queries with now', () => {
  it('DSC-6: live sanctions per person end at their validity; cases wait on the statement and appeal deadlines; cases count per department and type', () => {
    const warned = apply(apply(decided({ id: 'case-w' }), employee, { type: 'waive-appeal' }), people.hrStaff, { type: 'execute' });
    const waiting = notified({ id: 'case-n' });
    const appealable = decided({ id: 'case-a' });
    const withdrawn = apply(notified({ id: 'case-x' }), people.hrStaff, { type: 'withdraw', reason: '不实' });
    const records = [warned, waiting, appealable, withdrawn, { kind: 'discipline-case', id: 'broken' } as never];
    const live = liveSanctions(records, defaultPolicy, days(1), employee.id);
    expect(live.sanctions.map((s) => [s.caseId, s.rung, s.expiresAt])).toEqual([
      ['case-a', 'warning', '2026-09-02T02:00:00.000Z'],
      ['case-w', 'warning', '2026-09-02T02:00:00.000Z'],
    ]);
    expect(live.unreadable).toEqual(['broken']);
    expect(liveSanctions(records, defaultPolicy, new Date('2026-09-02T02:00:00.000Z')).sanctions).toEqual([]);
    const due = casesAwaitingDeadline(records, days(8));
    expect(due.deadlines.map((d) => [d.caseId, d.deadline, d.dueAt, d.passed])).toEqual([
      ['case-a', 'appeal', '2026-03-09T02:00:00.000Z', true],
      ['case-n', 'statement', '2026-03-09T02:00:00.000Z', true],
    ]);
    const counts = casesByDepartment(records, '2026-03', 'Asia/Shanghai');
    expect(counts.ok && counts.value.rows).toEqual([{ department: 'marketing', type: 'platform-rule-breach', cases: 4, sanctioned: 2, withdrawn: 1 }]);
    expect(casesByDepartment(records, '2026-02', 'Asia/Shanghai')).toMatchObject({ ok: true, value: { rows: [] } });
    expect(casesByDepartment(records, 'Feb', 'Asia/Shanghai').ok).toBe(false);
  });

  it('DSC-1: a policy written before the discipline section existed still parses, with the default section', () => {
    const { discipline: _d, ...older } = defaultPolicy;
    const r = parsePolicy({ ...older, version: '2025.9' });
    expect(r.ok && r.value.discipline.repeatWindowMonths).toBe(12);
  });
});
