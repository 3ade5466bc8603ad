import type { StepResult } from './aggregate.js';
import { outcomeOf, type StoredRecord } from './record.js';
import { recordDamage } from './reader.js';
import { conflict, fail, notFound, ok, versionMismatch, words, type Result } from './result.js';

/**
 * The port a host implements over its database. `save` must be an atomic compare-and-set on `revision`:
 * it stores the record only if the stored revision equals `expectedRevision` (0 means "must not exist")
 * and otherwise returns `conflict`. In SQL that is `UPDATE … WHERE kind = ? AND id = ? AND revision = ?`
 * and checking that one row changed (or an `INSERT` that a primary key refuses, for revision 0).
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
 * An in-memory {@link RecordStore} for tests, demos and single-process hosts. It stores JSON text, so
 * nothing a caller does to a loaded record leaks back, and it honours `expectedRevision` exactly.
 *
 * @example
 * const store = createMemoryStore();
 * await store.save(record, { expectedRevision: 0 }); //=> { ok: true, value: undefined }
 * await store.save(record, { expectedRevision: 0 }); //=> { ok: false, error: { code: 'conflict', … } }
 */
export function createMemoryStore(): MemoryStore {
  // The revision is kept beside the JSON so a save never parses the row it replaces.
  const rows = new Map<string, { readonly revision: number; readonly json: string }>();
  const key = (kind: string, id: string) => `${kind}\u0000${id}`;
  return {
    size: () => rows.size,
    load(kind, id) {
      const row = rows.get(key(kind, id));
      return Promise.resolve(row === undefined ? undefined : (JSON.parse(row.json) as StoredRecord));
    },
    save(record, { expectedRevision }) {
      const k = key(record.kind, record.id);
      const actual = rows.get(k)?.revision ?? 0;
      if (actual !== expectedRevision) {
        return Promise.resolve(
          fail(
            conflict(
              words(
                `${record.kind} ${record.id} is at revision ${actual}, not ${expectedRevision}: reload and retry`,
                `记录已被他人修改（当前版本 ${actual}，预期 ${expectedRevision}），请重新加载后重试`,
                `記錄已被他人修改（目前版本 ${actual}，預期 ${expectedRevision}），請重新載入後重試`,
              ),
              { expectedRevision, actualRevision: actual },
            ),
          ),
        );
      }
      rows.set(k, { revision: record.revision, json: JSON.stringify(record) });
      return Promise.resolve(ok(undefined));
    },
  };
}

/**
 * Load a record, apply a step, save with optimistic concurrency, and on `conflict` reload and try again,
 * at most `maxAttempts` times (default 3). A retry sees the winner's record, so a command that no longer
 * fits is refused with a reason, and a command the winner already applied (same id) is a replay. Pass
 * `create` to make the record when it does not exist; when two creates race, the loser's retry meets the
 * winner's record and gets `conflict` (or its earlier outcome, if it was its own).
 *
 * @example
 * const r = await runCommand(store, 'policy-revision', 'p-1', (rec) => policyRevisionStep(rec, command, ctx));
 * r.ok && r.record.revision //=> the stored revision + 1 (or the winner's + 1 after a lost race)
 * if (r.ok && !r.replayed) for (const e of r.effects) await perform(e);
 */
export async function runCommand<C>(
  store: RecordStore,
  kind: string,
  id: string,
  step: (record: StoredRecord) => StepResult<C>,
  options: { readonly maxAttempts?: number; readonly create?: () => StepResult<C> } = {},
): Promise<StepResult<C>> {
  const attempts = Math.max(1, options.maxAttempts ?? 3);
  let last: StepResult<C> | undefined;
  for (let i = 0; i < attempts; i++) {
    const loaded = await store.load(kind, id);
    let result: StepResult<C>;
    if (loaded) result = step(loaded);
    else if (options.create) result = options.create();
    else return { ok: false, record: undefined, error: notFound(kind, id) };
    if (!result.ok || result.replayed) return result;
    const saved = await store.save(result.record, { expectedRevision: loaded?.revision ?? 0 });
    if (saved.ok) return result;
    last = { ok: false, record: loaded as StepResult<C>['record'], error: saved.error };
    if (saved.error.code !== 'conflict') return last;
  }
  return last as StepResult<C>;
}

/**
 * Create a record and save it as new (`expectedRevision: 0`). If the id is taken, a retry of the same
 * create command (same command id, payload and actor) returns the earlier outcome, and any other create
 * is refused with `conflict`: an existing record is never overwritten.
 *
 * @example
 * const r = await runCreate(store, () => createContentItem('post-1', command, ctx));
 * r.ok && r.record.revision //=> 1
 * if (!r.ok) return reply(httpStatusOf(r.error), r.error);
 */
export async function runCreate<C>(store: RecordStore, create: () => StepResult<C>): Promise<StepResult<C>> {
  const result = create();
  if (!result.ok || result.replayed) return result;
  const { kind, id } = result.record;
  const saved = await store.save(result.record, { expectedRevision: 0 });
  if (saved.ok) return result;
  const existing = (await store.load(kind, id)) as StepResult<C>['record'];
  const broken = existing === undefined ? undefined : recordDamage(existing);
  if (broken) {
    return { ok: false, record: existing, error: versionMismatch(words(`The stored ${kind} ${id} is damaged (${broken})`, `存储的记录 ${kind} ${id} 已损坏`, `儲存的記錄 ${kind} ${id} 已損壞`)) };
  }
  const mine = result.record.processedCommands[0];
  const earlier = existing?.processedCommands.find((p) => p.commandId === mine?.commandId);
  if (existing && earlier && mine && earlier.fingerprint === mine.fingerprint && (earlier.actorId === undefined || earlier.actorId === mine.actorId)) {
    const outcome = outcomeOf(existing, earlier);
    return { ok: true, replayed: true, record: existing, effects: outcome?.effects ?? [], ...(outcome ? { audit: outcome.audit } : {}), appliedAt: earlier.revision };
  }
  return {
    ok: false,
    record: existing,
    error:
      saved.error.code === 'conflict'
        ? conflict(words(`${kind} ${id} already exists`, `记录 ${kind} ${id} 已存在`, `記錄 ${kind} ${id} 已存在`), {
            ...(existing ? { actualRevision: existing.revision } : {}),
            ...(earlier ? { commandId: earlier.commandId } : {}),
          })
        : saved.error,
  };
}
