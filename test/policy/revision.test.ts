import { getAdjacencyMap, getShortestPaths } from 'xstate/graph';
import { describe, expect, it } from 'vitest';
import type { AnyStateMachine } from 'xstate';
import type { ActorRef, StoredRecord } from '../../src/core/index.js';
import {
  createPolicyRevision,
  policyInForce,
  policyRevisionMachine,
  policyRevisionStep,
  revisionState,
  type RevisionEvent,
} from '../../src/policy/index.js';
import { ctx, nextPolicy, people } from '../helpers.js';

// Each machine event the model explores, with the person and command that produce it through the step.
// `only` limits a move to the state where its actor holds the right: the machine knows states, the step
// also knows people, and a reject means review in one state and approval in another.
const moves: Array<{ event: RevisionEvent; actor: ActorRef; command: Record<string, unknown>; only?: string }> = [
  { actor: people.drafter, command: { type: 'edit', summary: '补充小红书' } },
  { actor: people.drafter, command: { type: 'submit' } },
  { actor: people.drafter, command: { type: 'withdraw', reason: '并入下一版' } },
  { actor: people.marketHead, command: { type: 'endorse' } },
  { actor: people.legalHead, command: { type: 'endorse' } },
  { actor: people.legalHead, command: { type: 'reject', reason: '缺少隐私条款' }, only: 'departmentReview' },
  { actor: people.manager, command: { type: 'approve' } },
  { actor: people.manager, command: { type: 'reject', reason: '预算影响未说明' }, only: 'managementApproval' },
  { actor: people.ops, command: { type: 'announce', reference: '营字〔2026〕1号' } },
].map((m) => ({
  ...m,
  event: {
    ...(m.command as object),
    actorId: m.actor.id,
    department: m.actor.department,
    at: ctx.now.toISOString(),
    ...(m.command.type === 'announce' ? { effectiveFrom: ctx.now.toISOString() } : {}),
  } as RevisionEvent,
}));

const machine = policyRevisionMachine as unknown as AnyStateMachine;
const eventsOf = (steps: ReadonlyArray<{ event: unknown }>) =>
  steps.map((s) => s.event as RevisionEvent).filter((e) => !e.type.startsWith('xstate.'));
const input = { title: 'T', summary: '', drafterId: people.drafter.id, policy: nextPolicy, reviewDepartments: ['market', 'legal'] };
const serializeState = (s: { value: unknown; context: { endorsements: ReadonlyArray<{ department: string }> } }) =>
  `${JSON.stringify(s.value)}|${s.context.endorsements.map((e) => e.department).sort().join(',')}`;
const eventsFor = (state: { matches(v: string): boolean }) => moves.filter((m) => !m.only || state.matches(m.only)).map((m) => m.event);

function create(): StoredRecord {
  const r = createPolicyRevision('rev-1', { id: 'create', type: 'create', actor: people.drafter, title: 'T', policy: nextPolicy }, ctx);
  if (!r.ok) throw new Error(r.error.message);
  return r.record;
}

function replay(events: readonly RevisionEvent[]): StoredRecord {
  let record = create();
  events.forEach((event, i) => {
    const move = moves.find((m) => m.event === event)!;
    const r = policyRevisionStep(record, { ...move.command, id: `cmd-${i}`, actor: move.actor }, ctx);
    if (!r.ok) throw new Error(`${event.type}: ${r.error.message}`);
    record = r.record;
  });
  return record;
}

describe('policy revisions', () => {
  const paths = getShortestPaths(machine, { input, events: eventsFor, serializeState: serializeState as never, limit: 10_000 } as never);

  it('SUP-3: model-based: the step reaches every state of the revision machine along its shortest paths', () => {
    const reached = new Set<string>();
    for (const path of paths) {
      const record = replay(eventsOf(path.steps));
      const value = (record.snapshot as { value: string }).value;
      expect(value).toBe(path.state.value);
      reached.add(value);
    }
    expect([...reached].sort()).toEqual([...revisionState.values].sort());
  });

  it('SUP-3: model-based: every transition the machine takes, the step takes to the same state; every event it refuses, the step refuses without change', () => {
    const adjacency = getAdjacencyMap(machine, { input, events: eventsFor, serializeState: serializeState as never, limit: 10_000 } as never);
    const byState = new Map(paths.map((p) => [serializeState(p.state as never), p]));
    let taken = 0;
    let refused = 0;
    for (const [key, { state: from, transitions: edges }] of Object.entries(adjacency)) {
      const path = byState.get(key);
      expect(path, key).toBeDefined();
      const prefix = eventsOf(path!.steps);
      const before = replay(prefix);
      for (const { event, state } of Object.values(edges) as Array<{ event: RevisionEvent; state: never }>) {
        if ((from as { can(e: unknown): boolean }).can(event)) {
          expect(serializeState(replay([...prefix, event]).snapshot as never)).toBe(serializeState(state));
          taken++;
        } else {
          const move = moves.find((m) => m.event === event)!;
          const copy = structuredClone(before);
          const r = policyRevisionStep(before, { ...move.command, id: 'probe', actor: move.actor }, ctx);
          expect(r.ok, `${key} ${event.type}`).toBe(false);
          if (!r.ok) expect(['not-allowed', 'forbidden']).toContain(r.error.code);
          expect(before).toEqual(copy);
          refused++;
        }
      }
    }
    expect(taken).toBeGreaterThanOrEqual(13);
    expect(refused).toBeGreaterThan(0);
  });

  it('SUP-3: every accepted command is audited with the policy version it was decided under', () => {
    let record = create();
    const v1 = { ...ctx, policy: { ...ctx.policy, version: '2026.1' } };
    const r = policyRevisionStep(record, { id: 'c1', type: 'submit', actor: people.drafter }, v1);
    expect(r.ok && r.audit).toMatchObject({ policyVersion: '2026.1', from: 'draft', to: 'departmentReview', actor: { id: people.drafter.id } });
    if (r.ok) record = r.record;
    expect(record.policyVersion).toBe('2026.1');
  });

  it('SUP-3: department review then management approval, and only the reviewing departments may endorse', () => {
    let record = replay([moves[1]!.event]);
    const outsider = policyRevisionStep(record, { id: 'x', type: 'endorse', actor: people.prHead }, ctx);
    expect(!outsider.ok && outsider.error).toMatchObject({ code: 'forbidden', rule: 'SUP-3' });
    const early = policyRevisionStep(record, { id: 'y', type: 'approve', actor: people.manager }, ctx);
    expect(!early.ok && early.error).toMatchObject({ code: 'not-allowed', state: 'departmentReview', accepts: ['endorse', 'reject', 'withdraw'] });
    const staff = policyRevisionStep(record, { id: 'z', type: 'endorse', actor: { ...people.legalCounsel } }, ctx);
    expect(!staff.ok && staff.error.code).toBe('forbidden');
    record = replay([moves[1]!.event, moves[3]!.event]);
    const twice = policyRevisionStep(record, { id: 'w', type: 'endorse', actor: { id: 'u-market-head-2', department: 'market', positions: ['head'] } }, ctx);
    expect(!twice.ok && twice.error.code).toBe('not-allowed');
  });

  it('SUP-3: a person who reviewed may not also approve, and the drafter may not review', () => {
    const reviewerAsManager = { ...people.manager, id: people.legalHead.id };
    const record = replay([moves[1]!.event, moves[3]!.event, moves[4]!.event]);
    const r = policyRevisionStep(record, { id: 'a', type: 'approve', actor: reviewerAsManager }, ctx);
    expect(!r.ok && r.error).toMatchObject({ code: 'forbidden', rule: 'SUP-3' });
    const drafterHead = { id: people.drafter.id, department: 'legal', positions: ['head'] };
    const inReview = replay([moves[1]!.event]);
    const d = policyRevisionStep(inReview, { id: 'b', type: 'endorse', actor: drafterHead }, ctx);
    expect(!d.ok && d.error.rule).toBe('SUP-3');
  });

  it('SUP-3: a rejection needs a reason, returns to draft and clears endorsements', () => {
    const inReview = replay([moves[1]!.event, moves[3]!.event]);
    const noReason = policyRevisionStep(inReview, { id: 'r0', type: 'reject', actor: people.legalHead, reason: '  ' }, ctx);
    expect(!noReason.ok && noReason.error.issues?.[0]?.path).toEqual(['reason']);
    const r = policyRevisionStep(inReview, { id: 'r1', type: 'reject', actor: people.legalHead, reason: '缺少隐私条款' }, ctx);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.audit).toMatchObject({ from: 'departmentReview', to: 'draft', reason: '缺少隐私条款' });
    expect(r.effects[0]).toMatchObject({ type: 'notify', to: { actorIds: [people.drafter.id] }, topic: 'policy-revision.rejected' });
    expect(r.record.snapshot.context.endorsements).toEqual([]);
  });

  it('SUP-3: a revision is in force from the date of its formal notice, never before it', () => {
    const approved = replay([1, 3, 4, 6].map((i) => moves[i]!.event));
    const backdated = policyRevisionStep(approved, { id: 'n0', type: 'announce', actor: people.ops, reference: 'R', effectiveFrom: '2025-12-01T00:00:00+08:00' }, ctx);
    expect(!backdated.ok && backdated.error.issues?.[0]?.path).toEqual(['effectiveFrom']);
    const r = policyRevisionStep(approved, { id: 'n1', type: 'announce', actor: people.ops, reference: '营字〔2026〕1号', effectiveFrom: '2026-02-01T00:00:00+08:00' }, ctx);
    if (!r.ok) throw new Error(r.error.message);
    expect(policyInForce([r.record], new Date('2026-01-31T15:59:59Z')).ok).toBe(false);
    const inForce = policyInForce([approved, r.record], new Date('2026-01-31T16:00:00Z'));
    expect(inForce.ok && inForce.value).toMatchObject({ version: '2026.2', recordId: 'rev-1' });
  });

  it('SUP-3: an invalid proposed policy is refused with every problem and its path before any record exists', () => {
    const r = createPolicyRevision('rev-2', { id: 'c', type: 'create', actor: people.drafter, title: 'T', policy: { ...nextPolicy, timeZone: 'Nowhere' } }, ctx);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.record).toBeUndefined();
      expect(r.error.issues?.[0]?.path).toEqual(['policy', 'timeZone']);
    }
    const wrong = createPolicyRevision('rev-3', { id: 'c', type: 'create', actor: people.editor, title: 'T', policy: nextPolicy }, ctx);
    expect(!wrong.ok && wrong.error.code).toBe('forbidden');
  });
});
