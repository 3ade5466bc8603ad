import fc from 'fast-check';
import type { AnyStateMachine } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { describe, expect, it } from 'vitest';
import type { StoredRecord } from '../../src/core/index.js';
import { budgetMachine, budgetOf, budgetState, budgetStep, createBudget, decomposeAnnual, varianceReport } from '../../src/budget/index.js';
import { defaultPolicy, parsePolicy } from '../../src/policy/index.js';

const now = new Date('2025-12-20T02:00:00Z');
const ctx = { policy: defaultPolicy, now };
const people = {
  marketingHead: { id: 'u-mkt-head', department: 'marketing', positions: ['head'] },
  marketingDeputy: { id: 'u-mkt-deputy', department: 'marketing', positions: ['deputy-head'] },
  marketingStaff: { id: 'u-mkt-staff', department: 'marketing', positions: ['staff'] },
  financeHead: { id: 'u-fin-head', department: 'finance', positions: ['head'] },
  financeStaff: { id: 'u-fin-staff', department: 'finance', positions: ['staff'] },
  manager: { id: 'u-gm', department: 'management', positions: ['management-head'] },
  prHead: { id: 'u-pr-head', department: 'pr', positions: ['head'] },
};
const lines = [
  { id: 'spring-campaign', category: 'campaign', name: '春季新品活动', annual: 12_000_000_01, split: { kind: 'even' } },
  { id: 'douyin-ads', category: 'channel', name: '抖音投放', annual: 6_000_000_00, split: { kind: 'seasonal', weights: [6, 5, 8, 8, 9, 10, 9, 8, 8, 9, 12, 8] } },
  { id: 'content-team', category: 'staff', name: '内容团队', annual: 2_400_000_00 },
];

let n = 0;
function step(record: StoredRecord, command: Record<string, unknown>, c = ctx): StoredRecord {
  const r = budgetStep(record, { id: `b-${++n}`, ...command }, c);
  if (!r.ok) throw new Error(`${String(command['type'])}: ${r.error.code} ${r.error.message}`);
  return r.record;
}
function refused(record: StoredRecord, command: Record<string, unknown>, c = ctx) {
  const before = structuredClone(record);
  const r = budgetStep(record, { id: `x-${++n}`, ...command }, c);
  expect(record).toEqual(before);
  if (r.ok) throw new Error(`expected ${String(command['type'])} to be refused`);
  return r.error;
}
function draft(): StoredRecord {
  const r = createBudget('budget-2026', { id: 'c-1', type: 'create', actor: people.marketingHead, year: 2026, lines }, ctx);
  if (!r.ok) throw new Error(r.error.message);
  return r.record;
}
function active(c = ctx): StoredRecord {
  let b = draft();
  b = step(b, { type: 'submit', actor: people.marketingHead }, c);
  b = step(b, { type: 'finance-approve', actor: people.financeHead }, c);
  return step(b, { type: 'approve', actor: people.manager }, c);
}
const state = (r: StoredRecord) => (r.snapshot as { value: string }).value;

describe('BUD-1: compile, review, approve', () => {
  it('BUD-1: marketing compiles, finance reviews, management approves; each step by its department only', () => {
    expect(refused(draft(), { type: 'submit', actor: people.prHead }).rule).toBe('BUD-1');
    const r = createBudget('b', { id: 'c', type: 'create', actor: people.financeStaff, year: 2026, lines }, ctx);
    expect(!r.ok && r.error).toMatchObject({ code: 'forbidden', rule: 'BUD-1' });
    let b = step(draft(), { type: 'submit', actor: people.marketingHead });
    expect(refused(b, { type: 'finance-approve', actor: people.financeStaff }).code).toBe('forbidden');
    expect(refused(b, { type: 'approve', actor: people.manager })).toMatchObject({ code: 'not-allowed', state: 'financeReview' });
    b = step(b, { type: 'finance-approve', actor: people.financeHead });
    expect(state(b)).toBe('managementApproval');
    b = step(b, { type: 'approve', actor: people.manager });
    expect(state(b)).toBe('active');
    expect(budgetOf(b)).toMatchObject({ financeReview: { actorId: people.financeHead.id }, approval: { actorId: people.manager.id } });
  });

  it('BUD-1: a rejection needs a reason and returns the budget to draft; the finance sign-off is cleared', () => {
    let b = step(step(draft(), { type: 'submit', actor: people.marketingHead }), { type: 'finance-approve', actor: people.financeHead });
    expect(refused(b, { type: 'reject', actor: people.manager, reason: '' }).issues?.[0]?.path).toEqual(['reason']);
    b = step(b, { type: 'reject', actor: people.manager, reason: '渠道费用占比过高' });
    expect(state(b)).toBe('draft');
    expect(budgetOf(b).financeReview).toBeUndefined();
    expect(budgetOf(b).rejections).toEqual([expect.objectContaining({ stage: 'managementApproval', reason: '渠道费用占比过高' })]);
  });

  it('BUD-1: model-based: every state of the budget machine is reached by the step along the shortest paths', () => {
    const at = now.toISOString();
    const who = { marketing: { actorId: people.marketingHead.id, at }, finance: { actorId: people.financeHead.id, at }, manager: { actorId: people.manager.id, at } };
    const events = [
      { type: 'submit', ...who.marketing },
      { type: 'finance-approve', ...who.finance },
      { type: 'approve', ...who.manager },
      { type: 'close', ...who.manager },
    ];
    const actorOf: Record<string, (typeof people)[keyof typeof people]> = { [people.marketingHead.id]: people.marketingHead, [people.financeHead.id]: people.financeHead, [people.manager.id]: people.manager };
    const input = budgetOf(draft());
    const paths = getShortestPaths(budgetMachine as unknown as AnyStateMachine, { input, events } as never);
    const reached = new Set<string>();
    for (const path of paths) {
      let b = draft();
      for (const s of path.steps) {
        const e = s.event as { type: string; actorId: string };
        if (e.type.startsWith('xstate.')) continue;
        b = step(b, { type: e.type, actor: actorOf[e.actorId] });
      }
      expect(state(b)).toBe(path.state.value);
      reached.add(state(b));
    }
    expect([...reached].sort()).toEqual([...budgetState.values].sort());
  });
});

describe('BUD-2: monthly budgets and spending', () => {
  it('BUD-2: the annual budget decomposes into months exact to the 分', () => {
    const b = budgetOf(draft());
    for (const [i, line] of b.lines.entries()) {
      expect(line.months).toHaveLength(12);
      expect(line.months.reduce((a, c) => a + c, 0)).toBe(lines[i]!.annual);
    }
    expect(b.lines[0]!.months.slice(0, 2)).toEqual([100_000_001, 100_000_000]);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e13 }), fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 12, maxLength: 12 }).filter((w) => w.some((x) => x > 0)), (annual, weights) => {
        const r = decomposeAnnual({ amount: annual, currency: 'CNY' }, { kind: 'seasonal', weights });
        expect(r.ok && r.value.reduce((s, m) => s + m.amount, 0)).toBe(annual);
      }),
    );
    const wrong = createBudget('b', { id: 'c', type: 'create', actor: people.marketingHead, year: 2026, lines: [{ ...lines[2]!, split: { kind: 'exact', months: Array(12).fill(1) } }] }, ctx);
    expect(!wrong.ok && wrong.error).toMatchObject({ code: 'invalid-input', rule: 'BUD-2' });
  });

  it('BUD-2: spending never exceeds a line’s month budget: refused by default, with the amounts in the message', () => {
    let b = active();
    b = step(b, { type: 'record-spend', actor: people.marketingHead, line: 'content-team', month: '2026-03', amount: 15_000_000, description: '3 月工资' });
    const e = refused(b, { type: 'record-spend', actor: people.marketingHead, line: 'content-team', month: '2026-03', amount: 5_000_001, description: '外包稿费' });
    expect(e).toMatchObject({ code: 'forbidden', rule: 'BUD-2' });
    expect(e.message).toContain('CNY 200,000.01');
    expect(refused(b, { type: 'record-spend', actor: people.marketingHead, line: 'content-team', month: '2027-01', amount: 1, description: 'x' }).issues?.[0]?.path).toEqual(['month']);
    expect(refused(b, { type: 'record-spend', actor: people.marketingHead, line: 'ghost', month: '2026-03', amount: 1, description: 'x' }).issues?.[0]?.path).toEqual(['line']);
    expect(refused(b, { type: 'record-spend', actor: people.prHead, line: 'content-team', month: '2026-03', amount: 1, description: 'x' }).code).toBe('forbidden');
    expect(refused(draft(), { type: 'record-spend', actor: people.marketingHead, line: 'content-team', month: '2026-03', amount: 1, description: 'x' }).code).toBe('not-allowed');
  });

  it('BUD-2: a policy that warns accepts overspending, flags the entry and escalates', () => {
    const warn = parsePolicy({ ...defaultPolicy, budget: { ...defaultPolicy.budget, overspend: 'warn' } });
    if (!warn.ok) throw new Error(warn.error.message);
    const c = { policy: warn.value, now };
    const b = active(c);
    const r = budgetStep(b, { id: 'w', type: 'record-spend', actor: people.marketingHead, line: 'content-team', month: '2026-03', amount: 30_000_000, description: '年会' }, c);
    if (!r.ok) throw new Error(r.error.message);
    expect(budgetOf(r.record).spending[0]).toMatchObject({ overBudget: true });
    expect(r.effects).toEqual([expect.objectContaining({ type: 'escalate', topic: 'budget.overspent' })]);
  });
});

describe('BUD-3: budget changes', () => {
  it('BUD-3: a change is applied only when approved, never before; the applicant may not approve it', () => {
    let b = active();
    const before = budgetOf(b).lines[1]!.months[2];
    b = step(b, { type: 'request-adjustment', actor: people.marketingDeputy, line: 'douyin-ads', month: '2026-03', delta: 5_000_000, reason: '新品上市追加投放' });
    expect(budgetOf(b).lines[1]!.months[2]).toBe(before);
    expect(budgetOf(b).adjustments[0]).toMatchObject({ id: 'adj-1', status: 'pending' });
    const self = { ...people.manager, id: people.marketingDeputy.id };
    expect(refused(b, { type: 'approve-adjustment', actor: self, adjustment: 'adj-1' }).rule).toBe('BUD-3');
    expect(refused(b, { type: 'approve-adjustment', actor: people.marketingHead, adjustment: 'adj-1' }).code).toBe('forbidden');
    const r = budgetStep(b, { id: 'ap', type: 'approve-adjustment', actor: people.manager, adjustment: 'adj-1' }, ctx);
    if (!r.ok) throw new Error(r.error.message);
    expect(budgetOf(r.record).lines[1]!.months[2]).toBe(before! + 5_000_000);
    expect(r.audit).toMatchObject({ command: 'approve-adjustment', rules: ['BUD-3'] });
    expect(refused(r.record, { type: 'approve-adjustment', actor: people.manager, adjustment: 'adj-1' }).code).toBe('not-allowed');
    expect(refused(r.record, { type: 'approve-adjustment', actor: people.manager, adjustment: 'adj-9' }).issues?.[0]?.path).toEqual(['adjustment']);
  });

  it('BUD-3: a rejected change leaves the plan as it was; a cut below what is already spent is refused', () => {
    let b = active();
    b = step(b, { type: 'record-spend', actor: people.marketingHead, line: 'content-team', month: '2026-04', amount: 19_000_000, description: '4 月工资' });
    expect(refused(b, { type: 'request-adjustment', actor: people.marketingHead, line: 'content-team', month: '2026-04', delta: -2_000_000, reason: '压缩' }).rule).toBe('BUD-3');
    b = step(b, { type: 'request-adjustment', actor: people.marketingHead, line: 'content-team', month: '2026-04', delta: -1_000_000, reason: '压缩' });
    const plan = budgetOf(b).lines[2]!.months;
    b = step(b, { type: 'reject-adjustment', actor: people.manager, adjustment: 'adj-1', reason: '人员费用不宜削减' });
    expect(budgetOf(b).lines[2]!.months).toEqual(plan);
    expect(budgetOf(b).adjustments[0]).toMatchObject({ status: 'rejected', decisionReason: '人员费用不宜削减' });
  });
});

describe('BUD-4: monthly variance analysis', () => {
  it('BUD-4: plan, actual, variance as actual − budget, its share, and a reason required above the threshold', () => {
    let b = active();
    b = step(b, { type: 'record-spend', actor: people.marketingHead, line: 'spring-campaign', month: '2026-03', amount: 80_000_000, description: '线下快闪' });
    b = step(b, { type: 'record-spend', actor: people.marketingHead, line: 'content-team', month: '2026-03', amount: 19_500_000, description: '3 月工资' });
    const r = varianceReport(b, '2026-03', defaultPolicy.budget.varianceReasonThresholdBp);
    if (!r.ok) throw new Error(r.error.message);
    const [campaign, ads, team] = r.value.rows;
    expect(campaign).toMatchObject({ plan: 100_000_000, actual: 80_000_000, variance: -20_000_000, variancePct: { value: -0.2 }, reasonRequired: true, missingReason: true });
    expect(ads).toMatchObject({ actual: 0, reasonRequired: true });
    expect(team).toMatchObject({ plan: 20_000_000, variance: -500_000, variancePct: { value: -0.025 }, reasonRequired: false, missingReason: false });
    expect(r.value.totals.variance).toBe(r.value.totals.actual - r.value.totals.plan);
    b = step(b, { type: 'explain-variance', actor: people.marketingStaff, line: 'spring-campaign', month: '2026-03', reason: '快闪活动延至 4 月' });
    const after = varianceReport(b, '2026-03', defaultPolicy.budget.varianceReasonThresholdBp);
    expect(after.ok && after.value.rows[0]).toMatchObject({ reason: '快闪活动延至 4 月', missingReason: false });
    expect(varianceReport(b, '2025-03', 1000).ok).toBe(false);
  });
});
