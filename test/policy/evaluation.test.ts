import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StoredRecord } from '../../src/core/index.js';
import {
  createPolicyRevision,
  defaultPolicy,
  evaluationDue,
  parsePolicy,
  policyEvaluationStep,
  readPolicyEvaluations,
  revisionStartedBy,
  type EvaluationCommand,
} from '../../src/policy/index.js';
import { as, people } from '../support/people.js';
import { evalContext, evalNow, evalPeople, evalState, evaluation, flagged, minorFinding, open, revisionFinding, revisionNeeded, tryOpen, year2026 } from './evaluation-helpers.js';
import { context as revisionContext, nextPolicy, policyWith } from './helpers.js';

const { apply, attempt, refuse } = evaluation;
const effectiveFrom = '2026-01-01T00:00:00+08:00';

describe('SUP-3: the policy is evaluated periodically', () => {
  // S1 ch.8 针对本制度的实施情况定期进行评估，必要时进行修订
  it('SUP-3: operations management opens an evaluation of a period, records findings and concludes "no change needed"', () => {
    const record = open();
    expect(evalState(record)).toBe('open');
    expect(evalContext(record)).toEqual({
      evaluationId: 'eval-1',
      title: '2026 年度制度实施评估',
      policyVersion: defaultPolicy.version,
      period: { from: '2025-12-31T16:00:00.000Z', to: '2026-11-30T16:00:00.000Z' },
      scope: '全部章节',
      openedBy: people.ops.id,
      findings: [],
    });
    const withFinding = apply(record, people.ops, minorFinding);
    expect(evalState(withFinding)).toBe('findingsRecorded');
    expect(evalContext(withFinding).findings).toEqual([
      { id: 'f-1', text: minorFinding.text, severity: 'minor', needsRevision: false, actorId: people.ops.id, department: 'operations-management', at: evalNow.toISOString() },
    ]);
    const r = attempt(withFinding, evalPeople.opsHead, { type: 'conclude', outcome: 'no-change', summary: '制度执行良好，督促按季度报告' });
    if (!r.ok || r.replayed) throw new Error('conclude refused');
    expect(evalState(r.record)).toBe('concluded');
    expect(evalContext(r.record).conclusion).toEqual({ outcome: 'no-change', summary: '制度执行良好，督促按季度报告', actorId: evalPeople.opsHead.id, at: evalNow.toISOString() });
    expect(r.audit).toMatchObject({ kind: 'policy-evaluation', from: 'findingsRecorded', to: 'concluded', rules: ['SUP-3'], policyVersion: defaultPolicy.version });
    expect(r.effects).toEqual([
      expect.objectContaining({ type: 'notify', topic: 'policy-evaluation.concluded', outcome: 'no-change', evaluationId: 'eval-1', to: { departments: ['management'], positions: ['management-head'] } }),
    ]);
    // Concluded is final: nothing more is recorded.
    expect(refuse(r.record, people.ops, minorFinding)).toMatchObject({ code: 'not-allowed', state: 'concluded', rule: 'SUP-3' });
  });

  it('SUP-3: an evaluation with no findings may conclude "no change needed" straight away', () => {
    const r = apply(open(), people.manager, { type: 'conclude', outcome: 'no-change', summary: '无问题' });
    expect(evalState(r)).toBe('concluded');
    expect(evalContext(r).findings).toEqual([]);
  });

  it('SUP-3: an evaluation concluding "revision needed" tells the drafting departments and leads to a revision that links back to it', () => {
    // S1 ch.8 定期进行评估，必要时进行修订；制度的修订需经过部门审核，并报管理层审批
    const r = attempt(flagged(), evalPeople.opsHead, { type: 'conclude', outcome: 'revision-needed', summary: '制度须补充新平台的账号管理条款' });
    if (!r.ok || r.replayed) throw new Error('conclude refused');
    const notice = { type: 'notify', topic: 'policy-evaluation.revision-needed', evaluationId: 'eval-1', policyVersion: defaultPolicy.version, outcome: 'revision-needed', findings: ['f-2'] };
    // Those who hold `policy.draft` in the policy, as it grants it: marketing through its head or deputy only.
    expect(r.effects).toEqual([
      expect.objectContaining({ ...notice, to: { departments: ['market', 'operations-management'] } }),
      expect.objectContaining({ ...notice, to: { departments: ['marketing'], positions: ['head', 'deputy-head'] } }),
    ]);
    const link = revisionStartedBy(r.record);
    expect(link.ok && link.value).toEqual({ evaluationId: 'eval-1', summary: '制度须补充新平台的账号管理条款\nf-2 制度未涵盖小红书、抖音账号的管理' });
    if (!link.ok) throw new Error(link.error.message);
    const revision = createPolicyRevision('rev-from-eval', { id: 'c-rev', type: 'create', title: '2027 修订', policy: nextPolicy, summary: link.value.summary }, as(people.drafter, evalNow), {
      startedBy: r.record,
    });
    if (!revision.ok) throw new Error(revision.error.message);
    expect(revisionContext(revision.record)).toMatchObject({ evaluationId: 'eval-1', summary: link.value.summary });
    // A revision nobody's evaluation started carries no link.
    const plain = createPolicyRevision('rev-plain', { id: 'c-plain', type: 'create', title: '2027 修订', policy: nextPolicy }, as(people.drafter, evalNow));
    expect(plain.ok && 'evaluationId' in revisionContext(plain.record)).toBe(false);
  });

  it('SUP-3: only an evaluation concluded "revision needed" starts a revision; a bad link is invalid input', () => {
    const noChange = apply(open(), evalPeople.opsHead, { type: 'conclude', outcome: 'no-change', summary: '无问题' });
    expect(revisionStartedBy(noChange)).toMatchObject({ ok: false, error: { code: 'not-allowed', state: 'concluded', rule: 'SUP-3' } });
    expect(revisionStartedBy(flagged())).toMatchObject({ ok: false, error: { code: 'not-allowed', state: 'findingsRecorded' } });
    expect(revisionStartedBy({ ...noChange, kind: 'policy-revision' } as StoredRecord)).toMatchObject({ ok: false, error: { code: 'version-mismatch' } });
    // The evaluation comes from its record, never from a field of the command.
    const bad = createPolicyRevision('rev-x', { id: 'c-x', type: 'create', title: '修订', policy: nextPolicy, evaluationId: 'eval-1' } as never, as(people.drafter, evalNow));
    expect(!bad.ok && bad.error.code).toBe('invalid-input');
    expect(!bad.ok && bad.error.message).toContain('evaluationId');
  });

  it('SUP-3: people without the evaluation rights are refused, naming the rule, and the record is unchanged', () => {
    // S0 art.18 经营管理部门负责对本制度 (supervision of its execution, DOMAIN.md ORG-1)
    expect(tryOpen('eval-x', people.drafter)).toMatchObject({ ok: false, error: { code: 'forbidden', rule: 'SUP-3' }, record: undefined });
    expect(tryOpen('eval-x', people.manager)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const record = open();
    expect(refuse(record, people.marketHead, minorFinding)).toMatchObject({ code: 'forbidden', rule: 'SUP-3' });
    // The enterprise management head concludes, but does not record findings.
    expect(refuse(record, people.manager, minorFinding).code).toBe('forbidden');
    expect(refuse(record, people.techHead, { type: 'conclude', outcome: 'no-change', summary: '无问题' })).toMatchObject({ code: 'forbidden', rule: 'SUP-3' });
    expect(refuse(record, evalPeople.ops2, { type: 'conclude', outcome: 'no-change', summary: '无问题' })).toMatchObject({ code: 'forbidden', rule: 'SUP-3' });
    expect(refuse(record, people.drafter, { type: 'withdraw', reason: '误建' }).code).toBe('forbidden');
    // A claimed actor in the body is not a field of the command.
    expect(refuse(record, people.drafter, { ...minorFinding, actorId: people.ops.id }).code).toBe('invalid-input');
  });

  it('SUP-3: bad input is a typed error naming the field and the rule, and the record is unchanged', () => {
    const issues = (r: ReturnType<typeof tryOpen>) => (!r.ok && r.error.code === 'invalid-input' ? r.error.issues.map((i) => [i.path, i.rule ?? r.error.rule]) : r);
    expect(issues(tryOpen('e', people.ops, { period: { from: year2026.to, to: year2026.from } }))).toEqual([[['period', 'to'], 'SUP-3']]);
    expect(issues(tryOpen('e', people.ops, { period: { from: year2026.from, to: year2026.from } }))).toEqual([[['period', 'to'], 'SUP-3']]);
    expect(issues(tryOpen('e', people.ops, { period: { from: '2027-01-01T00:00:00Z', to: '2027-06-01T00:00:00Z' } }))).toEqual([
      [['period', 'from'], 'SUP-3'],
      [['period', 'to'], 'SUP-3'],
    ]);
    expect(issues(tryOpen('e', people.ops, { period: { from: 'last year', to: year2026.to } }))).toEqual([[['period', 'from'], 'SUP-3']]);
    const blankTitle = tryOpen('e', people.ops, { title: '' });
    expect(!blankTitle.ok && blankTitle.error).toMatchObject({ code: 'invalid-input', rule: 'SUP-3', issues: [{ path: ['title'] }] });

    const record = flagged();
    const refusal = (command: Record<string, unknown>) => {
      const e = refuse(record, people.ops, command);
      return e.code === 'invalid-input' ? e.issues.map((i) => i.path) : e.code;
    };
    expect(refusal({ ...minorFinding, severity: 'fatal' })).toEqual([['severity']]);
    expect(refusal({ ...minorFinding, text: '   ' })).toEqual([['text']]);
    expect(refusal({ ...minorFinding, needsRevision: 'yes' })).toEqual([['needsRevision']]);
    expect(refusal({ type: 'conclude', outcome: 'maybe', summary: 's' })).toEqual([['outcome']]);
    expect(refusal({ type: 'conclude', outcome: 'no-change' })).toEqual([['summary']]);
    // A conclusion must say what the findings say.
    const noChange = refuse(record, evalPeople.opsHead, { type: 'conclude', outcome: 'no-change', summary: '无问题' });
    expect(noChange).toMatchObject({ code: 'invalid-input', rule: 'SUP-3', issues: [{ path: ['outcome'], rule: 'SUP-3' }] });
    expect(noChange.messages.en).toContain('f-2');
    const onlyMinor = apply(open(), people.ops, minorFinding);
    expect(refuse(onlyMinor, evalPeople.opsHead, { type: 'conclude', outcome: 'revision-needed', summary: '需修订' })).toMatchObject({
      code: 'invalid-input',
      issues: [{ path: ['outcome'], rule: 'SUP-3' }],
    });
    expect(refuse(open(), evalPeople.opsHead, { type: 'conclude', outcome: 'revision-needed', summary: '需修订' }).code).toBe('invalid-input');
  });

  it('SUP-3: a withdrawn evaluation keeps its reason and takes nothing more', () => {
    const w = apply(open(), people.ops, { type: 'withdraw', reason: '重复发起' });
    expect(evalState(w)).toBe('withdrawn');
    expect(evalContext(w).withdrawal).toEqual({ actorId: people.ops.id, at: evalNow.toISOString(), reason: '重复发起' });
    expect(refuse(w, people.ops, { type: 'conclude', outcome: 'no-change', summary: 's' })).toMatchObject({ code: 'not-allowed', state: 'withdrawn' });
    expect(refuse(open(), people.ops, { type: 'withdraw', reason: '' }).code).toBe('invalid-input');
  });

  it('SUP-3: the findings and the conclusion always agree, whatever commands arrive in whatever order (property)', () => {
    const commandArb = fc.oneof(
      fc.record({ type: fc.constant('record-finding'), text: fc.constantFrom('发现', ' '), severity: fc.constantFrom('observation', 'minor', 'major', 'fatal'), needsRevision: fc.boolean() }),
      fc.record({ type: fc.constant('conclude'), outcome: fc.constantFrom('no-change', 'revision-needed'), summary: fc.constant('结论') }),
      fc.record({ type: fc.constant('withdraw'), reason: fc.constant('误建') }),
    );
    const byArb = fc.constantFrom(people.ops, evalPeople.opsHead, people.manager, people.drafter);
    fc.assert(
      fc.property(fc.array(fc.tuple(byArb, commandArb), { maxLength: 8 }), (moves) => {
        let record = open();
        for (const [by, command] of moves) {
          const before = structuredClone(record);
          const r = attempt(record, by, command);
          if (!r.ok) {
            expect(record).toEqual(before);
            continue;
          }
          record = r.record;
        }
        const c = evalContext(record);
        if (c.conclusion) expect(c.conclusion.outcome === 'revision-needed').toBe(c.findings.some((f) => f.needsRevision));
        expect(c.findings.map((f) => f.id)).toEqual(c.findings.map((_, i) => `f-${i + 1}`));
        expect(revisionStartedBy(record).ok).toBe(c.conclusion?.outcome === 'revision-needed');
      }),
      { numRuns: 60 },
    );
  }, 30_000);
});

describe('SUP-3: when the periodic evaluation is due', () => {
  // S1 ch.8 针对本制度的实施情况定期进行评估 (定期: the 12 months are our default)
  const schedule = { policy: defaultPolicy, effectiveFrom };
  const concludedAt = (at: Date, id = 'eval-1') => {
    const o = { at };
    return apply(open(people.ops, o, id, { period: { from: effectiveFrom, to: at.toISOString() } }), evalPeople.opsHead, { type: 'conclude', outcome: 'no-change', summary: '无问题' }, o);
  };

  it('SUP-3: with no evaluation yet, the interval counts from the policy’s effective date; an overdue evaluation is reported with the date it became due', () => {
    const before = evaluationDue([], schedule, new Date('2026-12-31T15:59:59.999Z'));
    expect(before).toEqual({
      ok: true,
      value: { overdue: false, dueAt: '2026-12-31T16:00:00.000Z', countedFrom: '2025-12-31T16:00:00.000Z', basis: 'effective-date', inProgress: [], awaitingRevision: [], notCounted: [], unreadable: [] },
    });
    const after = evaluationDue([], schedule, new Date('2026-12-31T16:00:00.000Z'));
    expect(after.ok && after.value).toMatchObject({ overdue: true, overdueSince: '2026-12-31T16:00:00.000Z', basis: 'effective-date' });
  });

  it('SUP-3: a concluded evaluation restarts the interval; withdrawn and unfinished ones do not, and unfinished ones are listed', () => {
    const done = concludedAt(new Date('2026-06-15T02:00:00.000Z'));
    const withdrawn = apply(open(people.ops, {}, 'eval-w'), people.ops, { type: 'withdraw', reason: '重复' });
    const underWay = flagged({}, open(people.ops, {}, 'eval-open'));
    const now = new Date('2027-01-10T00:00:00Z');
    const r = evaluationDue([withdrawn, underWay, done], schedule, now);
    expect(r.ok && r.value).toEqual({
      overdue: false,
      dueAt: '2027-06-15T02:00:00.000Z',
      countedFrom: '2026-06-15T02:00:00.000Z',
      basis: 'last-evaluation',
      lastEvaluationId: 'eval-1',
      inProgress: ['eval-open'],
      awaitingRevision: [],
      notCounted: [],
      unreadable: [],
    });
    const without = evaluationDue([withdrawn, underWay], schedule, now);
    expect(without.ok && without.value).toMatchObject({ overdue: true, overdueSince: '2026-12-31T16:00:00.000Z', basis: 'effective-date', inProgress: ['eval-open'] });
  });

  it('SUP-3: the interval is policy data, counted in the policy’s time zone; a conclusion after `now` does not count yet', () => {
    const sixMonths = policyWith({ revision: { reviewDepartments: ['market', 'legal'], evaluationIntervalMonths: 6 } }, '2026.1-6m');
    const r = evaluationDue([], { policy: sixMonths, effectiveFrom }, new Date('2026-07-01T00:00:00Z'));
    expect(r.ok && r.value).toMatchObject({ overdue: true, overdueSince: '2026-06-30T16:00:00.000Z' });
    // 31 January in Shanghai plus one month is the last day of February there.
    const oneMonth = policyWith({ revision: { reviewDepartments: ['market'], evaluationIntervalMonths: 1 } }, '2026.1-1m');
    const m = evaluationDue([], { policy: oneMonth, effectiveFrom: '2026-01-31T09:00:00+08:00' }, new Date('2026-02-01T00:00:00Z'));
    expect(m.ok && m.value.dueAt).toBe('2026-02-28T01:00:00.000Z');
    const later = concludedAt(new Date('2026-12-20T00:00:00Z'));
    const early = evaluationDue([later], schedule, new Date('2026-12-19T00:00:00Z'));
    expect(early.ok && early.value).toMatchObject({ basis: 'effective-date', dueAt: '2026-12-31T16:00:00.000Z' });
  });

  it('SUP-3: bad arguments are typed errors naming the field; damaged records are listed, not thrown', () => {
    const bad = evaluationDue([], { policy: { ...defaultPolicy, timeZone: 'Mars/Base' }, effectiveFrom: 'soon' }, new Date(Number.NaN));
    expect(!bad.ok && bad.error.code === 'invalid-input' && bad.error.issues.map((i) => i.path)).toEqual([['now'], ['effectiveFrom'], ['policy', 'timeZone']]);
    const zero = evaluationDue([], { policy: { ...defaultPolicy, revision: { ...defaultPolicy.revision, evaluationIntervalMonths: 0 } }, effectiveFrom }, evalNow);
    expect(!zero.ok && zero.error.code === 'invalid-input' && zero.error.issues[0]?.path).toEqual(['policy', 'revision', 'evaluationIntervalMonths']);
    const done = concludedAt(new Date('2026-06-15T02:00:00.000Z'));
    const damaged = { ...done, id: 'eval-bad', snapshot: { ...(done.snapshot as object), context: { ...evalContext(done), findings: [{ id: 'f-1' }] } } } as StoredRecord;
    const r = evaluationDue([damaged], schedule, evalNow);
    expect(r.ok && r.value).toMatchObject({ unreadable: ['eval-bad'], basis: 'effective-date' });
    expect(readPolicyEvaluations([damaged]).unreadable).toEqual(['eval-bad']);
  });

  it('SUP-3: the due date is the latest conclusion not after now plus the interval, and overdue means now has reached it (property)', () => {
    const day = 86_400_000;
    const start = Date.parse('2026-01-01T00:00:00Z');
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 700 }), { maxLength: 4 }), fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 1, max: 24 }), (days, nowDay, months) => {
        const policy = { version: defaultPolicy.version, timeZone: 'UTC', revision: { evaluationIntervalMonths: months } };
        const records = days.map((d, i) => concludedAt(new Date(start + d * day), `eval-${i}`));
        const now = new Date(start + nowDay * day);
        const r = evaluationDue(records, { policy, effectiveFrom: new Date(start) }, now);
        if (!r.ok) throw new Error(r.error.message);
        const counted = Math.max(start, ...days.filter((d) => d <= nowDay).map((d) => start + d * day));
        const due = new Date(counted);
        due.setUTCMonth(due.getUTCMonth() + months);
        expect(r.value.countedFrom).toBe(new Date(days.some((d) => d <= nowDay) ? counted : start).toISOString());
        expect(Date.parse(r.value.dueAt)).toBeGreaterThan(Date.parse(r.value.countedFrom));
        expect(r.value.overdue).toBe(now.getTime() >= Date.parse(r.value.dueAt));
        expect(r.value.overdueSince === undefined).toBe(!r.value.overdue);
      }),
      { numRuns: 40 },
    );
  }, 30_000);
});

describe('SUP-3: the evaluation interval in the policy', () => {
  it('SUP-3: a policy written before the interval existed takes the default of 12 months; a bad interval is refused with its path', () => {
    const { evaluationIntervalMonths: _omitted, ...older } = defaultPolicy.revision;
    const r = parsePolicy({ ...defaultPolicy, revision: older });
    expect(r.ok && r.value.revision.evaluationIntervalMonths).toBe(12);
    for (const bad of [0, 1.5, 121, '12']) {
      const p = parsePolicy({ ...defaultPolicy, revision: { ...defaultPolicy.revision, evaluationIntervalMonths: bad } });
      expect(!p.ok && p.error.code === 'policy-invalid' && p.error.issues[0]?.path).toEqual(['revision', 'evaluationIntervalMonths']);
    }
  });

  it('SUP-3: the evaluation rights are granted to operations management, as S0 art.18 makes it supervise the policy', () => {
    // S0 art.18 經營管理部門負責對本制度…
    const rights = defaultPolicy.org.rights.filter((r) => r.action.startsWith('policy.') && r.action.includes('evaluat'));
    expect(rights.map((r) => [r.action, r.rule, r.grants[0]?.department])).toEqual([
      ['policy.evaluate', 'SUP-3', 'operations-management'],
      ['policy.conclude-evaluation', 'SUP-3', 'operations-management'],
    ]);
  });
});

describe('SUP-3: evaluation commands are idempotent', () => {
  it('SUP-3: a retried conclusion returns the first outcome and its effects, and changes nothing', () => {
    const record = flagged();
    const command = { id: 'conclude-1', type: 'conclude', outcome: 'revision-needed', summary: '需修订' } as EvaluationCommand;
    const first = policyEvaluationStep(record, command, evaluation.ctxOf(evalPeople.opsHead));
    if (!first.ok) throw new Error(first.error.message);
    const again = policyEvaluationStep(first.record, command, evaluation.ctxOf(evalPeople.opsHead));
    expect(again).toMatchObject({ ok: true, replayed: true, record: first.record, effects: first.effects });
    expect(revisionNeeded().revision).toBe(first.record.revision);
  });
});
