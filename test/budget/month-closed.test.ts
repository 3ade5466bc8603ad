import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { monthClosed } from '../../src/budget/index.js';
import { wallClock } from '../../src/core/zone.js';

describe('BUD-3: closed months', () => {
  it('BUD-3: a month is closed exactly when the wall clock in the policy zone shows a later month, in any zone and at any instant', () => {
    // S3 §7.2.3 需提前提交预算调整申请: only a month that has not ended there may still change.
    const zones = ['Asia/Shanghai', 'UTC', 'America/New_York', 'Europe/London', 'Australia/Lord_Howe', 'Pacific/Kiritimati', 'America/St_Johns'];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2028, 11, 31) }),
        fc.integer({ min: 2024, max: 2028 }),
        fc.integer({ min: 1, max: 12 }),
        (zone, t, year, m) => {
          const month = `${year}-${String(m).padStart(2, '0')}`;
          const w = wallClock(new Date(t), zone);
          const shown = `${w.year}-${String(w.month).padStart(2, '0')}`;
          expect(monthClosed(month, zone, new Date(t))).toBe(shown > month);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('BUD-3: the month closes at midnight of the 1st in the zone, not in UTC', () => {
    expect(monthClosed('2026-03', 'Asia/Shanghai', new Date('2026-03-31T15:59:59.999Z'))).toBe(false);
    expect(monthClosed('2026-03', 'Asia/Shanghai', new Date('2026-03-31T16:00:00.000Z'))).toBe(true);
    expect(monthClosed('2026-03', 'America/New_York', new Date('2026-04-01T03:59:59.999Z'))).toBe(false);
    expect(monthClosed('2026-03', 'America/New_York', new Date('2026-04-01T04:00:00.000Z'))).toBe(true);
  });
});
