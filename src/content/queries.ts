import type { StoredRecord } from '../core/record.js';
import { fail, ok, type Result } from '../core/result.js';
import { periodRange } from '../core/period.js';
import { isoWeekStartDate, startOfZonedDay, wallClock } from '../core/zone.js';
import type { Policy } from '../policy/schema.js';
import { contentMetric, type ContentMetric } from './labels.js';
import type { ContentContext } from './model.js';

const HOUR = 3_600_000;

/**
 * A content record as the queries read it: the persisted snapshot's state value and context.
 *
 * @example
 * const item: ContentView = viewOf(record);
 */
export interface ContentView {
  readonly id: string;
  /** Top-level state, for example `review` or `published`. */
  readonly state: string;
  /** The review stage, when in review. */
  readonly stage?: string;
  readonly context: ContentContext;
}

/**
 * Read a stored content record for the queries.
 *
 * @example
 * viewOf(record).state //=> 'review'
 */
export function viewOf(record: StoredRecord): ContentView {
  const snap = record.snapshot as { value: unknown; context: ContentContext };
  if (typeof snap.value === 'string') return { id: record.id, state: snap.value, context: snap.context };
  const [state, stage] = Object.entries(snap.value as Record<string, string>)[0] ?? ['', ''];
  return { id: record.id, state, stage, context: snap.context };
}

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
 * reviewDeadlines(records, new Date(), policy).filter((d) => d.status === 'overdue')
 */
export function reviewDeadlines(records: readonly StoredRecord[], now: Date, policy: Policy): ReviewDeadline[] {
  const out: ReviewDeadline[] = [];
  for (const record of records) {
    const v = viewOf(record);
    if (v.state !== 'review' || !v.stage || !v.context.stageStartedAt) continue;
    const stage = v.context.chain?.stages.find((s) => s.id === v.stage);
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
 * dueForPublishing(records, new Date()).map((i) => i.recordId)
 */
export function dueForPublishing(records: readonly StoredRecord[], now: Date): Array<{ readonly recordId: string; readonly publishAt: string; readonly channel: string }> {
  return records
    .map(viewOf)
    .filter((v) => v.state === 'scheduled' && v.context.publishAt !== undefined && Date.parse(v.context.publishAt) <= now.getTime())
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
  for (const v of records.map(viewOf)) {
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
 * if (r.ok) for (const gap of r.value.gaps) console.log(`nothing on ${gap.channel} on ${gap.date}`);
 */
export function publishingCalendar(records: readonly StoredRecord[], week: string, policy: Policy): Result<PublishingWeek> {
  const range = periodRange(week, policy.timeZone);
  if (!range.ok) return range;
  const m = /^(\d{4})-W(\d{2})$/.exec(week);
  if (!m) return fail({ code: 'invalid-input', message: `"${week}" is not an ISO week key such as 2026-W10`, issues: [{ path: ['week'], message: 'expected YYYY-Www' }] });
  const monday = isoWeekStartDate(Number(m[1]), Number(m[2]));
  const dates = Array.from({ length: 7 }, (_, i) => {
    const d = new Date(Date.UTC(monday.year, monday.month - 1, monday.day + i));
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  });
  const dateOf = (iso: string) => {
    const w = wallClock(new Date(iso), policy.timeZone);
    return `${w.year}-${pad(w.month)}-${pad(w.day)}`;
  };
  const byDate = new Map<string, CalendarEntry[]>(dates.map((d) => [d, []]));
  for (const v of records.map(viewOf)) {
    const c = v.context;
    let entry: CalendarEntry | undefined;
    if (c.publication && ['published', 'monitoring', 'archived'].includes(v.state)) {
      entry = { recordId: v.id, title: c.title, channel: c.channel, at: c.publication.at, kind: 'published' };
    } else if (v.state === 'scheduled' && c.publishAt) {
      entry = { recordId: v.id, title: c.title, channel: c.channel, at: c.publishAt, kind: 'scheduled' };
    } else if (['planning', 'creation', 'review', 'approved'].includes(v.state) && c.plan.plannedAt) {
      entry = { recordId: v.id, title: c.title, channel: c.channel, at: c.plan.plannedAt, kind: 'planned' };
    }
    if (entry) byDate.get(dateOf(entry.at))?.push(entry);
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
 * are the latest cumulative snapshot of each published item observed before the period ends.
 *
 * @example
 * const r = contentReport(records, '2026-03', defaultPolicy);
 * if (r.ok) console.table(r.value.byChannel);
 */
export function contentReport(
  records: readonly StoredRecord[],
  period: string,
  policy: Policy,
): Result<{
  readonly period: string;
  readonly items: number;
  readonly byState: Readonly<Record<string, number>>;
  readonly byChannel: Readonly<Record<string, { readonly items: number; readonly published: number; readonly metrics: MetricTotals }>>;
  readonly totals: MetricTotals;
}> {
  const range = periodRange(period, policy.timeZone);
  if (!range.ok) return range;
  const start = range.value.start.getTime();
  const end = range.value.end.getTime();
  const within = (iso: string | undefined) => iso !== undefined && Date.parse(iso) >= start && Date.parse(iso) < end;
  const zero = (): Record<ContentMetric, number> => Object.fromEntries(contentMetric.values.map((k) => [k, 0])) as Record<ContentMetric, number>;
  const byState: Record<string, number> = {};
  const byChannel: Record<string, { items: number; published: number; metrics: Record<ContentMetric, number> }> = {};
  const totals = zero();
  let items = 0;
  for (const record of records) {
    const v = viewOf(record);
    const published = within(v.context.publication?.at);
    if (!within(record.createdAt) && !published) continue;
    items++;
    byState[v.state] = (byState[v.state] ?? 0) + 1;
    const ch = (byChannel[v.context.channel] ??= { items: 0, published: 0, metrics: zero() });
    ch.items++;
    if (published) ch.published++;
    const latest = [...v.context.metrics].filter((s) => Date.parse(s.at) < end).sort((a, b) => Date.parse(a.at) - Date.parse(b.at)).at(-1);
    if (!latest) continue;
    for (const k of contentMetric.values) {
      const n = latest[k] ?? 0;
      ch.metrics[k] += n;
      totals[k] += n;
    }
  }
  return ok({ period, items, byState, byChannel, totals });
}
