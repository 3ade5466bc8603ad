import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StoredRecord } from '../../src/core/index.js';
import { budgetStep, createBudget, decomposeAnnual, monthPlan, monthSpent, readBudget, varianceReport, type BudgetCommand } from '../../src/budget/index.js';
import { defaultPolicy } from '../../src/policy/index.js';
import { as } from '../support/people.js';
import { active, apply, attempt, budgetId, context, create, fixture, hats, lines, now, people, policyWith, refuse, state, twoHats, view } from './helpers.js';

const inTwoHats = { directory: twoHats };
const spend = (line: string, month: string, amount: number, description = '投放') => ({ type: 'record-spend', line, month, amount, description });

describe('BUD-1: compiled by marketing, reviewed by finance, approved by management', () => {
  it('BUD-1: marketing compiles, finance reviews, management approves; each step only by the department and position the policy grants', () => {
    const refused = attempt(create(), people.prHead, { type: 'submit' });
    expect(!refused.ok && refused.error).toMatchObject({ code: 'forbidden', rule: 'BUD-1' });
    const r = attempt(create(), people.financeStaff, { type: 'edit-lines', lines });
    expect(!r.ok && r.error).toMatchObject({ code: 'forbidden', rule: 'BUD-1' });

    let b = apply(create(), people.marketingHead, { type: 'submit' });
    expect(state(b)).toBe('financeReview');
    expect(refuse(b, people.financeStaff, { type: 'finance-approve' })).toMatchObject({ code: 'forbidden', rule: 'BUD-1' });
    expect(refuse(b, people.manager, { type: 'approve' })).toMatchObject({ code: 'not-allowed', state: 'financeReview', accepts: ['finance-approve', 'reject'] });
    const reviewed = attempt(b, people.financeHead, { type: 'finance-approve' });
    if (!reviewed.ok) throw new Error(reviewed.error.message);
    expect(reviewed.effects).toEqual([expect.objectContaining({ type: 'notify', topic: 'budget.approval-requested', to: { departments: ['management'], positions: ['management-head'] } })]);
    b = reviewed.record;
    expect(state(b)).toBe('managementApproval');
    expect(refuse(b, people.financeHead, { type: 'approve' })).toMatchObject({ code: 'forbidden', rule: 'BUD-1' });
    b = apply(b, people.manager, { type: 'approve' });
    expect(state(b)).toBe('active');
    expect(context(b)).toMatchObject({ compiledBy: people.marketingHead.id, financeReview: { actorId: people.financeHead.id }, approval: { actorId: people.manager.id } });
    expect(view(b)).toMatchObject({ createdBy: people.marketingHead.id, contributors: [people.marketingHead.id], revision: 4 });
  });

  it('BUD-1: only marketing compiles: a budget created by finance staff is refused and nothing is created', () => {
    const r = createBudget(budgetId, { id: 'c', type: 'create', year: 2026, lines: [...lines] } as never, as(people.financeStaff, now));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatchObject({ code: 'forbidden', rule: 'BUD-1' });
    expect(r.record).toBeUndefined();
  });

  it('BUD-1: a rejection needs a reason and returns the budget to draft; the finance sign-off given to the rejected version no longer counts', () => {
    let b = apply(apply(create(), people.marketingHead, { type: 'submit' }), people.financeHead, { type: 'finance-approve' });
    const blank = refuse(b, people.manager, { type: 'reject', reason: '' });
    expect(blank.code === 'invalid-input' && blank.issues[0]?.path).toEqual(['reason']);
    const r = attempt(b, people.manager, { type: 'reject', reason: '渠道费用占比过高' });
    if (!r.ok || r.replayed) throw new Error('reject refused');
    b = r.record;
    expect(state(b)).toBe('draft');
    expect(context(b).financeReview).toBeUndefined();
    expect(context(b).rejections).toEqual([expect.objectContaining({ stage: 'managementApproval', actorId: people.manager.id, reason: '渠道费用占比过高' })]);
    expect(r.audit).toMatchObject({ from: 'managementApproval', to: 'draft', reason: '渠道费用占比过高', rules: ['BUD-1'] });
    expect(r.effects).toEqual([expect.objectContaining({ type: 'notify', topic: 'budget.rejected', to: { actorIds: [people.marketingHead.id] }, reason: '渠道费用占比过高' })]);
    // Resubmitted, it needs the finance review again.
    b = apply(b, people.marketingHead, { type: 'submit' });
    expect(state(b)).toBe('financeReview');
    expect(refuse(b, people.manager, { type: 'approve' }).code).toBe('not-allowed');
  });

  it('BUD-1: finance sends a budget back from its own review; management cannot reject at the finance stage', () => {
    const b = apply(create(), people.marketingHead, { type: 'submit' });
    expect(refuse(b, people.manager, { type: 'reject', reason: '越级退回' })).toMatchObject({ code: 'forbidden', rule: 'BUD-1' });
    const back = apply(b, people.financeHead, { type: 'reject', reason: '人员费用测算依据不足' });
    expect(state(back)).toBe('draft');
    expect(context(back).rejections).toEqual([expect.objectContaining({ stage: 'financeReview', actorId: people.financeHead.id })]);
  });

  it('BUD-1: lines are edited only while the budget is being compiled, and edited lines are decomposed into months like compiled ones', () => {
    const edited = [{ id: 'content-team', category: 'staff', name: '内容团队', annual: 1_200 }];
    const b = apply(create(), people.marketingDeputy, { type: 'edit-lines', lines: edited });
    expect(context(b).lines).toEqual([{ id: 'content-team', category: 'staff', name: '内容团队', months: Array(12).fill(100) }]);
    expect(view(b).contributors).toEqual([people.marketingHead.id, people.marketingDeputy.id]);
    const submitted = apply(b, people.marketingHead, { type: 'submit' });
    expect(refuse(submitted, people.marketingDeputy, { type: 'edit-lines', lines: edited })).toMatchObject({ code: 'not-allowed', state: 'financeReview' });
    const dup = refuse(b, people.marketingDeputy, { type: 'edit-lines', lines: [...edited, ...edited] });
    expect(dup.code === 'invalid-input' && dup.issues.map((i) => i.path.join('.'))).toEqual(['lines.1.id']);
  });
});

describe('BUD-1: separation of duties (nobody who compiled, edited or submitted a budget reviews or approves it)', () => {
  // Each row: who contributes and how, then which signature they try. The twin holds the same positions and
  // did nothing to this budget: that the twin may sign shows that separation of duties is what refuses.
  const rows = [
    { did: 'compiled', signs: 'approve', who: hats.deputyLeader, twin: hats.deputyLeaderTwin },
    { did: 'edited', signs: 'finance-approve', who: hats.financeInMarketing, twin: hats.financeInMarketingTwin },
    { did: 'edited', signs: 'approve', who: hats.deputyLeader, twin: hats.deputyLeaderTwin },
    { did: 'submitted', signs: 'finance-approve', who: hats.financeInMarketing, twin: hats.financeInMarketingTwin },
    { did: 'submitted', signs: 'approve', who: hats.deputyLeader, twin: hats.deputyLeaderTwin },
  ] as const;

  it.each(rows)('BUD-1: whoever $did a budget may not $signs it; a colleague with the same positions may', ({ did, signs, who, twin }) => {
    let b = create(did === 'compiled' ? who : people.marketingHead, inTwoHats);
    if (did === 'edited') b = apply(b, who, { type: 'edit-lines', lines: [lines[0], lines[2]] }, inTwoHats);
    b = apply(b, did === 'submitted' ? who : people.marketingHead, { type: 'submit' }, inTwoHats);
    expect(view(b).contributors).toContain(who.id);
    if (signs === 'approve') b = apply(b, people.financeHead, { type: 'finance-approve' }, inTwoHats);
    const e = refuse(b, who, { type: signs }, inTwoHats);
    expect(e).toMatchObject({ code: 'forbidden', rule: 'BUD-1' });
    expect(e.messages.en).toContain(who.id);
    expect(e.messages['zh-CN'].length).toBeGreaterThan(0);
    expect(e.messages['zh-TW'].length).toBeGreaterThan(0);
    expect(state(apply(b, twin, { type: signs }, inTwoHats))).toBe(signs === 'approve' ? 'active' : 'managementApproval');
  });

  it('BUD-1: the attack "an editor of a budget can approve it" fails: u-mkt-deputy edits the lines, holds the approval right, and is refused even claiming to be the general manager', () => {
    let b = apply(create(people.marketingHead, inTwoHats), hats.deputyLeader, { type: 'edit-lines', lines: [lines[0]] }, inTwoHats);
    b = apply(b, people.marketingHead, { type: 'submit' }, inTwoHats);
    b = apply(b, people.financeHead, { type: 'finance-approve' }, inTwoHats);
    const attack = attempt(b, hats.deputyLeader, { type: 'approve', actor: people.manager }, inTwoHats);
    expect(!attack.ok && attack.error).toMatchObject({ code: 'forbidden', rule: 'BUD-1' });
    // Any other field the command does not take is refused, not silently dropped.
    const smuggled = attempt(b, hats.deputyLeader, { type: 'approve', actorId: people.manager.id }, inTwoHats);
    expect(!smuggled.ok && smuggled.error.code === 'invalid-input' && smuggled.error.issues[0]?.messages.en).toContain('actorId');
    expect(state(b)).toBe('managementApproval');
    expect(context(b).approval).toBeUndefined();
    const r = attempt(b, people.manager, { type: 'approve' }, inTwoHats);
    expect(r.ok && !r.replayed && r.audit.actor.id).toBe(people.manager.id);
  });

  it('BUD-1: the finance reviewer may not also give the management approval: one person signs one stage of the round', () => {
    let b = apply(create(people.marketingHead, inTwoHats), people.marketingHead, { type: 'submit' }, inTwoHats);
    b = apply(b, hats.financeLeader, { type: 'finance-approve' }, inTwoHats);
    const e = refuse(b, hats.financeLeader, { type: 'approve' }, inTwoHats);
    expect(e).toMatchObject({ code: 'forbidden', rule: 'BUD-1' });
    expect(e.messages.en).toContain('finance');
    expect(state(apply(b, hats.financeLeaderTwin, { type: 'approve' }, inTwoHats))).toBe('active');
  });
});

describe('BUD-2: monthly budgets and spending', () => {
  it('BUD-2: the annual budget decomposes into twelve months exact to the 分, whatever the seasonal weights', () => {
    const b = context(create());
    for (const [i, line] of b.lines.entries()) {
      expect(line.months).toHaveLength(12);
      expect(line.months.reduce((a, c) => a + c, 0)).toBe(lines[i]!.annual);
    }
    expect(b.lines[0]!.months.slice(0, 2)).toEqual([100_000_001, 100_000_000]);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e13 }),
        fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 12, maxLength: 12 }).filter((w) => w.some((x) => x > 0)),
        (annual, weights) => {
          const r = decomposeAnnual({ amount: annual, currency: 'CNY' }, { kind: 'seasonal', weights });
          if (!r.ok) throw new Error(r.error.message);
          expect(r.value.reduce((s, m) => s + m.amount, 0)).toBe(annual);
          expect(r.value.every((m) => Number.isSafeInteger(m.amount) && m.amount >= 0 && m.currency === 'CNY')).toBe(true);
          // Months with no weight get nothing.
          weights.forEach((w, i) => w === 0 && expect(r.value[i]!.amount).toBe(0));
        },
      ),
      { numRuns: 200 },
    );
  }, 120_000);

  it('BUD-2: exact monthly amounts must add up to the annual amount; the refusal names the line and the rule', () => {
    const wrong = attempt(create(), people.marketingHead, { type: 'edit-lines', lines: [{ ...lines[2], split: { kind: 'exact', months: Array(12).fill(1) } }] });
    expect(!wrong.ok && wrong.error).toMatchObject({ code: 'invalid-input', rule: 'BUD-2' });
    expect(!wrong.ok && wrong.error.code === 'invalid-input' && wrong.error.issues[0]?.path).toEqual(['lines', 0, 'split', 'months']);
    const exact = decomposeAnnual({ amount: 12, currency: 'CNY' }, { kind: 'exact', months: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 12] });
    expect(exact.ok && exact.value.map((m) => m.amount)).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 12]);
  });

  it('BUD-2: monthPlan reads a line’s month and monthSpent sums only that line and month', () => {
    const line = { id: 'x', category: 'other', name: 'X', months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] };
    expect(monthPlan(line, '2026-01')).toBe(1);
    expect(monthPlan(line, '2026-12')).toBe(12);
    const spending = [
      { line: 'x', month: '2026-03', amount: 5 },
      { line: 'x', month: '2026-04', amount: 7 },
      { line: 'y', month: '2026-03', amount: 11 },
      { line: 'x', month: '2026-03', amount: 13 },
    ].map((s, i) => ({ ...s, id: `s${i}`, description: '', actorId: 'u', at: '', overBudget: false }));
    expect(monthSpent({ spending }, 'x', '2026-03')).toBe(18);
    expect(monthSpent({ spending }, 'z', '2026-03')).toBe(0);
  });

  it('BUD-2: spending never exceeds a line’s month budget: refused by default, with the amounts in the message', () => {
    let b = active();
    b = apply(b, people.marketingHead, spend('content-team', '2026-03', 15_000_000, '3 月工资'));
    const e = refuse(b, people.marketingHead, spend('content-team', '2026-03', 5_000_001, '外包稿费'));
    expect(e).toMatchObject({ code: 'forbidden', rule: 'BUD-2' });
    expect(e.message).toContain('CNY 50,000.01');
    expect(e.message).toContain('CNY 50,000.00 is left');
    expect(e.messages['zh-CN']).toContain('预算调整');
    // Exactly up to the budget is fine.
    b = apply(b, people.financeStaff, spend('content-team', '2026-03', 5_000_000, '外包稿费'));
    expect(monthSpent(context(b), 'content-team', '2026-03')).toBe(20_000_000);
    const month = refuse(b, people.marketingHead, spend('content-team', '2027-01', 1));
    expect(month.code === 'invalid-input' && month.issues[0]?.path).toEqual(['month']);
    const line = refuse(b, people.marketingHead, spend('ghost', '2026-03', 1));
    expect(line.code === 'invalid-input' && line.issues[0]?.path).toEqual(['line']);
    expect(refuse(b, people.prHead, spend('content-team', '2026-03', 1)).code).toBe('forbidden');
    expect(refuse(b, people.marketingHead, spend('content-team', '2026-04', 0)).code).toBe('invalid-input');
    expect(refuse(create(), people.marketingHead, spend('content-team', '2026-03', 1)).code).toBe('not-allowed');
  });

  it('BUD-2: property: under the default policy a spend is accepted exactly when the month stays within budget, and spending never exceeds it', () => {
    const start = active();
    const plan = (line: string, month: string) => monthPlan(context(start).lines.find((l) => l.id === line)!, month);
    const spendArb = fc.record({
      line: fc.constantFrom('spring-campaign', 'douyin-ads', 'content-team'),
      month: fc.constantFrom('2026-02', '2026-11'),
      amount: fc.oneof(fc.integer({ min: 1, max: 30_000_000 }), fc.integer({ min: 1, max: 130_000_000 })),
    });
    fc.assert(
      fc.property(fc.array(spendArb, { minLength: 1, maxLength: 8 }), (spends) => {
        let b = start;
        const spent = new Map<string, number>();
        for (const s of spends) {
          const key = `${s.line}/${s.month}`;
          const fits = (spent.get(key) ?? 0) + s.amount <= plan(s.line, s.month);
          const r = attempt(b, people.marketingHead, spend(s.line, s.month, s.amount));
          expect(r.ok).toBe(fits);
          if (r.ok) {
            b = r.record;
            spent.set(key, (spent.get(key) ?? 0) + s.amount);
            expect(r.effects).toEqual([]);
          } else {
            expect(r.error).toMatchObject({ code: 'forbidden', rule: 'BUD-2' });
          }
        }
        for (const l of context(b).lines) {
          for (const m of ['2026-02', '2026-11']) expect(monthSpent(context(b), l.id, m)).toBeLessThanOrEqual(monthPlan(l, m));
        }
        expect(context(b).spending.every((x) => !x.overBudget)).toBe(true);
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it('BUD-2: a policy that warns accepts overspending, flags the entry and escalates to finance and marketing', () => {
    const warn = { policy: policyWith({ overspend: 'warn' }) };
    const b = active(warn);
    const r = attempt(b, people.marketingHead, spend('content-team', '2026-03', 30_000_000, '年会'), warn);
    if (!r.ok) throw new Error(r.error.message);
    expect(context(r.record).spending[0]).toMatchObject({ overBudget: true, amount: 30_000_000, actorId: people.marketingHead.id });
    expect(r.effects).toEqual([expect.objectContaining({ type: 'escalate', topic: 'budget.overspent', line: 'content-team', month: '2026-03', to: { departments: ['finance', 'marketing'], positions: ['head'] } })]);
    const within = attempt(b, people.marketingHead, spend('content-team', '2026-03', 1_000), warn);
    expect(within.ok && within.effects).toEqual([]);
  });
});

describe('BUD-2: amounts stay exact', () => {
  it('BUD-2: a change or spending whose result would pass 2^53 − 1 minor units is refused, so no amount is ever stored inexactly', () => {
    const b = active();
    const big = refuse(b, people.marketingHead, { type: 'request-adjustment', line: 'spring-campaign', month: '2026-03', delta: Number.MAX_SAFE_INTEGER, reason: '追加' });
    expect(big.code === 'invalid-input' && big.issues[0]?.path).toEqual(['delta']);
    let warn = active({ policy: policyWith({ overspend: 'warn' }) });
    warn = apply(warn, people.marketingHead, { type: 'record-spend', line: 'spring-campaign', month: '2026-03', amount: Number.MAX_SAFE_INTEGER, description: '巨额' }, { policy: policyWith({ overspend: 'warn' }) });
    const again = refuse(warn, people.marketingHead, { type: 'record-spend', line: 'spring-campaign', month: '2026-03', amount: 1, description: '再来' }, { policy: policyWith({ overspend: 'warn' }) });
    expect(again.code === 'invalid-input' && again.issues[0]?.path).toEqual(['amount']);
  });
});

describe('BUD-3: budget changes need an approved application', () => {
  it('BUD-3: a change is applied only when approved, never before; the applicant may not approve it even holding the right', () => {
    let b = active(inTwoHats);
    const before = context(b).lines[1]!.months[2]!;
    b = apply(b, hats.deputyLeader, { type: 'request-adjustment', line: 'douyin-ads', month: '2026-03', delta: 5_000_000, reason: '新品上市追加投放' }, inTwoHats);
    expect(context(b).lines[1]!.months[2]).toBe(before);
    expect(context(b).adjustments[0]).toMatchObject({ id: 'adj-1', status: 'pending', requestedBy: hats.deputyLeader.id });
    expect(view(b).contributors).toContain(hats.deputyLeader.id);
    const self = refuse(b, hats.deputyLeader, { type: 'approve-adjustment', adjustment: 'adj-1' }, inTwoHats);
    expect(self).toMatchObject({ code: 'forbidden', rule: 'BUD-3' });
    expect(refuse(b, people.marketingHead, { type: 'approve-adjustment', adjustment: 'adj-1' }, inTwoHats).code).toBe('forbidden');
    const r = attempt(b, people.manager, { type: 'approve-adjustment', adjustment: 'adj-1' }, inTwoHats);
    if (!r.ok || r.replayed) throw new Error('approval refused');
    expect(context(r.record).lines[1]!.months[2]).toBe(before + 5_000_000);
    expect(context(r.record).adjustments[0]).toMatchObject({ status: 'approved', decidedBy: people.manager.id, decidedAt: now.toISOString() });
    expect(r.audit).toMatchObject({ command: 'approve-adjustment', rules: ['BUD-3'] });
    expect(refuse(r.record, people.manager, { type: 'approve-adjustment', adjustment: 'adj-1' }, inTwoHats).code).toBe('not-allowed');
    const none = refuse(r.record, people.manager, { type: 'approve-adjustment', adjustment: 'adj-9' }, inTwoHats);
    expect(none.code === 'invalid-input' && none.issues[0]?.path).toEqual(['adjustment']);
  });

  it('BUD-3: a twin of the applicant with the same positions may approve the change: separation of duties, not the right, refused the applicant', () => {
    let b = active(inTwoHats);
    b = apply(b, hats.deputyLeader, { type: 'request-adjustment', line: 'douyin-ads', month: '2026-03', delta: 5_000_000, reason: '追加投放' }, inTwoHats);
    expect(context(apply(b, hats.deputyLeaderTwin, { type: 'approve-adjustment', adjustment: 'adj-1' }, inTwoHats)).adjustments[0]?.status).toBe('approved');
  });

  it('BUD-3: each change is its own round: the manager who approved the budget approves its changes; whoever compiled, edited or applied for a change does not', () => {
    let b = create(people.marketingHead, inTwoHats);
    b = apply(b, hats.financeInMarketing, { type: 'edit-lines', lines: [...lines] }, inTwoHats);
    b = apply(b, people.marketingHead, { type: 'submit' }, inTwoHats);
    b = apply(b, people.financeHead, { type: 'finance-approve' }, inTwoHats);
    b = apply(b, hats.deputyLeaderTwin, { type: 'approve' }, inTwoHats);
    b = apply(b, people.marketingHead, { type: 'request-adjustment', line: 'spring-campaign', month: '2026-05', delta: 1_000_000, reason: '五一加推' }, inTwoHats);
    b = apply(b, hats.deputyLeader, { type: 'request-adjustment', line: 'spring-campaign', month: '2026-06', delta: 1_000_000, reason: '618 加推' }, inTwoHats);
    // The applicant of adj-2 applied for a change to this budget: adj-1 is not theirs to approve either.
    expect(refuse(b, hats.deputyLeader, { type: 'approve-adjustment', adjustment: 'adj-1' }, inTwoHats)).toMatchObject({ code: 'forbidden', rule: 'BUD-3' });
    b = apply(b, hats.deputyLeaderTwin, { type: 'approve-adjustment', adjustment: 'adj-1' }, inTwoHats);
    b = apply(b, hats.deputyLeaderTwin, { type: 'approve-adjustment', adjustment: 'adj-2' }, inTwoHats);
    expect(context(b).adjustments.map((a) => a.status)).toEqual(['approved', 'approved']);
  });

  it('BUD-3: the month’s spending limit moves only when the change is approved', () => {
    let b = active();
    b = apply(b, people.marketingHead, spend('content-team', '2026-06', 20_000_000, '6 月工资'));
    expect(refuse(b, people.marketingHead, spend('content-team', '2026-06', 1_000_000, '临时外包')).rule).toBe('BUD-2');
    b = apply(b, people.marketingDeputy, { type: 'request-adjustment', line: 'content-team', month: '2026-06', delta: 1_000_000, reason: '临时外包' });
    expect(refuse(b, people.marketingHead, spend('content-team', '2026-06', 1_000_000, '临时外包')).rule).toBe('BUD-2');
    b = apply(b, people.manager, { type: 'approve-adjustment', adjustment: 'adj-1' });
    b = apply(b, people.marketingHead, spend('content-team', '2026-06', 1_000_000, '临时外包'));
    expect(monthSpent(context(b), 'content-team', '2026-06')).toBe(21_000_000);
  });

  it('BUD-3: a rejected change leaves the plan as it was; a cut below what is already spent is refused, at the request and at the approval', () => {
    let b = active();
    b = apply(b, people.marketingHead, spend('content-team', '2026-04', 19_000_000, '4 月工资'));
    const tooDeep = refuse(b, people.marketingHead, { type: 'request-adjustment', line: 'content-team', month: '2026-04', delta: -2_000_000, reason: '压缩' });
    expect(tooDeep).toMatchObject({ code: 'invalid-input', rule: 'BUD-3' });
    expect(tooDeep.code === 'invalid-input' && tooDeep.issues[0]?.path).toEqual(['delta']);
    b = apply(b, people.marketingHead, { type: 'request-adjustment', line: 'content-team', month: '2026-04', delta: -1_000_000, reason: '压缩' });
    const plan = context(b).lines[2]!.months;
    expect(refuse(b, people.manager, { type: 'reject-adjustment', adjustment: 'adj-1', reason: ' ' }).code).toBe('invalid-input');
    const rejected = apply(b, people.manager, { type: 'reject-adjustment', adjustment: 'adj-1', reason: '人员费用不宜削减' });
    expect(context(rejected).lines[2]!.months).toEqual(plan);
    expect(context(rejected).adjustments[0]).toMatchObject({ status: 'rejected', decisionReason: '人员费用不宜削减', decidedBy: people.manager.id });
    // Spending after the request makes the cut impossible: the approval is refused and the plan stays.
    const spentMore = apply(b, people.marketingHead, spend('content-team', '2026-04', 500_000, '加班'));
    const late = refuse(spentMore, people.manager, { type: 'approve-adjustment', adjustment: 'adj-1' });
    expect(late).toMatchObject({ code: 'invalid-input', rule: 'BUD-3' });
  });
});

describe('BUD-4: monthly variance analysis', () => {
  it('BUD-4: plan, actual, variance as actual − budget, its share, and a reason required above the threshold', () => {
    let b = active();
    b = apply(b, people.marketingHead, spend('spring-campaign', '2026-03', 80_000_000, '线下快闪'));
    b = apply(b, people.marketingHead, spend('content-team', '2026-03', 19_500_000, '3 月工资'));
    const r = varianceReport(b, '2026-03', defaultPolicy.budget.varianceReasonThresholdBp);
    if (!r.ok) throw new Error(r.error.message);
    const [campaign, ads, team] = r.value.rows;
    expect(campaign).toMatchObject({ plan: 100_000_000, actual: 80_000_000, variance: -20_000_000, variancePct: { value: -0.2 }, reasonRequired: true, missingReason: true });
    expect(ads).toMatchObject({ actual: 0, reasonRequired: true });
    expect(team).toMatchObject({ plan: 20_000_000, variance: -500_000, variancePct: { value: -0.025 }, reasonRequired: false, missingReason: false });
    expect(r.value.totals).toMatchObject({ plan: r.value.rows.reduce((s, x) => s + x.plan, 0), actual: 99_500_000 });
    expect(r.value.totals.variance).toBe(r.value.totals.actual - r.value.totals.plan);
    expect(r.value.currency).toBe('CNY');
    b = apply(b, people.marketingStaff, { type: 'explain-variance', line: 'spring-campaign', month: '2026-03', reason: '快闪活动延至 4 月' });
    const after = varianceReport(b, '2026-03', defaultPolicy.budget.varianceReasonThresholdBp);
    expect(after.ok && after.value.rows[0]).toMatchObject({ reason: '快闪活动延至 4 月', missingReason: false });
    expect(refuse(b, people.prHead, { type: 'explain-variance', line: 'spring-campaign', month: '2026-03', reason: '代为说明' }).code).toBe('forbidden');
    const wrongYear = varianceReport(b, '2025-03', 1000);
    expect(!wrongYear.ok && wrongYear.error).toMatchObject({ code: 'invalid-input', rule: 'BUD-4' });
  });

  it('BUD-4: a month with no plan has no variance share (null with its reason, never NaN or Infinity) and any spending in it needs a reason', () => {
    const warn = { policy: policyWith({ overspend: 'warn' }) };
    const q4 = { id: 'q4-promo', category: 'campaign', name: '双十一', annual: 1_000, split: { kind: 'exact', months: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1_000, 0] } };
    let b = create(people.marketingHead, warn, undefined, { lines: [q4] });
    b = apply(apply(apply(b, people.marketingHead, { type: 'submit' }, warn), people.financeHead, { type: 'finance-approve' }, warn), people.manager, { type: 'approve' }, warn);
    b = apply(b, people.marketingHead, spend('q4-promo', '2026-03', 10, '预热'), warn);
    const r = varianceReport(b, '2026-03', 1000);
    expect(r.ok && r.value.rows[0]).toMatchObject({ plan: 0, actual: 10, variance: 10, variancePct: { value: null, reason: 'zero-denominator' }, reasonRequired: true, missingReason: true });
    expect(r.ok && r.value.totals.variancePct).toEqual({ value: null, reason: 'zero-denominator' });
    const quiet = varianceReport(b, '2026-04', 1000);
    expect(quiet.ok && quiet.value.rows[0]).toMatchObject({ plan: 0, actual: 0, reasonRequired: false });
  });
});

describe('stored records: the v1 fixture, replays, the host clock', () => {
  it('BUD-1: the v1 budget fixture migrates: its compiler, and u-mkt-deputy who edited its lines, are contributors, and it takes commands as a current record', () => {
    const v1 = fixture('budget.v1.json');
    const read = readBudget(v1);
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value).toMatchObject({ state: 'financeReview', revision: 3, createdBy: 'u-mkt-head' });
    expect([...read.value.contributors].sort()).toEqual(['u-mkt-deputy', 'u-mkt-head']);
    const r = attempt(v1, people.financeHead, { type: 'finance-approve' });
    if (!r.ok || r.replayed) throw new Error(r.ok ? 'replayed' : r.error.message);
    expect(r.record).toMatchObject({ schemaVersion: 3, revision: 4, createdBy: 'u-mkt-head' });
    expect(context(r.record)).toMatchObject({ owner: 'marketing', reports: [] });
    expect(r.record.processedCommands.map((p) => p.fingerprint === 'legacy')).toEqual([true, true, true, false]);
    expect(state(r.record)).toBe('managementApproval');
    expect(v1.schemaVersion).toBe(1);
    // A retry of a command applied before fingerprints existed is refused, never applied twice.
    const retry = attempt(v1, people.marketingHead, { id: 'b3', type: 'submit' });
    expect(!retry.ok && retry.error).toMatchObject({ code: 'conflict', commandId: 'b3' });
  });

  it('BUD-1: the v1 budget fixture: u-mkt-deputy, who edited its lines, cannot approve it even holding the approval right', () => {
    const reviewed = apply(fixture('budget.v1.json'), people.financeHead, { type: 'finance-approve' }, inTwoHats);
    const e = refuse(reviewed, hats.deputyLeader, { type: 'approve' }, inTwoHats);
    expect(e).toMatchObject({ code: 'forbidden', rule: 'BUD-1' });
    expect(state(apply(reviewed, hats.deputyLeaderTwin, { type: 'approve' }, inTwoHats))).toBe('active');
  });

  it('BUD-3: a v1 budget whose kept history no longer holds a change request still keeps its applicant from approving it', () => {
    // Version 1 kept only the newest commands (a replay window, 100 by default): on a busy budget the
    // request's audit entry is gone, but the request itself, with who asked, is in the budget.
    const v1 = fixture('budget.v1.json') as unknown as { revision: number; snapshot: { value: string; context: Record<string, unknown> }; processedCommands: Array<Record<string, unknown>> };
    const at = now.toISOString();
    v1.revision = 140;
    v1.snapshot.value = 'active';
    Object.assign(v1.snapshot.context, {
      financeReview: { actorId: 'u-fin-head', at },
      approval: { actorId: 'u-gm', at },
      adjustments: [{ id: 'adj-1', line: 'spring-campaign', month: '2026-03', delta: 500_000, reason: '追加投放', requestedBy: 'u-mkt-deputy', at, status: 'pending' }],
    });
    const last = v1.processedCommands[2]!;
    v1.processedCommands = [{ ...last, commandId: 'b140', type: 'explain-variance', revision: 140, effects: [], audit: { ...(last['audit'] as object), revision: 140, commandId: 'b140', command: 'explain-variance', from: 'active', to: 'active' } }];
    const record = v1 as unknown as StoredRecord;
    expect(readBudget(record).ok).toBe(true);
    expect(refuse(record, hats.deputyLeader, { type: 'approve-adjustment', adjustment: 'adj-1' }, inTwoHats)).toMatchObject({ code: 'forbidden', rule: 'BUD-3' });
    expect(context(apply(record, people.manager, { type: 'approve-adjustment', adjustment: 'adj-1' })).adjustments[0]?.status).toBe('approved');
  });

  it('a retried command returns its first outcome without applying it twice; the same id for another command or by another person is a conflict', () => {
    const b = apply(create(), people.marketingHead, { type: 'submit' });
    const first = budgetStep(b, { id: 'fin-1', type: 'finance-approve' }, as(people.financeHead, now));
    if (!first.ok || first.replayed) throw new Error('refused');
    const again = budgetStep(first.record, { id: 'fin-1', type: 'finance-approve' }, as(people.financeHead, new Date(now.getTime() + 60_000)));
    expect(again).toMatchObject({ ok: true, replayed: true, appliedAt: first.record.revision, effects: first.effects, audit: first.audit });
    expect(again.record).toBe(first.record);
    const other = budgetStep(first.record, { id: 'fin-1', type: 'reject', reason: '重复' } as BudgetCommand, as(people.financeHead, now));
    expect(!other.ok && other.error).toMatchObject({ code: 'conflict', commandId: 'fin-1' });
    const someoneElse = budgetStep(first.record, { id: 'fin-1', type: 'finance-approve' }, as(people.manager, now));
    expect(!someoneElse.ok && someoneElse.error.code).toBe('conflict');
  });

  it('a claimed time is only recorded as claimed: the sign-off is dated by the host clock, and a clock behind the record is a conflict', () => {
    const b = apply(create(), people.marketingHead, { type: 'submit' });
    const later = new Date(now.getTime() + 3_600_000);
    const r = budgetStep(b, { id: 'fin', type: 'finance-approve', at: '2020-01-01T00:00:00+08:00' }, as(people.financeHead, later));
    if (!r.ok || r.replayed) throw new Error('refused');
    expect(r.audit).toMatchObject({ at: later.toISOString(), claimedAt: '2019-12-31T16:00:00.000Z' });
    expect(context(r.record).financeReview).toEqual({ actorId: people.financeHead.id, at: later.toISOString() });
    expect(r.record.updatedAt).toBe(later.toISOString());
    const behind = budgetStep(r.record, { id: 'ap', type: 'approve' }, as(people.manager, now));
    expect(!behind.ok && behind.error.code).toBe('conflict');
  });

  it('ORG-4: who acts comes from the host: an actor written into the command body is ignored, and an unknown person is refused', () => {
    const b = apply(create(), people.marketingHead, { type: 'submit' });
    const claimed = attempt(b, people.marketingStaff, { type: 'finance-approve', actor: people.financeHead });
    expect(!claimed.ok && claimed.error).toMatchObject({ code: 'forbidden', rule: 'BUD-1' });
    const nobody = budgetStep(b, { id: 'x', type: 'finance-approve' }, { ...as(people.financeHead, now), actor: 'u-nobody' });
    expect(!nobody.ok && nobody.error).toMatchObject({ code: 'forbidden', rule: 'ORG-4' });
  });

  it('refusals say why in zh-CN, zh-TW and en; an unknown command type lists the commands a budget takes', () => {
    const e = refuse(create(), people.marketingHead, { type: 'teleport' });
    expect(e.code).toBe('invalid-input');
    expect(e.message).toContain('edit-lines');
    expect(e.message).toContain('request-adjustment');
    for (const err of [e, refuse(create(), people.manager, { type: 'approve' })]) {
      for (const locale of ['zh-CN', 'zh-TW', 'en'] as const) expect(err.messages[locale].trim().length).toBeGreaterThan(0);
      expect(err.message).toBe(err.messages.en);
    }
  });
});
