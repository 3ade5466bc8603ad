import { readContentItems } from '../content/index.js';
import type { StoredRecord } from '../core/record.js';
import { fail, invalidInput, issue, ok, words, type Result } from '../core/result.js';
import type { RiskLevel } from '../core/risk-level.js';
import type { PlatformAppealOutcome, ReviewReason, RiskCategory, PlatformSanctionKind } from './labels.js';
import type { PlatformRuleChange } from './model.js';
import { readRisks } from './record.js';

const DAY = 86_400_000;
const LEVELS: readonly RiskLevel[] = ['high', 'medium', 'low'];
const CATEGORIES: readonly RiskCategory[] = ['market', 'technical', 'legal', 'reputation', 'platform-rules', 'data-security'];
const OPEN = new Set(['assessed', 'treating', 'monitoring']);

/**
 * A risk due in the review queue (RSK-4).
 *
 * @example
 * const d: RiskDue = { recordId: 'risk-1', title: '绝对化用语', category: 'legal', level: 'medium', state: 'monitoring', reason: 'review-due', dueAt: '2026-06-01T00:00:00.000Z' };
 */
export interface RiskDue {
  readonly recordId: string;
  readonly title: string;
  readonly category: RiskCategory;
  readonly level: RiskLevel;
  readonly state: string;
  readonly reason: ReviewReason;
  /** When the review fell due: the review date, or the moment the acceptance expired. */
  readonly dueAt: string;
}

/**
 * The risks due for review at `now` (RSK-4): every assessed, treated or monitored risk whose acceptance
 * has expired (it must be assessed again) or whose review date has come; earliest first. Records that do
 * not read are listed, not fatal.
 *
 * @example
 * risksDueForReview([risk], new Date('2026-07-01T00:00:00Z')).due.map((d) => d.reason) //=> ['acceptance-expired']
 */
export function risksDueForReview(records: readonly StoredRecord[], now: Date): { readonly due: RiskDue[]; readonly unreadable: string[] } {
  const { risks, unreadable } = readRisks(records);
  const t = now.getTime();
  const due: RiskDue[] = [];
  for (const r of risks) {
    const c = r.context;
    if (!OPEN.has(r.state) || !c.assessment) continue;
    const base = { recordId: r.id, title: c.title, category: c.category, level: c.assessment.current.level, state: r.state };
    if (c.acceptance && Date.parse(c.acceptance.expiresAt) <= t) due.push({ ...base, reason: 'acceptance-expired', dueAt: c.acceptance.expiresAt });
    else if (c.reviewDueAt && Date.parse(c.reviewDueAt) <= t) due.push({ ...base, reason: 'review-due', dueAt: c.reviewDueAt });
  }
  due.sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.recordId.localeCompare(b.recordId));
  return { due, unreadable };
}

/**
 * An acceptance in force that expires soon (RSK-4).
 *
 * @example
 * const e: ExpiringAcceptance = { recordId: 'risk-1', title: '绝对化用语', level: 'medium', acceptedBy: 'u-mkt-head', right: 'risk.accept-medium', expiresAt: '2026-09-01T00:00:00.000Z', daysLeft: 12 };
 */
export interface ExpiringAcceptance {
  readonly recordId: string;
  readonly title: string;
  readonly level: RiskLevel;
  readonly acceptedBy: string;
  readonly right: string;
  readonly expiresAt: string;
  /** Whole days from `now` until it expires, rounded up. */
  readonly daysLeft: number;
}

/**
 * The acceptances in force at `now` that expire within `withinDays` days (RSK-4), soonest first. A
 * `withinDays` that is not a whole number from 0 to 3650 is refused.
 *
 * @example
 * acceptancesExpiring([risk], new Date('2026-08-20T00:00:00Z'), 30).value.acceptances.map((a) => a.daysLeft) //=> [12]
 */
export function acceptancesExpiring(records: readonly StoredRecord[], now: Date, withinDays: number): Result<{ readonly acceptances: ExpiringAcceptance[]; readonly unreadable: string[] }> {
  if (!Number.isSafeInteger(withinDays) || withinDays < 0 || withinDays > 3650) {
    return fail(invalidInput([issue(['withinDays'], words('must be a whole number of days from 0 to 3650', '须为 0 到 3650 之间的整数天数', '須為 0 到 3650 之間的整數天數'), 'RSK-4')], 'RSK-4'));
  }
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) return fail(invalidInput([issue(['now'], words('must be a valid date', '须为有效日期', '須為有效日期'), 'RSK-4')], 'RSK-4'));
  const { risks, unreadable } = readRisks(records);
  const t = now.getTime();
  const acceptances: ExpiringAcceptance[] = [];
  for (const r of risks) {
    const a = r.context.acceptance;
    if (r.state === 'closed' || !a) continue;
    const end = Date.parse(a.expiresAt);
    if (end <= t || end > t + withinDays * DAY) continue;
    acceptances.push({ recordId: r.id, title: r.context.title, level: a.level, acceptedBy: a.by, right: a.right, expiresAt: a.expiresAt, daysLeft: Math.ceil((end - t) / DAY) });
  }
  acceptances.sort((a, b) => a.expiresAt.localeCompare(b.expiresAt) || a.recordId.localeCompare(b.recordId));
  return ok({ acceptances, unreadable });
}

/**
 * An open platform-sanction incident (RSK-5) as the incident list shows it.
 *
 * @example
 * const i: OpenIncident = { recordId: 'inc-1', sanction: 'ban', account: 'weibo-official', cause: 'post-9', reportedAt, rectification: 'planned', rectificationDueAt, appeal: 'pending' };
 */
export interface OpenIncident {
  readonly recordId: string;
  readonly sanction: PlatformSanctionKind;
  readonly account: string;
  readonly cause?: string;
  readonly reportedAt: string;
  /** `none` yet, `planned`, `overdue` (planned, past its due date at `now`), or `completed`. */
  readonly rectification: 'none' | 'planned' | 'overdue' | 'completed';
  readonly rectificationDueAt?: string;
  /** The latest appeal: `none`, `pending`, or its outcome. */
  readonly appeal: 'none' | 'pending' | PlatformAppealOutcome;
}

/**
 * The platform incidents still open at `now` (RSK-5), grouped by platform (platforms in order of name,
 * incidents oldest first), with the state of their rectification and appeal.
 *
 * @example
 * openIncidentsByPlatform([incident], now).platforms.map((p) => [p.platform, p.incidents.length]) //=> [['weibo', 1]]
 */
export function openIncidentsByPlatform(records: readonly StoredRecord[], now: Date): { readonly platforms: Array<{ readonly platform: string; readonly incidents: OpenIncident[] }>; readonly unreadable: string[] } {
  const { risks, unreadable } = readRisks(records);
  const t = now.getTime();
  const by = new Map<string, OpenIncident[]>();
  for (const r of risks) {
    const i = r.context.incident;
    if (r.state === 'closed' || !i || Date.parse(i.reportedAt) > t) continue;
    const rect = i.rectification;
    const last = i.appeals.at(-1);
    const row: OpenIncident = {
      recordId: r.id,
      sanction: i.sanction,
      account: i.account.id,
      ...(i.cause ? { cause: i.cause.id } : {}),
      reportedAt: i.reportedAt,
      rectification: !rect ? 'none' : rect.completed ? 'completed' : Date.parse(rect.dueAt) < t ? 'overdue' : 'planned',
      ...(rect ? { rectificationDueAt: rect.dueAt } : {}),
      appeal: !last ? 'none' : (last.outcome?.result ?? 'pending'),
    };
    const list = by.get(i.platform);
    if (list) list.push(row);
    else by.set(i.platform, [row]);
  }
  const platforms = [...by.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([platform, incidents]) => ({ platform, incidents: incidents.sort((a, b) => a.reportedAt.localeCompare(b.reportedAt) || a.recordId.localeCompare(b.recordId)) }));
  return { platforms, unreadable };
}

/**
 * A heat map for management (RSK-3): open risks counted by current grade (high/medium/low) and
 * category, with the unassessed ones apart.
 *
 * @example
 * const h: RiskHeatMap = riskHeatMap(records, now);
 * h.rows[0].level //=> 'high'
 */
export interface RiskHeatMap {
  readonly categories: readonly RiskCategory[];
  readonly rows: ReadonlyArray<{ readonly level: RiskLevel; readonly counts: { readonly [C in RiskCategory]: number }; readonly total: number }>;
  readonly unassessed: { readonly [C in RiskCategory]: number };
  readonly total: number;
  readonly unreadable: readonly string[];
}

const zeros = (): { [C in RiskCategory]: number } => ({ market: 0, technical: 0, legal: 0, reputation: 0, 'platform-rules': 0, 'data-security': 0 });

/**
 * The risk heat map at `now` (RSK-3): every risk registered by `now` and not closed, counted by its current
 * grade and its category; high first.
 *
 * @example
 * riskHeatMap(records, now).rows.map((r) => [r.level, r.counts['platform-rules']]) //=> [['high', 1], ['medium', 0], ['low', 0]]
 */
export function riskHeatMap(records: readonly StoredRecord[], now: Date): RiskHeatMap {
  const { risks, unreadable } = readRisks(records);
  const t = now.getTime();
  const counts = new Map(LEVELS.map((l) => [l, zeros()]));
  const unassessed = zeros();
  let total = 0;
  for (const r of risks) {
    if (r.state === 'closed' || Date.parse(r.createdAt) > t || !CATEGORIES.includes(r.context.category)) continue;
    total++;
    const level = r.context.assessment?.current.level;
    const row = level === undefined ? undefined : counts.get(level);
    if (row) row[r.context.category]++;
    else unassessed[r.context.category]++;
  }
  const rows = LEVELS.map((level) => {
    const c = counts.get(level)!;
    return { level, counts: c, total: CATEGORIES.reduce((s, k) => s + c[k], 0) };
  });
  return { categories: CATEGORIES, rows, unassessed, total, unreadable };
}

/**
 * The platform rule-change log (RSK-5, S2 平台规则风险.1), logged by `now`: each change with what it
 * marked for review, newest effective date first.
 *
 * @example
 * platformRuleChanges(records, now).changes.map((c) => [c.platform, c.channels]) //=> [['douyin', ['douyin']]]
 */
export function platformRuleChanges(records: readonly StoredRecord[], now: Date): { readonly changes: Array<PlatformRuleChange & { readonly recordId: string }>; readonly unreadable: string[] } {
  const { risks, unreadable } = readRisks(records);
  const t = now.getTime();
  const changes = risks.flatMap((r) => (r.context.ruleChange && Date.parse(r.context.ruleChange.loggedAt) <= t ? [{ ...r.context.ruleChange, recordId: r.id }] : []));
  changes.sort((a, b) => b.effectiveOn.localeCompare(a.effectiveOn) || a.recordId.localeCompare(b.recordId));
  return { changes, unreadable };
}

/**
 * A content item a platform rule change marks for review (RSK-5).
 *
 * @example
 * const m: ContentMarkedForReview = { change: 'rc-1', platform: 'douyin', effectiveOn: '2026-05-01', contentId: 'video-3', title: '新品开箱', channel: 'douyin', state: 'published' };
 */
export interface ContentMarkedForReview {
  /** The risk entry that logged the change. */
  readonly change: string;
  readonly platform: string;
  readonly effectiveOn: string;
  readonly contentId: string;
  readonly title: string;
  readonly channel: string;
  readonly state: string;
}

// Content that is, or is about to be, in front of users: what a rule change can affect.
const LIVE = new Set(['review', 'approved', 'scheduled', 'published', 'monitoring']);

/**
 * The content items the platform rule changes logged by `now` mark for review (RSK-5, S2 平台规则风险.1
 * 及时调整营销策略和操作方式): every item on an affected channel that is in review, approved, scheduled,
 * published or monitored, once per change; by change (newest effective date first), then item id.
 * Unreadable risk and content records are listed apart.
 *
 * @example
 * contentMarkedForReview([douyinChange], contentRecords, now).items.map((i) => i.contentId) //=> ['video-3']
 */
export function contentMarkedForReview(
  riskRecords: readonly StoredRecord[],
  contentRecords: readonly StoredRecord[],
  now: Date,
): { readonly items: ContentMarkedForReview[]; readonly unreadable: string[] } {
  const { changes, unreadable } = platformRuleChanges(riskRecords, now);
  const content = readContentItems(contentRecords);
  const items: ContentMarkedForReview[] = [];
  for (const c of changes) {
    const channels = new Set(c.channels);
    for (const item of content.items) {
      if (!LIVE.has(item.state) || !channels.has(item.context.channel)) continue;
      items.push({ change: c.recordId, platform: c.platform, effectiveOn: c.effectiveOn, contentId: item.id, title: item.context.title, channel: item.context.channel, state: item.state });
    }
  }
  items.sort((a, b) => b.effectiveOn.localeCompare(a.effectiveOn) || a.change.localeCompare(b.change) || a.contentId.localeCompare(b.contentId));
  return { items, unreadable: [...unreadable, ...content.unreadable] };
}
