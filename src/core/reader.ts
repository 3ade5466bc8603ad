import { migrateRecord, type Migration } from './migrate.js';
import type { ProcessedCommand, StoredRecord } from './record.js';
import { fail, ok, versionMismatch, words, type Result } from './result.js';

/**
 * A state value as XState writes it: a string for a flat state, an object for nested states.
 *
 * @example
 * const v: StateValueLike = { review: 'legal' };
 */
export type StateValueLike = string | { readonly [key: string]: StateValueLike | undefined };

/**
 * Render a machine state value as one string: nested states are dotted, parallel regions comma-joined.
 *
 * @example
 * stateToString({ review: 'legal' }) //=> 'review.legal'
 * stateToString('draft') //=> 'draft'
 */
export function stateToString(value: StateValueLike): string {
  if (typeof value === 'string') return value;
  return Object.entries(value)
    .map(([k, v]) => (v === undefined ? k : `${k}.${stateToString(v)}`))
    .join(',');
}

/**
 * What a kind of record is, as readers need it: its `kind`, the schema version this code writes, and
 * the migrations from older versions. Each domain exports one (for example `contentRecordType`).
 *
 * @example
 * const t: RecordType = { kind: 'content-item', schemaVersion: 2, migrations: [contentV1toV2], states: contentState.values, context: { title: 'string' } };
 */
export interface RecordType {
  readonly kind: string;
  readonly schemaVersion: number;
  readonly migrations: readonly Migration[];
  /** The top-level states a record of this kind can be in; any other is damage. */
  readonly states: readonly string[];
  /** The fields of the current version's context and their types; a record without them is damage. */
  readonly context: ContextShape;
  /** Deeper checks of the context (list elements, times, numbers), returning what is wrong, if anything. */
  readonly damage?: (context: Record<string, unknown>, state: string) => string | undefined;
}

/**
 * Small predicates for a record type's `damage` check, free of any schema library so readers stay small.
 *
 * @example
 * stored.time('2026-03-02T01:00:00.000Z') //=> true
 * stored.list([{ a: 1 }], stored.fields({ a: stored.count })) //=> true
 */
export const stored = {
  string: (v: unknown): v is string => typeof v === 'string',
  time: (v: unknown): v is string => isInstant(v),
  count: (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0,
  integer: (v: unknown): v is number => Number.isSafeInteger(v),
  finite: (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v),
  boolean: (v: unknown): v is boolean => typeof v === 'boolean',
  object: (v: unknown): v is Record<string, unknown> => isObject(v),
  list: (v: unknown, each: (x: unknown) => boolean): v is unknown[] => {
    if (!Array.isArray(v)) return false;
    for (let i = 0; i < v.length; i++) if (!each(v[i])) return false;
    return true;
  },
  /** Absent, or satisfying `check`. */
  maybe: (v: unknown, check: (x: unknown) => boolean): boolean => v === undefined || check(v),
  /** A check for objects whose named fields satisfy their checks; build it once, use it per element. */
  fields: (checks: Readonly<Record<string, (x: unknown) => boolean>>): ((v: unknown) => boolean) => {
    const list = Object.entries(checks);
    return (v) => {
      if (!isObject(v)) return false;
      for (let i = 0; i < list.length; i++) if (!list[i]![1](v[list[i]![0]])) return false;
      return true;
    };
  },
};

/**
 * The type of one context field, as the reader checks it (`?` marks a field that may be absent).
 *
 * @example
 * const kind: FieldKind = 'array';
 */
export type FieldKind = 'string' | 'count' | 'boolean' | 'array' | 'object' | 'string?' | 'count?' | 'boolean?' | 'array?' | 'object?';

/**
 * The fields of a context and their kinds: what a reader checks before anything reads the context, so a
 * damaged or tampered record is refused as a whole instead of failing halfway through a decision.
 *
 * @example
 * const shape: ContextShape = { title: 'string', signatures: 'array', chain: 'object?' };
 */
export type ContextShape = { readonly [field: string]: FieldKind };

type Check = readonly [field: string, kind: string, optional: boolean];
const compiled = new WeakMap<ContextShape, readonly Check[]>();

// The shape as a list, built once per record type: every step checks it.
function checksOf(shape: ContextShape): readonly Check[] {
  let checks = compiled.get(shape);
  if (!checks) {
    checks = Object.entries(shape).map(([field, kind]) => [field, kind.replace('?', ''), kind.endsWith('?')] as const);
    compiled.set(shape, checks);
  }
  return checks;
}

function fits(value: unknown, kind: string, optional: boolean): boolean {
  if (value === undefined) return optional;
  switch (kind) {
    case 'string':
      return typeof value === 'string';
    case 'count':
      return Number.isSafeInteger(value) && (value as number) >= 0;
    case 'boolean':
      return typeof value === 'boolean';
    case 'array':
      return Array.isArray(value);
    default:
      return isObject(value);
  }
}

/**
 * A stored record read for queries and reports: its state as a string, its context, and the envelope
 * facts (revision, creator, contributors, times). Produced by {@link readRecord}.
 *
 * @example
 * const v: RecordView<{ title: string }> = readRecord(record, contentRecordType).value;
 * v.state //=> 'review'
 */
export interface RecordView<C> {
  readonly kind: string;
  readonly id: string;
  readonly revision: number;
  /** The state, dotted for nested states. */
  readonly state: string;
  readonly context: C;
  readonly policyVersion: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly createdBy: string;
  readonly contributors: readonly string[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isInstant = (v: unknown) => typeof v === 'string' && v.length <= 40 && Number.isFinite(Date.parse(v));
const isRevision = (v: unknown) => Number.isSafeInteger(v) && (v as number) >= 1 && (v as number) < Number.MAX_SAFE_INTEGER;

function isStateValue(v: unknown, depth = 0): boolean {
  if (typeof v === 'string') return v.length > 0;
  return depth < 8 && isObject(v) && Object.values(v).every((x) => x === undefined || isStateValue(x, depth + 1));
}

/**
 * What is wrong with a stored record's envelope, whatever its kind and version (the fields every schema
 * version has), or `undefined` when nothing is. A damaged or tampered row is refused, never half-read.
 *
 * @example
 * recordDamage({ kind: 'content-item', id: 'p-1', revision: 0 }) //=> 'schemaVersion is not an integer'
 */
export function recordDamage(record: unknown): string | undefined {
  if (!isObject(record)) return 'not an object';
  if (typeof record['kind'] !== 'string' || typeof record['id'] !== 'string') return 'kind or id missing';
  if (!Number.isSafeInteger(record['schemaVersion'])) return 'schemaVersion is not an integer';
  if (!isRevision(record['revision'])) return 'revision is not a positive safe integer';
  if (!isInstant(record['createdAt']) || !isInstant(record['updatedAt'])) return 'createdAt or updatedAt is not a time';
  if (typeof record['policyVersion'] !== 'string') return 'policyVersion missing';
  const processed = record['processedCommands'];
  if (!Array.isArray(processed) || processed.length > 100_000) return 'processedCommands missing';
  for (const p of processed) {
    if (!isObject(p) || typeof p['commandId'] !== 'string' || (p['type'] !== undefined && typeof p['type'] !== 'string') || !isRevision(p['revision'])) return 'processedCommands damaged';
  }
  const snapshot = record['snapshot'];
  if (!isObject(snapshot) || !isObject(snapshot['context']) || !isStateValue(snapshot['value']) || !isHistory(snapshot['historyValue'])) return 'snapshot damaged';
  return undefined;
}

// What schema version 2 added, and what the current version's context holds; checked after migration.
function damageV2(record: StoredRecord, type: RecordType): string | undefined {
  if (typeof record.createdBy !== 'string' || !Array.isArray(record.contributors) || !record.contributors.every((c) => typeof c === 'string')) {
    return 'createdBy or contributors missing';
  }
  for (const p of record.processedCommands as ReadonlyArray<ProcessedCommand>) {
    if (typeof p.fingerprint !== 'string' || (p.actorId !== undefined && typeof p.actorId !== 'string')) return 'processedCommands damaged';
    if (p.outcome !== undefined && (typeof p.type !== 'string' || typeof p.actorId !== 'string' || !isObject(p.outcome) || !Array.isArray(p.outcome.effects) || !isObject(p.outcome.audit))) return 'processedCommands damaged';
  }
  const snapshot = record.snapshot as { value: StateValueLike; context: Record<string, unknown> };
  const top = typeof snapshot.value === 'string' ? snapshot.value : Object.keys(snapshot.value)[0];
  if (top === undefined || !type.states.includes(top)) return `unknown state ${stateToString(snapshot.value)}`;
  for (const [field, kind, optional] of checksOf(type.context)) {
    if (!fits(snapshot.context[field], kind, optional)) return `context.${field} is not ${kind}`;
  }
  return type.damage?.(snapshot.context, top);
}

function isHistory(v: unknown): boolean {
  return v === undefined || (isObject(v) && Object.values(v).every((nodes) => Array.isArray(nodes) && nodes.every((n) => isObject(n) && typeof n['id'] === 'string')));
}

/**
 * Check a stored record's envelope and bring it to the current schema version: the one way every step
 * and every query reads a record. A damaged or tampered record (missing fields, a `revision` that is not a
 * positive safe integer, an empty snapshot) and a record of another kind or a newer version are refused
 * with `version-mismatch`, never half-read.
 *
 * @example
 * loadRecord({ ...row, revision: -1 }, contentRecordType).error.code //=> 'version-mismatch'
 */
export function loadRecord(record: unknown, type: RecordType): Result<StoredRecord> {
  const broken = recordDamage(record);
  if (broken) return fail(damaged(type.kind, broken));
  const migrated = migrateRecord(record as StoredRecord, type.kind, type.schemaVersion, type.migrations);
  if (!migrated.ok) return migrated;
  const after = (migrated.value === record ? undefined : recordDamage(migrated.value)) ?? damageV2(migrated.value, type);
  return after ? fail(damaged(type.kind, after)) : migrated;
}

/**
 * Read a stored record for queries: {@link loadRecord}, then its state and context. Zod- and XState-free.
 *
 * @example
 * const r = readRecord(record, contentRecordType);
 * if (r.ok) r.value.state //=> 'review'
 */
export function readRecord<C>(record: unknown, type: RecordType): Result<RecordView<C>> {
  const loaded = loadRecord(record, type);
  if (!loaded.ok) return loaded;
  const r = loaded.value;
  const snapshot = r.snapshot as { value: StateValueLike; context: C };
  return ok({
    kind: r.kind,
    id: r.id,
    revision: r.revision,
    state: stateToString(snapshot.value),
    context: snapshot.context,
    policyVersion: r.policyVersion,
    createdAt: r.createdAt,
    updatedAt: r.updatedAt,
    createdBy: r.createdBy,
    contributors: r.contributors,
  });
}

/**
 * Read many records, keeping those that read and listing the ids of those that do not (damaged, or of
 * a newer version): reports never stop at one bad row, and never hide it.
 *
 * @example
 * readRecords([item, { id: 'x' }], contentRecordType).unreadable //=> ['x']
 * readRecords({ rows: [] } as never, contentRecordType).unreadable //=> ['(not a list)']
 */
export function readRecords<C>(records: readonly unknown[], type: RecordType): { views: Array<RecordView<C>>; unreadable: string[] } {
  const views: Array<RecordView<C>> = [];
  const unreadable: string[] = [];
  // Something other than a list (a row object, a query's error) has no records to read, and says so.
  if (!Array.isArray(records)) return { views, unreadable: ['(not a list)'] };
  for (const record of records) {
    const r = readRecord<C>(record, type);
    if (r.ok) views.push(r.value);
    else unreadable.push(isObject(record) && typeof record['id'] === 'string' ? record['id'] : '(no id)');
  }
  return { views, unreadable };
}

function damaged(kind: string, why: string) {
  return versionMismatch(
    words(`The stored ${kind} record is damaged (${why}) and was not read`, `存储的 ${kind} 记录已损坏（${why}），未予读取`, `儲存的 ${kind} 記錄已損壞（${why}），未予讀取`),
  );
}
