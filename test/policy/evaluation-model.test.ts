import type { AnyMachineSnapshot } from 'xstate';
import { describe, expect, it } from 'vitest';
import type { StepContext, StoredRecord } from '../../src/core/index.js';
import {
  createPolicyRevision,
  defaultPolicy,
  evaluationState,
  linkRevision,
  policyEvaluationMachine,
  policyEvaluationStep,
  type EvaluationContext,
  type Policy,
} from '../../src/policy/index.js';
import { conformance, type Move } from '../support/conformance.js';
import { as, people, type Person } from '../support/people.js';
import { evalContext, evalNow, open, revisionNeeded } from './evaluation-helpers.js';
import { nextPolicy } from './helpers.js';

// S1 ch.8 针对本制度的实施情况定期进行评估，必要时进行修订
// Every move the model offers, each by a person who holds its right and took no part the move forbids:
// operations management records findings and withdraws an empty evaluation; the enterprise management
// head, who recorded nothing, concludes and withdraws one with findings; a drafter links the revision.
// A finding's id and the audiences are what the step computes from the record and the policy.
const drafters = [{ departments: ['market', 'operations-management'] }, { departments: ['marketing'], positions: ['head', 'deputy-head'] }];
const approvers = [{ departments: ['management'], positions: ['management-head'] }];
// Revisions a "revision needed" conclusion of `eval-1` started, as the host stores them: the first is
// linked; the second, built from a stale copy, is what a second link would name.
const startedAs = (id: string) => {
  const r = createPolicyRevision(id, { id: `c-${id}`, type: 'create', title: '2027 修订', policy: nextPolicy }, as(people.drafter, evalNow), { startedBy: revisionNeeded() });
  if (!r.ok) throw new Error(r.error.message);
  return r.record;
};
const started = startedAs('rev-from-eval');
const second = startedAs('rev-second');
// The link is made from the stored revision, never by a command body: the step the model drives links through `linkRevision`.
const step = (record: StoredRecord, command: { type: string; revision?: string }, ctx: StepContext<Policy>) =>
  command.type === 'link-revision' ? linkRevision(record, command.revision === second.id ? second : started, ctx) : policyEvaluationStep(record, command as never, ctx);
const moves = (snapshot: AnyMachineSnapshot): Move[] => {
  const { findings, revision } = snapshot.context as EvaluationContext;
  const nextId = `f-${findings.length + 1}`;
  const toLink = revision === undefined ? started : second;
  const move = (actor: Person, command: Record<string, unknown>, event: Record<string, unknown>): Move => ({ actor, command, event: event as Move['event'] });
  return [
    move(people.ops, { type: 'record-finding', text: '季度报告缺失', severity: 'minor' }, { type: 'record-finding', finding: { id: nextId, text: '季度报告缺失', severity: 'minor', needsRevision: false } }),
    move(
      people.ops,
      { type: 'record-finding', text: '未涵盖小红书', severity: 'major', needsRevision: true },
      { type: 'record-finding', finding: { id: nextId, text: '未涵盖小红书', severity: 'major', needsRevision: true } },
    ),
    move(people.manager, { type: 'conclude', outcome: 'no-change', summary: '执行良好' }, { type: 'conclude', outcome: 'no-change', summary: '执行良好', audiences: approvers }),
    move(people.manager, { type: 'conclude', outcome: 'revision-needed', summary: '需修订' }, { type: 'conclude', outcome: 'revision-needed', summary: '需修订', audiences: drafters }),
    move(findings.length > 0 ? people.manager : people.ops, { type: 'withdraw', reason: '重复发起' }, { type: 'withdraw', reason: '重复发起' }),
    move(people.drafter, { type: 'link-revision', revision: toLink.id }, { type: 'link-revision', revisionId: toLink.id }),
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
      step: step as never,
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
