import { periodRange } from '../core/period.js';
import type { StoredRecord } from '../core/record.js';
import { fail, invalidInput, issue, ok, words, type Result } from '../core/result.js';
import { isoWeekStartDate } from '../core/zone.js';
import { contentMetric, type ContentMetric } from './labels.js';
import type { ContentPolicy } from './policy.js';
import { dayKey, readContentItems } from './record.js';

/**
 * What the content queries read of a policy: its time zone and content section.
 *
 * @example
 * const p: ContentQueryScope = defaultPolicy;
 */
export interface ContentQueryScope {
  readonly timeZone: string;
  readonly content: ContentPolicy;
}

const HOUR = 3_600_000;

/**
 * Where a review stage stands against its deadline.
 *
 * @example
 * const d: ReviewDeadline = { recordId: 'post-1', stage: 'legal', startedAt, dueAt, status: 'overdue', hoursLate: 5 };
 */
export interface ReviewDeadline {
  readonly recordId: string;
  readonly stage: string;
  readonly startedAt: string;
  readonly dueAt: string;
  /** `overdue` past the deadline; `due-soon` within the policy's `dueSoonHours`; otherwise `on-time`. */
  readonly status: 'overdue' | 'due-soon' | 'on-time';
  /** Whole hours past the deadline (0 when not overdue). */
  readonly hoursLate: number;
}

/**
 * The deadline of every item in review at `now`, from the stage's `deadlineHours` (CW-3), oldest first.
 * Hosts poll this (or act on the `content.review-deadline` effect) instead of keeping timers.
 *
 * @example
 * reviewDeadlines(records, new Date('2026-03-03T06:30:00Z'), policy)[0] //=> { recordId: 'post-1', stage: 'editor', status: 'overdue', hoursLate: 5, … }
 */
export function reviewDeadlines(records: readonly StoredRecord[], now: Date, policy: ContentQueryScope): ReviewDeadline[] {
  const out: ReviewDeadline[] = [];
  for (const v of readContentItems(records).items) {
    if (v.state !== 'review' || !v.stage || !v.context.stageStartedAt) continue;
    const stage = v.context.chain?.stages[v.context.stageIndex];
    if (!stage) continue;
    const due = Date.parse(v.context.stageStartedAt) + stage.deadlineHours * HOUR;
    const late = now.getTime() - due;
    out.push({
      recordId: v.id,
      stage: v.stage,
      startedAt: v.context.stageStartedAt,
      dueAt: new Date(due).toISOString(),
      status: late > 0 ? 'overdue' : -late <= policy.content.dueSoonHours * HOUR ? 'due-soon' : 'on-time',
      hoursLate: late > 0 ? Math.floor(late / HOUR) : 0,
    });
  }
  return out.sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt));
}

/**
 * Scheduled items whose publishing time has come (CW-7), earliest first.
 *
 * @example
 * dueForPublishing(records, new Date('2026-03-04T02:00:00Z')) //=> [{ recordId: 'post-1', publishAt: '2026-03-04T02:00:00.000Z', channel: 'weibo' }]
 */
export function dueForPublishing(records: readonly StoredRecord[], now: Date): Array<{ readonly recordId: string; readonly publishAt: string; readonly channel: string }> {
  return readContentItems(records)
    .items.filter((v) => v.state === 'scheduled' && v.context.publishAt !== undefined && Date.parse(v.context.publishAt) <= now.getTime())
    .map((v) => ({ recordId: v.id, publishAt: v.context.publishAt!, channel: v.context.channel }))
    .sort((a, b) => Date.parse(a.publishAt) - Date.parse(b.publishAt));
}

/**
 * Items in review, approved or scheduled whose planned publishing time has passed (CW-7): their plan,
 * and the approvals given for it, are going stale and need a new date or a fresh look.
 *
 * @example
 * staleApprovals(records, new Date()) //=> [{ recordId: 'post-3', state: 'approved', plannedAt: '…', hoursPast: 30 }]
 */
export function staleApprovals(
  records: readonly StoredRecord[],
  now: Date,
): Array<{ readonly recordId: string; readonly state: string; readonly plannedAt: string; readonly hoursPast: number }> {
  const out: Array<{ recordId: string; state: string; plannedAt: string; hoursPast: number }> = [];
  for (const v of readContentItems(records).items) {
    if (!['review', 'approved', 'scheduled'].includes(v.state)) continue;
    const planned = v.context.publishAt ?? v.context.plan.plannedAt;
    if (!planned || Date.parse(planned) >= now.getTime()) continue;
    out.push({ recordId: v.id, state: v.state, plannedAt: planned, hoursPast: Math.floor((now.getTime() - Date.parse(planned)) / HOUR) });
  }
  return out;
}

/**
 * One entry in the publishing calendar.
 *
 * @example
 * const e: CalendarEntry = { recordId: 'post-1', title: '新品', channel: 'weibo', at: '…', state: 'scheduled' };
 */
export interface CalendarEntry {
  readonly recordId: string;
  readonly title: string;
  readonly channel: string;
  readonly at: string;
  /** `published`, `scheduled`, or `planned` (a plan date only, not yet approved and scheduled). */
  readonly kind: 'published' | 'scheduled' | 'planned';
}

/**
 * A week of the publishing calendar (CW-7) in the policy's time zone: entries per day and channel, gaps
 * (a weekday the channel's plan expects content, with nothing scheduled or published) and clashes (more
 * scheduled or published items on a channel and day than its maximum).
 *
 * @example
 * const week: PublishingWeek = publishingCalendar(records, '2026-W10', policy).value;
 */
export interface PublishingWeek {
  readonly week: string;
  readonly days: ReadonlyArray<{ readonly date: string; readonly weekday: number; readonly entries: readonly CalendarEntry[] }>;
  readonly gaps: ReadonlyArray<{ readonly date: string; readonly channel: string }>;
  readonly clashes: ReadonlyArray<{ readonly date: string; readonly channel: string; readonly count: number; readonly max: number; readonly recordIds: readonly string[] }>;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Build the publishing calendar of ISO week `week` (`2026-W10`) from content records (CW-7).
 *
 * @example
 * const r = publishingCalendar(records, '2026-W10', defaultPolicy);
 * r.ok && r.value.gaps[0] //=> { date: '2026-03-02', channel: 'weibo' }
 */
export function publishingCalendar(records: readonly StoredRecord[], week: string, policy: ContentQueryScope): Result<PublishingWeek> {
  const range = periodRange(week, policy.timeZone);
  if (!range.ok) return range;
  const m = /^(\d{4})-W(\d{2})$/.exec(week);
  if (!m) return fail(invalidInput([issue(['week'], words(`"${week}" is not an ISO week key such as 2026-W10`, `「${week}」不是 ISO 周编号（如 2026-W10）`, `「${week}」不是 ISO 週編號（如 2026-W10）`))]));
  const monday = isoWeekStartDate(Number(m[1]), Number(m[2]));
  const dates = Array.from({ length: 7 }, (_, i) => {
    const d = new Date(Date.UTC(monday.year, monday.month - 1, monday.day + i));
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  });
  const byDate = new Map<string, CalendarEntry[]>(dates.map((d) => [d, []]));
  for (const v of readContentItems(records).items) {
    const c = v.context;
    let entry: CalendarEntry | undefined;
    if (c.publication && ['published', 'monitoring', 'archived'].includes(v.state)) {
      entry = { recordId: v.id, title: c.title, channel: c.channel, at: c.publication.at, kind: 'published' };
    } else if (v.state === 'scheduled' && c.publishAt) {
      entry = { recordId: v.id, title: c.title, channel: c.channel, at: c.publishAt, kind: 'scheduled' };
    } else if (['planning', 'creation', 'review', 'approved'].includes(v.state) && c.plan.plannedAt) {
      entry = { recordId: v.id, title: c.title, channel: c.channel, at: c.plan.plannedAt, kind: 'planned' };
    }
    if (entry) byDate.get(dayKey(entry.at, policy.timeZone))?.push(entry);
  }
  const gaps: Array<{ date: string; channel: string }> = [];
  const clashes: Array<{ date: string; channel: string; count: number; max: number; recordIds: string[] }> = [];
  dates.forEach((date, i) => {
    const entries = byDate.get(date) ?? [];
    for (const channel of policy.content.channels) {
      const firm = entries.filter((e) => e.channel === channel.id && e.kind !== 'planned');
      if (channel.plannedWeekdays?.includes(i + 1) && firm.length === 0) gaps.push({ date, channel: channel.id });
      const max = channel.maxPerDay ?? policy.content.maxPerChannelPerDay;
      if (firm.length > max) clashes.push({ date, channel: channel.id, count: firm.length, max, recordIds: firm.map((e) => e.recordId) });
    }
  });
  return ok({
    week,
    days: dates.map((date, i) => ({ date, weekday: i + 1, entries: (byDate.get(date) ?? []).sort((a, b) => Date.parse(a.at) - Date.parse(b.at)) })),
    gaps,
    clashes,
  });
}

/**
 * Metric totals: one number per metric, 0 when no snapshot reported it.
 *
 * @example
 * const t: MetricTotals = { reads: 1200, likes: 80, shares: 5, comments: 9, newFollowers: 3, clicks: 40, conversions: 2 };
 */
export type MetricTotals = { readonly [K in ContentMetric]: number };

/**
 * The periodic monitoring report for management (CW-1 数据监测 → 定期报告): items counted by state and by
 * channel, and metric totals. Items count when they were created or published in the period; metrics
 * are the latest cumulative snapshot of each published item observed before the period ends. Keys are
 * the policy's own ids (a channel may be called `constructor`): the maps have no prototype. Records that
 * cannot be read are listed in `unreadable`, not counted.
 *
 * @example
 * const r = contentReport(records, '2026-03', defaultPolicy);
 * r.ok && r.value.byChannel['weibo'] //=> { items: 1, published: 1, metrics: { reads: 900, … } }
 */
export function contentReport(
  records: readonly StoredRecord[],
  period: string,
  policy: Pick<ContentQueryScope, 'timeZone'>,
): Result<{
  readonly period: string;
  readonly items: number;
  readonly byState: Readonly<Record<string, number>>;
  readonly byChannel: Readonly<Record<string, { readonly items: number; readonly published: number; readonly metrics: MetricTotals }>>;
  readonly totals: MetricTotals;
  readonly unreadable: readonly string[];
}> {
  const range = periodRange(period, policy.timeZone);
  if (!range.ok) return range;
  const start = range.value.start.getTime();
  const end = range.value.end.getTime();
  const within = (iso: string | undefined) => iso !== undefined && Date.parse(iso) >= start && Date.parse(iso) < end;
  const zero = (): Record<ContentMetric, number> => Object.fromEntries(contentMetric.values.map((k) => [k, 0])) as Record<ContentMetric, number>;
  const byState: Record<string, number> = Object.create(null) as Record<string, number>;
  const byChannel = Object.create(null) as Record<string, { items: number; published: number; metrics: Record<ContentMetric, number> }>;
  const totals = zero();
  let items = 0;
  const { items: views, unreadable } = readContentItems(records);
  for (const v of views) {
    const published = within(v.context.publication?.at);
    if (!within(v.createdAt) && !published) continue;
    items++;
    byState[v.state] = (byState[v.state] ?? 0) + 1;
    const ch = (byChannel[v.context.channel] ??= { items: 0, published: 0, metrics: zero() });
    ch.items++;
    if (published) ch.published++;
    let latest: (typeof v.context.metrics)[number] | undefined;
    for (const s of v.context.metrics) if (Date.parse(s.at) < end && (!latest || Date.parse(s.at) >= Date.parse(latest.at))) latest = s;
    if (!latest) continue;
    for (const k of contentMetric.values) {
      const n = latest[k] ?? 0;
      ch.metrics[k] += n;
      totals[k] += n;
    }
  }
  return ok({ period, items, byState, byChannel, totals, unreadable });
}
