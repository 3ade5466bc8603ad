import { fail, invalidInput, issue, ok, words, type GovernanceError, type Result } from './result.js';
import { isoWeekOf, isoWeekStartDate, startOfZonedDay, wallClock } from './zone.js';
import { shown } from './text.js';

/**
 * The kinds of reporting period: ISO week (calendars), month, quarter and year (appraisal cycles).
 *
 * @example
 * const kind: PeriodKind = 'quarter';
 */
export type PeriodKind = 'week' | 'month' | 'quarter' | 'year';

/** Labels for each {@link PeriodKind}, in zh-CN, zh-TW and en.
 * @example periodKindLabels.month['zh-CN'] //=> '月度' */
export const periodKindLabels = {
  week: { 'zh-CN': '周', 'zh-TW': '週', en: 'Week' },
  month: { 'zh-CN': '月度', 'zh-TW': '月度', en: 'Month' },
  quarter: { 'zh-CN': '季度', 'zh-TW': '季度', en: 'Quarter' },
  year: { 'zh-CN': '年度', 'zh-TW': '年度', en: 'Year' },
} as const;

/** The time zone used when a policy names none: the seeds' companies are in mainland China.
 * @example DEFAULT_TIME_ZONE //=> 'Asia/Shanghai' */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/**
 * A parsed period key. `index` is the week (1–53), month (1–12) or quarter (1–4); 1 for a year.
 *
 * @example
 * const p: Period = { kind: 'month', year: 2026, index: 3 }; // '2026-03'
 */
export interface Period {
  readonly kind: PeriodKind;
  readonly year: number;
  readonly index: number;
}

/**
 * A half-open interval `[start, end)`: `end` is the start of the next period.
 *
 * @example
 * const r: PeriodRange = { start: new Date('2026-02-28T16:00:00Z'), end: new Date('2026-03-31T16:00:00Z') };
 */
export interface PeriodRange {
  readonly start: Date;
  readonly end: Date;
}

const KEY = /^(\d{4})(?:-(?:(0[1-9]|1[0-2])|Q([1-4])|W(0[1-9]|[1-4]\d|5[0-3])))?$/;

function periodError(path: string, en: string, zhCN: string, zhTW: string): GovernanceError {
  return invalidInput([issue([path], words(en, zhCN, zhTW))]);
}

/**
 * Whether `timeZone` is an IANA zone this runtime knows.
 *
 * @example
 * isValidTimeZone('Asia/Shanghai') //=> true
 * isValidTimeZone('Mars/Base') //=> false
 */
export function isValidTimeZone(timeZone: string): boolean {
  if (typeof timeZone !== 'string') return false;
  // Valid zones are remembered: there are a few hundred, and building a formatter costs microseconds.
  if (knownZones.has(timeZone)) return true;
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    return false;
  }
  knownZones.add(timeZone);
  return true;
}

const knownZones = new Set<string>();

function weeksInIsoYear(year: number): number {
  // 28 December is always in the last ISO week of its year.
  return isoWeekOf(year, 12, 28).week;
}

/**
 * Parse `2026`, `2026-Q1`, `2026-03` or `2026-W09` into a {@link Period}.
 *
 * @example
 * parsePeriodKey('2026-Q1') //=> { ok: true, value: { kind: 'quarter', year: 2026, index: 1 } }
 * parsePeriodKey('2026-13').ok //=> false
 */
export function parsePeriodKey(key: string): Result<Period> {
  if (typeof key !== 'string') return fail(periodError('key', `must be a period key, not ${typeof key}`, `须为期间键，而非 ${typeof key}`, `須為期間鍵，而非 ${typeof key}`));
  const m = KEY.exec(key);
  if (!m) return fail(periodError('key', `"${key}" is not YYYY, YYYY-Qn, YYYY-MM or YYYY-Www`, `「${key}」不是 YYYY、YYYY-Qn、YYYY-MM 或 YYYY-Www 格式`, `「${key}」不是 YYYY、YYYY-Qn、YYYY-MM 或 YYYY-Www 格式`));
  const year = Number(m[1]);
  if (m[2]) return ok({ kind: 'month', year, index: Number(m[2]) });
  if (m[3]) return ok({ kind: 'quarter', year, index: Number(m[3]) });
  if (m[4]) {
    const index = Number(m[4]);
    if (index > weeksInIsoYear(year)) return fail(periodError('key', `${year} has only ${weeksInIsoYear(year)} ISO weeks`, `${year} 年只有 ${weeksInIsoYear(year)} 个 ISO 周`, `${year} 年只有 ${weeksInIsoYear(year)} 個 ISO 週`));
    return ok({ kind: 'week', year, index });
  }
  return ok({ kind: 'year', year, index: 1 });
}

/**
 * Format a {@link Period} as its key.
 *
 * @example
 * formatPeriodKey({ kind: 'month', year: 2026, index: 3 }) //=> '2026-03'
 * formatPeriodKey({ kind: 'week', year: 2026, index: 9 }) //=> '2026-W09'
 */
export function formatPeriodKey(period: Period): string {
  const y = String(period.year).padStart(4, '0');
  const i = String(period.index).padStart(2, '0');
  switch (period.kind) {
    case 'year':
      return y;
    case 'quarter':
      return `${y}-Q${period.index}`;
    case 'month':
      return `${y}-${i}`;
    case 'week':
      return `${y}-W${i}`;
  }
}

/**
 * The key of the period of `kind` that contains `at`, seen from `timeZone`
 * (default {@link DEFAULT_TIME_ZONE}). Weeks are ISO weeks, so 1 January may belong to the previous year's W53.
 * Never throws: an invalid date, an instant outside the years 0000–9999 that keys can spell, an unknown
 * kind or an unknown time zone is `invalid-input` naming `at`, `kind` or `timeZone`.
 *
 * @example
 * periodKeyOf(new Date('2026-03-31T16:30:00Z'), 'month') //=> { ok: true, value: '2026-04' } (already April in Shanghai)
 * periodKeyOf(new Date('2026-03-31T16:30:00Z'), 'month', 'UTC') //=> { ok: true, value: '2026-03' }
 * periodKeyOf(new Date('not a date'), 'month').ok //=> false
 */
export function periodKeyOf(at: Date, kind: PeriodKind, timeZone: string = DEFAULT_TIME_ZONE): Result<string> {
  if (!(at instanceof Date) || Number.isNaN(at.getTime())) return fail(periodError('at', 'must be a valid date', '须为有效日期', '須為有效日期'));
  if (!Object.hasOwn(periodKindLabels, kind)) return fail(periodError('kind', 'must be week, month, quarter or year', '须为 week、month、quarter 或 year', '須為 week、month、quarter 或 year'));
  if (typeof timeZone !== 'string') return fail(periodError('timeZone', `must be an IANA time zone, not ${typeof timeZone}`, `须为 IANA 时区，而非 ${typeof timeZone}`, `須為 IANA 時區，而非 ${typeof timeZone}`));
  if (!isValidTimeZone(timeZone)) return fail(periodError('timeZone', `"${timeZone}" is not an IANA time zone`, `「${timeZone}」不是 IANA 时区`, `「${timeZone}」不是 IANA 時區`));
  const { year, month, day } = wallClock(at, timeZone);
  const week = kind === 'week' ? isoWeekOf(year, month, day) : undefined;
  const keyYear = week ? week.year : year;
  if (keyYear < 0 || keyYear > 9999) return fail(periodError('at', 'must fall in the years 0000–9999 that period keys spell', '须在 0000–9999 年之间（期间键只能表示这些年份）', '須在 0000–9999 年之間（期間鍵只能表示這些年份）'));
  if (week) return ok(formatPeriodKey({ kind: 'week', year: week.year, index: week.week }));
  if (kind === 'year') return ok(formatPeriodKey({ kind, year, index: 1 }));
  if (kind === 'quarter') return ok(formatPeriodKey({ kind, year, index: Math.ceil(month / 3) }));
  return ok(formatPeriodKey({ kind: 'month', year, index: month }));
}

function startOf(period: Period, timeZone: string): Date {
  if (period.kind === 'week') {
    const d = isoWeekStartDate(period.year, period.index);
    return startOfZonedDay(d.year, d.month, d.day, timeZone);
  }
  const month = period.kind === 'month' ? period.index : period.kind === 'quarter' ? (period.index - 1) * 3 + 1 : 1;
  return startOfZonedDay(period.year, month, 1, timeZone);
}

/**
 * The half-open range `[start, end)` of a period key in `timeZone` (default {@link DEFAULT_TIME_ZONE}).
 *
 * @example
 * periodRange('2026-03') //=> { ok: true, value: { start: 2026-02-28T16:00:00Z, end: 2026-03-31T16:00:00Z } }
 */
export function periodRange(key: string, timeZone: string = DEFAULT_TIME_ZONE): Result<PeriodRange> {
  const parsed = parsePeriodKey(key);
  if (!parsed.ok) return parsed;
  if (!isValidTimeZone(timeZone)) {
    const z = shown(timeZone);
    return fail(periodError('timeZone', `"${z}" is not an IANA time zone`, `「${z}」不是 IANA 时区`, `「${z}」不是 IANA 時區`));
  }
  return ok({ start: startOf(parsed.value, timeZone), end: startOf(nextPeriod(parsed.value), timeZone) });
}

function nextPeriod(p: Period): Period {
  const size = p.kind === 'month' ? 12 : p.kind === 'quarter' ? 4 : p.kind === 'week' ? weeksInIsoYear(p.year) : 1;
  return p.index < size ? { ...p, index: p.index + 1 } : { ...p, year: p.year + 1, index: 1 };
}

/**
 * The key of the period right after `key`, of the same kind.
 *
 * @example
 * nextPeriodKey('2026-12') //=> { ok: true, value: '2027-01' }
 * nextPeriodKey('2026-W53') //=> { ok: true, value: '2027-W01' } (2026 has 53 ISO weeks)
 */
export function nextPeriodKey(key: string): Result<string> {
  const parsed = parsePeriodKey(key);
  return parsed.ok ? ok(formatPeriodKey(nextPeriod(parsed.value))) : parsed;
}

/**
 * Whether `at` falls inside the half-open period `key` in `timeZone`.
 *
 * @example
 * isInPeriod(new Date('2026-03-31T15:59:59Z'), '2026-03') //=> true
 * isInPeriod(new Date('2026-03-31T16:00:00Z'), '2026-03') //=> false
 */
export function isInPeriod(at: Date, key: string, timeZone: string = DEFAULT_TIME_ZONE): boolean {
  const r = periodRange(key, timeZone);
  return r.ok && at.getTime() >= r.value.start.getTime() && at.getTime() < r.value.end.getTime();
}

/**
 * The month keys inside a month, quarter or year key, in order (a year gives twelve). Used to decompose
 * annual budgets and targets into months.
 *
 * @example
 * monthsOf('2026-Q2') //=> { ok: true, value: ['2026-04', '2026-05', '2026-06'] }
 */
export function monthsOf(key: string): Result<string[]> {
  const parsed = parsePeriodKey(key);
  if (!parsed.ok) return parsed;
  const p = parsed.value;
  if (p.kind === 'week') return fail(periodError('key', 'a week is not made of months', '周不能拆分为月', '週不能拆分為月'));
  const first = p.kind === 'quarter' ? (p.index - 1) * 3 + 1 : p.kind === 'month' ? p.index : 1;
  const count = p.kind === 'year' ? 12 : p.kind === 'quarter' ? 3 : 1;
  return ok(Array.from({ length: count }, (_, i) => formatPeriodKey({ kind: 'month', year: p.year, index: first + i })));
}
