// Time-zone arithmetic on the runtime's own IANA data (Intl), so period helpers bundle to a few
// hundred bytes instead of carrying a Date subclass.

const DAY = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      // Without the era, 1 BC (astronomical year 0) would read as year 1.
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/**
 * The wall-clock date and time of an instant in a time zone.
 *
 * @example
 * wallClock(new Date('2026-03-31T16:30:00Z'), 'Asia/Shanghai') //=> { year: 2026, month: 4, day: 1, hour: 0, minute: 30, second: 0 }
 */
export function wallClock(
  at: Date,
  timeZone: string,
): { year: number; month: number; day: number; hour: number; minute: number; second: number } {
  const out = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0 };
  let bc = false;
  for (const part of formatter(timeZone).formatToParts(at)) {
    if (part.type in out) out[part.type as keyof typeof out] = Number(part.value);
    else if (part.type === 'era') bc = part.value === 'BC';
  }
  if (bc) out.year = 1 - out.year;
  return out;
}

/**
 * The instant of a UTC calendar date and time, for any year: `Date.UTC` reads years 0–99 as 1900–1999,
 * so the year is set on its own. Month is 1–12; month, day and time may overflow as in `Date.UTC`.
 *
 * @example
 * new Date(utcTime(50, 3, 1)).toISOString() //=> '0050-03-01T00:00:00.000Z'
 * new Date(utcTime(2026, 13, 1)).toISOString() //=> '2027-01-01T00:00:00.000Z'
 */
export function utcTime(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, second, 0);
  return d.getTime();
}

function offsetAt(t: number, timeZone: string): number {
  const s = Math.floor(t / 1000) * 1000;
  const w = wallClock(new Date(s), timeZone);
  return utcTime(w.year, w.month, w.day, w.hour, w.minute, w.second) - s;
}

/**
 * The instant at which the calendar day `year-month-day` begins in `timeZone` (midnight, or the first
 * existing moment on a day that skips midnight for daylight saving). Month is 1–12 and may overflow.
 *
 * @example
 * startOfZonedDay(2026, 3, 1, 'Asia/Shanghai').toISOString() //=> '2026-02-28T16:00:00.000Z'
 */
export function startOfZonedDay(year: number, month: number, day: number, timeZone: string): Date {
  const guess = utcTime(year, month, day);
  const target = new Date(guess).toISOString().slice(0, 10);
  const first = guess - offsetAt(guess, timeZone);
  const second = guess - offsetAt(first, timeZone);
  // Around a transition the two offsets differ: keep the earliest candidate that falls on the day
  // itself; if neither does, midnight was skipped and the day begins at the later one.
  const onDay = [first, second].filter((t) => {
    const w = wallClock(new Date(t), timeZone);
    return new Date(utcTime(w.year, w.month, w.day)).toISOString().slice(0, 10) === target;
  });
  return new Date(onDay.length > 0 ? Math.min(...onDay) : Math.max(first, second));
}

/**
 * ISO-8601 week-numbering year and week of a calendar date (weeks start on Monday; week 1 holds 4 January).
 *
 * @example
 * isoWeekOf(2027, 1, 1) //=> { year: 2026, week: 53 }
 */
export function isoWeekOf(year: number, month: number, day: number): { year: number; week: number } {
  const date = utcTime(year, month, day);
  const weekday = (new Date(date).getUTCDay() + 6) % 7;
  const thursday = date + (3 - weekday) * DAY;
  const isoYear = new Date(thursday).getUTCFullYear();
  return { year: isoYear, week: 1 + Math.floor((thursday - utcTime(isoYear, 1, 1)) / (7 * DAY)) };
}

/**
 * The calendar date (UTC-normalised) of the Monday that starts ISO week `week` of `isoYear`.
 *
 * @example
 * isoWeekStartDate(2026, 1) //=> { year: 2025, month: 12, day: 29 }
 */
export function isoWeekStartDate(isoYear: number, week: number): { year: number; month: number; day: number } {
  const jan4 = utcTime(isoYear, 1, 4);
  const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * DAY + (week - 1) * 7 * DAY;
  const d = new Date(monday);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}
