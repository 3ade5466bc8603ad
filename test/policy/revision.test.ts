import { describe, expect, it } from 'vitest';
import type { StoredRecord } from '../../src/core/index.js';
import { createPolicyRevision, defaultPolicy, policyInForce, policyRevisionStep, readPolicyRevision, type RevisionCommand } from '../../src/policy/index.js';
import { as } from '../support/people.js';
import { apply, approved, attempt, context, create, fixture, hats, nextPolicy, now, people, policyWith, refuse, reviewed, state, submitted, tryCreate, twoHats } from './helpers.js';

const inTwoHats = { directory: twoHats };
const hour = 3_600_000;

describe('SUP-3: drafted, reviewed by departments, approved by management, in force on formal notice', () => {
  it('SUP-3: department review then management approval; only heads of the reviewing departments endorse, each department once', () => {
    const record = submitted();
    expect(state(record)).toBe('departmentReview');
    expect(refuse(record, people.prHead, { type: 'endorse' })).toMatchObject({ code: 'forbidden', rule: 'SUP-3' });
    expect(refuse(record, people.manager, { type: 'approve' })).toMatchObject({ code: 'not-allowed', state: 'departmentReview', accepts: ['endorse', 'reject', 'withdraw'] });
    expect(refuse(record, people.legal, { type: 'endorse' }).code).toBe('forbidden');
    const market = apply(record, people.marketHead, { type: 'endorse' });
    expect(state(market)).toBe('departmentReview');
    expect(context(market).endorsements).toEqual([{ department: 'market', actorId: people.marketHead.id, at: now.toISOString() }]);
    expect(refuse(market, hats.marketHeadTwin, { type: 'endorse' }, inTwoHats).code).toBe('not-allowed');
    const r = attempt(market, people.legalHead, { type: 'endorse' });
    if (!r.ok || r.replayed) throw new Error('endorse refused');
    expect(state(r.record)).toBe('managementApproval');
    expect(r.effects).toEqual([expect.objectContaining({ type: 'notify', topic: 'policy-revision.approval-requested', to: { departments: ['management'], positions: ['management-head'] }, version: '2026.2' })]);
    expect(refuse(r.record, people.ops, { type: 'approve' }).code).toBe('forbidden');
    const a = attempt(r.record, people.manager, { type: 'approve' });
    if (!a.ok || a.replayed) throw new Error('approve refused');
    expect(state(a.record)).toBe('approved');
    expect(context(a.record).approval).toEqual({ actorId: people.manager.id, at: now.toISOString() });
    expect(a.effects).toEqual([expect.objectContaining({ topic: 'policy-revision.approved', to: { departments: ['operations-management'] } })]);
    expect(refuse(a.record, people.techHead, { type: 'announce', reference: 'R' }).code).toBe('forbidden');
    const n = attempt(a.record, people.ops, { type: 'announce', reference: '营字〔2026〕1号', effectiveFrom: '2026-02-01T00:00:00+08:00' });
    if (!n.ok || n.replayed) throw new Error('announce refused');
    expect(state(n.record)).toBe('effective');
    expect(context(n.record).notice).toEqual({ actorId: people.ops.id, noticeAt: now.toISOString(), effectiveFrom: '2026-01-31T16:00:00.000Z', reference: '营字〔2026〕1号' });
    expect(n.effects).toEqual([expect.objectContaining({ topic: 'policy-revision.announced', to: { everyone: true }, version: '2026.2', effectiveFrom: '2026-01-31T16:00:00.000Z' })]);
  });

  it('SUP-3: every accepted command is audited with the policy version it was decided under', () => {
    const inForce = policyWith({}, '2026.1-hotfix');
    const record = create(people.drafter, { policy: inForce });
    const r = attempt(record, people.drafter, { type: 'submit' }, { policy: inForce });
    if (!r.ok || r.replayed) throw new Error('submit refused');
    expect(r.audit).toMatchObject({ policyVersion: '2026.1-hotfix', from: 'draft', to: 'departmentReview', actor: { id: people.drafter.id }, rules: ['SUP-3'] });
    expect(r.record.policyVersion).toBe('2026.1-hotfix');
    expect(r.effects).toEqual([expect.objectContaining({ topic: 'policy-revision.review-requested', to: { departments: ['market', 'legal'], positions: ['head'] } })]);
  });

  it('SUP-3: a rejection needs a reason, returns to draft, clears endorsements and tells the drafter; only the current stage’s signers reject', () => {
    const inReview = apply(submitted(), people.marketHead, { type: 'endorse' });
    const noReason = refuse(inReview, people.legalHead, { type: 'reject', reason: '  ' });
    expect(noReason.code === 'invalid-input' && noReason.issues[0]?.path).toEqual(['reason']);
    expect(refuse(inReview, people.prHead, { type: 'reject', reason: '不同意' })).toMatchObject({ code: 'forbidden', rule: 'SUP-3' });
    expect(refuse(inReview, people.manager, { type: 'reject', reason: '不同意' }).code).toBe('forbidden');
    const r = attempt(inReview, people.legalHead, { type: 'reject', reason: '缺少隐私条款' });
    if (!r.ok || r.replayed) throw new Error(r.ok ? 'replayed' : r.error.message);
    expect(r.audit).toMatchObject({ from: 'departmentReview', to: 'draft', reason: '缺少隐私条款' });
    expect(r.effects[0]).toMatchObject({ type: 'notify', to: { actorIds: [people.drafter.id] }, topic: 'policy-revision.rejected', reason: '缺少隐私条款' });
    expect(context(r.record).endorsements).toEqual([]);
    expect(context(r.record).rejections).toEqual([expect.objectContaining({ stage: 'departmentReview', actorId: people.legalHead.id })]);
    const atManagement = reviewed();
    expect(refuse(atManagement, people.legalHead, { type: 'reject', reason: '再看看' }).code).toBe('forbidden');
    const back = apply(atManagement, people.manager, { type: 'reject', reason: '预算影响未说明' });
    expect(state(back)).toBe('draft');
    expect(context(back).endorsements).toEqual([]);
    expect(context(back).rejections.at(-1)).toMatchObject({ stage: 'managementApproval', actorId: people.manager.id });
    // Resubmitted, it needs every department again.
    expect(refuse(apply(back, people.drafter, { type: 'submit' }), people.manager, { type: 'approve' }).code).toBe('not-allowed');
  });

  it('SUP-3: a revision is in force from the date of its formal notice, never before it', () => {
    const r = attempt(approved(), people.ops, { type: 'announce', reference: '营字〔2026〕1号', effectiveFrom: '2026-02-01T00:00:00+08:00' });
    if (!r.ok) throw new Error(r.error.message);
    expect(policyInForce([r.record], new Date('2026-01-31T15:59:59Z')).ok).toBe(false);
    const inForce = policyInForce([approved(), r.record], new Date('2026-01-31T16:00:00Z'));
    expect(inForce.ok && inForce.value).toMatchObject({ version: '2026.2', recordId: 'rev-1', effectiveFrom: '2026-01-31T16:00:00.000Z', policy: { version: '2026.2' } });
  });

  it('SUP-3: a notice whose effectiveFrom is before now is refused, even by a second; now or later is accepted, and without one it takes effect at the notice', () => {
    const record = approved();
    for (const effectiveFrom of ['2025-12-01T00:00:00+08:00', new Date(now.getTime() - 1_000).toISOString()]) {
      const e = refuse(record, people.ops, { type: 'announce', reference: 'R', effectiveFrom });
      expect(e).toMatchObject({ code: 'invalid-input', rule: 'SUP-3' });
      expect(e.code === 'invalid-input' && e.issues[0]?.path).toEqual(['effectiveFrom']);
    }
    // The host's clock decides, not a time the client claims for the notice.
    const claimed = refuse(record, people.ops, { type: 'announce', reference: 'R', effectiveFrom: '2026-01-01T00:00:00Z', at: '2025-12-31T00:00:00Z' });
    expect(claimed.code).toBe('invalid-input');
    expect(context(apply(record, people.ops, { type: 'announce', reference: 'R', effectiveFrom: now.toISOString() })).notice?.effectiveFrom).toBe(now.toISOString());
    expect(context(apply(record, people.ops, { type: 'announce', reference: 'R' })).notice?.effectiveFrom).toBe(now.toISOString());
    const noRef = refuse(record, people.ops, { type: 'announce', effectiveFrom: now.toISOString() });
    expect(noRef.code === 'invalid-input' && noRef.issues[0]?.path).toEqual(['reference']);
  });

  it('SUP-3: an invalid proposed policy is refused with its path before any record exists; only drafting departments create revisions', () => {
    const r = tryCreate('rev-2', people.drafter, { policy: { ...nextPolicy, timeZone: 'Nowhere' } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.record).toBeUndefined();
    expect(r.error.code === 'invalid-input' && r.error.issues.map((i) => i.path.join('.'))).toEqual(['policy.timeZone']);
    const wrong = tryCreate('rev-3', people.editor, {});
    expect(!wrong.ok && wrong.error).toMatchObject({ code: 'forbidden', rule: 'SUP-3' });
    expect(tryCreate('rev-4', people.ops, {}).ok).toBe(true);
  });

  it('SUP-3: a draft or a revision under review can be withdrawn with a reason; an approved one cannot', () => {
    const w = apply(create(), people.drafter, { type: 'withdraw', reason: '并入下一版' });
    expect(state(w)).toBe('withdrawn');
    expect(context(w).withdrawal).toEqual({ actorId: people.drafter.id, at: now.toISOString(), reason: '并入下一版' });
    expect(state(apply(submitted(), people.drafter, { type: 'withdraw', reason: '并入下一版' }))).toBe('withdrawn');
    expect(refuse(approved(), people.drafter, { type: 'withdraw', reason: '并入下一版' }).code).toBe('not-allowed');
    expect(refuse(w, people.drafter, { type: 'submit' }).code).toBe('not-allowed');
  });
});

describe('SUP-3: review departments and versions come from the policy in force', () => {
  it('SUP-3: a drafter cannot choose the review departments: a reviewDepartments field in the create command is refused and the policy’s are used', () => {
    const refused = createPolicyRevision('rev-1', { id: 'c-x', type: 'create', title: 'T', policy: nextPolicy, reviewDepartments: ['pr'] } as never, as(people.drafter, now));
    expect(!refused.ok && refused.error.code === 'invalid-input' && refused.error.issues[0]?.path).toEqual([]);
    const chosen = create(people.drafter, {}, 'rev-1');
    expect(context(chosen).reviewDepartments).toEqual(['market', 'legal']);
    const inReview = submitted({}, chosen);
    expect(refuse(inReview, people.prHead, { type: 'endorse' })).toMatchObject({ code: 'forbidden', rule: 'SUP-3' });
    expect(state(reviewed({}, inReview))).toBe('managementApproval');
    // Another policy names other departments: those review, whatever the drafter asks.
    const other = policyWith({ revision: { reviewDepartments: ['legal', 'technology'] } }, '2026.1-tech');
    let record = create(people.drafter, { policy: other }, 'rev-t');
    expect(context(record).reviewDepartments).toEqual(['legal', 'technology']);
    record = apply(record, people.drafter, { type: 'submit' }, { policy: other });
    expect(refuse(record, people.marketHead, { type: 'endorse' }, { policy: other }).rule).toBe('SUP-3');
    record = apply(record, people.techHead, { type: 'endorse' }, { policy: other });
    expect(state(apply(record, people.legalHead, { type: 'endorse' }, { policy: other }))).toBe('managementApproval');
  });

  it('SUP-3: a revision in flight keeps the review departments it was created with when the policy in force changes', () => {
    const other = policyWith({ revision: { reviewDepartments: ['technology'] } }, '2026.1-tech');
    const record = submitted();
    expect(refuse(record, people.techHead, { type: 'endorse' }, { policy: other }).rule).toBe('SUP-3');
    const market = apply(record, people.marketHead, { type: 'endorse' }, { policy: other });
    expect(state(market)).toBe('departmentReview');
    expect(state(apply(market, people.legalHead, { type: 'endorse' }, { policy: other }))).toBe('managementApproval');
  });

  it('SUP-3: a revision proposing the version in force is refused at creation and at edit', () => {
    const same = tryCreate('rev-same', people.drafter, { policy: { ...defaultPolicy } });
    expect(!same.ok && same.error).toMatchObject({ code: 'invalid-input', rule: 'SUP-3' });
    expect(!same.ok && same.error.code === 'invalid-input' && same.error.issues.map((i) => i.path.join('.'))).toEqual(['policy.version']);
    expect(!same.ok && same.record).toBeUndefined();
    const draft = create();
    const edit = refuse(draft, people.drafter, { type: 'edit', policy: { ...defaultPolicy, title: { ...defaultPolicy.title, en: 'Renamed' } } });
    expect(edit).toMatchObject({ code: 'invalid-input', rule: 'SUP-3' });
    expect(edit.code === 'invalid-input' && edit.issues[0]?.path).toEqual(['policy', 'version']);
    // When 2026.2 is in force, proposing it again is refused too; a new version is fine.
    const inForce = policyWith({}, '2026.2');
    expect(tryCreate('rev-again', people.drafter, { policy: nextPolicy }, { policy: inForce }).ok).toBe(false);
    expect(refuse(draft, people.drafter, { type: 'edit', policy: nextPolicy }, { policy: inForce }).rule).toBe('SUP-3');
    const fresh = apply(draft, people.drafter, { type: 'edit', policy: { ...nextPolicy, version: '2026.3' } }, { policy: inForce });
    expect(context(fresh).policy.version).toBe('2026.3');
  });

  it('SUP-3: versions are unique: a revision whose proposed version came into force meanwhile (through another revision) cannot be announced', () => {
    // Two revisions propose 2026.2 while 2026.1 is in force; the first one takes effect.
    const first = apply(approved(), people.ops, { type: 'announce', reference: '营字〔2026〕1号' });
    const inForce = policyInForce([first], now);
    expect(inForce.ok && inForce.value.version).toBe('2026.2');
    const second = approved({}, reviewed({}, submitted({}, create(people.drafter, {}, 'rev-2'))));
    const policy = policyWith({}, '2026.2');
    const r = attempt(second, people.ops, { type: 'announce', reference: '营字〔2026〕2号' }, { policy });
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error.rule).toBe('SUP-3');
  });

  it('SUP-3: edits change the title, summary or proposed policy of a draft only, and make the editor a contributor', () => {
    const r = attempt(create(), people.marketHead, { type: 'edit', summary: '补充小红书与抖音' });
    if (!r.ok || r.replayed) throw new Error('edit refused');
    expect(context(r.record)).toMatchObject({ title: '2026 第二版', summary: '补充小红书与抖音', policy: { version: '2026.2' } });
    expect(readPolicyRevision(r.record).ok && readPolicyRevision(r.record)).toMatchObject({ value: { createdBy: people.drafter.id, contributors: [people.drafter.id, people.marketHead.id] } });
    expect(refuse(submitted(), people.drafter, { type: 'edit', summary: '改' }).code).toBe('not-allowed');
    expect(refuse(create(), people.prHead, { type: 'edit', summary: '改' }).code).toBe('forbidden');
  });
});

describe('SUP-3: separation of duties (nobody who drafted, edited or submitted a revision endorses or approves it; one person signs one stage)', () => {
  it('SUP-3: a market head who edited a revision cannot endorse it; another market head can', () => {
    let record = apply(create(people.drafter, inTwoHats), people.marketHead, { type: 'edit', summary: '补充合作伙伴条款' }, inTwoHats);
    record = apply(record, people.drafter, { type: 'submit' }, inTwoHats);
    const e = refuse(record, people.marketHead, { type: 'endorse' }, inTwoHats);
    expect(e).toMatchObject({ code: 'forbidden', rule: 'SUP-3' });
    expect(e.messages.en).toContain(people.marketHead.id);
    expect(context(apply(record, hats.marketHeadTwin, { type: 'endorse' }, inTwoHats)).endorsements).toEqual([expect.objectContaining({ department: 'market', actorId: hats.marketHeadTwin.id })]);
  });

  it('SUP-3: whoever submitted a revision may not endorse it', () => {
    const record = apply(create(people.drafter, inTwoHats), people.marketHead, { type: 'submit' }, inTwoHats);
    expect(refuse(record, people.marketHead, { type: 'endorse' }, inTwoHats)).toMatchObject({ code: 'forbidden', rule: 'SUP-3' });
    expect(state(apply(record, hats.marketHeadTwin, { type: 'endorse' }, inTwoHats))).toBe('departmentReview');
  });

  it('SUP-3: a drafter who heads a reviewing department may not endorse their own revision; the other head of it may', () => {
    const record = submitted(inTwoHats, create(hats.legalHeadInMarket, inTwoHats));
    expect(refuse(record, hats.legalHeadInMarket, { type: 'endorse' }, inTwoHats)).toMatchObject({ code: 'forbidden', rule: 'SUP-3' });
    expect(context(apply(record, people.legalHead, { type: 'endorse' }, inTwoHats)).endorsements).toHaveLength(1);
  });

  it('SUP-3: a person who endorsed for a department may not also approve; a manager who did not may', () => {
    let record = apply(submitted(inTwoHats), people.marketHead, { type: 'endorse' }, inTwoHats);
    record = apply(record, hats.legalHeadManager, { type: 'endorse' }, inTwoHats);
    expect(state(record)).toBe('managementApproval');
    const e = refuse(record, hats.legalHeadManager, { type: 'approve' }, inTwoHats);
    expect(e).toMatchObject({ code: 'forbidden', rule: 'SUP-3' });
    expect(e.messages.en).toContain('review:legal');
    expect(state(apply(record, hats.managerTwin, { type: 'approve' }, inTwoHats))).toBe('approved');
  });

  it('SUP-3: whoever drafted or edited a revision may not approve it', () => {
    // The general manager edits a draft (as a member of the market department) and then may not approve it.
    const editorManager = { id: 'u-gm-market', department: 'management', positions: ['management-head'], memberOf: ['market'] };
    const directory = { lookup: (id: string) => (id === editorManager.id ? editorManager : twoHats.lookup(id)) };
    let record = apply(create(people.drafter, { directory }), editorManager, { type: 'edit', summary: '管理层意见' }, { directory });
    record = reviewed({ directory }, apply(record, people.drafter, { type: 'submit' }, { directory }));
    expect(refuse(record, editorManager, { type: 'approve' }, { directory })).toMatchObject({ code: 'forbidden', rule: 'SUP-3' });
    expect(state(apply(record, people.manager, { type: 'approve' }, { directory }))).toBe('approved');
  });

  it('ORG-4: an actor written into the command body is ignored: the drafter cannot endorse by claiming to be the legal head', () => {
    const record = submitted();
    const r = policyRevisionStep(record, { id: 'claim', type: 'endorse', actor: people.legalHead } as RevisionCommand, as(people.drafter, now));
    expect(!r.ok && r.error).toMatchObject({ code: 'forbidden', rule: 'SUP-3' });
    const ok = policyRevisionStep(record, { id: 'claim2', type: 'endorse', actor: people.drafter } as RevisionCommand, as(people.legalHead, now));
    expect(ok.ok && !ok.replayed && ok.audit.actor).toEqual(people.legalHead);
  });
});

describe('SUP-3: the policy in force', () => {
  function announced(id: string, version: string, effectiveFrom: string, noticeAt: Date): StoredRecord {
    const record = approved({}, reviewed({}, submitted({}, create(people.drafter, {}, id, { policy: { ...nextPolicy, version } }))));
    return apply(record, people.ops, { type: 'announce', reference: `营字〔2026〕${id}`, effectiveFrom }, { at: noticeAt });
  }

  it('SUP-3: policyInForce picks the revision with the latest effective date not after now; a tie goes to the later notice; unannounced revisions and other kinds are ignored', () => {
    const feb = announced('rev-feb', '2026.2', '2026-02-01T00:00:00+08:00', now);
    const marEarly = announced('rev-mar-a', '2026.3', '2026-03-01T00:00:00+08:00', now);
    const marLate = announced('rev-mar-b', '2026.4', '2026-03-01T00:00:00+08:00', new Date(now.getTime() + hour));
    const pending = approved({}, reviewed({}, submitted({}, create(people.drafter, {}, 'rev-pending', { policy: { ...nextPolicy, version: '2026.5' } }))));
    const midFeb = announced('rev-other', '2026.9', '2026-02-15T00:00:00+08:00', now);
    const notARevision = { ...midFeb, kind: 'marketing-budget', id: 'not-a-revision' };
    const all = [marLate, pending, notARevision, feb, marEarly, fixture('policy-revision.v1.json')];
    const at = (iso: string) => {
      const r = policyInForce(all, new Date(iso));
      return r.ok ? `${r.value.recordId} ${r.value.version}` : r.error.code;
    };
    expect(at('2026-01-31T15:59:59.999Z')).toBe('not-found');
    expect(at('2026-01-31T16:00:00.000Z')).toBe('rev-feb 2026.2');
    expect(at('2026-02-20T00:00:00.000Z')).toBe('rev-feb 2026.2');
    expect(at('2026-02-28T15:59:59.999Z')).toBe('rev-feb 2026.2');
    expect(at('2026-02-28T16:00:00.000Z')).toBe('rev-mar-b 2026.4');
    expect(at('2027-06-01T00:00:00.000Z')).toBe('rev-mar-b 2026.4');
    // The order of the records does not matter.
    const reversed = policyInForce([...all].reverse(), new Date('2026-03-02T00:00:00Z'));
    expect(reversed.ok && reversed.value.recordId).toBe('rev-mar-b');
    const none = policyInForce([], now);
    expect(!none.ok && none.error.code).toBe('not-found');
    expect(!none.ok && none.error.messages['zh-CN'].length).toBeGreaterThan(0);
    // Rows that are not records at all are skipped, never thrown on.
    const odd = policyInForce([null, 'x', ...all] as never, new Date('2026-03-02T00:00:00Z'));
    expect(odd.ok && odd.value.recordId).toBe('rev-mar-b');
  });

  it('SUP-3: versions are unique: two effective revisions bearing one version are a conflict naming both, never a silent pick', () => {
    const a = announced('rev-a', '2026.2', '2026-02-01T00:00:00+08:00', now);
    const b = announced('rev-b', '2026.2', '2026-03-01T00:00:00+08:00', now);
    const r = policyInForce([a, b], new Date('2026-03-02T00:00:00Z'));
    expect(!r.ok && r.error).toMatchObject({ code: 'conflict', rule: 'SUP-3' });
    expect(!r.ok && r.error.message).toContain('rev-a');
  });

  it('SUP-3: a revision proposes a version later than the one in force, never an earlier number', () => {
    for (const version of ['2025.9', '2026.1', '2026']) {
      const r = tryCreate(`rev-${version}`, people.drafter, { policy: { ...nextPolicy, version } });
      expect(!r.ok && r.error.code === 'invalid-input' && r.error.issues[0]?.path).toEqual(['policy', 'version']);
    }
    for (const version of ['2026.1.1', '2026.10', '2027']) expect(tryCreate(`rev-${version}`, people.drafter, { policy: { ...nextPolicy, version } }).ok).toBe(true);
  });
});

describe('SUP-3: stored revisions of schema version 1', () => {
  it('SUP-3: the v1 revision fixture migrates (its drafter is its creator and only contributor) and can be submitted and endorsed', () => {
    const v1 = fixture('policy-revision.v1.json');
    const read = readPolicyRevision(v1);
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value).toMatchObject({ state: 'draft', revision: 1, createdBy: people.drafter.id, contributors: [people.drafter.id] });
    expect(read.value.context.reviewDepartments).toEqual(['market', 'legal']);
    // Its proposal predates the content, KPI and budget sections: it cannot move on until it is brought up to date.
    const stale = attempt(v1, people.drafter, { type: 'submit' });
    expect(!stale.ok && stale.error).toMatchObject({ code: 'policy-invalid', rule: 'SUP-3' });
    const updated = apply(v1, people.drafter, { type: 'edit', policy: nextPolicy });
    const r = attempt(updated, people.drafter, { type: 'submit' });
    if (!r.ok || r.replayed) throw new Error(r.ok ? 'replayed' : r.error.message);
    expect(r.record).toMatchObject({ schemaVersion: 2, revision: 3, createdBy: people.drafter.id });
    expect(r.audit).toMatchObject({ from: 'draft', to: 'departmentReview' });
    expect(v1.schemaVersion).toBe(1);
    let record = apply(r.record, people.marketHead, { type: 'endorse' });
    record = apply(record, people.legalHead, { type: 'endorse' });
    expect(state(record)).toBe('managementApproval');
    expect(context(record).endorsements.map((e) => e.department)).toEqual(['market', 'legal']);
    const retry = attempt(v1, people.drafter, { id: 'create', type: 'create', title: '2026 第二版', policy: nextPolicy });
    expect(!retry.ok && retry.error.code).toBe('conflict');
  });

  it('SUP-3: the drafter of the v1 fixture, were they a head of a reviewing department, could not endorse it', () => {
    const drafterAsHead = { id: people.drafter.id, department: 'legal', positions: ['head'], memberOf: ['market'] };
    const directory = { lookup: (id: string) => (id === drafterAsHead.id ? drafterAsHead : twoHats.lookup(id)) };
    const updated = apply(fixture('policy-revision.v1.json'), people.drafter, { type: 'edit', policy: nextPolicy }, { directory });
    const record = apply(updated, people.marketHead, { type: 'submit' }, { directory });
    expect(refuse(record, drafterAsHead, { type: 'endorse' }, { directory })).toMatchObject({ code: 'forbidden', rule: 'SUP-3' });
    expect(refuse(record, people.marketHead, { type: 'endorse' }, { directory })).toMatchObject({ code: 'forbidden', rule: 'SUP-3' });
    expect(state(apply(record, hats.legalHeadTwin, { type: 'endorse' }, { directory }))).toBe('departmentReview');
  });
});
