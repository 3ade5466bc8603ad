// The Postgres store as a host runs it: compare-and-set saves, the audit table and the outbox written in
// the save's transaction, and crashes at the two bad moments (inside the transaction, and after COMMIT
// before the effects went out). Recovery must deliver every effect exactly once.
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommand, runCreate, type Effect, type StepResult, type StoredRecord } from 'marketing-governance/core';
import { CONTENT_KIND, contentStep, createContentItem, readContentItem, type ContentCommand, type CreateContentCommand } from 'marketing-governance/content';
import { defaultPolicy } from 'marketing-governance/policy';
import { relayOutbox, receiveOnce, type OutboxEffect } from '../../examples/postgres-store/outbox.js';
import { auditTrail, createPostgresStore } from '../../examples/postgres-store/store.js';
import { as, people, type Person } from '../support/people.js';
import { openDatabase, type TestDatabase } from './pglite.js';

const now = new Date('2026-03-02T01:00:00.000Z');
const plan = { theme: '春季新品', form: '图文', audience: '25-35 岁城市女性', expectedEffect: '阅读 1 万，转化 200' };
const ctx = (by: Person) => as(by, now, defaultPolicy);

let db: TestDatabase;
beforeAll(async () => {
  db = await openDatabase();
  // What the receiver does with an effect: one row per performance, so a double send would show.
  await db.pool.query('CREATE TABLE sent_notifications (effect_id text NOT NULL, topic text)');
}, 120_000);
afterAll(async () => {
  await db?.close();
});

async function created(id: string): Promise<StepResult> {
  const store = createPostgresStore(db.pool);
  const r = await runCreate(store, () =>
    createContentItem(id, { id: `${id}-create`, type: 'create', format: 'text', channel: 'weibo', riskLevel: 'low', title: '春季新品上市', body: '新品介绍……', plan } as CreateContentCommand, ctx(people.author)),
  );
  expect(r.ok).toBe(true);
  return r;
}

/** A pool whose connections die on the first statement matching `fatal`, as a process killed mid-transaction. */
function dyingPool(pool: pg.Pool, fatal: RegExp): pg.Pool {
  return {
    query: pool.query.bind(pool),
    async connect() {
      const client = await pool.connect();
      return new Proxy(client, {
        get(target, key, receiver) {
          if (key !== 'query') return Reflect.get(target, key, receiver);
          return (text: string, values?: unknown[]) => {
            if (fatal.test(text)) return Promise.reject(new Error('killed inside the transaction'));
            return target.query(text, values);
          };
        },
      });
    },
  } as unknown as pg.Pool;
}

const outbox = async (recordId: string) =>
  (await db.pool.query<{ effect_id: string; effect: Effect; sent_at: Date | null; attempts: number }>('SELECT effect_id, effect, sent_at, attempts FROM governance_outbox WHERE record_id = $1 ORDER BY seq', [recordId])).rows;

describe('Postgres store: records, audit and outbox in one transaction', () => {
  it('SUP-3: every accepted command leaves one audit row, the very entry the step returned with its policy version, and the audit table refuses changes', async () => {
    const store = createPostgresStore(db.pool);
    const first = await created('audit-1');
    const r = await runCommand(store, CONTENT_KIND, 'audit-1', (rec) => contentStep(rec, { id: 'audit-1-start', type: 'start-creation' } as ContentCommand, ctx(people.author)));
    if (!r.ok || r.replayed || !first.ok || first.replayed) throw new Error('expected both accepted');
    expect(await auditTrail(db.pool, CONTENT_KIND, 'audit-1')).toEqual([first.audit, r.audit]);
    expect(r.audit.policyVersion).toBe(defaultPolicy.version);
    // A stale save is a typed conflict and writes nothing.
    const stale = await store.save(r.record, { expectedRevision: 1 });
    expect(stale.ok ? undefined : { code: stale.error.code, actual: 'actualRevision' in stale.error ? stale.error.actualRevision : undefined }).toEqual({ code: 'conflict', actual: 2 });
    expect(await auditTrail(db.pool, CONTENT_KIND, 'audit-1')).toHaveLength(2);
    await expect(db.pool.query(`UPDATE governance_audit SET entry = '{}'::jsonb WHERE record_id = 'audit-1'`)).rejects.toThrow(/append-only/);
    await expect(db.pool.query(`DELETE FROM governance_audit WHERE record_id = 'audit-1'`)).rejects.toThrow(/append-only/);
    expect(await auditTrail(db.pool, CONTENT_KIND, 'audit-1')).toEqual([first.audit, r.audit]);
    // The record read back is the record saved, and the library reads it as such.
    const loaded = await store.load(CONTENT_KIND, 'audit-1');
    expect(loaded).toEqual(r.record);
    expect(readContentItem(loaded!).ok).toBe(true);
  }, 120_000);

  it('CW-3: writers killed inside the save and after COMMIT, relays that lose acknowledgements: every effect delivered exactly once after recovery', async () => {
    const store = createPostgresStore(db.pool);
    const id = 'crash-1';
    const returned: Effect[] = [];
    const keep = (r: StepResult) => {
      if (r.ok && !r.replayed) returned.push(...r.effects);
      return r;
    };
    keep(await created(id));
    keep(await runCommand(store, CONTENT_KIND, id, (rec) => contentStep(rec, { id: 'c-start', type: 'start-creation' } as ContentCommand, ctx(people.author))));

    // Writer A commits the submission (record, audit and the reviewers' notifications), then dies before
    // it sends anything.
    const submit = { id: 'c-submit', type: 'submit' } as ContentCommand;
    const writerA = async () => {
      keep(await runCommand(store, CONTENT_KIND, id, (rec) => contentStep(rec, submit, ctx(people.author))));
      throw new Error('killed after COMMIT');
    };
    await expect(writerA()).rejects.toThrow('killed after COMMIT');
    const pending = await outbox(id);
    expect(pending.length).toBeGreaterThan(0);
    expect(pending.every((row) => row.sent_at === null)).toBe(true);

    // Writer B dies inside its transaction, after the record and audit rows, at the outbox insert:
    // the database rolls all of it back.
    const stage = (rec: StoredRecord) => {
      const v = readContentItem(rec);
      if (!v.ok) throw new Error(v.error.message);
      return { stage: v.value.stage!, hash: v.value.context.hash };
    };
    const dying = createPostgresStore(dyingPool(db.pool, /INSERT INTO governance_outbox/));
    const approve = (rec: StoredRecord) => contentStep(rec, { id: 'c-approve-1', type: 'approve', ...stage(rec) } as ContentCommand, ctx(people.editor));
    await expect(runCommand(dying, CONTENT_KIND, id, approve)).rejects.toThrow('killed inside the transaction');
    expect((await store.load(CONTENT_KIND, id))!.revision).toBe(3);
    expect(await auditTrail(db.pool, CONTENT_KIND, id)).toHaveLength(3);
    expect(await outbox(id)).toHaveLength(pending.length);

    // The clients retry with the same command ids: B's approval is applied once; A's submission is a
    // replay, so nothing is written or queued twice.
    keep(await runCommand(store, CONTENT_KIND, id, approve));
    const again = await runCommand(store, CONTENT_KIND, id, (rec) => contentStep(rec, submit, ctx(people.author)));
    expect(again.ok && again.replayed).toBe(true);
    expect((await store.load(CONTENT_KIND, id))!.revision).toBe(4);
    expect((await auditTrail(db.pool, CONTENT_KIND, id)).map((a) => a.commandId)).toEqual([`${id}-create`, 'c-start', 'c-submit', 'c-approve-1']);
    const queued = await outbox(id);
    expect(queued.map((row) => row.effect)).toEqual(returned);
    expect(queued.length).toBeGreaterThan(pending.length);

    // Recovery. The receiver performs an effect in the transaction that records its id.
    let deliveries = 0;
    let duplicates = 0;
    const receive = async (item: OutboxEffect) => {
      deliveries++;
      const outcome = await receiveOnce(db.pool, item.effect, now, async (client, effect) => {
        await client.query('INSERT INTO sent_notifications (effect_id, topic) VALUES ($1, $2)', [effect.id, String(effect['topic'] ?? '')]);
      });
      if (outcome === 'duplicate') duplicates++;
    };
    // Relay 1 delivers the first effect, and dies before marking it sent (its acknowledgement is lost).
    const t0 = new Date('2026-03-02T01:05:00.000Z');
    const lostAck = await relayOutbox(
      db.pool,
      async (item) => {
        await receive(item);
        throw new Error('relay killed after delivery');
      },
      { now: t0, leaseMs: 60_000 },
    );
    expect(lostAck).toEqual({ delivered: 0, failed: { effectId: queued[0]!.effect_id, error: 'relay killed after delivery' } });
    // Relay 2, while the first claim's lease runs, takes the rest and leaves the claimed effect alone.
    const during = await relayOutbox(db.pool, receive, { now: new Date(t0.getTime() + 1_000), leaseMs: 60_000 });
    expect(during).toEqual({ delivered: queued.length - 1 });
    // Relay 3, after the lease, delivers the first effect again: the receiver drops the duplicate.
    const after = await relayOutbox(db.pool, receive, { now: new Date(t0.getTime() + 61_000), leaseMs: 60_000 });
    expect(after).toEqual({ delivered: 1 });
    expect(await relayOutbox(db.pool, receive, { now: new Date(t0.getTime() + 200_000) })).toEqual({ delivered: 0 });

    const final = await outbox(id);
    expect(final.every((row) => row.sent_at !== null)).toBe(true);
    const performed = (await db.pool.query<{ effect_id: string; n: number }>('SELECT effect_id, count(*)::int AS n FROM sent_notifications GROUP BY effect_id ORDER BY effect_id')).rows;
    expect(performed).toEqual(returned.map((e) => ({ effect_id: e.id, n: 1 })).sort((a, b) => a.effect_id.localeCompare(b.effect_id)));
    expect(duplicates).toBe(1);
    expect(deliveries).toBe(returned.length + 1);
    console.log(
      `[crash] effects ${returned.length}, deliveries ${deliveries}, duplicates dropped ${duplicates}, delivered once ${performed.filter((p) => p.n === 1).length}/${returned.length}, lost updates 0`,
    );
  }, 120_000);
});
