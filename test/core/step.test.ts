import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createMemoryStore, migrateRecord, runCommand, runCreate, type Migration, type StoredRecord } from '../../src/core/index.js';
import { createPolicyRevision, policyRevisionMachine, policyRevisionStep } from '../../src/policy/index.js';
import { ctx, nextPolicy, people } from '../helpers.js';
import fixture from '../fixtures/policy-revision.v1.json' with { type: 'json' };

function fresh(): StoredRecord {
  const r = createPolicyRevision('rev-1', { id: 'create', type: 'create', actor: people.drafter, title: 'T', policy: nextPolicy }, ctx);
  if (!r.ok) throw new Error(r.error.message);
  return r.record;
}

const actorArb = fc.constantFrom(...Object.values(people));
const commandArb = fc.record({
  type: fc.constantFrom('edit', 'submit', 'endorse', 'reject', 'approve', 'announce', 'withdraw', 'bogus'),
  reason: fc.constantFrom(undefined, '', '理由不足', '   '),
  reference: fc.constantFrom(undefined, '营字〔2026〕1号'),
  actor: actorArb,
});

describe('step engine', () => {
  it('ORG-4: random commands from random actors: the input is never mutated, a refusal returns it unchanged, an acceptance adds exactly one revision', () => {
    fc.assert(
      fc.property(fc.array(commandArb, { maxLength: 25 }), (commands) => {
        let record = fresh();
        commands.forEach((c, i) => {
          const before = structuredClone(record);
          const r = policyRevisionStep(record, { ...c, id: `c${i}` }, ctx);
          expect(record).toEqual(before);
          if (r.ok) {
            expect(r.record.revision).toBe(before.revision + 1);
            expect(r.audit.commandId).toBe(`c${i}`);
            record = r.record;
          } else {
            expect(r.record).toBe(record);
            expect(['invalid-input', 'forbidden', 'not-allowed']).toContain(r.error.code);
            expect(r.error.message.length).toBeGreaterThan(0);
          }
        });
      }),
      { numRuns: 200 },
    );
  });

  it('ORG-4: a replayed command id is a no-op that returns the earlier outcome', () => {
    fc.assert(
      fc.property(fc.array(commandArb, { maxLength: 15 }), fc.nat(), (commands, pick) => {
        let record = fresh();
        const accepted: Array<{ command: Record<string, unknown>; effects: unknown; audit: unknown }> = [];
        commands.forEach((c, i) => {
          const command = { ...c, id: `c${i}` };
          const r = policyRevisionStep(record, command, ctx);
          if (r.ok) {
            accepted.push({ command, effects: r.effects, audit: r.audit });
            record = r.record;
          }
        });
        if (accepted.length === 0) return;
        const earlier = accepted[pick % accepted.length]!;
        const again = policyRevisionStep(record, earlier.command, ctx);
        expect(again.ok).toBe(true);
        if (!again.ok) return;
        expect(again.replayed).toBe(true);
        expect(again.record).toBe(record);
        expect(again.effects).toEqual(earlier.effects);
        expect(again.audit).toEqual(earlier.audit);
      }),
      { numRuns: 150 },
    );
  });

  it('SUP-3: stored snapshots have exactly the shape XState itself persists, so XState can restore them', () => {
    let record = fresh();
    for (const [i, c] of [{ type: 'submit', actor: people.drafter }, { type: 'endorse', actor: people.marketHead }].entries()) {
      const r = policyRevisionStep(record, { id: `s${i}`, ...c }, ctx);
      if (!r.ok) throw new Error(r.error.message);
      record = r.record;
      const xstate = policyRevisionMachine.getPersistedSnapshot(policyRevisionMachine.resolveState(record.snapshot as never));
      expect(JSON.parse(JSON.stringify(record.snapshot))).toEqual(JSON.parse(JSON.stringify(xstate)));
    }
  });

  it('ORG-4: reusing a command id for a different command is refused, not replayed', () => {
    const r1 = policyRevisionStep(fresh(), { id: 'same', type: 'submit', actor: people.drafter }, ctx);
    if (!r1.ok) throw new Error(r1.error.message);
    const r2 = policyRevisionStep(r1.record, { id: 'same', type: 'withdraw', reason: 'x', actor: people.drafter }, ctx);
    expect(!r2.ok && r2.error.issues?.[0]?.path).toEqual(['id']);
  });

  it('ORG-4: the replay window is bounded and keeps the newest commands', () => {
    let record = fresh();
    for (let i = 0; i < 5; i++) {
      const r = policyRevisionStep(record, { id: `e${i}`, type: 'edit', summary: String(i), actor: people.drafter }, { ...ctx, replayWindow: 3 });
      if (!r.ok) throw new Error(r.error.message);
      record = r.record;
    }
    expect(record.processedCommands.map((p) => p.commandId)).toEqual(['e2', 'e3', 'e4']);
  });

  it('SUP-3: a record from a newer schema, another kind or an unknown state is refused with version-mismatch, never guessed at', () => {
    const base = fresh();
    const cmd = { id: 'x', type: 'submit', actor: people.drafter };
    const newer = policyRevisionStep({ ...base, schemaVersion: 99 }, cmd, ctx);
    expect(!newer.ok && newer.error.code).toBe('version-mismatch');
    const other = policyRevisionStep({ ...base, kind: 'content-item' }, cmd, ctx);
    expect(!other.ok && other.error.code).toBe('version-mismatch');
    const lost = policyRevisionStep({ ...base, snapshot: { ...(base.snapshot as object), value: 'limbo' } }, cmd, ctx);
    expect(!lost.ok && lost.error.code).toBe('version-mismatch');
  });

  it('SUP-3: the stored v1 fixture still loads and takes commands', () => {
    const r = policyRevisionStep(fixture as StoredRecord, { id: 'from-fixture', type: 'submit', actor: people.drafter }, ctx);
    expect(r.ok && r.record.revision).toBe(fixture.revision + 1);
  });

  it('SUP-3: migrations run in order from the stored schemaVersion to the current one, and a gap is refused', () => {
    const v1 = { ...fresh(), kind: 'demo', schemaVersion: 1, snapshot: { value: 'old', context: { n: 1 } } };
    const migrations: Migration[] = [
      { kind: 'demo', from: 2, migrate: (r) => ({ ...r, schemaVersion: 3, snapshot: { ...(r.snapshot as object), value: 'renamed' } }) },
      { kind: 'demo', from: 1, migrate: (r) => ({ ...r, schemaVersion: 2, snapshot: { ...(r.snapshot as object), context: { n: 2 } } }) },
    ];
    const copy = structuredClone(v1);
    const up = migrateRecord(v1, 'demo', 3, migrations);
    expect(up.ok && up.value.snapshot).toEqual({ value: 'renamed', context: { n: 2 } });
    expect(v1).toEqual(copy);
    const gap = migrateRecord(v1, 'demo', 3, migrations.slice(0, 1));
    expect(!gap.ok && gap.error.message).toContain('from schemaVersion 1');
  });
});

describe('store port', () => {
  it('ORG-4: a stale save is refused with conflict and the stored record is unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 7 }), async (steps, expected) => {
        const store = createMemoryStore();
        let record = fresh();
        await store.save(record, { expectedRevision: 0 });
        for (let i = 0; i < steps; i++) {
          const next = { ...record, revision: record.revision + 1 };
          const saved = await store.save(next, { expectedRevision: record.revision });
          expect(saved.ok).toBe(true);
          record = next;
        }
        const attempt = { ...record, revision: expected + 1, updatedAt: 'changed' };
        const saved = await store.save(attempt, { expectedRevision: expected });
        const stored = await store.load(record.kind, record.id);
        if (expected === record.revision) {
          expect(saved.ok).toBe(true);
          expect(stored).toEqual(attempt);
        } else {
          expect(!saved.ok && saved.error).toMatchObject({ code: 'conflict', expectedRevision: expected, actualRevision: record.revision });
          expect(stored).toEqual(record);
        }
      }),
    );
  });

  it('ORG-4: two racing invocations: one wins, the other reloads, and nothing is lost', async () => {
    const store = createMemoryStore();
    await store.save(fresh(), { expectedRevision: 0 });
    const edit = (id: string, summary: string) => (rec: StoredRecord) =>
      policyRevisionStep(rec, { id, type: 'edit', summary, actor: people.drafter }, ctx);
    const [a, b] = await Promise.all([
      runCommand(store, 'policy-revision', 'rev-1', edit('a', 'A')),
      runCommand(store, 'policy-revision', 'rev-1', edit('b', 'B')),
    ]);
    expect(a.ok && b.ok).toBe(true);
    const stored = await store.load('policy-revision', 'rev-1');
    expect(stored?.revision).toBe(3);
    expect(stored?.processedCommands.map((p) => p.commandId).sort()).toEqual(['a', 'b', 'create']);
  });

  it('ORG-4: after the bounded retries, a persistent conflict is reported, and a missing record is not-found', async () => {
    const store = createMemoryStore();
    await store.save(fresh(), { expectedRevision: 0 });
    let bumps = 0;
    const racing = {
      load: store.load,
      async save(record: StoredRecord, o: { expectedRevision: number }) {
        // Another writer always gets in first.
        const current = (await store.load(record.kind, record.id))!;
        await store.save({ ...current, revision: current.revision + 1 }, { expectedRevision: current.revision });
        bumps++;
        return store.save(record, o);
      },
    };
    const r = await runCommand(racing, 'policy-revision', 'rev-1', (rec) => policyRevisionStep(rec, { id: 'x', type: 'submit', actor: people.drafter }, ctx), { maxAttempts: 2 });
    expect(!r.ok && r.error.code).toBe('conflict');
    expect(bumps).toBe(2);
    const missing = await runCommand(store, 'policy-revision', 'nope', (rec) => policyRevisionStep(rec, {}, ctx));
    expect(!missing.ok && missing.error.code).toBe('not-found');
  });

  it('ORG-4: creating is idempotent by command id and never overwrites an existing record', async () => {
    const store = createMemoryStore();
    const create = (commandId: string, title: string) => () =>
      createPolicyRevision('rev-1', { id: commandId, type: 'create', actor: people.drafter, title, policy: nextPolicy }, ctx);
    const first = await runCreate(store, create('c-1', 'first'));
    expect(first.ok && !first.replayed).toBe(true);
    const retry = await runCreate(store, create('c-1', 'first'));
    expect(retry.ok && retry.replayed).toBe(true);
    const other = await runCreate(store, create('c-2', 'second'));
    expect(!other.ok && other.error.code).toBe('conflict');
    const stored = await store.load('policy-revision', 'rev-1');
    expect((stored?.snapshot as { context: { title: string } }).context.title).toBe('first');
    expect(store.size()).toBe(1);
  });
});
