// Model-based test of the risk register: xstate/graph walks the machine from a registered platform
// incident, and every path is replayed through the step as commands from people who may give them.
import type { AnyMachineSnapshot } from 'xstate';
import { describe, expect, it } from 'vitest';
import { defaultPolicy, type Policy } from '../../src/policy/index.js';
import { riskMachine, riskState, riskStep, type RiskContext } from '../../src/risk/index.js';
import { conformance, type Move } from '../support/conformance.js';
import { people, type Person } from '../support/people.js';
import { context, create, incidentRisk, t0 } from './helpers.js';

const walkAt = t0;
const ahead = new Date(t0.getTime() + 10 * 86_400_000).toISOString();
const farAhead = new Date(t0.getTime() + 400 * 86_400_000).toISOString();
const grading = { likelihood: 'medium', impact: 'medium', grade: 'medium', level: 'medium', method: 'qualitative' };

// Every move the model offers, each by a person who may give it in the states that take it. The walk
// records who identified (the editor), assessed (legal) and planned (the marketing head), so the
// acceptance is given by the leadership group, who did none of these.
const movesFor = (policy: Policy) => (snapshot: AnyMachineSnapshot): Move[] => {
  const c = snapshot.context as RiskContext;
  const move = (actor: Person, command: Record<string, unknown>, event: Record<string, unknown> = {}): Move => ({ actor, command, event: { ...command, ...event } as Move['event'] });
  return [
    move(people.editor, { type: 'edit', title: '微博官方账号被封禁（更新）' }),
    move(
      people.legal,
      { type: 'assess', inherent: { likelihood: 'high', impact: 'medium' }, current: { likelihood: 'medium', impact: 'medium' }, target: 'low' },
      { assessment: { inherent: { ...grading, likelihood: 'high', grade: 'high', level: 'high' }, current: grading, target: { grade: 'low', level: 'low' }, matrix: 'default-3x3', by: people.legal.id, at: walkAt.toISOString() }, reviewDueAt: farAhead, crisisTo: [], informLeadership: false },
    ),
    move(people.marketingHead, { type: 'plan-treatment', strategy: 'reduce', actions: [{ description: '删除涉事帖', ownerDepartment: 'marketing', dueAt: ahead }] }, { actions: [{ id: 'a-1', description: '删除涉事帖', ownerDepartment: 'marketing', dueAt: ahead }] }),
    move(people.marketingHead, { type: 'complete-action', action: 'a-1' }),
    move(people.marketingHead, { type: 'start-monitoring' }, { reviewDueAt: farAhead }),
    move(people.leader, { type: 'accept', reason: '影响可控' }, { level: c.assessment?.current.level ?? 'low', right: 'risk.accept-high', expiresAt: farAhead, reviewDueAt: farAhead }),
    move(people.legal, { type: 'review', note: '控制有效' }, { reviewDueAt: farAhead }),
    move(people.legalHead, { type: 'record-legal-opinion', opinion: '整改方案合规' }),
    move(people.editor, { type: 'plan-rectification', plan: '删除涉事帖，补充资质', dueAt: ahead }),
    move(people.editor, { type: 'complete-rectification', note: '已完成' }),
    move(people.editor, { type: 'submit-appeal', summary: '有检测报告支持' }),
    move(people.editor, { type: 'record-appeal-outcome', outcome: 'lifted' }),
    move(people.marketingHead, { type: 'close', reason: '已解封' }, { opinionRequired: policy.risk.legalOpinionCategories.includes('platform-rules') }),
  ];
};

const serialize = (s: { value: unknown; context: unknown }) => {
  const c = s.context as RiskContext;
  const treatment = !c.treatment ? 'none' : c.treatment.actions.every((a) => a.done) ? 'done' : 'open';
  const rectification = !c.incident?.rectification ? 'none' : c.incident.rectification.completed ? 'completed' : 'planned';
  const appeal = c.incident?.appeals.some((a) => !a.outcome) ? 'pending' : 'idle';
  return [JSON.stringify(s.value), c.legalOpinion ? 'opinion' : '', c.acceptance ? 'accepted' : '', treatment, rectification, appeal].join('|');
};

const withOpinion: Policy = { ...defaultPolicy, risk: { ...defaultPolicy.risk, legalOpinionCategories: ['legal', 'platform-rules'] } };

describe.each([
  ['the default policy', defaultPolicy],
  ['a policy that closes platform risks only on a legal opinion', withOpinion],
])('risk machine, model-based, under %s', (_name, policy) => {
  const harness = () => {
    const record = () => create(people.editor, incidentRisk, { policy, id: 'inc-1' });
    const { reviews: _reviews, ...input } = context(record());
    return conformance({ machine: riskMachine, input, create: record, step: riskStep as never, moves: movesFor(policy), serialize, states: riskState.values, now: walkAt, policy });
  };

  it('RSK-1/RSK-4/RSK-5: the step reaches every state of the risk machine along its shortest paths', () => {
    harness().reachesEveryState();
  }, 120_000);

  it('RSK-1..RSK-5: every transition the machine takes the step takes to the same state; every event it refuses the step refuses, leaving the record unchanged', () => {
    const { taken, refused } = harness().agreesOnEveryTransition();
    expect(taken).toBeGreaterThan(30);
    expect(refused).toBeGreaterThan(0);
  }, 120_000);
});
