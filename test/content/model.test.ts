import type { AnyStateMachine } from 'xstate';
import { getAdjacencyMap, getShortestPaths } from 'xstate/graph';
import { describe, expect, it } from 'vitest';
import type { ActorRef, StoredRecord } from '../../src/core/index.js';
import { contentHash, contentMachine, contentState, contentStep, selectChain, type ContentContext, type ContentEvent } from '../../src/content/index.js';
import { ctx, newItem, plan, staff } from './helpers.js';

import { parsePolicy, type Policy } from '../../src/policy/index.js';

const at = ctx.now.toISOString();
const later = new Date(ctx.now.getTime() + 86_400_000).toISOString();
const signersFor: Record<string, ActorRef[]> = {
  editor: [staff.editor],
  'department-head': [staff.head],
  legal: [staff.legal, staff.legal2],
  leadership: [staff.leader],
  supervisor: [staff.supervisor],
  'quality-check': [staff.inspector],
};
const variants = [
  { channel: 'weibo', riskLevel: 'low' as const },
  { channel: 'weibo', riskLevel: 'high' as const },
  { channel: 'website', riskLevel: 'low' as const },
  { channel: 'website', riskLevel: 'high' as const },
];
const actors = new Map(Object.values(staff).map((a) => [a.id, a]));

function chainOf(policy: Policy, channel: string, risk: 'low' | 'medium' | 'high') {
  const r = selectChain(policy, channel, risk);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

type Snap = { value: unknown; context: ContentContext; matches(v: string): boolean };
const stageOf = (s: Snap) => (typeof s.value === 'object' ? (s.value as { review?: string }).review : undefined);
const who = (a: ActorRef) => ({ actorId: a.id, department: a.department, at });

// Every event the model offers in a state, each with a person who may give it there.
const eventsFor = (policy: Policy) => (snap: Snap): ContentEvent[] => {
  const c = snap.context;
  const events: ContentEvent[] = [
    { ...who(staff.author), type: 'update-plan', plan },
    { ...who(staff.author), type: 'start-creation' },
    { ...who(staff.author), type: 'submit', chain: chainOf(policy, c.channel, c.riskLevel) },
    { ...who(staff.editor), type: 'schedule', publishAt: later },
    { ...who(staff.editor), type: 'unschedule' },
    { ...who(staff.editor), type: 'publish', externalId: 'ext-1', policyVersion: policy.version },
    { ...who(staff.analyst), type: 'record-metrics', metrics: { reads: 10 }, observedAt: at },
    { ...who(staff.editor), type: 'archive' },
    { ...who(staff.head), type: 'withdraw', reason: '活动取消' },
    { ...who(staff.legal), type: 'takedown', reason: '平台通知', emergency: true, emergencyAllowed: true },
    { ...who(staff.author), type: 'cancel', reason: '不再需要' },
  ];
  for (const v of variants) {
    if (v.channel === c.channel && v.riskLevel === c.riskLevel) continue;
    const next = { title: c.title, body: c.body, format: c.format, tags: c.tags, keywords: c.keywords, advertising: c.advertising, ...v };
    events.push({ ...who(staff.author), type: 'edit', changes: next, hash: contentHash(next), chain: chainOf(policy, v.channel, v.riskLevel) });
  }
  const stage = stageOf(snap);
  if (stage) {
    const signer = signersFor[stage]!.find((a) => !c.signatures.some((s) => s.actorId === a.id)) ?? signersFor[stage]![0]!;
    events.push({ ...who(signer), type: 'approve', stage, hash: c.hash });
    events.push({ ...who(signer), type: 'reject', stage, reason: '数据来源不明' });
  }
  return events;
};

function commandOf(event: ContentEvent, id: string): Record<string, unknown> {
  const actor = actors.get(event.actorId)!;
  const base = { id, actor, type: event.type };
  switch (event.type) {
    case 'update-plan':
      return { ...base, plan: event.plan };
    case 'edit':
      return { ...base, channel: event.changes.channel, riskLevel: event.changes.riskLevel };
    case 'approve':
      return { ...base, hash: event.hash };
    case 'reject':
    case 'withdraw':
    case 'cancel':
      return { ...base, reason: event.reason };
    case 'takedown':
      return { ...base, reason: event.reason, emergency: event.emergency };
    case 'schedule':
      return { ...base, publishAt: event.publishAt };
    case 'publish':
      return { ...base, externalId: event.externalId };
    case 'record-metrics':
      return { ...base, metrics: event.metrics, observedAt: event.observedAt };
    default:
      return base;
  }
}

const serializeState = (s: Snap) =>
  [JSON.stringify(s.value), s.context.channel, s.context.riskLevel, s.context.signatures.map((x) => x.stage).join('+'), s.context.publishAt ? 'dated' : ''].join('|');
const eventsOf = (steps: ReadonlyArray<{ event: unknown }>) => steps.map((s) => s.event as ContentEvent).filter((e) => !e.type.startsWith('xstate.'));
const input = (newItem().snapshot as { context: ContentContext }).context;

const twoLegalSignatures = parsePolicy({
  ...ctx.policy,
  version: '2026.1-two-legal',
  content: {
    ...ctx.policy.content,
    stages: ctx.policy.content.stages.map((s) => (s.id === 'legal' ? { ...s, quorum: { kind: 'n-of-m', n: 2 } } : s)),
  },
});
if (!twoLegalSignatures.ok) throw new Error(twoLegalSignatures.error.message);

describe.each([
  ['the default policy', ctx.policy],
  ['a policy whose legal stage needs two of the legal team', twoLegalSignatures.value],
])('content machine, model-based, under %s', (_name, policy) => {
  const machine = contentMachine(policy) as unknown as AnyStateMachine;
  const options = { input, events: eventsFor(policy), serializeState, limit: 50_000 } as never;

  function replay(events: readonly ContentEvent[]): StoredRecord {
    let record = newItem();
    events.forEach((event, i) => {
      const r = contentStep(record, commandOf(event, `m-${i}`), { policy, now: ctx.now });
      if (!r.ok) throw new Error(`${event.type} by ${event.actorId}: ${r.error.code} ${r.error.message}`);
      record = r.record;
    });
    return record;
  }

  const paths = getShortestPaths(machine, options);

  it('CW-1: the step reaches every state and every review stage along the machine’s shortest paths', () => {
    const reached = new Set<string>();
    for (const path of paths) {
      const record = replay(eventsOf(path.steps));
      expect(serializeState(record.snapshot as never)).toBe(serializeState(path.state as never));
      const value = (record.snapshot as { value: unknown }).value;
      reached.add(typeof value === 'string' ? value : `review.${(value as { review: string }).review}`);
    }
    const expected = [
      ...contentState.values.filter((s) => s !== 'review'),
      ...policy.content.stages.map((s) => `review.${s.id}`),
    ];
    expect([...reached].sort()).toEqual(expected.sort());
  });

  it('CW-2/CW-3: every transition the machine takes the step takes to the same state; every event it refuses the step refuses, leaving the record unchanged', () => {
    const adjacency = getAdjacencyMap(machine, options);
    const byState = new Map(paths.map((p) => [serializeState(p.state as never), p]));
    const edgesTaken = new Set<string>();
    let refused = 0;
    for (const [key, { state: from, transitions }] of Object.entries(adjacency)) {
      const prefix = eventsOf(byState.get(key)!.steps);
      const before = replay(prefix);
      for (const { event, state } of Object.values(transitions) as Array<{ event: ContentEvent; state: Snap }>) {
        if ((from as unknown as { can(e: unknown): boolean }).can(event)) {
          const after = replay([...prefix, event]);
          expect(serializeState(after.snapshot as never), `${key} ${event.type}`).toBe(serializeState(state));
          edgesTaken.add(`${JSON.stringify((from as Snap).value)} ${event.type} ${JSON.stringify(state.value)}`);
        } else {
          const copy = structuredClone(before);
          const r = contentStep(before, commandOf(event, 'probe'), { policy, now: ctx.now });
          expect(r.ok, `${key} ${event.type} should be refused`).toBe(false);
          expect(before).toEqual(copy);
          refused++;
        }
      }
    }
    // Every distinct (state, event, target) edge of the machine's definition appears at least once.
    const defined = new Set<string>();
    const walk = (node: { id: string; states: Record<string, unknown>; transitions: Map<string, Array<{ target?: Array<{ id: string }> }>> }) => {
      for (const [event, ts] of node.transitions) for (const t of ts) defined.add(`${node.id} ${event} ${(t.target?.[0] ?? node).id}`);
      for (const child of Object.values(node.states)) walk(child as never);
    };
    walk(machine.root as never);
    const ids = (v: unknown): string => (typeof v === 'string' ? `content.${v}` : `content.review.${(v as { review: string }).review}`);
    const takenIds = new Set(
      [...edgesTaken].map((e) => {
        const [from, event, to] = e.split(' ') as [string, string, string];
        return `${ids(JSON.parse(from))} ${event} ${ids(JSON.parse(to))}`;
      }),
    );
    const missing = [...defined].filter((d) => {
      const [node, event, target] = d.split(' ') as [string, string, string];
      // Transitions declared on the review parent are taken from each of its stages.
      if (node === 'content.review') return ![...takenIds].some((t) => t.startsWith('content.review.') && t.endsWith(` ${event} ${target}`));
      return !takenIds.has(d);
    });
    expect(missing).toEqual([]);
    expect(refused).toBeGreaterThan(50);
  });
});
