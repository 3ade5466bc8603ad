// A `RecordStore` on Postgres through `pg`: compare-and-set on `revision`, and in the same transaction the
// audit entry and the effects (outbox) of the command that produced the record. A crash before COMMIT
// leaves nothing; a crash after it leaves the effects in the outbox for the relay (see outbox.ts).
import type { Pool, PoolClient } from 'pg';
import { conflict, fail, ok, outcomeOf, words, type AuditEntry, type Effect, type RecordStore, type StoredRecord } from 'marketing-governance/core';
import { SCHEMA_SQL } from './schema.js';

/** Create the tables (idempotent). */
export async function migrate(pool: Pool): Promise<void> {
  await pool.query(SCHEMA_SQL);
}

/** Run `work` in one transaction on one connection: COMMIT when it returns, ROLLBACK when it throws. */
export async function inTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('BEGIN');
    const out = await work(client);
    await client.query('COMMIT');
    return out;
  } catch (e) {
    try {
      await client.query('ROLLBACK');
    } catch (rollbackError) {
      // A connection that cannot roll back is not handed to the next caller.
      broken = rollbackError instanceof Error ? rollbackError : new Error(String(rollbackError));
    }
    throw e;
  } finally {
    client.release(broken);
  }
}

/**
 * The audit entry and effects a saved record carries for the command that produced it. Every accepted
 * step keeps its newest command's outcome in the record (the replay window is at least one), so the
 * store needs nothing beyond `save(record)`; a record saved without a command (a migration) has none.
 */
export function outcomeOfSave(record: StoredRecord): { audit: AuditEntry; effects: Effect[] } | undefined {
  const last = record.processedCommands.at(-1);
  return last && last.revision === record.revision ? outcomeOf(record, last) : undefined;
}

/** A {@link RecordStore} over a `pg` pool (or PGlite behind `createPgConfig`). */
export function createPostgresStore(pool: Pool): RecordStore {
  return {
    async load(kind, id) {
      const r = await pool.query<{ body: StoredRecord }>('SELECT body FROM governance_records WHERE kind = $1 AND id = $2', [kind, id]);
      return r.rows[0]?.body;
    },
    save(record, { expectedRevision }) {
      return inTransaction(pool, async (client) => {
        const outcome = outcomeOfSave(record);
        const at = outcome?.audit.at ?? record.updatedAt;
        const args = [record.kind, record.id, record.revision, JSON.stringify(record), record.updatedAt];
        // Revision 0 means "must not exist": the primary key decides between two racing creates.
        const written =
          expectedRevision === 0
            ? await client.query(
                'INSERT INTO governance_records (kind, id, revision, body, updated_at) VALUES ($1, $2, $3, $4::jsonb, $5) ON CONFLICT (kind, id) DO NOTHING',
                args,
              )
            : await client.query(
                'UPDATE governance_records SET revision = $3, body = $4::jsonb, updated_at = $5 WHERE kind = $1 AND id = $2 AND revision = $6',
                [...args, expectedRevision],
              );
        if (written.rowCount !== 1) {
          const now = await client.query<{ revision: number }>('SELECT revision FROM governance_records WHERE kind = $1 AND id = $2', [record.kind, record.id]);
          const actual = now.rows[0]?.revision ?? 0;
          return fail(
            conflict(
              words(
                `${record.kind} ${record.id} is at revision ${actual}, not ${expectedRevision}: reload and retry`,
                `记录已被他人修改（当前版本 ${actual}，预期 ${expectedRevision}），请重新加载后重试`,
                `記錄已被他人修改（目前版本 ${actual}，預期 ${expectedRevision}），請重新載入後重試`,
              ),
              { expectedRevision, actualRevision: actual },
            ),
          );
        }
        if (outcome) {
          const { audit, effects } = outcome;
          await client.query(
            'INSERT INTO governance_audit (id, kind, record_id, revision, command_id, entry, at) VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7)',
            [audit.id, audit.kind, audit.recordId, audit.revision, audit.commandId, JSON.stringify(audit), audit.at],
          );
          for (const effect of effects) {
            await client.query(
              'INSERT INTO governance_outbox (effect_id, kind, record_id, revision, effect, created_at) VALUES ($1, $2, $3, $4, $5::jsonb, $6)',
              [effect.id, record.kind, record.id, record.revision, JSON.stringify(effect), at],
            );
          }
        }
        return ok(undefined);
      });
    },
  };
}

/**
 * The audit trail of one record, oldest first, as the store wrote it.
 */
export async function auditTrail(pool: Pool, kind: string, id: string): Promise<AuditEntry[]> {
  const r = await pool.query<{ entry: AuditEntry }>('SELECT entry FROM governance_audit WHERE kind = $1 AND record_id = $2 ORDER BY revision', [kind, id]);
  return r.rows.map((row) => row.entry);
}
