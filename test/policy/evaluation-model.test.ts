import type { AnyMachineSnapshot } from 'xstate';
import { describe, expect, it } from 'vitest';
import { defaultPolicy, evaluationState, policyEvaluationMachine, policyEvaluationStep, type EvaluationContext } from '../../src/policy/index.js';
import { conformance, type Move } from '../support/conformance.js';
import { people, type Person } from '../support/people.js';
import { evalContext, evalNow, open } from './evaluation-helpers.js';

// S1 ch.8 针对本制度的实施情况定期进行评估，必要时进行修订
// Every move the model offers, each by a person who holds its right: operations management records
// findings and withdraws; it concludes "no change", the enterprise management head "revision needed".
// A finding's id and the drafting audience are what the step computes from the record and the policy.
const drafters = { departments: ['market', 'marketing', 'operations-management'] };
const moves = (snapshot: AnyMachineSnapshot): Move[] => {
  const findings = (snapshot.context as EvaluationContext).findings;
  const nextId = `f-${findings.length + 1}`;
  const move = (actor: Person, command: Record<string, unknown>, event: Record<string, unknown>): Move => ({ actor, command, event: event as Move['event'] });
  return [
    move(people.ops, { type: 'record-finding', text: '季度报告缺失', severity: 'minor' }, { type: 'record-finding', finding: { id: nextId, text: '季度报告缺失', severity: 'minor', needsRevision: false } }),
    move(
      people.ops,
      { type: 'record-finding', text: '未涵盖小红书', severity: 'major', needsRevision: true },
      { type: 'record-finding', finding: { id: nextId, text: '未涵盖小红书', severity: 'major', needsRevision: true } },
    ),
    move(people.ops, { type: 'conclude', outcome: 'no-change', summary: '执行良好' }, { type: 'conclude', outcome: 'no-change', summary: '执行良好', drafters }),
    move(people.manager, { type: 'conclude', outcome: 'revision-needed', summary: '需修订' }, { type: 'conclude', outcome: 'revision-needed', summary: '需修订', drafters }),
    move(people.ops, { type: 'withdraw', reason: '重复发起' }, { type: 'withdraw', reason: '重复发起' }),
  ];
};

// The state, and whether any finding calls for a revision: that, not the number of findings, decides.
const serialize = (s: { value: unknown; context: unknown }) => `${JSON.stringify(s.value)}|${(s.context as EvaluationContext).findings.some((f) => f.needsRevision)}`;

describe('policy-evaluation machine, model-based', () => {
  const harness = () => {
    const { findings: _none, ...input } = evalContext(open());
    return conformance({
      machine: policyEvaluationMachine,
      input,
      create: () => open(),
      step: policyEvaluationStep as never,
      moves,
      serialize,
      states: evaluationState.values,
      now: evalNow,
      policy: defaultPolicy,
    });
  };

  it('SUP-3: the step reaches every state of the evaluation machine along its shortest paths', () => {
    harness().reachesEveryState();
  }, 30_000);

  it('SUP-3: every transition the machine takes the step takes to the same state; every event it refuses the step refuses, leaving the record unchanged', () => {
    const { refused } = harness().agreesOnEveryTransition();
    expect(refused).toBeGreaterThan(0);
  }, 30_000);
});
