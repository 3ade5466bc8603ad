import type { Migration } from '../core/migrate.js';
import { upgradeEnvelopeToV2 } from '../core/migrate.js';
import { DEFAULT_TIME_ZONE, periodKeyOf } from '../core/period.js';
import { readRecord, readRecords, stored as is, type RecordType, type RecordView } from '../core/reader.js';
import type { StoredRecord } from '../core/record.js';
import { ok, type Result } from '../core/result.js';
import { wallClock } from '../core/zone.js';
import { riskLevel } from '../core/risk-level.js';
import { adReason, findingField, findingSeverity } from '../compliance/index.js';
import { contentState } from './labels.js';
import type { ContentContext } from './model.js';

/** The record kind of content items. @example CONTENT_KIND //=> 'content-item' */
export const CONTENT_KIND = 'content-item';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The calendar day of an instant in a time zone, as `YYYY-MM-DD`: the day the publishing calendar puts it on.
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
    const metrics = ((rest['metrics'] as Array<{ at: string }> | undefined) ?? []).map((m) => {
      const at = new Date(m.at);
      const week = periodKeyOf(at, 'week', DEFAULT_TIME_ZONE);
      const month = periodKeyOf(at, 'month', DEFAULT_TIME_ZONE);
      // A snapshot without a usable date is damage: the migration reports it as version-mismatch.
      if (!week.ok || !month.ok) throw new RangeError('metric snapshot date');
      return { ...m, week: week.value, month: month.value };
    });
    return upgradeEnvelopeToV2(record, {
      createdBy: snapshot.context.authorId,
      contributors: contributorIds ?? [snapshot.context.authorId],
      snapshot: { ...snapshot, value: inReview ? 'review' : snapshot.value, context: { ...rest, stageIndex: Math.max(0, index), metrics } },
    });
  },
};

const str = is.string;
const optionalString = (v: unknown) => is.maybe(v, str);
const signature = is.fields({ stage: str, actorId: str, at: is.time, hash: str });
const stage = is.fields({
  id: str,
  signers: (x) => is.list(x, is.fields({ department: optionalString, positions: (p) => is.maybe(p, (l) => is.list(l, str)) })),
  sameDepartment: is.boolean,
  quorum: is.fields({ kind: (k) => k === 'any' || k === 'all' || k === 'n-of-m' }),
  deadlineHours: (h) => is.finite(h) && h > 0,
  legal: is.boolean,
});
const chainOk = is.fields({ id: str, policyVersion: str, stages: (l) => is.list(l, stage) && l.length > 0 });
const rejection = is.fields({ stage: str, actorId: str, at: is.time, reason: str });
const metric = (v: unknown) => is.object(v) && is.time(v['at']) && str(v['week']) && str(v['month']) && Object.entries(v).every(([k, n]) => k === 'at' || k === 'week' || k === 'month' || is.count(n));
const planOk = is.fields({ plannedAt: (t) => is.maybe(t, is.time) });
const publication = is.fields({ at: is.time, channel: str, externalId: str, hash: str, policyVersion: str, actorId: str });
const cause = is.fields({ kind: str, id: str });
const ending = is.fields({ kind: str, at: is.time, actorId: str, reason: str, emergency: is.boolean, cause: (c) => is.maybe(c, cause) });
const source = is.fields({ what: str, where: str, note: optionalString });
const planChange = is.fields({ at: is.time, week: str, target: (t) => is.maybe(t, is.time) });
const mediaOk = (m: unknown) => str(m) || (is.object(m) && str(m['ref']));
// What explaining a finding reads (the review sheet, the audit line): its labels and legal basis, and a
// severity, field and ad reason of their enums, so a damaged finding is refused, never explained halfway.
const labels = is.fields({ 'zh-CN': str, 'zh-TW': str, en: str });
const basis = is.fields({ law: labels, article: str, text: str });
const keptFinding = is.fields({
  key: str,
  rule: str,
  severity: (s) => findingSeverity.is(s),
  field: (f) => findingField.is(f),
  index: (i) => is.maybe(i, is.count),
  text: str,
  start: is.count,
  end: is.count,
  labels,
  basis,
  advice: (a) => is.maybe(a, labels),
  suggestion: optionalString,
  adReason: (r) => is.maybe(r, (x) => adReason.is(x)),
});
const acceptance = is.fields({ key: str, rule: str, text: str, reason: str, actorId: str, at: is.time, hash: str, clause: optionalString });
const compliance = is.fields({
  policyVersion: str,
  at: is.time,
  level: (l) => riskLevel.is(l),
  reason: (r) => r === 'severity' || r === 'count' || r === 'none',
  total: is.count,
  findings: (l) => is.list(l, keptFinding),
  accepted: (l) => is.list(l, acceptance),
  counts: is.fields({ high: is.count, medium: is.count, low: is.count }),
});

// Element by element, what the queries and the step read: a damaged item is refused as a whole.
function contentDamage(c: Record<string, unknown>, state: string): string | undefined {
  const chain = c['chain'];
  if (chain !== undefined && !chainOk(chain)) return 'context.chain is damaged';
  if (state === 'review' && (!chain || (c['stageIndex'] as number) >= (chain as { stages: unknown[] }).stages.length)) return 'context.stageIndex is past the chain';
  if (!is.list(c['signatures'], signature) || !is.list(c['voidedSignatures'], signature)) return 'context.signatures are damaged';
  if (!is.list(c['rejections'], rejection)) return 'context.rejections are damaged';
  if (!is.list(c['metrics'], metric)) return 'context.metrics are damaged';
  if (!is.list(c['tags'], str) || !is.list(c['keywords'], str) || !is.maybe(c['media'], (m) => is.list(m, mediaOk))) return 'context.tags are damaged';
  if (!is.maybe(c['compliance'], compliance)) return 'context.compliance is damaged';
  if (!is.maybe(c['sources'], (l) => is.list(l, source))) return 'context.sources are damaged';
  if (!is.maybe(c['planHistory'], (l) => is.list(l, planChange))) return 'context.planHistory is damaged';
  for (const t of ['stageStartedAt', 'publishAt', 'archivedAt']) if (!is.maybe(c[t], is.time)) return `context.${t} is not a time`;
  if (!planOk(c['plan'])) return 'context.plan is damaged';
  if (!is.maybe(c['publication'], publication)) return 'context.publication is damaged';
  if (!is.maybe(c['ending'], ending)) return 'context.ending is damaged';
  return undefined;
}

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
    sources: 'array?',
    paidRanking: 'boolean?',
    review: 'boolean?',
    purchaseLink: 'boolean?',
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
    planHistory: 'array?',
    compliance: 'object?',
  },
  damage: contentDamage,
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
