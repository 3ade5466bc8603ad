import type { AnyMachineSnapshot } from 'xstate';
import { describe, expect, it } from 'vitest';
import { caseMachine, caseState, disciplineStep, type CaseContext } from '../../src/discipline/index.js';
import { defaultPolicy } from '../../src/policy/index.js';
import { conformance, type Move } from '../support/conformance.js';
import { people, type Person } from '../support/people.js';
import { context, days, employee, now, report } from './helpers.js';

// Everything happens at one instant, so the statement and appeal windows are open throughout: a decision
// needs the employee's waiver, and an execution the waiver of the appeal or the appeal decided.
const statementDueAt = days(7).toISOString();
const appealDueAt = days(7).toISOString();
const decision = { reason: '情节轻微', contractChange: false, fineWarning: false, selfReviewRequired: true };

const moves = (snapshot: AnyMachineSnapshot): Move[] => {
  void snapshot;
  const move = (actor: Person, command: Record<string, unknown>, event: Record<string, unknown> = {}): Move => ({ actor, command, event: { ...command, ...event } as Move['event'] });
  return [
    move(people.hrStaff, { type: 'investigate' }),
    move(people.hrStaff, { type: 'propose', findings: '经核实属实', history: [] }, { rung: 'warning', severity: 'minor', explanation: [] }),
    move(people.hrStaff, { type: 'notify' }, { statementDueAt }),
    move(people.hrStaff, { type: 'notify-union', reference: '工会函' }),
    move(employee, { type: 'submit-statement', statement: '确有其事' }),
    move(employee, { type: 'waive-statement' }),
    move(people.marketingHead, { type: 'decide', rung: 'rectification', reason: '情节轻微' }, { ...decision, rung: 'rectification', appealDueAt, windowClosed: false }),
    move(employee, { type: 'appeal', reason: '已整改' }, { inWindow: true }),
    move(employee, { type: 'waive-appeal' }),
    move(people.manager, { type: 'decide-appeal', outcome: 'upheld', reason: '维持' }),
    move(people.manager, { type: 'decide-appeal', outcome: 'varied', rung: 'warning', reason: '改为警告' }, { decision: { ...decision, rung: 'warning', reason: '改为警告' } }),
    move(people.manager, { type: 'decide-appeal', outcome: 'overturned', reason: '撤销' }),
    move(employee, { type: 'submit-self-review', text: '深刻检讨' }),
    move(people.hrStaff, { type: 'execute' }, { appealClosed: false }),
    move(people.hrStaff, { type: 'close' }),
    move(people.hrStaff, { type: 'withdraw', reason: '举报不实' }),
    move(people.hrStaff, { type: 'open-accountability', caseId: 'case-head', head: people.marketingHead.id }),
  ];
};

const serialize = (s: { value: unknown; context: unknown }) => {
  const c = s.context as CaseContext;
  return [
    JSON.stringify(s.value),
    c.statements.length > 0 ? 'stated' : '',
    c.statementWaived ? 'waived' : '',
    c.unionNotice ? 'union' : '',
    c.sanction ?? '',
    c.appealWaived ? 'no-appeal' : '',
    c.appeal ? `appeal:${c.appeal.outcome ?? 'open'}` : '',
    c.selfReview ? 'self-review' : '',
    c.accountability ? 'linked' : '',
  ].join('|');
};

describe('discipline case machine, model-based', () => {
  const created = () => report({ id: 'case-model' });
  const harness = () =>
    conformance({
      machine: caseMachine,
      input: (({ subject, type, severity, occurredAt, description, reportedBy, role }: CaseContext) => ({ subject, type, severity, occurredAt, description, reportedBy, role }))(context(created())),
      create: created,
      step: disciplineStep as never,
      moves,
      serialize,
      states: caseState.values,
      now,
      policy: defaultPolicy,
    });

  it('DSC-5: the step reaches every state of the case machine along its shortest paths', () => {
    harness().reachesEveryState();
  }, 120_000);

  it('DSC-2/DSC-3/DSC-5/DSC-6: every transition the machine takes the step takes to the same state; every event it refuses the step refuses, leaving the record unchanged', () => {
    const { taken, refused } = harness().agreesOnEveryTransition();
    expect(taken).toBeGreaterThan(20);
    expect(refused).toBeGreaterThan(0);
  }, 120_000);
});
