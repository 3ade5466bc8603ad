// The outbox relay and the receiving side. The relay claims pending effects for a lease, delivers them in
// order and marks each sent; a relay that dies (or whose acknowledgement is lost) leaves its claims to
// expire, and the next run delivers again. Delivery is therefore at least once, and the receiver makes
// it exactly once by recording effect ids in the same transaction that performs the effect.
import type { Pool, PoolClient } from 'pg';
import type { Effect } from 'marketing-governance/core';
import { inTransaction } from './store.js';

/** A pending effect as the relay hands it to `deliver`. */
export interface OutboxEffect {
  readonly effect: Effect;
  readonly kind: string;
  readonly recordId: string;
  readonly revision: number;
  /** 1 on the first delivery, more after a lost acknowledgement or a crash. */
  readonly attempt: number;
}

/** What one relay run did. */
export interface RelayRun {
  readonly delivered: number;
  /** The effect whose delivery threw; the run stops there, so no later effect overtakes it in this run. */
  readonly failed?: { readonly effectId: string; readonly error: string };
}

/**
 * Deliver pending effects, oldest first. `now` is the host's clock; a claim lasts `leaseMs` (default
 * 30 s), during which no other relay takes the effect. Concurrent relays on a server skip each other's
 * rows (`FOR UPDATE SKIP LOCKED`).
 */
export async function relayOutbox(
  pool: Pool,
  deliver: (item: OutboxEffect) => Promise<void>,
  options: { readonly now: Date; readonly leaseMs?: number; readonly batch?: number },
): Promise<RelayRun> {
  const { now } = options;
  const until = new Date(now.getTime() + (options.leaseMs ?? 30_000));
  const claimed = await pool.query<{ effect_id: string; seq: string; kind: string; record_id: string; revision: number; effect: Effect; attempts: number }>(
    `UPDATE governance_outbox SET claimed_until = $1, attempts = attempts + 1
      WHERE effect_id IN (
        SELECT effect_id FROM governance_outbox
         WHERE sent_at IS NULL AND (claimed_until IS NULL OR claimed_until <= $2)
         ORDER BY seq LIMIT $3 FOR UPDATE SKIP LOCKED)
      RETURNING effect_id, seq, kind, record_id, revision, effect, attempts`,
    [until, now, options.batch ?? 100],
  );
  // RETURNING gives no order; seq is a bigint, which pg hands over as a string.
  const rows = claimed.rows.sort((a, b) => (BigInt(a.seq) < BigInt(b.seq) ? -1 : 1));
  let delivered = 0;
  for (const [i, row] of rows.entries()) {
    try {
      await deliver({ effect: row.effect, kind: row.kind, recordId: row.record_id, revision: row.revision, attempt: row.attempts });
    } catch (e) {
      const error = e instanceof Error ? e.message : String(e);
      // The failed effect keeps its claim until the lease ends (its receiver may have performed it);
      // the ones not yet tried are released for the next run at once.
      await pool.query('UPDATE governance_outbox SET last_error = $2 WHERE effect_id = $1', [row.effect_id, error]);
      const untried = rows.slice(i + 1).map((r) => r.effect_id);
      if (untried.length > 0) await pool.query('UPDATE governance_outbox SET claimed_until = NULL WHERE effect_id = ANY($1::text[])', [untried]);
      return { delivered, failed: { effectId: row.effect_id, error } };
    }
    await pool.query('UPDATE governance_outbox SET sent_at = $2, claimed_until = NULL, last_error = NULL WHERE effect_id = $1', [row.effect_id, now]);
    delivered++;
  }
  return { delivered };
}

/**
 * Perform an effect once at the receiver, whatever the number of deliveries: the effect id is recorded
 * in `governance_inbox` in the transaction that performs it, so a redelivery finds it and does nothing.
 */
export async function receiveOnce(
  pool: Pool,
  effect: Effect,
  now: Date,
  perform: (client: PoolClient, effect: Effect) => Promise<void>,
): Promise<'performed' | 'duplicate'> {
  return inTransaction(pool, async (client) => {
    const first = await client.query('INSERT INTO governance_inbox (effect_id, received_at) VALUES ($1, $2) ON CONFLICT (effect_id) DO NOTHING', [effect.id, now]);
    if (first.rowCount !== 1) return 'duplicate';
    await perform(client, effect);
    return 'performed';
  });
}
