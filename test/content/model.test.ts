import type { AnyMachineSnapshot } from 'xstate';
import { describe, it } from 'vitest';
import { assessItem, contentHash, contentMachine, contentState, contentStep, dayKey, selectChain, type ContentContext } from '../../src/content/index.js';
import { defaultPolicy, parsePolicy, type Policy } from '../../src/policy/index.js';
import { conformance, type Move } from '../support/conformance.js';
import { people, type Person } from '../support/people.js';
import { context, newItem, now, plan } from './helpers.js';

const at = now.toISOString();
const signersFor: Record<string, Person[]> = {
  editor: [people.editor, people.editor2],
  'department-head': [people.marketingHead],
  leadership: [people.leader],
  supervisor: [people.supervisor],
  'quality-check': [people.inspector],
};
const variants = [
  { channel: 'weibo', riskLevel: 'low' as const },
  { channel: 'weibo', riskLevel: 'high' as const },
  { channel: 'website', riskLevel: 'low' as const },
  { channel: 'website', riskLevel: 'high' as const },
];
const rank = { low: 0, medium: 1, high: 2 } as const;

function chainOf(policy: Policy, channel: string, risk: 'low' | 'medium' | 'high') {
  const r = selectChain(policy, channel, risk);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

function assessed(policy: Policy, c: ContentContext) {
  const r = assessItem(c, [], policy, now);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

// Every move the model offers in a state, each by a person who may give it there.
const movesFor = (policy: Policy, legalSigners: Person[]) => (snapshot: AnyMachineSnapshot): Move[] => {
  const c = snapshot.context as ContentContext;
  const move = (actor: Person, command: Record<string, unknown>, event: Record<string, unknown> = {}): Move => ({
    actor,
    command,
    event: { ...command, ...event } as Move['event'],
  });
  const moves: Move[] = [
    move(people.author, { type: 'update-plan', plan }),
    move(people.author, { type: 'start-creation' }),
    // The model's item has one low finding (CMP-4): its level and hash stay as they are.
    move(people.author, { type: 'submit' }, { chain: chainOf(policy, c.channel, c.riskLevel), riskLevel: c.riskLevel, hash: c.hash, compliance: assessed(policy, c) }),
    // Scheduled for the model's one `now`, so that publishing from `scheduled` is on time (CW-6).
    move(people.editor, { type: 'schedule', publishAt: at }),
    move(people.editor, { type: 'unschedule' }),
    move(people.editor, { type: 'publish', externalId: 'ext-1' }, { policyVersion: policy.version }),
    move(people.analyst, { type: 'record-metrics', metrics: { reads: 10 } }, { observedAt: at, day: dayKey(at, policy.timeZone) }),
    move(people.editor, { type: 'archive' }),
    move(people.marketingHead, { type: 'withdraw', reason: '活动取消' }),
    move(people.legal2, { type: 'takedown', reason: '平台通知', emergency: true }, { emergencyAllowed: true }),
    move(people.author, { type: 'cancel', reason: '不再需要' }),
  ];
  const inReviewOrLater = ['review', 'approved', 'scheduled'].some((s) => snapshot.matches(s));
  for (const v of variants) {
    if (v.channel === c.channel && v.riskLevel === c.riskLevel) continue;
    const lowers = c.chain !== undefined && rank[v.riskLevel] < rank[c.riskLevel];
    // Lowering a submitted item's risk is legal's change, and a change of its own.
    if (lowers && v.channel !== c.channel) continue;
    const next = { title: c.title, body: c.body, format: c.format, tags: c.tags, keywords: c.keywords, advertising: c.advertising, ...v };
    moves.push(
      move(lowers ? people.legal2 : people.author, { type: 'edit', channel: v.channel, riskLevel: v.riskLevel }, {
        changes: next,
        hash: contentHash(next),
        ...(inReviewOrLater ? { chain: chainOf(policy, v.channel, v.riskLevel) } : {}),
      }),
    );
  }
  const stage = snapshot.matches('review') ? c.chain?.stages[c.stageIndex]?.id : undefined;
  // CMP-4: legal (never a contributor here) accepts the item's one low finding, its e-mail address.
  const finding = c.compliance?.findings[0]?.key;
  if (stage && finding) {
    moves.push(move(people.legal, { type: 'accept-finding', finding, hash: c.hash, reason: '企业公开联系邮箱' }, { compliance: c.compliance, finding, explanation: { 'zh-CN': '', 'zh-TW': '', en: '' } }));
  }
  if (stage) {
    const holders = stage === 'legal' ? legalSigners : signersFor[stage]!;
    const signer = holders.find((a) => !c.signatures.some((s) => s.actorId === a.id)) ?? holders[0]!;
    moves.push(move(signer, { type: 'approve', stage, hash: c.hash }));
    moves.push(move(signer, { type: 'reject', stage, reason: '数据来源不明' }));
  }
  return moves;
};

// A body with one low finding (an e-mail address, 个人信息保护法 art.13) that leaves the level low, so
// that accepting it is a transition the model takes.
const withEmail = { body: '新品介绍，联系 pr@example.com' };

const serialize = (s: { value: unknown; context: unknown }) => {
  const c = s.context as ContentContext;
  return [JSON.stringify(s.value), c.channel, c.riskLevel, c.stageIndex, c.signatures.map((x) => x.stage).join('+'), c.publishAt ? 'dated' : ''].join('|');
};

const twoLegalSignatures = parsePolicy({
  ...defaultPolicy,
  version: '2026.1-two-legal',
  content: { ...defaultPolicy.content, stages: defaultPolicy.content.stages.map((s) => (s.id === 'legal' ? { ...s, quorum: { kind: 'n-of-m', n: 2 } } : s)) },
});
if (!twoLegalSignatures.ok) throw new Error(twoLegalSignatures.error.message);

describe.each([
  ['the default policy', defaultPolicy, [people.legal]],
  ['a policy whose legal stage needs two of the legal team', twoLegalSignatures.value, [people.legal, people.legalHead]],
])('content machine, model-based, under %s', (_name, policy, legalSigners) => {
  const harness = () =>
    conformance({
      machine: contentMachine,
      input: context(newItem(withEmail, 'post-1', people.author, policy)),
      create: () => newItem(withEmail, 'post-1', people.author, policy),
      step: contentStep as never,
      moves: movesFor(policy, legalSigners),
      serialize,
      states: contentState.values,
      now,
      policy,
    });

  it('CW-1: the step reaches every state of the content machine along its shortest paths', () => {
    harness().reachesEveryState();
  }, 120_000);

  it('CW-2/CW-3: every transition the machine takes the step takes to the same state; every event it refuses the step refuses, leaving the record unchanged', () => {
    harness().agreesOnEveryTransition();
  }, 240_000);
});
