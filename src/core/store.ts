import type { StoredRecord } from './record.js';
import { fail, ok, type GovernanceError, type Result } from './result.js';
import type { StepResult } from './step.js';

/**
 * The port a host implements over its database. `save` must be atomic compare-and-set on `revision`:
 * it stores the record only if the stored revision equals `expectedRevision` (0 means "must not exist")
 * and otherwise returns `conflict`. In SQL that is `UPDATE … WHERE kind = ? AND id = ? AND revision = ?`
 * and checking that one row changed.
 *
 * @example
 * const store: RecordStore = createMemoryStore();
 * const rec = await store.load('policy-revision', 'p-1');
 */
export interface RecordStore {
  /** The stored record of `kind` with `id`, or `undefined` when there is none. */
  load(kind: string, id: string): Promise<StoredRecord | undefined>;
  /** Store `record` if the stored revision is `expectedRevision` (0: none stored); otherwise `conflict`. */
  save(record: StoredRecord, options: { readonly expectedRevision: number }): Promise<Result<void>>;
}

function conflict(record: StoredRecord, expected: number, actual: number): GovernanceError {
  return {
    code: 'conflict',
    message: `${record.kind} ${record.id} is at revision ${actual}, not ${expected}: reload and retry`,
    messageZh: `记录已被他人修改（当前版本 ${actual}，预期 ${expected}），请重新加载`,
    expectedRevision: expected,
    actualRevision: actual,
  };
}

/**
 * The in-memory store's interface: a {@link RecordStore} that can also count its records.
 *
 * @example
 * const store: MemoryStore = createMemoryStore();
 * store.size() //=> 0
 */
export interface MemoryStore extends RecordStore {
  /** How many records are stored. */
  size(): number;
}

/**
 * An in-memory {@link RecordStore} for tests, demos and single-process hosts. It stores JSON copies, so
 * nothing a caller does to a loaded record leaks back, and it honours `expectedRevision` exactly.
 *
 * @example
 * const store = createMemoryStore();
 * await store.save(record, { expectedRevision: 0 }); //=> { ok: true }
 * await store.save(record, { expectedRevision: 0 }); //=> { ok: false, error: { code: 'conflict', … } }
 */
export function createMemoryStore(): MemoryStore {
  const rows = new Map<string, string>();
  const key = (kind: string, id: string) => `${kind}\u0000${id}`;
  return {
    size: () => rows.size,
    load(kind, id) {
      const row = rows.get(key(kind, id));
      return Promise.resolve(row === undefined ? undefined : (JSON.parse(row) as StoredRecord));
    },
    save(record, { expectedRevision }) {
      const k = key(record.kind, record.id);
      const row = rows.get(k);
      const actual = row === undefined ? 0 : (JSON.parse(row) as StoredRecord).revision;
      if (actual !== expectedRevision) return Promise.resolve(fail(conflict(record, expectedRevision, actual)));
      rows.set(k, JSON.stringify(record));
      return Promise.resolve(ok(undefined));
    },
  };
}

/**
 * Load a record, apply a step, save with optimistic concurrency, and on `conflict` reload and try again,
 * at most `maxAttempts` times (default 3). A retry sees the winner's record, so a command that no longer
 * fits is refused with a reason, and a command the winner already applied (same id) is a replay.
 * Pass `step` as `(record) => …` wrapping the aggregate's step; pass `create` to make the record when
 * it does not exist.
 *
 * @example
 * const r = await runCommand(store, 'policy-revision', 'p-1', (rec) => policyRevisionStep(rec, command, ctx));
 * if (r.ok) for (const e of r.effects) await perform(e);
 */
export async function runCommand<S>(
  store: RecordStore,
  kind: string,
  id: string,
  step: (record: StoredRecord) => StepResult<S>,
  options: { readonly maxAttempts?: number; readonly create?: () => StepResult<S> } = {},
): Promise<StepResult<S>> {
  const attempts = Math.max(1, options.maxAttempts ?? 3);
  let last: StepResult<S> | undefined;
  for (let i = 0; i < attempts; i++) {
    const loaded = await store.load(kind, id);
    let result: StepResult<S>;
    if (loaded) result = step(loaded);
    else if (options.create) result = options.create();
    else {
      return {
        ok: false,
        record: undefined,
        error: { code: 'not-found', message: `No ${kind} with id ${id}`, messageZh: `找不到记录 ${kind} ${id}` },
      };
    }
    if (!result.ok || result.replayed) return result;
    const saved = await store.save(result.record, { expectedRevision: loaded?.revision ?? 0 });
    if (saved.ok) return result;
    last = { ok: false, record: loaded as StoredRecord<S> | undefined, error: saved.error };
    if (saved.error.code !== 'conflict') return last;
  }
  return last as StepResult<S>;
}

/**
 * Create a record and save it as new (`expectedRevision: 0`). If the id is taken, a retry of the same
 * create command (same command id) returns the earlier outcome, and any other create is refused with
 * `conflict`: an existing record is never overwritten.
 *
 * @example
 * const r = await runCreate(store, () => createContentItem('post-1', command, ctx));
 * if (!r.ok && r.error.code === 'conflict') reply(409, r.error);
 */
export async function runCreate<S>(store: RecordStore, create: () => StepResult<S>): Promise<StepResult<S>> {
  const result = create();
  if (!result.ok) return result;
  const { kind, id } = result.record;
  const saved = await store.save(result.record, { expectedRevision: 0 });
  if (saved.ok) return result;
  const existing = (await store.load(kind, id)) as StoredRecord<S> | undefined;
  const earlier = existing?.processedCommands.find((p) => p.commandId === result.audit.commandId && p.type === result.audit.command);
  if (existing && earlier) return { ok: true, record: existing, effects: earlier.effects, audit: earlier.audit, replayed: true };
  return {
    ok: false,
    record: existing,
    error: saved.error.code === 'conflict' ? { ...saved.error, message: `${kind} ${id} already exists`, messageZh: `记录 ${kind} ${id} 已存在` } : saved.error,
  };
}
