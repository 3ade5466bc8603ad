// Side-by-side benchmarks: each line runs ours and a baseline on the same work in the same process,
// alternating rounds, and prints the ratio of median times (lower is faster for us).
import { initialTransition, transition } from 'xstate';
import type { StoredRecord } from '../src/core/index.js';
import { createPolicyRevision, defaultPolicy, policyRevisionMachine, policyRevisionStep, type RevisionEvent } from '../src/policy/index.js';

interface Comparison {
  readonly name: string;
  readonly ours: () => void;
  readonly baseline: () => void;
  readonly iterations: number;
}

function time(fn: () => void, iterations: number): number {
  const start = performance.now();
  for (let i = 0; i < iterations; i++) fn();
  return (performance.now() - start) / iterations;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (ms: number) => (ms >= 1 ? `${ms.toFixed(2)} ms` : `${(ms * 1000).toFixed(1)} µs`);

function run(c: Comparison, rounds = 7): void {
  time(c.ours, Math.ceil(c.iterations / 4));
  time(c.baseline, Math.ceil(c.iterations / 4));
  const ours: number[] = [];
  const base: number[] = [];
  for (let r = 0; r < rounds; r++) {
    ours.push(time(c.ours, c.iterations));
    base.push(time(c.baseline, c.iterations));
  }
  const o = median(ours);
  const b = median(base);
  console.log(`${c.name}: ${(o / b).toFixed(2)}x (ours ${fmt(o)} vs baseline ${fmt(b)} per run)`);
}

// The same revision lifecycle, as commands through the step and as raw events through xstate.
const ctx = { policy: defaultPolicy, now: new Date('2026-01-05T02:00:00Z') };
const at = ctx.now.toISOString();
const drafter = { id: 'u-d', department: 'market', positions: ['staff'] };
const marketHead = { id: 'u-m', department: 'market', positions: ['head'] };
const legalHead = { id: 'u-l', department: 'legal', positions: ['head'] };
const manager = { id: 'u-g', department: 'management', positions: ['management-head'] };
const ops = { id: 'u-o', department: 'operations-management', positions: ['staff'] };
const proposed = { ...defaultPolicy, version: '2026.2' };
const commands = [
  { id: 'c2', type: 'submit', actor: drafter },
  { id: 'c3', type: 'endorse', actor: marketHead },
  { id: 'c4', type: 'endorse', actor: legalHead },
  { id: 'c5', type: 'approve', actor: manager },
  { id: 'c6', type: 'announce', reference: 'R-1', actor: ops },
];
const events: RevisionEvent[] = commands.map((c) => ({
  ...c,
  actorId: c.actor.id,
  department: c.actor.department,
  at,
  ...(c.type === 'announce' ? { effectiveFrom: at } : {}),
})) as RevisionEvent[];
const created = createPolicyRevision('r', { id: 'c1', type: 'create', actor: drafter, title: 'T', policy: proposed }, ctx);
if (!created.ok) throw new Error(created.error.message);
const start: StoredRecord = created.record;
const input = { title: 'T', summary: '', drafterId: drafter.id, policy: proposed, reviewDepartments: ['market', 'legal'] };

run({
  name: 'policy-revision step vs xstate.transition (5 commands, same machine)',
  iterations: 300,
  ours: () => {
    let rec = start;
    for (const c of commands) {
      const r = policyRevisionStep(rec, c, ctx);
      if (!r.ok) throw new Error(r.error.message);
      rec = r.record;
    }
  },
  baseline: () => {
    let [snap] = initialTransition(policyRevisionMachine, input);
    for (const e of events) [snap] = transition(policyRevisionMachine, snap, e);
    if (snap.value !== 'effective') throw new Error('baseline did not finish');
  },
});
