// The periodic evaluation must be an evaluation: signed off by someone who did not run it, covering the
// implementation it claims to, of the policy version in force, and starting at most one revision, which
// is linked from the records the host loaded rather than from ids a client wrote.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMemoryStore, type StoredRecord } from '../../src/core/index.js';
import {
  createPolicyRevision,
  defaultPolicy,
  evaluationDue,
  linkRevision,
  readPolicyEvaluation,
  revisionStartedBy,
  type Policy,
} from '../../src/policy/index.js';
import { as, people } from '../support/people.js';
import { evalContext, evalNow, evalPeople, evalState, evaluation, flagged, minorFinding, open, revisionFinding, revisionNeeded, tryOpen } from './evaluation-helpers.js';
import { context as revisionContext, nextPolicy, policyWith } from './helpers.js';

const { apply, attempt, refuse } = evaluation;
const effectiveFrom = '2026-01-01T00:00:00+08:00';
const schedule = { policy: defaultPolicy, effectiveFrom };
const noChange = { type: 'conclude', outcome: 'no-change', summary: '执行良好' } as const;

/** An evaluation of `period`, opened and concluded "no change" at `at` by people who hold the rights. */
function concluded(id: string, period: { from: string; to: string }, at: Date, policy: Policy = defaultPolicy): StoredRecord {
  return apply(open(people.ops, { at, policy }, id, { period }), evalPeople.opsHead, noChange, { at, policy });
}
const due = (records: readonly StoredRecord[], now: Date, s: Parameters<typeof evaluationDue>[1] = schedule) => {
  const r = evaluationDue(records, s, now);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};
const newRevision = (evaluationRecord: StoredRecord, id = 'rev-from-eval') =>
  createPolicyRevision(id, { id: `${id}-c`, type: 'create', title: '2027 修订', policy: nextPolicy }, as(people.drafter, evalNow), { startedBy: evaluationRecord });

describe('SUP-3: an evaluation is signed off by someone who did not run it', () => {
  // S1 ch.8 针对本制度的实施情况定期进行评估; S0 art.18 经营管理部门负责对本制度…
  it('SUP-3: whoever opened an evaluation or recorded a finding may not conclude it, and staff may not conclude at all', () => {
    const record = apply(open(), people.ops, minorFinding);
    // The staff member who opened it and recorded the finding, and a colleague who did neither: staff do not conclude.
    expect(refuse(record, people.ops, noChange)).toMatchObject({ code: 'forbidden', rule: 'SUP-3' });
    expect(refuse(record, evalPeople.ops2, noChange)).toMatchObject({ code: 'forbidden', rule: 'SUP-3' });
    // A head who opened the evaluation holds the right, yet may not sign off their own evaluation.
    const own = open(evalPeople.opsHead, {}, 'eval-head');
    expect(refuse(own, evalPeople.opsHead, noChange)).toMatchObject({ code: 'forbidden', rule: 'SUP-3' });
    const findingByDeputy = apply(open(), evalPeople.opsDeputy, minorFinding);
    expect(refuse(findingByDeputy, evalPeople.opsDeputy, noChange)).toMatchObject({ code: 'forbidden', rule: 'SUP-3' });
    // Another head concludes.
    expect(evalState(apply(own, evalPeople.opsDeputy, noChange))).toBe('concluded');
    expect(evalState(apply(record, people.manager, noChange))).toBe('concluded');
  });

  it('SUP-3: an evaluation holding findings is withdrawn only by someone who may conclude it and recorded none of them', () => {
    // An evaluation opened by mistake, with nothing in it, is withdrawn by any evaluator.
    expect(evalState(apply(open(), evalPeople.ops2, { type: 'withdraw', reason: '重复发起' }))).toBe('withdrawn');
    const record = flagged();
    expect(refuse(record, people.ops, { type: 'withdraw', reason: '不再需要' })).toMatchObject({ code: 'forbidden', rule: 'SUP-3' });
    expect(refuse(record, evalPeople.ops2, { type: 'withdraw', reason: '不再需要' })).toMatchObject({ code: 'forbidden', rule: 'SUP-3' });
    const byRecorder = apply(open(), evalPeople.opsHead, revisionFinding);
    expect(refuse(byRecorder, evalPeople.opsHead, { type: 'withdraw', reason: '不再需要' })).toMatchObject({ code: 'forbidden', rule: 'SUP-3' });
    const w = apply(record, evalPeople.opsHead, { type: 'withdraw', reason: '与 eval-2 重复' });
    expect(evalContext(w).withdrawal).toMatchObject({ actorId: evalPeople.opsHead.id, reason: '与 eval-2 重复' });
  });

  it('SUP-3: the evaluated period has happened: one ending after the evaluation is opened is invalid input', () => {
    // S1 ch.8 针对本制度的实施情况 (the implementation that took place)
    const r = tryOpen('eval-future', people.ops, { period: { from: '2026-01-01T00:00:00+08:00', to: '2100-01-01T00:00:00+08:00' } });
    expect(!r.ok && r.error).toMatchObject({ code: 'invalid-input', rule: 'SUP-3', issues: [{ path: ['period', 'to'], rule: 'SUP-3' }] });
    expect(r.record).toBeUndefined();
    const justEnded = tryOpen('eval-now', people.ops, { period: { from: effectiveFrom, to: evalNow.toISOString() } });
    expect(justEnded.ok).toBe(true);
  });
});

describe('SUP-3: only an evaluation of the implementation since the last one moves the evaluation clock', () => {
  // S1 ch.8 针对本制度的实施情况定期进行评估 (定期: every 12 months by default, ours)
  it('SUP-3: a sham evaluation of a moment long past, concluded at once, leaves the policy overdue', () => {
    const now = new Date('2027-06-01T00:00:00Z');
    expect(due([], now)).toMatchObject({ overdue: true, overdueSince: '2026-12-31T16:00:00.000Z' });
    const sham = concluded('eval-sham', { from: '2019-01-01T00:00:00.000+08:00', to: '2019-01-01T00:00:00.001+08:00' }, now);
    expect(due([sham], now)).toMatchObject({
      overdue: true,
      overdueSince: '2026-12-31T16:00:00.000Z',
      basis: 'effective-date',
      notCounted: [{ id: 'eval-sham', reason: 'before-effective' }],
    });
  });

  it('SUP-3: the interval counts from where the evaluated implementation ends, never from a conclusion alone', () => {
    // The year 2026 evaluated and concluded in January 2027: the next one covers what follows 2026.
    const year = concluded('eval-2026', { from: effectiveFrom, to: '2027-01-01T00:00:00+08:00' }, new Date('2027-01-20T02:00:00Z'));
    expect(due([year], new Date('2027-06-01T00:00:00Z'))).toMatchObject({
      overdue: false,
      countedFrom: '2026-12-31T16:00:00.000Z',
      dueAt: '2027-12-31T16:00:00.000Z',
      basis: 'last-evaluation',
      lastEvaluationId: 'eval-2026',
    });
    // Evaluating a stretch that starts after the evaluated one ends leaves the months between unevaluated.
    const later = concluded('eval-gap', { from: '2027-03-01T00:00:00+08:00', to: '2027-12-01T00:00:00+08:00' }, new Date('2027-12-10T00:00:00Z'));
    expect(due([later], new Date('2027-12-10T00:00:00Z'))).toMatchObject({ overdue: true, basis: 'effective-date', notCounted: [{ id: 'eval-gap', reason: 'gap' }] });
    expect(due([later, year], new Date('2027-12-10T00:00:00Z'))).toMatchObject({ overdue: false, lastEvaluationId: 'eval-2026', notCounted: [{ id: 'eval-gap', reason: 'gap' }] });
    // Once the months between are evaluated too, all three count, whatever order the records come in.
    const bridge = concluded('eval-bridge', { from: '2027-01-01T00:00:00+08:00', to: '2027-03-01T00:00:00+08:00' }, new Date('2027-12-10T00:00:00Z'));
    for (const records of [[later, bridge, year], [year, later, bridge]]) {
      expect(due(records, new Date('2027-12-10T00:00:00Z'))).toMatchObject({ overdue: false, countedFrom: '2027-11-30T16:00:00.000Z', lastEvaluationId: 'eval-gap', notCounted: [] });
    }
  });

  it('SUP-3: an evaluation of another policy version does not count for the version in force', () => {
    const revised = policyWith({}, '2026.2');
    const ofOld = concluded('eval-old', { from: effectiveFrom, to: '2026-12-01T00:00:00+08:00' }, evalNow);
    const value = due([ofOld], new Date('2027-06-01T00:00:00Z'), { policy: revised, effectiveFrom });
    expect(value).toMatchObject({ overdue: true, basis: 'effective-date', notCounted: [{ id: 'eval-old', reason: 'other-version' }] });
    const ofNew = concluded('eval-new', { from: effectiveFrom, to: '2026-12-01T00:00:00+08:00' }, evalNow, revised);
    expect(due([ofOld, ofNew], new Date('2027-06-01T00:00:00Z'), { policy: revised, effectiveFrom })).toMatchObject({ overdue: false, lastEvaluationId: 'eval-new' });
  });

  it('SUP-3: a freshly revised policy is first due one interval after it took effect, whatever was evaluated before', () => {
    // S1 ch.8 定期进行评估: the implementation of the policy in force begins on the day it took effect.
    const old = concluded('eval-2020', { from: '2019-06-01T00:00:00+08:00', to: '2020-06-01T00:00:00+08:00' }, new Date('2020-06-01T02:00:00Z'));
    const revisedFrom = '2026-12-01T00:00:00+08:00';
    const value = due([old], new Date('2026-12-02T00:00:00Z'), { policy: defaultPolicy, effectiveFrom: revisedFrom });
    expect(value).toMatchObject({
      overdue: false,
      countedFrom: '2026-11-30T16:00:00.000Z',
      dueAt: '2027-11-30T16:00:00.000Z',
      basis: 'effective-date',
      notCounted: [{ id: 'eval-2020', reason: 'before-effective' }],
    });
  });

  it('SUP-3: a "revision needed" evaluation counts as an evaluation and is listed as awaiting its revision until one is linked', () => {
    const needed = revisionNeeded();
    const before = due([needed], evalNow);
    expect(before).toMatchObject({ basis: 'last-evaluation', lastEvaluationId: 'eval-1', awaitingRevision: ['eval-1'] });
    const revision = newRevision(needed);
    if (!revision.ok) throw new Error(revision.error.message);
    const linked = linkRevision(needed, revision.record, as(people.drafter, evalNow));
    if (!linked.ok) throw new Error(linked.error.message);
    expect(due([linked.record], evalNow)).toMatchObject({ basis: 'last-evaluation', lastEvaluationId: 'eval-1', awaitingRevision: [] });
  });

  it('SUP-3: evaluations that cover nothing new never move the due date, and the evaluated stretch never passes now (property)', () => {
    const day = 86_400_000;
    const start = Date.parse('2026-01-01T00:00:00Z');
    const now = new Date(start + 700 * day);
    const policy = { ...defaultPolicy, timeZone: 'UTC' };
    const s = { policy, effectiveFrom: new Date(start) };
    const iso = (d: number) => new Date(start + d * day).toISOString();
    const evaluationArb = fc
      .tuple(fc.integer({ min: -400, max: 690 }), fc.integer({ min: 1, max: 400 }), fc.integer({ min: 0, max: 30 }))
      .map(([from, length, lag]) => ({ from, to: Math.min(from + length, 700), lag }))
      .filter((e) => e.from < e.to);
    fc.assert(
      fc.property(fc.array(evaluationArb, { maxLength: 4 }), fc.integer({ min: -400, max: -1 }), (evaluations, pastEnd) => {
        const records = evaluations.map((e, i) => concluded(`eval-${i}`, { from: iso(e.from), to: iso(e.to) }, new Date(Math.min(start + (e.to + e.lag) * day, now.getTime())), policy));
        const base = due(records, now, s);
        expect(Date.parse(base.countedFrom)).toBeLessThanOrEqual(now.getTime());
        expect(Date.parse(base.countedFrom)).toBeGreaterThanOrEqual(start);
        // An evaluation of implementation before the policy took effect adds nothing.
        const past = concluded('eval-past', { from: iso(pastEnd - 30), to: iso(pastEnd) }, now, policy);
        const withPast = due([...records, past], now, s);
        expect(withPast.dueAt).toBe(base.dueAt);
        expect(withPast.notCounted).toContainEqual({ id: 'eval-past', reason: 'before-effective' });
      }),
      { numRuns: 25 },
    );
  }, 30_000);
});

describe('SUP-3: evaluationDue reads its arguments strictly', () => {
  const now = new Date('2027-01-01T00:00:00Z');
  const pathsOf = (r: ReturnType<typeof evaluationDue>) => (!r.ok && r.error.code === 'invalid-input' ? r.error.issues.map((i) => i.path) : r);

  it('SUP-3: an effective date without an explicit offset is invalid input, never read in the host’s time zone', () => {
    for (const effective of ['2026-01-01T00:00:00', '2026-01-01', 'January 1, 2026', '2026', '2026-02-30T00:00:00+08:00', '2026-01-01T00:00+08:00']) {
      const r = evaluationDue([], { policy: defaultPolicy, effectiveFrom: effective }, now);
      expect(pathsOf(r), effective).toEqual([['effectiveFrom']]);
      expect(!r.ok && r.error.rule).toBe('SUP-3');
    }
    for (const effective of ['2026-01-01T00:00:00+08:00', '2025-12-31T16:00:00.000Z', new Date('2025-12-31T16:00:00Z')]) {
      expect(due([], now, { policy: defaultPolicy, effectiveFrom: effective }).countedFrom).toBe('2025-12-31T16:00:00.000Z');
    }
  });

  it('SUP-3: malformed arguments are invalid input naming the field, never a throw', () => {
    const policy = defaultPolicy;
    expect(pathsOf(evaluationDue([], null as never, now))).toEqual([['schedule']]);
    expect(pathsOf(evaluationDue(null as never, schedule, now))).toEqual([['evaluations']]);
    expect(pathsOf(evaluationDue([], { policy: { timeZone: 'Asia/Shanghai', version: '1' }, effectiveFrom } as never, now))).toEqual([['policy', 'revision', 'evaluationIntervalMonths']]);
    expect(pathsOf(evaluationDue([], { policy: { ...policy, version: undefined }, effectiveFrom } as never, now))).toEqual([['policy', 'version']]);
    expect(pathsOf(evaluationDue([], { policy, effectiveFrom: 0 } as never, now))).toEqual([['effectiveFrom']]);
    for (const months of [1e9, 121, 0, 1.5]) {
      expect(pathsOf(evaluationDue([], { policy: { ...policy, revision: { ...policy.revision, evaluationIntervalMonths: months } }, effectiveFrom }, now))).toEqual([['policy', 'revision', 'evaluationIntervalMonths']]);
    }
    expect(due([null, 42, { id: 'x' }] as never, now).unreadable).toEqual(['(no id)', '(no id)', 'x']);
  });

  it('SUP-3: any JSON as arguments gives a result or invalid input, never a throw (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (evaluations, schedule_) => {
        let r: ReturnType<typeof evaluationDue> | undefined;
        expect(() => (r = evaluationDue(evaluations as never, schedule_ as never, now))).not.toThrow();
        expect(r!.ok || r!.error.code === 'invalid-input').toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe('SUP-3: a revision is started from the evaluation record, once', () => {
  // S1 ch.8 定期进行评估，必要时进行修订；制度的修订需经过部门审核，并报管理层审批
  it('SUP-3: a client cannot name the evaluation that started a revision; the host passes the record', () => {
    const body = createPolicyRevision('rev-x', { id: 'c-x', type: 'create', title: '修订', policy: nextPolicy, evaluationId: 'eval-1' } as never, as(people.drafter, evalNow));
    expect(!body.ok && body.error).toMatchObject({ code: 'invalid-input', rule: 'SUP-3' });
    const revision = newRevision(revisionNeeded());
    expect(revision.ok && revisionContext(revision.record).evaluationId).toBe('eval-1');
  });

  it('SUP-3: only an evaluation concluded "revision needed" starts a revision; another record is refused, and nothing is created', () => {
    const noChangeRecord = apply(open(), evalPeople.opsHead, noChange);
    expect(newRevision(noChangeRecord)).toMatchObject({ ok: false, error: { code: 'not-allowed', rule: 'SUP-3' }, record: undefined });
    expect(newRevision(flagged())).toMatchObject({ ok: false, error: { code: 'not-allowed' }, record: undefined });
    const notAnEvaluation = newRevision(revisionContextRecord());
    expect(notAnEvaluation).toMatchObject({ ok: false, error: { code: 'version-mismatch' }, record: undefined });
  });

  it('SUP-3: once linked, an evaluation starts no second revision, and a stale copy loses the race on save', async () => {
    const needed = revisionNeeded();
    const store = createMemoryStore();
    await store.save(needed, { expectedRevision: 0 });
    const first = newRevision(needed, 'rev-a');
    const second = newRevision(needed, 'rev-b'); // from the same loaded copy, before the link is saved
    if (!first.ok || !second.ok) throw new Error('create refused');
    const linkA = linkRevision(needed, first.record, as(people.drafter, evalNow));
    const linkB = linkRevision(needed, second.record, as(people.drafter, evalNow));
    if (!linkA.ok || !linkB.ok) throw new Error('link refused');
    expect(evalState(linkA.record)).toBe('revisionStarted');
    expect(evalContext(linkA.record).revision).toEqual({ revisionId: 'rev-a', actorId: people.drafter.id, at: evalNow.toISOString() });
    expect(await store.save(linkA.record, { expectedRevision: needed.revision })).toEqual({ ok: true, value: undefined });
    expect(await store.save(linkB.record, { expectedRevision: needed.revision })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    // The stored evaluation refuses a second revision, by create and by link.
    const stored = (await store.load('policy-evaluation', 'eval-1'))!;
    expect(newRevision(stored, 'rev-c')).toMatchObject({ ok: false, error: { code: 'conflict', rule: 'SUP-3' } });
    expect(newRevision(stored, 'rev-c').ok || (newRevision(stored, 'rev-c') as { error: { message: string } }).error.message).toContain('rev-a');
    expect(linkRevision(stored, second.record, as(people.drafter, evalNow))).toMatchObject({ ok: false, error: { code: 'conflict' }, record: stored });
    // The same link again is a replay, and the revision it names can be created again after a failed save.
    expect(linkRevision(stored, first.record, as(people.drafter, evalNow))).toMatchObject({ ok: true, replayed: true, record: stored });
    expect(newRevision(stored, 'rev-a')).toMatchObject({ ok: true, record: { id: 'rev-a' } });
  });

  it('SUP-3: a link is made only from a revision record that names the evaluation, never by a command', () => {
    const needed = revisionNeeded();
    const unrelated = createPolicyRevision('rev-plain', { id: 'c-plain', type: 'create', title: '2027 修订', policy: nextPolicy }, as(people.drafter, evalNow));
    if (!unrelated.ok) throw new Error(unrelated.error.message);
    expect(linkRevision(needed, unrelated.record, as(people.drafter, evalNow))).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', issues: [{ path: ['revision', 'evaluationId'], rule: 'SUP-3' }] },
      record: needed,
    });
    expect(linkRevision(needed, { ...unrelated.record, revision: -1 }, as(people.drafter, evalNow))).toMatchObject({ ok: false, error: { code: 'version-mismatch' } });
    // The command itself, sent by a client, carries no revision and is refused.
    expect(refuse(needed, people.drafter, { type: 'link-revision' })).toMatchObject({ code: 'forbidden', rule: 'SUP-3' });
    expect(refuse(needed, people.drafter, { type: 'link-revision', revisionId: 'rev-forged' }).code).toBe('invalid-input');
    // Someone who does not draft revisions does not link them.
    const revision = newRevision(needed);
    if (!revision.ok) throw new Error(revision.error.message);
    expect(linkRevision(needed, revision.record, as(people.techHead, evalNow))).toMatchObject({ ok: false, error: { code: 'forbidden', rule: 'SUP-3' } });
  });

  it('SUP-3: a stored evaluation whose context names another id is damaged and starts nothing', () => {
    const tampered = structuredClone(revisionNeeded()) as StoredRecord & { snapshot: { context: { evaluationId: string } } };
    tampered.snapshot.context.evaluationId = 'eval-other';
    expect(revisionStartedBy(tampered)).toMatchObject({ ok: false, error: { code: 'version-mismatch' } });
    expect(newRevision(tampered)).toMatchObject({ ok: false, error: { code: 'version-mismatch' }, record: undefined });
  });

  it('SUP-3: a summary too long for a revision is cut at a whole character and keeps the ids of every finding it rests on', () => {
    let record = open();
    for (let i = 0; i < 3; i++) record = apply(record, people.ops, { type: 'record-finding', text: `${'😀'.repeat(300)}${i}`, severity: 'major', needsRevision: true });
    record = apply(record, evalPeople.opsHead, { type: 'conclude', outcome: 'revision-needed', summary: 'x'.repeat(1994) });
    const link = revisionStartedBy(record);
    if (!link.ok) throw new Error(link.error.message);
    const { summary } = link.value;
    expect(summary.length).toBeLessThanOrEqual(2000);
    expect(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(summary)).toBe(false);
    expect(summary.endsWith('(f-1, f-2, f-3)')).toBe(true);
    // The summary is one a revision accepts.
    const revision = createPolicyRevision('rev-long', { id: 'c-long', type: 'create', title: '修订', policy: nextPolicy, summary }, as(people.drafter, evalNow), { startedBy: record });
    expect(revision.ok).toBe(true);
  });
});

describe('SUP-3: who hears of a conclusion follows the rights in the policy', () => {
  const withRight = (action: string, grants: unknown, version: string) =>
    policyWith({ org: { ...defaultPolicy.org, rights: defaultPolicy.org.rights.map((r) => (r.action === action ? { ...r, grants } : r)) } } as never, version);

  it('SUP-3: "revision needed" goes to the drafters as the right grants it, heads only where only heads draft', () => {
    const policy = withRight('policy.draft', [{ department: 'market', positions: ['head'] }, { department: 'pr', positions: ['head'] }], '2026.1-heads');
    const r = attempt(flagged(), evalPeople.opsHead, { type: 'conclude', outcome: 'revision-needed', summary: '需修订' }, { policy });
    expect(r.ok && r.effects.map((e) => (e as unknown as { to: unknown }).to)).toEqual([{ departments: ['market', 'pr'], positions: ['head'] }]);
  });

  it('SUP-3: "no change" goes to whoever approves the policy, as the policy grants it', () => {
    // S0 art.17 本制度修订需经企业管理负责人审批 (the default); a company may grant approval elsewhere.
    const policy = withRight('policy.approve', [{ department: 'leadership-group', positions: ['leader'] }], '2026.1-leader');
    const r = attempt(open(), evalPeople.opsHead, noChange, { policy });
    expect(r.ok && r.effects).toEqual([expect.objectContaining({ topic: 'policy-evaluation.concluded', to: { departments: ['leadership-group'], positions: ['leader'] } })]);
  });
});

// A stored record of another kind (a policy revision) in place of an evaluation.
function revisionContextRecord(): StoredRecord {
  const r = createPolicyRevision('rev-other', { id: 'c-other', type: 'create', title: '修订', policy: nextPolicy }, as(people.drafter, evalNow));
  if (!r.ok) throw new Error(r.error.message);
  return r.record;
}

// The reader still reads an evaluation that started a revision.
it('SUP-3: an evaluation that started a revision reads back with its link', () => {
  const needed = revisionNeeded();
  const revision = newRevision(needed);
  if (!revision.ok) throw new Error(revision.error.message);
  const linked = linkRevision(needed, revision.record, as(people.drafter, evalNow));
  if (!linked.ok) throw new Error(linked.error.message);
  const read = readPolicyEvaluation(linked.record);
  expect(read.ok && read.value.context.revision?.revisionId).toBe('rev-from-eval');
  const broken = { ...linked.record, snapshot: { ...(linked.record.snapshot as object), context: { ...evalContext(linked.record), revision: undefined } } } as StoredRecord;
  expect(readPolicyEvaluation(broken)).toMatchObject({ ok: false, error: { code: 'version-mismatch' } });
});
