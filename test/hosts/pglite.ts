// A Postgres for the host examples' tests: PGlite (Postgres compiled to WASM, in process) behind a real
// `pg` Pool, so the examples run the very `pg` calls a host makes against a server.
import { PGlite } from '@electric-sql/pglite';
import { createPgConfig } from '@electric-sql/pglite/node-postgres';
import pg from 'pg';
import { migrate } from '../../examples/postgres-store/store.js';

export interface TestDatabase {
  readonly pool: pg.Pool;
  close(): Promise<void>;
}

/** A fresh in-memory database with the example's tables. */
export async function openDatabase(): Promise<TestDatabase> {
  const db = await PGlite.create();
  const pool = new pg.Pool(createPgConfig(db));
  await migrate(pool);
  return {
    pool,
    async close() {
      await pool.end();
      await db.close();
    },
  };
}
