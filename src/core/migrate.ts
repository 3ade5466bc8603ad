import { fail, ok, type Result } from './result.js';
import type { StoredRecord } from './record.js';

/**
 * One step that upgrades records of `kind` from `schemaVersion` `from` to `from + 1`. Pure: it returns a
 * new record and never touches the input.
 *
 * @example
 * const renameState: Migration = {
 *   kind: 'content-item', from: 1,
 *   migrate: (r) => ({ ...r, schemaVersion: 2, snapshot: upgrade(r.snapshot) }),
 * };
 */
export interface Migration {
  /** The record kind this migration applies to. */
  readonly kind: string;
  /** The schemaVersion it upgrades from (to `from + 1`). */
  readonly from: number;
  /** Returns the upgraded copy; must not change its input. */
  readonly migrate: (record: StoredRecord) => StoredRecord;
}

/**
 * Bring a record up to `target` by applying, in order, every migration for its kind. Refuses (with
 * `version-mismatch`) a record newer than the code, a wrong kind, or a gap in the migration chain.
 *
 * @example
 * const r = migrateRecord(oldRecord, 'content-item', 2, [renameState]);
 * if (r.ok) save(r.value);
 */
export function migrateRecord(
  record: StoredRecord,
  kind: string,
  target: number,
  migrations: readonly Migration[],
): Result<StoredRecord> {
  if (record.kind !== kind) {
    return fail({ code: 'version-mismatch', message: `Record is of kind "${record.kind}", expected "${kind}"`, messageZh: `记录类型不符：${record.kind}` });
  }
  if (!Number.isInteger(record.schemaVersion) || record.schemaVersion > target) {
    return fail({
      code: 'version-mismatch',
      message: `Record has schemaVersion ${record.schemaVersion}; this code handles up to ${target}. Upgrade the library.`,
      messageZh: `记录版本 ${record.schemaVersion} 高于当前代码支持的 ${target}，请升级库。`,
    });
  }
  let current = record;
  while (current.schemaVersion < target) {
    const from = current.schemaVersion;
    const step = migrations.find((m) => m.kind === kind && m.from === from);
    if (!step) {
      return fail({ code: 'version-mismatch', message: `No migration for ${kind} from schemaVersion ${from}`, messageZh: `缺少 ${kind} 从版本 ${from} 的迁移` });
    }
    const next = step.migrate(current);
    if (next.schemaVersion !== from + 1) {
      return fail({ code: 'version-mismatch', message: `Migration of ${kind} from ${from} produced schemaVersion ${next.schemaVersion}, expected ${from + 1}` });
    }
    current = next;
  }
  return ok(current);
}
