import type { Migration } from '../core/migrate.js';
import { upgradeEnvelopeToV2 } from '../core/migrate.js';
import { DEFAULT_TIME_ZONE } from '../core/period.js';
import { readRecord, readRecords, type RecordType, type RecordView } from '../core/reader.js';
import type { StoredRecord } from '../core/record.js';
import { ok, type Result } from '../core/result.js';
import { wallClock } from '../core/zone.js';
import { contentState } from './labels.js';
import type { ContentContext } from './model.js';

/** The record kind of content items. @example CONTENT_KIND //=> 'content-item' */
export const CONTENT_KIND = 'content-item';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The calendar day of an instant in a time zone, as `YYYY-MM-DD`: the key monitoring snapshots are
 * kept by.
 *
 * @example
 * dayKey('2026-03-02T17:00:00Z', 'Asia/Shanghai') //=> '2026-03-03'
 */
export function dayKey(iso: string, timeZone: string): string {
  const w = wallClock(new Date(iso), timeZone);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}`;
}

// Version 1 kept one review sub-state per policy stage ({ review: 'legal' }) and the contributors in the
// context; version 2 has one `review` state with the stage as data, and contributors in the envelope.
const v1to2: Migration = {
  kind: CONTENT_KIND,
  from: 1,
  migrate: (record) => {
    const snapshot = record.snapshot as { value: unknown; context: Record<string, unknown> & { contributorIds?: string[]; authorId: string } };
    const { contributorIds, ...rest } = snapshot.context;
    const chain = rest['chain'] as { stages: Array<{ id: string }> } | undefined;
    const inReview = typeof snapshot.value === 'object' && snapshot.value !== null && 'review' in snapshot.value;
    const stage = inReview ? String((snapshot.value as { review: unknown }).review) : undefined;
    const index = stage && chain ? chain.stages.findIndex((s) => s.id === stage) : 0;
    const metrics = ((rest['metrics'] as Array<{ at: string }> | undefined) ?? []).map((m) => ({ ...m, day: dayKey(m.at, DEFAULT_TIME_ZONE) }));
    return upgradeEnvelopeToV2(record, {
      createdBy: snapshot.context.authorId,
      contributors: contributorIds ?? [snapshot.context.authorId],
      snapshot: { ...snapshot, value: inReview ? 'review' : snapshot.value, context: { ...rest, stageIndex: Math.max(0, index), metrics } },
    });
  },
};

/**
 * What content records are: kind `content-item`, schema version 2, and the migration from version 1.
 *
 * @example
 * contentRecordType.schemaVersion //=> 2
 */
export const contentRecordType: RecordType = {
  kind: CONTENT_KIND,
  schemaVersion: 2,
  migrations: [v1to2],
  states: contentState.values,
  context: {
    title: 'string',
    body: 'string',
    format: 'string',
    channel: 'string',
    tags: 'array',
    keywords: 'array',
    advertising: 'boolean',
    riskLevel: 'string',
    media: 'array?',
    authorId: 'string',
    department: 'string',
    plan: 'object',
    hash: 'string',
    chain: 'object?',
    stageIndex: 'count',
    stageStartedAt: 'string?',
    signatures: 'array',
    voidedSignatures: 'array',
    rejections: 'array',
    publishAt: 'string?',
    publication: 'object?',
    metrics: 'array',
    ending: 'object?',
    archivedAt: 'string?',
  },
};

/**
 * A content item as queries and hosts read it: the record view, the review stage it is at (in review),
 * and the content hash a reviewer must quote when approving (CW-5).
 *
 * @example
 * const item: ContentView = readContentItem(record).value;
 * item.hash //=> '3f7a…' (send it back with `approve`)
 */
export interface ContentView extends RecordView<ContentContext> {
  /** The review stage, when in review. */
  readonly stage?: string;
  /** The hash of what reviewers see now: `approve` must quote it. */
  readonly hash: string;
}

function view(v: RecordView<ContentContext>): ContentView {
  const stage = v.state === 'review' ? v.context.chain?.stages[v.context.stageIndex]?.id : undefined;
  return { ...v, hash: v.context.hash, ...(stage === undefined ? {} : { stage }) };
}

/**
 * Read a stored content item (any schema version) for a host or a report: its state, review stage,
 * hash and context. A damaged record or one of a newer version is refused with `version-mismatch`.
 *
 * @example
 * const r = readContentItem(record);
 * if (r.ok) r.value.stage //=> 'legal'
 */
export function readContentItem(record: StoredRecord): Result<ContentView> {
  const r = readRecord<ContentContext>(record, contentRecordType);
  return r.ok ? ok(view(r.value)) : r;
}

/**
 * Read many content items: those that read, and the ids of those that do not.
 *
 * @example
 * readContentItems([item, damaged]).unreadable //=> ['post-broken']
 */
export function readContentItems(records: readonly StoredRecord[]): { items: ContentView[]; unreadable: string[] } {
  const { views, unreadable } = readRecords<ContentContext>(records, contentRecordType);
  return { items: views.map(view), unreadable };
}
