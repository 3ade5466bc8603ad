import type { AnyMachineSnapshot } from 'xstate';
import { describe, expect, it } from 'vitest';
import { defaultPolicy, policyRevisionMachine, policyRevisionStep, revisionState, type RevisionContext } from '../../src/policy/index.js';
import { conformance, type Move } from '../support/conformance.js';
import { people, type Person } from '../support/people.js';
import { context, create, now } from './helpers.js';

// Every move the model offers in a state, each by a person who may give it there: a rejection is signed
// by whoever signs the current stage (a reviewing head in department review, the general manager at
// approval), so it is offered by that person.
const moves = (snapshot: AnyMachineSnapshot): Move[] => {
  const move = (actor: Person, command: Record<string, unknown>, event: Record<string, unknown> = {}): Move => ({
    actor,
    command,
    event: { ...command, ...event } as Move['event'],
  });
  const rejecter = snapshot.matches('managementApproval') ? people.manager : people.legalHead;
  return [
    move(people.drafter, { type: 'edit', summary: '补充小红书' }),
    move(people.drafter, { type: 'submit' }),
    move(people.drafter, { type: 'withdraw', reason: '并入下一版' }),
    move(people.marketHead, { type: 'endorse' }),
    move(people.legalHead, { type: 'endorse' }),
    move(rejecter, { type: 'reject', reason: '缺少隐私条款' }),
    move(people.manager, { type: 'approve' }),
    move(people.ops, { type: 'announce', reference: '营字〔2026〕1号', effectiveFrom: now.toISOString() }),
  ];
};

const serialize = (s: { value: unknown; context: unknown }) =>
  `${JSON.stringify(s.value)}|${(s.context as RevisionContext).endorsements.map((e) => e.department).sort().join(',')}`;

describe('policy-revision machine, model-based', () => {
  const harness = () =>
    conformance({
      machine: policyRevisionMachine,
      input: (({ title, summary, drafterId, policy, reviewDepartments }: RevisionContext) => ({ title, summary, drafterId, policy, reviewDepartments }))(context(create())),
      create: () => create(),
      step: policyRevisionStep as never,
      moves,
      serialize,
      states: revisionState.values,
      now,
      policy: defaultPolicy,
    });

  it('SUP-3: the step reaches every state of the revision machine along its shortest paths', () => {
    harness().reachesEveryState();
  }, 120_000);

  it('SUP-3: every transition the machine takes the step takes to the same state; every event it refuses the step refuses, leaving the record unchanged', () => {
    const { refused } = harness().agreesOnEveryTransition();
    expect(refused).toBeGreaterThan(0);
  }, 120_000);
});
