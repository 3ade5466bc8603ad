// A conformance harness for aggregates: xstate/graph walks the machine's paths from a given input, and
// every path is replayed through the aggregate's step as commands from people. The step must reach every
// state the machine reaches, take every transition the machine takes to the same state, refuse every
// event the machine refuses (leaving the record unchanged), and between them exercise every transition
// the machine defines.
import type { AnyMachineSnapshot, AnyStateMachine } from 'xstate';
import { getAdjacencyMap, getShortestPaths } from 'xstate/graph';
import { expect } from 'vitest';
import type { StepContext, StepResult, StoredRecord } from '../../src/core/index.js';
import type { Policy } from '../../src/policy/index.js';
import { as, type Person } from './people.js';

/** One thing a person can do: the machine event the step should produce, and the command that asks for it. */
export interface Move {
  readonly actor: Person;
  readonly command: Record<string, unknown>;
  readonly event: { readonly type: string; readonly [key: string]: unknown };
}

export interface Conformance {
  readonly machine: AnyStateMachine;
  /** The machine input that the record `create()` returns starts from. */
  readonly input: unknown;
  readonly create: () => StoredRecord;
  readonly step: (record: StoredRecord, command: never, ctx: StepContext<Policy>) => StepResult<unknown>;
  /** The moves offered in a snapshot (only those whose actor may give them there). */
  readonly moves: (snapshot: AnyMachineSnapshot) => readonly Move[];
  /** Which snapshots count as the same state for the walk (state value plus the context that decides). */
  readonly serialize: (snapshot: { value: unknown; context: unknown }) => string;
  /** Every state value the step must reach, as `stateToString` writes it. */
  readonly states: readonly string[];
  readonly now: Date;
  readonly policy?: Policy;
}

const stateString = (v: unknown): string =>
  typeof v === 'string' ? v : Object.entries(v as Record<string, unknown>).map(([k, x]) => `${k}.${stateString(x)}`).join(',');

export function conformance(c: Conformance) {
  const byEvent = new WeakMap<object, Move>();
  const events = (snapshot: AnyMachineSnapshot) =>
    c.moves(snapshot).map((m) => {
      const event = { ...m.event, actorId: m.actor.id, department: m.actor.department, at: c.now.toISOString() };
      byEvent.set(event, m);
      return event;
    });
  const options = { input: c.input, events, serializeState: c.serialize, limit: 50_000 } as never;
  const paths = getShortestPaths(c.machine, options);

  function replay(steps: ReadonlyArray<{ event: unknown }>): StoredRecord {
    let record = c.create();
    steps.forEach(({ event }, i) => {
      const e = event as { type: string };
      if (e.type.startsWith('xstate.')) return;
      const move = byEvent.get(e)!;
      const r = c.step(record, { ...move.command, id: `m-${i}` } as never, as(move.actor, c.now, c.policy));
      if (!r.ok) throw new Error(`${e.type} by ${move.actor.id}: ${r.error.code} ${r.error.message}`);
      record = r.record;
    });
    return record;
  }

  return {
    /** The step reaches every state along the machine's shortest paths, in the same state each time. */
    reachesEveryState() {
      const reached = new Set<string>();
      for (const path of paths) {
        const record = replay(path.steps);
        expect(c.serialize(record.snapshot as never)).toBe(c.serialize(path.state as never));
        reached.add(stateString((record.snapshot as { value: unknown }).value));
      }
      expect([...reached].sort()).toEqual([...c.states].sort());
    },
    /** Every event the machine takes, the step takes to the same state; every event it refuses, the step refuses unchanged. */
    agreesOnEveryTransition() {
      const adjacency = getAdjacencyMap(c.machine, options);
      const byState = new Map(paths.map((p) => [c.serialize(p.state as never), p]));
      const taken = new Set<string>();
      let refused = 0;
      for (const [key, { state: from, transitions }] of Object.entries(adjacency)) {
        const prefix = byState.get(key)!.steps;
        const before = replay(prefix);
        for (const { event, state } of Object.values(transitions) as Array<{ event: { type: string }; state: AnyMachineSnapshot }>) {
          const move = byEvent.get(event)!;
          const ctx = as(move.actor, c.now, c.policy);
          if ((from as AnyMachineSnapshot).can(event)) {
            const r = c.step(before, { ...move.command, id: 'probe' } as never, ctx);
            expect(r.ok, `${key} ${event.type} by ${move.actor.id}: ${r.ok ? '' : r.error.message}`).toBe(true);
            if (!r.ok) continue;
            expect(c.serialize(r.record.snapshot as never), `${key} ${event.type}`).toBe(c.serialize(state));
            taken.add(`${stateString((from as AnyMachineSnapshot).value)} ${event.type} ${stateString(state.value)}`);
          } else {
            const copy = structuredClone(before);
            const r = c.step(before, { ...move.command, id: 'probe' } as never, ctx);
            expect(r.ok, `${key} ${event.type} should be refused`).toBe(false);
            expect(before).toEqual(copy);
            refused++;
          }
        }
      }
      // Every (source state, event, target state) the definition declares is taken at least once.
      const defined = new Set<string>();
      const walk = (node: { path: string[]; states: Record<string, unknown>; transitions: Map<string, Array<{ target?: Array<{ path: string[] }> }>> }) => {
        for (const [event, ts] of node.transitions) {
          if (event.startsWith('xstate.')) continue;
          for (const t of ts) defined.add(`${node.path.join('.')} ${event} ${(t.target?.[0] ?? node).path.join('.')}`);
        }
        for (const child of Object.values(node.states)) walk(child as never);
      };
      walk(c.machine.root as never);
      expect([...defined].filter((d) => !taken.has(d)).sort()).toEqual([]);
      return { taken: taken.size, refused };
    },
  };
}
