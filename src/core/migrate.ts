import { fail, ok, versionMismatch, words, type Result } from './result.js';
import type { StoredRecord } from './record.js';
import { shown } from './text.js';

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
 * `version-mismatch`) a record newer than the code, a wrong kind, a gap in the migration chain, or a
 * record a migration cannot read.
 *
 * @example
 * const r = migrateRecord(oldRecord, 'content-item', 2, [renameState]);
 * r.ok && r.value.schemaVersion //=> 2
 */
export function migrateRecord(record: StoredRecord, kind: string, target: number, migrations: readonly Migration[]): Result<StoredRecord> {
  if (typeof record !== 'object' || record === null) return fail(versionMismatch(words(`The stored ${kind} is not a record`, `存储的 ${kind} 不是记录`, `儲存的 ${kind} 不是記錄`)));
  if (record.kind !== kind) {
    return fail(versionMismatch(words(`Record is of kind "${shown(record.kind)}", expected "${kind}"`, `记录类型不符：应为 ${kind}`, `記錄類型不符：應為 ${kind}`)));
  }
  if (!Number.isSafeInteger(record.schemaVersion) || record.schemaVersion < 1 || record.schemaVersion > target) {
    // Only a number is quoted: anything else may not even convert to a string.
    const version = typeof record.schemaVersion === 'number' ? String(record.schemaVersion) : typeof record.schemaVersion;
    return fail(
      versionMismatch(
        words(
          `Record has schemaVersion ${version}; this code handles 1 to ${target}. Upgrade the library.`,
          `记录版本 ${version} 不在当前代码支持的 1–${target} 范围内，请升级库。`,
          `記錄版本 ${version} 不在當前程式碼支援的 1–${target} 範圍內，請升級庫。`,
        ),
      ),
    );
  }
  let current = record;
  while (current.schemaVersion < target) {
    const from = current.schemaVersion;
    const step = migrations.find((m) => m.kind === kind && m.from === from);
    if (!step) {
      return fail(versionMismatch(words(`No migration for ${kind} from schemaVersion ${from}`, `缺少 ${kind} 从版本 ${from} 的迁移`, `缺少 ${kind} 從版本 ${from} 的遷移`)));
    }
    let next: StoredRecord;
    try {
      next = step.migrate(current);
    } catch {
      return fail(versionMismatch(words(`The stored ${kind} (schemaVersion ${from}) is damaged and cannot be migrated`, `存储的 ${kind} 记录已损坏，无法迁移`, `儲存的 ${kind} 記錄已損壞，無法遷移`)));
    }
    if (next.schemaVersion !== from + 1) {
      return fail(versionMismatch(words(`Migration of ${kind} from ${from} produced schemaVersion ${next.schemaVersion}`, `迁移结果版本不符`, `遷移結果版本不符`)));
    }
    current = next;
  }
  return ok(current);
}

/**
 * The envelope fields schema version 2 added to every kind (`createdBy`, `contributors`, command
 * fingerprints), filled in from a version-1 record. Domains call it from their 1 → 2 migration.
 * Commands recorded before fingerprints existed become `legacy`: a retry of one is refused as a
 * conflict rather than applied again.
 *
 * @example
 * upgradeEnvelopeToV2(v1, { createdBy: 'u-1', contributors: ['u-1', 'u-1'], snapshot }).contributors //=> ['u-1']
 */
export function upgradeEnvelopeToV2(
  record: StoredRecord,
  fields: { readonly createdBy: string; readonly contributors: readonly string[]; readonly snapshot: unknown },
): StoredRecord {
  const legacy = record.processedCommands as ReadonlyArray<{ commandId: string; revision: number }>;
  return {
    kind: record.kind,
    id: record.id,
    schemaVersion: 2,
    revision: record.revision,
    snapshot: fields.snapshot,
    policyVersion: record.policyVersion,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    createdBy: fields.createdBy,
    contributors: [...new Set(fields.contributors)],
    processedCommands: legacy.map((p) => ({ commandId: p.commandId, fingerprint: 'legacy', revision: p.revision })),
  };
}

/**
 * The actor ids of the version-1 audit entries kept in a record for the given command types, oldest
 * first: how a migration recovers who edited or submitted a record before contributors were kept.
 *
 * @example
 * legacyActors(v1, ['edit', 'submit']) //=> ['u-1', 'u-7']
 */
export function legacyActors(record: StoredRecord, types: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of record.processedCommands as ReadonlyArray<{ type: string; audit?: { actor?: { id?: unknown } } }>) {
    const id = p.audit?.actor?.id;
    if (types.includes(p.type) && typeof id === 'string') out.push(id);
  }
  return out;
}
