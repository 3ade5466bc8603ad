import { TZDate } from '@date-fns/tz';
import { startOfISOWeek } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPeriodKey, isInPeriod, monthsOf, nextPeriodKey, parsePeriodKey, periodKeyOf, periodRange } from '../../src/core/index.js';

const periodArb = fc.oneof(
  fc.record({ kind: fc.constant('month' as const), year: fc.integer({ min: 1970, max: 2200 }), index: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constant('quarter' as const), year: fc.integer({ min: 1970, max: 2200 }), index: fc.integer({ min: 1, max: 4 }) }),
  fc.record({ kind: fc.constant('year' as const), year: fc.integer({ min: 1970, max: 2200 }), index: fc.constant(1) }),
  fc.record({ kind: fc.constant('week' as const), year: fc.integer({ min: 1970, max: 2200 }), index: fc.integer({ min: 1, max: 52 }) }),
);
const zones = fc.constantFrom('Asia/Shanghai', 'UTC', 'America/New_York', 'Asia/Taipei', 'Europe/London', 'America/Sao_Paulo', 'America/Havana');

describe('periods', () => {
  it('KPI-3: period keys round-trip through parse and format', () => {
    fc.assert(
      fc.property(periodArb, (p) => {
        const key = formatPeriodKey(p);
        expect(parsePeriodKey(key)).toEqual({ ok: true, value: p });
      }),
    );
  });

  it('KPI-3: every instant lies in exactly the period its key names, and ranges are half-open and adjacent', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1971-01-01T00:00:00Z'), max: new Date('2199-01-01T00:00:00Z'), noInvalidDate: true }),
        fc.constantFrom('week', 'month', 'quarter', 'year' as const),
        zones,
        (at, kind, zone) => {
          const keyed = periodKeyOf(at, kind, zone);
          if (!keyed.ok) throw new Error(keyed.error.message);
          const key = keyed.value;
          const range = periodRange(key, zone);
          if (!range.ok) throw new Error(range.error.message);
          expect(range.value.start.getTime()).toBeLessThanOrEqual(at.getTime());
          expect(at.getTime()).toBeLessThan(range.value.end.getTime());
          const next = nextPeriodKey(key);
          if (!next.ok) throw new Error(next.error.message);
          const nextRange = periodRange(next.value, zone);
          expect(nextRange.ok && nextRange.value.start.getTime()).toBe(range.value.end.getTime());
        },
      ),
      { numRuns: 300 },
    );
  });

  it('KPI-3: period starts agree with date-fns and @date-fns/tz in every zone, daylight saving included', () => {
    fc.assert(
      fc.property(periodArb, zones, (p, zone) => {
        const r = periodRange(formatPeriodKey(p), zone);
        if (!r.ok) throw new Error(r.error.message);
        const expected =
          p.kind === 'week'
            ? startOfISOWeek(new TZDate(p.year, 0, 4, zone)).getTime()
            : new TZDate(p.year, p.kind === 'month' ? p.index - 1 : p.kind === 'quarter' ? (p.index - 1) * 3 : 0, 1, zone).getTime();
        if (p.kind === 'week') {
          const week1 = periodRange(`${String(p.year).padStart(4, '0')}-W01`, zone);
          expect(week1.ok && week1.value.start.getTime()).toBe(expected);
        } else {
          expect(r.value.start.getTime()).toBe(expected);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('KPI-3: a period that starts on a skipped midnight begins at the first existing moment of its day', () => {
    // Taipei moved clocks from 00:00 to 01:00 on 1 April 1974; São Paulo did the same on 4 November 2018.
    const taipei = periodRange('1974-04', 'Asia/Taipei');
    expect(taipei.ok && taipei.value.start.toISOString()).toBe('1974-03-31T16:00:00.000Z');
    const saoPaulo = periodRange('2018-W45', 'America/Sao_Paulo');
    expect(saoPaulo.ok && periodKeyOf(saoPaulo.value.start, 'week', 'America/Sao_Paulo')).toEqual({ ok: true, value: '2018-W45' });
    const prev = periodRange('2018-W44', 'America/Sao_Paulo');
    expect(prev.ok && saoPaulo.ok && prev.value.end.getTime()).toBe(saoPaulo.ok && saoPaulo.value.start.getTime());
  });

  it('KPI-3: months are cut in the policy time zone (Asia/Shanghai by default)', () => {
    expect(periodKeyOf(new Date('2026-03-31T16:30:00Z'), 'month')).toEqual({ ok: true, value: '2026-04' });
    expect(periodKeyOf(new Date('2026-03-31T16:30:00Z'), 'month', 'UTC')).toEqual({ ok: true, value: '2026-03' });
    const r = periodRange('2026-03');
    expect(r.ok && [r.value.start.toISOString(), r.value.end.toISOString()]).toEqual(['2026-02-28T16:00:00.000Z', '2026-03-31T16:00:00.000Z']);
    expect(isInPeriod(new Date('2026-03-31T15:59:59.999Z'), '2026-03')).toBe(true);
    expect(isInPeriod(new Date('2026-03-31T16:00:00.000Z'), '2026-03')).toBe(false);
  });

  it('CW-7: ISO weeks start on Monday and 1 January can belong to the previous year', () => {
    expect(periodKeyOf(new Date('2027-01-01T04:00:00Z'), 'week')).toEqual({ ok: true, value: '2026-W53' });
    const w = periodRange('2026-W01');
    expect(w.ok && w.value.start.toISOString()).toBe('2025-12-28T16:00:00.000Z'); // Monday 29 Dec 2025, Shanghai
    expect(parsePeriodKey('2025-W53').ok).toBe(false);
    expect(nextPeriodKey('2026-W53')).toEqual({ ok: true, value: '2027-W01' });
  });

  it('KPI-3: quarters and years decompose into their months; bad keys and zones are refused with the field', () => {
    expect(monthsOf('2026-Q2')).toEqual({ ok: true, value: ['2026-04', '2026-05', '2026-06'] });
    expect(monthsOf('2026').ok && (monthsOf('2026') as { value: string[] }).value.length).toBe(12);
    const bad = parsePeriodKey('2026-13');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.code === 'invalid-input' && bad.error.issues[0]?.path).toEqual(['key']);
    const zone = periodRange('2026-01', 'Mars/Base');
    expect(zone.ok).toBe(false);
    if (!zone.ok) expect(zone.error.code === 'invalid-input' && zone.error.issues[0]?.path).toEqual(['timeZone']);
  });
});
