// Defects found by fuzzing money and time: sums past 2^53 − 1, fractional amounts, years 0000–0099 and
// invalid dates or zones. Each assertion failed before its fix.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoWeekOf, isoWeekStartDate, multiplyMoney, periodKeyOf, periodRange, startOfZonedDay, sumMoney, type Money } from '../../src/core/index.js';
import { publishingCalendar } from '../../src/content/index.js';
import { defaultPolicy } from '../../src/policy/index.js';

const MAX = Number.MAX_SAFE_INTEGER;
const cny = (amount: number): Money => ({ amount, currency: 'CNY' });
// The Gregorian calendar repeats every 400 years: 146 097 days, a whole number of weeks.
const CYCLE_MS = 146_097 * 86_400_000;

describe('money beyond safe integers (fuzz findings)', () => {
  it('BUD-2: sumMoney adds exactly, even when a running total passes 2^53 − 1 and comes back', () => {
    const r = sumMoney([cny(MAX), cny(2), cny(-2)], 'CNY');
    expect(r).toEqual({ ok: true, value: cny(MAX) });
  });

  it('BUD-2: sumMoney refuses a total outside the safe range with invalid-input at values', () => {
    const r = sumMoney([cny(MAX), cny(1)], 'CNY');
    expect(r.ok).toBe(false);
    if (!r.ok && r.error.code === 'invalid-input') expect(r.error.issues[0]!.path).toEqual(['values']);
    const low = sumMoney([cny(-MAX), cny(-2)], 'CNY');
    expect(low.ok).toBe(false);
  });

  it('BUD-2: sumMoney equals the exact BigInt sum, or refuses when that leaves the safe range', () => {
    const big = fc.oneof(fc.integer({ min: -MAX, max: MAX }), fc.constantFrom(MAX, MAX - 1, -MAX, 1, -1, 2, -2));
    fc.assert(
      fc.property(fc.array(big, { maxLength: 8 }), (amounts) => {
        const exact = amounts.reduce((s, a) => s + BigInt(a), 0n);
        const r = sumMoney(amounts.map(cny), 'CNY');
        const safe = exact >= BigInt(-MAX) && exact <= BigInt(MAX);
        expect(r.ok).toBe(safe);
        if (r.ok) expect(BigInt(r.value.amount)).toBe(exact);
      }),
      { numRuns: 500 },
    );
  });

  it('BUD-2: multiplyMoney refuses a fractional or unsafe amount with invalid-input, never throws', () => {
    for (const amount of [1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60]) {
      const r = multiplyMoney(cny(amount), { numerator: 1, denominator: 2 });
      expect(r.ok).toBe(false);
      if (!r.ok && r.error.code === 'invalid-input') expect(r.error.issues[0]!.path).toEqual(['value', 'amount']);
    }
  });
});

describe('years 0000–0099 (fuzz findings)', () => {
  it('CW-7: a day in years 0–99 starts in that year, not in the 1900s', () => {
    expect(startOfZonedDay(50, 3, 1, 'UTC').toISOString()).toBe('0050-03-01T00:00:00.000Z');
    expect(startOfZonedDay(0, 1, 1, 'Asia/Shanghai').getUTCFullYear()).toBe(-1);
    const late = isoWeekStartDate(450, 1);
    expect(isoWeekStartDate(50, 1)).toEqual({ ...late, year: late.year - 400 });
    expect(isoWeekOf(50, 6, 1)).toEqual({ ...isoWeekOf(450, 6, 1), year: 50 });
  });

  it('KPI-3: years 0–99 cut periods exactly as the same dates 400 years later', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('0000-01-05T00:00:00Z'), max: new Date('0099-12-25T00:00:00Z'), noInvalidDate: true }),
        fc.constantFrom('week', 'month', 'quarter', 'year' as const),
        fc.constantFrom('UTC', 'Asia/Shanghai'),
        (at, kind, zone) => {
          const early = periodKeyOf(at, kind, zone);
          const late = periodKeyOf(new Date(at.getTime() + CYCLE_MS), kind, zone);
          expect(early.ok && late.ok).toBe(true);
          if (!early.ok || !late.ok) return;
          expect(String(Number(late.value.slice(0, 4)) - 400).padStart(4, '0') + late.value.slice(4)).toBe(early.value);
          const range = periodRange(early.value, zone);
          expect(range.ok).toBe(true);
          if (range.ok) expect(range.value.start.getTime() <= at.getTime() && at.getTime() < range.value.end.getTime()).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000);

  it('CW-7: the publishing calendar of a week in year 50 lists days of year 50', () => {
    const r = publishingCalendar([], '0050-W10', defaultPolicy);
    expect(r.ok).toBe(true);
    if (r.ok) for (const d of r.value.days) expect(d.date.startsWith('0050-')).toBe(true);
  });
});

describe('invalid instants and zones (fuzz findings)', () => {
  it('KPI-3: periodKeyOf answers invalid-input for an invalid date, naming `at`', () => {
    const r = periodKeyOf(new Date('not a date'), 'month');
    expect(r.ok).toBe(false);
    if (!r.ok && r.error.code === 'invalid-input') expect(r.error.issues[0]!.path).toEqual(['at']);
  });

  it('KPI-3: periodKeyOf answers invalid-input for an unknown time zone, naming `timeZone`', () => {
    const r = periodKeyOf(new Date('2026-03-01T00:00:00Z'), 'month', 'Mars/Base');
    expect(r.ok).toBe(false);
    if (!r.ok && r.error.code === 'invalid-input') expect(r.error.issues[0]!.path).toEqual(['timeZone']);
  });

  it('KPI-3: periodKeyOf of a valid instant is ok with the key', () => {
    expect(periodKeyOf(new Date('2026-03-31T16:30:00Z'), 'month')).toEqual({ ok: true, value: '2026-04' });
  });
});
