// The domain kit as an engineering matter: idempotency, races, damaged records, hostile input, time and
// bounds. These tests check no DOMAIN rule; the domains' own tests do.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { budgetAggregate, budgetPayloads } from '../../src/budget/index.js';
import { disciplineAggregate, disciplinePayloads } from '../../src/discipline/index.js';
import { contentAggregate, contentMachine, contentPayloads, contentStep, createContentItem, readContentItem, type ContentCommand } from '../../src/content/index.js';
import { createMemoryStore, migrateRecord, runCommand, runCreate, type Migration, type StepResult, type StoredRecord } from '../../src/core/index.js';
import { defaultPolicy, policyRevisionAggregate, revisionPayloads } from '../../src/policy/index.js';
import { riskAggregate, riskPayloads } from '../../src/risk/index.js';
import { unbounded } from '../support/bounds.js';
import { as, people } from '../support/people.js';
import { approvedItem, context, newItem, now, plan, submitted, view } from '../content/helpers.js';
import contentV1 from '../fixtures/content-item.v1.json' with { type: 'json' };

const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);

function ok<C>(r: StepResult<C>) {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  if (r.replayed) throw new Error('unexpected replay');
  return r;
}

describe('idempotency', () => {
  it('the same command id, payload and actor returns the earlier outcome and changes nothing', () => {
    const item = submitted();
    const command: ContentCommand = { id: 'req-1', type: 'approve', stage: view(item).stage!, hash: context(item).hash, comment: '通过' };
    const first = ok(contentStep(item, command, as(people.editor, now)));
    // Key order and a claimed time do not change what the command is.
    const again = contentStep(first.record, { comment: '通过', hash: context(item).hash, stage: 'editor', type: 'approve', id: 'req-1', at: '2026-01-01T00:00:00Z' }, as(people.editor, later(5)));
    expect(again).toMatchObject({ ok: true, replayed: true, appliedAt: first.record.revision });
    expect(again.ok && again.record).toBe(first.record);
    expect(again.ok && again.effects).toEqual(first.effects);
    expect(again.ok && again.audit).toEqual(first.audit);
  });

  it('the same id with a different payload, or from someone else, is a conflict naming the id; nothing is applied', () => {
    const item = submitted();
    const first = ok(contentStep(item, { id: 'req-1', type: 'approve', stage: view(item).stage!, hash: context(item).hash }, as(people.editor, now)));
    const otherPayload = contentStep(first.record, { id: 'req-1', type: 'approve', stage: view(item).stage!, hash: context(item).hash, comment: '改了' }, as(people.editor, now));
    expect(!otherPayload.ok && otherPayload.error).toMatchObject({ code: 'conflict', commandId: 'req-1' });
    const otherType = contentStep(first.record, { id: 'req-1', type: 'reject', stage: 'editor', reason: '换个命令' }, as(people.editor, now));
    expect(!otherType.ok && otherType.error).toMatchObject({ code: 'conflict', commandId: 'req-1' });
    // Someone else replaying a person's command id never receives that person's outcome.
    const stranger = contentStep(first.record, { id: 'req-1', type: 'approve', stage: view(item).stage!, hash: context(item).hash }, as(people.editor2, now));
    expect(!stranger.ok && stranger.error).toMatchObject({ code: 'conflict', commandId: 'req-1' });
    expect(!stranger.ok && stranger.record).toBe(first.record);
  });

  it('command ids are compared after NFC normalisation, and ids with invisible characters are invalid', () => {
    const item = submitted();
    const composed = 'req-\u00e9';
    const decomposed = 'req-e\u0301';
    const first = ok(contentStep(item, { id: composed, type: 'approve', stage: view(item).stage!, hash: context(item).hash }, as(people.editor, now)));
    expect(contentStep(first.record, { id: decomposed, type: 'approve', stage: view(item).stage!, hash: context(item).hash }, as(people.editor, now))).toMatchObject({ ok: true, replayed: true });
    for (const id of ['req\u200b-1', 'req-1\u0000', '   ', 'x'.repeat(201)]) {
      const r = contentStep(item, { id, type: 'approve', stage: view(item).stage!, hash: context(item).hash }, as(people.editor, now));
      expect(!r.ok && r.error.code === 'invalid-input' && r.error.issues[0]?.path[0]).toBe('id');
    }
  });

  it('past the outcome window a retry is still recognised by id; past the id window the id is forgotten', () => {
    const replay = { outcomes: 2, ids: 4 };
    let record = apply(approvedItem(), 'pub', { type: 'publish', externalId: 'wb-1' }, people.editor, 0);
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      const id = `m-${i}`;
      ids.push(id);
      record = ok(contentStep(record, { id, type: 'record-metrics', metrics: { reads: i } }, as(people.analyst, later(i + 1), defaultPolicy, { replay }))).record;
    }
    expect(record.processedCommands.map((p) => [p.commandId, p.outcome !== undefined])).toEqual([
      ['m-2', false],
      ['m-3', false],
      ['m-4', true],
      ['m-5', true],
    ]);
    const recent = contentStep(record, { id: 'm-5', type: 'record-metrics', metrics: { reads: 5 } }, as(people.analyst, later(10), defaultPolicy, { replay }));
    expect(recent.ok && recent.replayed && recent.audit?.commandId).toBe('m-5');
    const older = contentStep(record, { id: 'm-2', type: 'record-metrics', metrics: { reads: 2 } }, as(people.analyst, later(10), defaultPolicy, { replay }));
    expect(older).toMatchObject({ ok: true, replayed: true, effects: [] });
    expect(older.ok && older.replayed && older.audit).toBeUndefined();
    const forgotten = contentStep(record, { id: 'm-0', type: 'record-metrics', metrics: { reads: 0 } }, as(people.analyst, later(10), defaultPolicy, { replay }));
    expect(forgotten.ok && !forgotten.replayed).toBe(true);
  });

  it("commands recorded before fingerprints existed are never applied twice: a retry of one is a conflict", () => {
    const r = contentStep(fixture(), { id: 'c6', type: 'approve', stage: 'legal', hash: 'f'.repeat(64) }, as(people.legal, now));
    expect(!r.ok && r.error).toMatchObject({ code: 'conflict', commandId: 'c6' });
  });
});

function apply(record: StoredRecord, id: string, command: Record<string, unknown>, by: (typeof people)[keyof typeof people], minutes: number) {
  return ok(contentStep(record, { id, ...command } as ContentCommand, as(by, later(minutes)))).record;
}

function fixture(): StoredRecord {
  return structuredClone(contentV1) as unknown as StoredRecord;
}

describe('what a host holds and what a record keeps', () => {
  it('the effects and audit entry a host is handed are its own: changing them never changes what a replay returns', () => {
    const item = submitted();
    const first = ok(contentStep(item, { id: 'req-1', type: 'approve', stage: 'editor', hash: context(item).hash }, as(people.editor, now)));
    (first.audit.actor as { id: string }).id = 'someone-else';
    (first.audit.rules as string[]).push('X-1');
    (first.effects[0]!['to'] as { grants: unknown[] }).grants.length = 0;
    const again = contentStep(first.record, { id: 'req-1', type: 'approve', stage: 'editor', hash: context(item).hash }, as(people.editor, now));
    expect(again.ok && again.replayed && again.audit).toMatchObject({ actor: people.editor, rules: ['CW-3', 'CW-4'] });
    expect(again.ok && (again.effects[0]!['to'] as { grants: unknown[] }).grants.length).toBeGreaterThan(0);
  });

  it('a replay window the host sets to NaN falls back to the defaults instead of keeping everything', () => {
    let record = apply(approvedItem(), 'pub', { type: 'publish', externalId: 'wb-1' }, people.editor, 0);
    for (let i = 0; i < 40; i++) {
      record = ok(contentStep(record, { id: `m-${i}`, type: 'record-metrics', metrics: { reads: i } }, as(people.analyst, later(i + 1), defaultPolicy, { replay: { ids: Number.NaN, outcomes: Number.NaN } }))).record;
    }
    expect(record.processedCommands.length).toBe(30);
    expect(record.processedCommands.filter((p) => p.outcome).length).toBe(1);
  });

  it('fields a command does not take are refused by name, not silently dropped; an actor claim is the one field ignored', () => {
    const planning = newItem();
    const typo = contentStep(planning, { id: 'x', type: 'update-plan', plan: { theem: '主题' } } as never, as(people.author, now));
    expect(!typo.ok && typo.error.code === 'invalid-input' && typo.error.issues[0]?.messages.en).toContain('theem');
    const item = submitted();
    const comment = contentStep(item, { id: 'y', type: 'approve', stage: 'editor', hash: context(item).hash, coment: '好' } as never, as(people.editor, now));
    expect(!comment.ok && comment.error.code).toBe('invalid-input');
  });
});

describe('creation', () => {
  it('a create command on an existing record is a conflict, not invalid input; its own retry is a replay', () => {
    const create = { id: 'c-1', type: 'create', format: 'text', channel: 'weibo', riskLevel: 'low', title: 'T', body: 'B', plan } as const;
    const created = ok(createContentItem('post-9', create, as(people.author, now)));
    expect(contentStep(created.record, create, as(people.author, now))).toMatchObject({ ok: true, replayed: true });
    const other = contentStep(created.record, { ...create, id: 'c-2' }, as(people.author, now));
    expect(!other.ok && other.error).toMatchObject({ code: 'conflict', actualRevision: 1 });
  });

  it('two creates racing on one id: one wins, the other gets conflict, the winner is never overwritten', async () => {
    const store = createMemoryStore();
    const make = (commandId: string, title: string, by = people.author) => () =>
      createContentItem('post-1', { id: commandId, type: 'create', format: 'text', channel: 'weibo', riskLevel: 'low', title }, as(by, now));
    const [a, b] = await Promise.all([runCreate(store, make('c-1', 'first')), runCreate(store, make('c-2', 'second'))]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    const loser = a.ok ? b : a;
    expect(!loser.ok && loser.error.code).toBe('conflict');
    const stored = (await store.load('content-item', 'post-1'))!;
    expect(context(stored).title).toBe(a.ok ? 'first' : 'second');
    expect(await runCreate(store, a.ok ? make('c-1', 'first') : make('c-2', 'second'))).toMatchObject({ ok: true, replayed: true });
    // The same command id from someone else is not a retry.
    const stolen = await runCreate(store, a.ok ? make('c-1', 'first', people.editor) : make('c-2', 'second', people.editor));
    expect(!stolen.ok && stolen.error.code).toBe('conflict');
    // runCommand's retry after a lost creation race meets the winner's record: conflict, not invalid input.
    const viaRun = await runCommand(store, 'content-item', 'post-1', (rec) => contentStep(rec, { id: 'c-3', type: 'create', format: 'text', channel: 'weibo', riskLevel: 'low' }, as(people.author, now)));
    expect(!viaRun.ok && viaRun.error.code).toBe('conflict');
    expect(store.size()).toBe(1);
  });

  it('a damaged row met while creating is refused as version-mismatch, not thrown', async () => {
    const store = {
      load: async () => ({ ...newItem(), processedCommands: 'oops' }) as unknown as StoredRecord,
      save: async () => ({ ok: false as const, error: { code: 'conflict' as const, message: 'taken', messages: { 'zh-CN': '', 'zh-TW': '', en: 'taken' } } }),
    };
    const r = await runCreate(store, () => createContentItem('post-1', { id: 'c-1', type: 'create', format: 'text', channel: 'weibo', riskLevel: 'low' }, as(people.author, now)));
    expect(!r.ok && r.error.code).toBe('version-mismatch');
  });
});

describe('store port and races', () => {
  it('a stale save is refused with conflict and the stored record is unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 7 }), async (steps, expected) => {
        const store = createMemoryStore();
        let record = newItem();
        await store.save(record, { expectedRevision: 0 });
        for (let i = 0; i < steps; i++) {
          const next = { ...record, revision: record.revision + 1 };
          expect((await store.save(next, { expectedRevision: record.revision })).ok).toBe(true);
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
      { numRuns: 60 },
    );
  }, 60_000);

  it('two racing invocations: one wins, the other reloads and applies on top; nothing is lost', async () => {
    const store = createMemoryStore();
    await store.save(apply(newItem(), 's', { type: 'start-creation' }, people.author, 0), { expectedRevision: 0 });
    const edit = (id: string, by: (typeof people)['author'], field: Record<string, unknown>) => (rec: StoredRecord) => contentStep(rec, { id, type: 'edit', ...field }, as(by, later(1)));
    const [a, b] = await Promise.all([
      runCommand(store, 'content-item', 'post-1', edit('a', people.author, { title: '甲' })),
      runCommand(store, 'content-item', 'post-1', edit('b', people.editor, { body: '乙' })),
    ]);
    expect(a.ok && b.ok).toBe(true);
    const stored = (await store.load('content-item', 'post-1'))!;
    expect(stored.revision).toBe(4);
    expect(context(stored)).toMatchObject({ title: '甲', body: '乙' });
    expect(stored.contributors).toEqual([people.author.id, people.editor.id]);
  });

  it('after the bounded retries a persistent conflict is reported, and a missing record is not-found', async () => {
    const store = createMemoryStore();
    await store.save(newItem(), { expectedRevision: 0 });
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
    const r = await runCommand(racing, 'content-item', 'post-1', (rec) => contentStep(rec, { id: 'x', type: 'update-plan', plan: { theme: '新' } }, as(people.author, now)), { maxAttempts: 2 });
    expect(!r.ok && r.error.code).toBe('conflict');
    expect(bumps).toBe(2);
    const missing = await runCommand(store, 'content-item', 'nope', (rec) => contentStep(rec, { id: 'y', type: 'submit' }, as(people.author, now)));
    expect(!missing.ok && missing.error.code).toBe('not-found');
  });
});

describe('time comes from the host', () => {
  it("a host clock behind the record's last change is refused: history never runs backwards", () => {
    const item = apply(submitted(), 'a', { type: 'approve', stage: view(submitted()).stage!, hash: context(submitted()).hash }, people.editor, 60);
    const r = contentStep(item, { id: 'b', type: 'approve', stage: view(item).stage!, hash: context(item).hash }, as(people.marketingHead, later(30)));
    expect(!r.ok && r.error.code).toBe('conflict');
    expect(r.record).toBe(item);
  });

  it('a missing or invalid host clock is invalid input, not a decision made at an unknown time', () => {
    for (const bad of [new Date('nope'), undefined, '2026-03-02T00:00:00Z']) {
      const r = contentStep(submitted(), { id: 'x', type: 'approve', stage: view(submitted()).stage!, hash: context(submitted()).hash }, { ...as(people.editor, now), now: bad as never });
      expect(!r.ok && r.error.code === 'invalid-input' && r.error.issues[0]?.path).toEqual(['ctx', 'now']);
    }
  });
});

describe('hostile input', () => {
  const aggregates = [
    { name: 'content', aggregate: contentAggregate, record: () => submitted() },
    { name: 'budget', aggregate: budgetAggregate, record: () => budgetRecord() },
    { name: 'discipline case', aggregate: disciplineAggregate, record: () => caseRecord() },
    { name: 'policy revision', aggregate: policyRevisionAggregate, record: () => revisionRecord() },
    { name: 'risk', aggregate: riskAggregate, record: () => riskRecord() },
  ];

  it.each(aggregates)('$name: every JSON value as a command is a typed refusal or a valid command, never a throw, never a changed record', ({ aggregate, record }) => {
    const base = record();
    const types = [...Object.keys(aggregate.definition.commands), 'create', 'bogus'];
    const command = fc.oneof(
      fc.jsonValue(),
      fc.record({ id: fc.oneof(fc.string(), fc.jsonValue()), type: fc.constantFrom(...types) }, { requiredKeys: [] }).chain((head) =>
        fc.dictionary(fc.constantFrom('reason', 'hash', 'title', 'body', 'lines', 'policy', 'metrics', 'at', 'actor', '__proto__', 'constructor', 'length', 'plan', 'inherent', 'current', 'target', 'note', 'rung', 'compensation', 'statement', 'outcome'), fc.jsonValue()).map((rest) => ({ ...rest, ...head })),
      ),
    );
    fc.assert(
      fc.property(command, fc.constantFrom(...Object.values(people)), (cmd, by) => {
        const before = structuredClone(base);
        let r: StepResult<unknown>;
        expect(() => (r = (aggregate.step as unknown as (rec: unknown, c: unknown, ctx: unknown) => StepResult<unknown>)(base, cmd, as(by, later(1))))).not.toThrow();
        expect(base).toEqual(before);
        if (!r!.ok) expect(r!.record).toBe(base);
        expect(r!.ok || typeof r!.error.code === 'string').toBe(true);
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it('every string and list of every command a step takes has a maximum length', () => {
    const payloads = { ...contentPayloads, ...budgetPayloads, ...revisionPayloads };
    for (const [type, schema] of Object.entries({ ...contentPayloads })) expect(unbounded(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' })), `content ${type}`).toEqual([]);
    for (const [type, schema] of Object.entries({ ...budgetPayloads })) expect(unbounded(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' })), `budget ${type}`).toEqual([]);
    for (const [type, schema] of Object.entries({ ...disciplinePayloads })) expect(unbounded(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' })), `discipline ${type}`).toEqual([]);
    for (const [type, schema] of Object.entries({ ...revisionPayloads })) expect(unbounded(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' })), `revision ${type}`).toEqual([]);
    for (const [type, schema] of Object.entries({ ...riskPayloads })) expect(unbounded(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' })), `risk ${type}`).toEqual([]);
    expect(Object.keys(payloads).length).toBeGreaterThan(20);
  });

  it('a 100 MB title is invalid input, refused without being read', () => {
    const item = apply(newItem(), 's', { type: 'start-creation' }, people.author, 0);
    const r = contentStep(item, { id: 'big', type: 'edit', title: 'x'.repeat(100 * 1024 * 1024) }, as(people.author, now));
    expect(!r.ok && r.error.code === 'invalid-input' && r.error.issues[0]?.path).toEqual(['title']);
  });

  it('ids such as constructor and __proto__ are ordinary ids', () => {
    for (const id of ['constructor', '__proto__', 'toString']) {
      const r = createContentItem(id, { id, type: 'create', format: 'text', channel: 'weibo', riskLevel: 'low' }, as(people.author, now));
      expect(r.ok && r.record.id).toBe(id);
    }
  });
});

describe('damaged or tampered records', () => {
  const damages: Array<[string, (r: Record<string, unknown>) => unknown]> = [
    ['no processedCommands', (r) => ({ ...r, processedCommands: undefined })],
    ['processedCommands not a list', (r) => ({ ...r, processedCommands: 'x' })],
    ['a processed command without an id', (r) => ({ ...r, processedCommands: [{ type: 'create', revision: 1 }] })],
    ['empty context', (r) => ({ ...r, snapshot: { ...(r['snapshot'] as object), context: {} } })],
    ['no context', (r) => ({ ...r, snapshot: { value: 'review' } })],
    ['garbage history', (r) => ({ ...r, snapshot: { ...(r['snapshot'] as object), historyValue: { x: 5 } } })],
    ['unknown state', (r) => ({ ...r, snapshot: { ...(r['snapshot'] as object), value: 'limbo' } })],
    ['state value not a string', (r) => ({ ...r, snapshot: { ...(r['snapshot'] as object), value: 7 } })],
    ['revision NaN', (r) => ({ ...r, revision: Number.NaN })],
    ['revision as a string', (r) => ({ ...r, revision: '2' })],
    ['revision 0', (r) => ({ ...r, revision: 0 })],
    ['revision past 2^53 − 1', (r) => ({ ...r, revision: Number.MAX_SAFE_INTEGER })],
    ['revision a fraction', (r) => ({ ...r, revision: 1.5 })],
    ['schemaVersion from the future', (r) => ({ ...r, schemaVersion: 99 })],
    ['another kind', (r) => ({ ...r, kind: 'marketing-budget' })],
    ['contributors missing', (r) => ({ ...r, contributors: undefined })],
    ['updatedAt not a time', (r) => ({ ...r, updatedAt: 'yesterday' })],
    ['chain gone', (r) => ({ ...r, snapshot: { ...(r['snapshot'] as { context: object }), context: { ...(r['snapshot'] as { context: object }).context, chain: null } } })],
    ['signatures not a list', (r) => ({ ...r, snapshot: { ...(r['snapshot'] as { context: object }), context: { ...(r['snapshot'] as { context: object }).context, signatures: 5 } } })],
    ['not an object', () => 'record'],
    ['null', () => null],
  ];

  it.each(damages)('%s: refused with version-mismatch, never a TypeError', (_name, damage) => {
    const item = submitted();
    const bad = damage(item as unknown as Record<string, unknown>) as StoredRecord;
    for (const [by, command] of [
      [people.editor, { id: 'x', type: 'approve', stage: view(item).stage!, hash: context(item).hash }],
      [people.author, { id: 'y', type: 'cancel', reason: '测试' }],
      [people.legal, { id: 'z', type: 'takedown', reason: '测试', emergency: true }],
    ] as const) {
      let r: StepResult<unknown> | undefined;
      expect(() => (r = contentStep(bad, command as ContentCommand, as(by, later(1))))).not.toThrow();
      expect(r?.ok === false && r.error.code).toBe('version-mismatch');
    }
    expect(readContentItem(bad).ok).toBe(false);
  });

  it('stored snapshots have the shape XState itself persists, so XState can restore them', () => {
    const item = apply(submitted(), 'a', { type: 'approve', stage: view(submitted()).stage!, hash: context(submitted()).hash }, people.editor, 1);
    const xstate = contentMachine.getPersistedSnapshot(contentMachine.resolveState(item.snapshot as never));
    expect(JSON.parse(JSON.stringify(item.snapshot))).toEqual(JSON.parse(JSON.stringify(xstate)));
  });
});

describe('migrations', () => {
  it('migrations run in order from the stored schemaVersion to the current one, and a gap is refused', () => {
    const v1 = { ...newItem(), kind: 'demo', schemaVersion: 1, snapshot: { value: 'old', context: { n: 1 } } };
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

  it('the stored version-1 content item reads as version 2 with its stage as data and its contributors in the envelope', () => {
    const v1 = fixture();
    const copy = structuredClone(v1);
    const r = readContentItem(v1);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value).toMatchObject({ state: 'review', stage: 'legal', createdBy: 'u-author', contributors: ['u-author', 'u-editor'] });
    expect(v1).toEqual(copy);
  });
});

describe('record size', () => {
  it('a record kept for a long time stays bounded: after 1,000 commands it is at most twice its size after 10', () => {
    let record = apply(approvedItem(), 'pub', { type: 'publish', externalId: 'wb-1' }, people.editor, 0);
    const sizes = new Map<number, number>();
    // Hourly monitoring, as a host polling platform statistics records it, with request-id-sized command ids.
    for (let hour = 1; record.processedCommands.length + (record.revision - record.processedCommands.length) < 1000; hour++) {
      record = ok(contentStep(record, { id: `req-${String(hour).padStart(8, '0')}-${'f'.repeat(24)}`, type: 'record-metrics', metrics: { reads: hour * 10, likes: hour } }, as(people.analyst, later(60 * hour)))).record;
      if (record.revision === 10 || record.revision === 1000) sizes.set(record.revision, JSON.stringify(record).length);
    }
    expect(sizes.get(1000)!).toBeLessThanOrEqual(2 * sizes.get(10)!);
  });
});

function budgetRecord(): StoredRecord {
  // Compiled in the budget's compilation window (BUD-1), under the id derived from year and owner.
  const r = budgetAggregate.create(
    'budget-2026-marketing',
    { id: 'b-1', type: 'create', year: 2026, lines: [{ id: 'spring-campaign', category: 'campaign', name: '春季新品活动', annual: 1_200_000_00 }] },
    as(people.marketingHead, new Date('2025-12-20T02:00:00.000Z')),
  );
  if (!r.ok) throw new Error(r.error.message);
  return r.record;
}

function caseRecord(): StoredRecord {
  // A case notified to the employee, so statement, waiver, union notice, decision and withdrawal all apply.
  const ctx = (p: (typeof people)[keyof typeof people]) => as(p, now);
  const created = disciplineAggregate.create('case-1', { id: 'c-1', type: 'create', subject: { person: people.marketingStaff.id, department: 'marketing' }, violation: 'fake-traffic', occurredAt: '2026-03-01T10:00:00+08:00', description: '刷量' }, as(people.hrStaff, new Date('2026-03-01T03:00:00.000Z')));
  if (!created.ok) throw new Error(created.error.message);
  let record = created.record;
  for (const command of [{ id: 'c-2', type: 'investigate' }, { id: 'c-3', type: 'propose', findings: '属实' }, { id: 'c-4', type: 'notify' }] as const) {
    const r = disciplineAggregate.step(record, command, ctx(people.hrStaff));
    if (!r.ok) throw new Error(r.error.message);
    record = r.record;
  }
  return record;
}

function revisionRecord(): StoredRecord {
  const r = policyRevisionAggregate.create('rev-1', { id: 'r-1', type: 'create', title: '修订', policy: { ...defaultPolicy, version: '2026.2' } }, as(people.drafter, now));
  if (!r.ok) throw new Error(r.error.message);
  return r.record;
}

function riskRecord(): StoredRecord {
  // An assessed legal risk: every command of the register has something to act on.
  const created = riskAggregate.create('risk-1', { id: 'k-1', type: 'create', category: 'legal', title: '绝对化用语', description: '新品文案含「最佳」' }, as(people.marketingStaff, now));
  if (!created.ok) throw new Error(created.error.message);
  const r = riskAggregate.step(created.record, { id: 'k-2', type: 'assess', inherent: { likelihood: 'high', impact: 'medium' }, current: { likelihood: 'medium', impact: 'medium' }, target: 'low' }, as(people.legal, now));
  if (!r.ok) throw new Error(r.error.message);
  return r.record;
}
