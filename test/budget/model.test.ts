import type { AnyMachineSnapshot } from 'xstate';
import { describe, expect, it } from 'vitest';
import { budgetMachine, budgetState, budgetStep, decomposeAnnual, type BudgetContext } from '../../src/budget/index.js';
import { defaultPolicy, type Policy } from '../../src/policy/index.js';
import { conformance, type Move } from '../support/conformance.js';
import { people, type Person } from '../support/people.js';
import { context, create, lines, policyWith } from './helpers.js';

// The lines an edit sends, and the months the step decomposes them into (the machine event carries those).
const edited = lines.map((l) => (l.id === 'content-team' ? { ...l, annual: 2_640_000_00 } : l));
const editedLines = edited.map((l) => {
  const months = decomposeAnnual({ amount: l.annual, currency: 'CNY' }, l.split ?? { kind: 'even' });
  if (!months.ok) throw new Error(months.error.message);
  return { id: l.id, category: l.category, name: l.name, months: months.value.map((m) => m.amount) };
});

// The walk runs after March has ended, so March's report can be submitted and reviewed; changes go to May.
const walkAt = new Date('2026-04-05T02:00:00.000Z');
const reportReasons = lines.map((l) => ({ line: l.id, reason: '投放节奏调整', measures: '下月按周复盘' }));

// Every move the model offers in a state, each by a person who may give it there. Change requests are
// offered while none is pending and fewer than two were made, so the model stays finite; approving or
// rejecting one names the pending request, or adj-1 when none is pending (which the machine refuses).
const movesFor = (policy: Policy) => (snapshot: AnyMachineSnapshot): Move[] => {
  const c = snapshot.context as BudgetContext;
  const move = (actor: Person, command: Record<string, unknown>, event: Record<string, unknown> = {}): Move => ({
    actor,
    command,
    event: { ...command, ...event } as Move['event'],
  });
  const pending = c.adjustments.find((a) => a.status === 'pending');
  const target = pending?.id ?? 'adj-1';
  const stage = typeof snapshot.value === 'string' ? snapshot.value : '';
  const signer = stage === 'financeReview' ? people.financeHead : people.manager;
  const spendId = { id: `content-team/2026-03/${c.spending.length + 1}` };
  const moves: Move[] = [
    move(people.marketingHead, { type: 'edit-lines', lines: edited }, { lines: editedLines }),
    move(people.marketingHead, { type: 'submit' }),
    move(people.financeHead, { type: 'finance-approve' }),
    move(people.manager, { type: 'approve' }),
    move(signer, { type: 'reject', reason: '渠道费用占比过高' }, { stage }),
    move(people.marketingHead, { type: 'record-spend', line: 'content-team', month: '2026-03', amount: 100, description: '稿费' }, { ...spendId, overBudget: false }),
    move(people.financeStaff, { type: 'explain-variance', line: 'spring-campaign', month: '2026-03', reason: '活动延期' }),
    move(people.manager, { type: 'approve-adjustment', adjustment: target }),
    move(people.manager, { type: 'reject-adjustment', adjustment: target, reason: '不宜追加' }, { adjustment: target }),
    move(people.financeStaff, { type: 'submit-report', month: '2026-03', explanations: reportReasons }, { dueAt: '2026-04-10T16:00:00.000Z', lines: [], totals: { originalPlan: 0, plan: 0, actual: 0, variance: 0 }, explanations: [] }),
    move(people.financeHead, { type: 'review-report', month: '2026-03' }),
    move(people.manager, { type: 'close' }),
  ];
  if (policy.budget.overspend === 'warn') {
    moves.push(move(people.marketingHead, { type: 'record-spend', line: 'content-team', month: '2026-03', amount: 1_000_000_000, description: '年会' }, { ...spendId, overBudget: true }));
  }
  if (!pending && c.adjustments.length < 2) {
    moves.push(
      move(people.marketingDeputy, { type: 'request-adjustment', line: 'douyin-ads', month: '2026-05', delta: 500_000, reason: '追加投放' }, { id: `adj-${c.adjustments.length + 1}` }),
    );
  }
  return moves;
};

const serialize = (s: { value: unknown; context: unknown }) => {
  const c = s.context as BudgetContext;
  return [JSON.stringify(s.value), c.financeReview ? 'finance' : '', c.approval ? 'approved' : '', c.adjustments.map((a) => a.status).join('+'), c.reports.map((r) => r.status).join('+')].join('|');
};

describe.each([
  ['the default policy (overspending refused)', defaultPolicy],
  ['a policy that accepts overspending with a warning', policyWith({ overspend: 'warn' })],
])('budget machine, model-based, under %s', (_name, policy) => {
  const harness = () =>
    conformance({
      machine: budgetMachine,
      input: (({ year, owner, currency, compiledBy, lines: l }: BudgetContext) => ({ year, owner, currency, compiledBy, lines: l }))(context(create(people.marketingHead, { policy }))),
      create: () => create(people.marketingHead, { policy }),
      step: budgetStep as never,
      moves: movesFor(policy),
      serialize,
      states: budgetState.values,
      now: walkAt,
      policy,
    });

  it('BUD-1: the step reaches every state of the budget machine along its shortest paths', () => {
    harness().reachesEveryState();
  }, 120_000);

  it('BUD-1/BUD-2/BUD-3/BUD-4: every transition the machine takes the step takes to the same state; every event it refuses the step refuses, leaving the record unchanged', () => {
    const { refused } = harness().agreesOnEveryTransition();
    expect(refused).toBeGreaterThan(0);
  }, 120_000);
});
