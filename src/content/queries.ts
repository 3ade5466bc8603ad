import { explainFinding } from '../compliance/index.js';
import type { Locale } from '../core/labels.js';
import { periodRange } from '../core/period.js';
import type { RiskLevel } from '../core/risk-level.js';
import type { StoredRecord } from '../core/record.js';
import { fail, invalidInput, issue, ok, words, type Result } from '../core/result.js';
import { isoWeekStartDate, utcTime, wallClock } from '../core/zone.js';
import { contentMetric, type ContentMetric, type PlanSlip } from './labels.js';
import type { ContentContext, PlanChange, ReviewedContent, Source } from './model.js';
import type { ContentPolicy } from './policy.js';
import { dayKey, readContentItem, readContentItems, type ContentView } from './record.js';
import { inPublishingWindow } from './windows.js';
import { shown } from '../core/text.js';

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
  /** The item is an advertisement (it must carry the 广告 label). */
  readonly advertising: boolean;
}

/**
 * A week of the publishing calendar (CW-7) in the policy's time zone: entries per day and channel, gaps
 * (a weekday the channel's plan expects content, with nothing scheduled or published), clashes (more
 * scheduled or published items on a channel and day than its maximum), and items scheduled or planned
 * outside the channel's high-activity publishing windows (S2 内容发布.2).
 *
 * @example
 * const week: PublishingWeek = publishingCalendar(records, '2026-W10', policy).value;
 */
export interface PublishingWeek {
  readonly week: string;
  readonly days: ReadonlyArray<{ readonly date: string; readonly weekday: number; readonly entries: readonly CalendarEntry[] }>;
  readonly gaps: ReadonlyArray<{ readonly date: string; readonly channel: string }>;
  readonly clashes: ReadonlyArray<{ readonly date: string; readonly channel: string; readonly count: number; readonly max: number; readonly recordIds: readonly string[] }>;
  readonly outsideWindows: ReadonlyArray<{ readonly date: string; readonly channel: string; readonly recordId: string; readonly at: string; readonly kind: 'scheduled' | 'planned' }>;
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
    const d = new Date(utcTime(monday.year, monday.month, monday.day + i));
    return `${String(d.getUTCFullYear()).padStart(4, '0')}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  });
  const byDate = new Map<string, CalendarEntry[]>(dates.map((d) => [d, []]));
  for (const v of readContentItems(records).items) {
    const c = v.context;
    let entry: CalendarEntry | undefined;
    if (c.publication && ['published', 'monitoring', 'archived'].includes(v.state)) {
      entry = { recordId: v.id, title: c.title, channel: c.channel, at: c.publication.at, kind: 'published', advertising: c.advertising };
    } else if (v.state === 'scheduled' && c.publishAt) {
      entry = { recordId: v.id, title: c.title, channel: c.channel, at: c.publishAt, kind: 'scheduled', advertising: c.advertising };
    } else if (['planning', 'creation', 'review', 'approved'].includes(v.state) && c.plan.plannedAt) {
      entry = { recordId: v.id, title: c.title, channel: c.channel, at: c.plan.plannedAt, kind: 'planned', advertising: c.advertising };
    }
    if (entry) byDate.get(dayKey(entry.at, policy.timeZone))?.push(entry);
  }
  const gaps: Array<{ date: string; channel: string }> = [];
  const clashes: Array<{ date: string; channel: string; count: number; max: number; recordIds: string[] }> = [];
  const outsideWindows: Array<{ date: string; channel: string; recordId: string; at: string; kind: 'scheduled' | 'planned' }> = [];
  const channels = new Map(policy.content.channels.map((c) => [c.id, c]));
  dates.forEach((date, i) => {
    const entries = (byDate.get(date) ?? []).sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
    for (const e of entries) {
      if (e.kind === 'published') continue;
      const t = wallClock(new Date(e.at), policy.timeZone);
      if (!inPublishingWindow(channels.get(e.channel)?.publishingWindows, t.hour * 60 + t.minute)) outsideWindows.push({ date, channel: e.channel, recordId: e.recordId, at: e.at, kind: e.kind });
    }
    for (const channel of policy.content.channels) {
      const firm = entries.filter((e) => e.channel === channel.id && e.kind !== 'planned');
      if (channel.plannedWeekdays?.includes(i + 1) && firm.length === 0) gaps.push({ date, channel: channel.id });
      const max = channel.maxPerDay ?? policy.content.maxPerChannelPerDay;
      if (firm.length > max) clashes.push({ date, channel: channel.id, count: firm.length, max, recordIds: firm.map((e) => e.recordId) });
    }
  });
  return ok({
    week,
    days: dates.map((date, i) => ({ date, weekday: i + 1, entries: byDate.get(date) ?? [] })),
    gaps,
    clashes,
    outsideWindows,
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
  const timeZone = typeof policy === 'object' && policy !== null ? policy.timeZone : undefined;
  if (typeof timeZone !== 'string') return fail(invalidInput([issue(['policy', 'timeZone'], words('must be an IANA time zone', '须为 IANA 时区', '須為 IANA 時區'), 'KPI-1')], 'KPI-1'));
  const range = periodRange(period, timeZone);
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

/**
 * One item in a weekly review (CW-7): its planned time as the plan stood when the week began (absent for
 * an unplanned addition), the date it has now (its schedule, else its plan date), its publication time if
 * any, and whether it is an advertisement.
 *
 * @example
 * const i: WeeklyReviewItem = { recordId: 'post-1', title: '新品', state: 'published', advertising: false, plannedAt: '…', dueAt: '…', publishedAt: '…' };
 */
export interface WeeklyReviewItem {
  readonly recordId: string;
  readonly title: string;
  readonly state: string;
  readonly advertising: boolean;
  readonly plannedAt?: string;
  readonly dueAt?: string;
  readonly publishedAt?: string;
}

/**
 * One channel's week in the weekly review (CW-7): what the plan held when the week began, what was
 * published in the week, what slipped (planned but not published in the week, or published on a later
 * day than planned; labelled by `planSlip`), and unplanned additions (published in the week, or now
 * dated in it, without having been in the plan when the week began). `weeklyPlan` says whether the
 * policy asks for the channel's plan to be drawn up in advance (S4 §3.3).
 *
 * @example
 * const c: ChannelWeek = { channel: 'app', weeklyPlan: true, planned: [a], published: [a, b], slipped: [], unplanned: [b] };
 */
export interface ChannelWeek {
  readonly channel: string;
  readonly weeklyPlan: boolean;
  readonly planned: readonly WeeklyReviewItem[];
  readonly published: readonly WeeklyReviewItem[];
  readonly slipped: ReadonlyArray<WeeklyReviewItem & { readonly slip: PlanSlip }>;
  readonly unplanned: readonly WeeklyReviewItem[];
}

/**
 * The weekly review of a week (CW-7): every channel of the policy (and any other channel an item
 * names), in the policy's order, and the records that could not be read.
 *
 * @example
 * const r: WeeklyReview = weeklyReview(records, '2026-W10', policy).value;
 */
export interface WeeklyReview {
  readonly week: string;
  readonly channels: readonly ChannelWeek[];
  readonly unreadable: readonly string[];
}

const ENDED = ['cancelled', 'withdrawn'];

// The planned time in force at `start`: the last change made before it. Items stored before plan
// histories were kept count their current date as planned when they were created.
function plannedAtStart(v: ContentView, start: number): string | undefined {
  const c: ContentContext = v.context;
  const history: readonly PlanChange[] = c.planHistory ?? (c.publishAt ?? c.plan.plannedAt ? [{ at: v.createdAt, week: '', target: (c.publishAt ?? c.plan.plannedAt)! }] : []);
  let target: string | undefined;
  for (const h of history) if (Date.parse(h.at) < start) target = h.target;
  return target;
}

/**
 * The weekly review of ISO week `week` (CW-7, S4 §3.3 提前编制周计划，查找工作存在的问题): per channel,
 * what was planned before the week began against what was published in it, what slipped and what was
 * added unplanned. Pure: a plan is what each item's plan history held at the week's start, in the
 * policy's time zone.
 *
 * @example
 * const r = weeklyReview(records, '2026-W10', defaultPolicy);
 * r.ok && r.value.channels.find((c) => c.channel === 'app')?.slipped //=> [{ recordId: 'post-3', slip: 'not-published', … }]
 */
export function weeklyReview(records: readonly StoredRecord[], week: string, policy: ContentQueryScope): Result<WeeklyReview> {
  if (typeof week !== 'string' || !/^\d{4}-W\d{2}$/.test(week)) {
    return fail(invalidInput([issue(['week'], words(`"${shown(week)}" is not an ISO week key such as 2026-W10`, `「${shown(week)}」不是 ISO 周编号（如 2026-W10）`, `「${shown(week)}」不是 ISO 週編號（如 2026-W10）`), 'CW-7')], 'CW-7'));
  }
  const range = periodRange(week, policy.timeZone);
  if (!range.ok) return range;
  const start = range.value.start.getTime();
  const end = range.value.end.getTime();
  const within = (iso: string | undefined) => iso !== undefined && Date.parse(iso) >= start && Date.parse(iso) < end;
  type Row = { planned: WeeklyReviewItem[]; published: WeeklyReviewItem[]; slipped: Array<WeeklyReviewItem & { slip: PlanSlip }>; unplanned: WeeklyReviewItem[] };
  const rows = new Map<string, Row>(policy.content.channels.map((c) => [c.id, { planned: [], published: [], slipped: [], unplanned: [] }]));
  const { items, unreadable } = readContentItems(records);
  for (const v of items) {
    const c = v.context;
    const plannedAt = plannedAtStart(v, start);
    const publishedAt = c.publication?.at;
    const planned = within(plannedAt);
    const published = within(publishedAt);
    const dueAt = c.publishAt ?? c.plan.plannedAt;
    if (!planned && !published && !(within(dueAt) && !ENDED.includes(v.state))) continue;
    const item: WeeklyReviewItem = {
      recordId: v.id,
      title: c.title,
      state: v.state,
      advertising: c.advertising,
      ...(planned ? { plannedAt: plannedAt! } : {}),
      ...(dueAt === undefined ? {} : { dueAt }),
      ...(publishedAt === undefined ? {} : { publishedAt }),
    };
    let row = rows.get(c.channel);
    if (!row) rows.set(c.channel, (row = { planned: [], published: [], slipped: [], unplanned: [] }));
    if (published) row.published.push(item);
    if (!planned) {
      row.unplanned.push(item);
      continue;
    }
    row.planned.push(item);
    // Published before the week began is early, not a slip.
    const early = publishedAt !== undefined && Date.parse(publishedAt) < start;
    if (!published && !early) row.slipped.push({ ...item, slip: 'not-published' });
    else if (published && dayKey(publishedAt!, policy.timeZone) > dayKey(plannedAt!, policy.timeZone)) row.slipped.push({ ...item, slip: 'published-late' });
  }
  const by = (key: (i: WeeklyReviewItem) => string | undefined) => (a: WeeklyReviewItem, b: WeeklyReviewItem) =>
    (Date.parse(key(a) ?? '') || 0) - (Date.parse(key(b) ?? '') || 0) || (a.recordId < b.recordId ? -1 : a.recordId > b.recordId ? 1 : 0);
  const byPlan = by((i) => i.plannedAt);
  const byPublication = by((i) => i.publishedAt ?? i.dueAt);
  const known = new Map(policy.content.channels.map((c) => [c.id, c]));
  const order = [...policy.content.channels.map((c) => c.id), ...[...rows.keys()].filter((k) => !known.has(k)).sort()];
  return ok({
    week,
    channels: order.map((channel) => {
      const r = rows.get(channel)!;
      return {
        channel,
        weeklyPlan: known.get(channel)?.weeklyPlan ?? false,
        planned: r.planned.sort(byPlan),
        published: r.published.sort(byPublication),
        slipped: r.slipped.sort(byPlan),
        unplanned: r.unplanned.sort(byPublication),
      };
    }),
    unreadable,
  });
}

/**
 * What a reviewer is shown for an item (CW-3, CW-5, CW-8): the content whose hash they sign, the stage
 * under review and whether it is a legal stage, the advertising flag (legal checks the 广告 label against
 * it) and the sources of the item's facts and figures.
 *
 * @example
 * const sheet: ReviewSheet = reviewSheet(record).value;
 * sheet.advertising //=> true
 */
export interface ReviewSheet extends ReviewedContent {
  readonly recordId: string;
  readonly state: string;
  readonly stage?: string;
  /** The stage under review is a legal review. */
  readonly legal: boolean;
  readonly hash: string;
  readonly sources: readonly Source[];
  /** The compliance assessment as the legal reviewer reads it (CMP-4); absent before the first submission. */
  readonly compliance?: ReviewSheetCompliance;
}

/**
 * The compliance part of a review sheet (CMP-4): the computed level (accepted findings left out) beside
 * the item's level, the number of findings, and each kept finding with its key (to accept it), its
 * one-line explanation (`explainFinding`) and, when accepted, who accepted it and why.
 *
 * @example
 * sheet.compliance?.findings[0]?.line //=> '[严重] 绝对化用语 — 正文 0–3「国家级」：中华人民共和国广告法 第九条第（三）项'
 */
export interface ReviewSheetCompliance {
  readonly level: RiskLevel;
  readonly policyVersion: string;
  readonly at: string;
  readonly total: number;
  readonly counts: { readonly high: number; readonly medium: number; readonly low: number };
  readonly findings: ReadonlyArray<{
    readonly key: string;
    readonly rule: string;
    readonly severity: string;
    readonly line: string;
    readonly accepted?: { readonly reason: string; readonly actorId: string; readonly at: string };
  }>;
}

/**
 * The review sheet of a stored item (CW-8, CMP-4): what a reviewer, legal above all, must see before
 * signing: the advertising flag, the sources, and the compliance findings explained in `locale`, the
 * accepted ones with their reasons. A damaged record is refused with `version-mismatch`.
 *
 * @example
 * const r = reviewSheet(record);
 * r.ok && r.value.legal //=> true (at the legal stage)
 */
export function reviewSheet(record: StoredRecord, locale: Locale = 'zh-CN'): Result<ReviewSheet> {
  const r = readContentItem(record);
  if (!r.ok) return r;
  const v = r.value;
  const c = v.context;
  return ok({
    recordId: v.id,
    state: v.state,
    ...(v.stage === undefined ? {} : { stage: v.stage }),
    legal: v.state === 'review' && (c.chain?.stages[c.stageIndex]?.legal ?? false),
    hash: v.hash,
    title: c.title,
    body: c.body,
    format: c.format,
    channel: c.channel,
    tags: c.tags,
    keywords: c.keywords,
    advertising: c.advertising,
    riskLevel: c.riskLevel,
    ...(c.media === undefined ? {} : { media: c.media }),
    sources: c.sources ?? [],
    // What makes an unflagged item advertising (CMP-2): the reviewer signs these facts too.
    ...(c.paidRanking ? { paidRanking: true } : {}),
    ...(c.review ? { review: true } : {}),
    ...(c.purchaseLink ? { purchaseLink: true } : {}),
    ...(c.compliance ? { compliance: sheetCompliance(c.compliance, locale) } : {}),
  });
}

function sheetCompliance(a: NonNullable<ContentContext['compliance']>, locale: Locale): ReviewSheetCompliance {
  const accepted = new Map(a.accepted.map((x) => [x.key, x]));
  return {
    level: a.level,
    policyVersion: a.policyVersion,
    at: a.at,
    total: a.total,
    counts: a.counts,
    findings: a.findings.map((f) => {
      const x = accepted.get(f.key);
      return { key: f.key, rule: f.rule, severity: f.severity, line: explainFinding(f, locale), ...(x ? { accepted: { reason: x.reason, actorId: x.actorId, at: x.at } } : {}) };
    }),
  };
}
