import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ratio, ratioOfSums, roundNumber } from '../../src/core/index.js';
import { divideRounded } from '../../src/core/rounding.js';

describe('rounding and ratios', () => {
  it('roundNumber applies half-up (away from zero) and half-even exactly at halves', () => {
    expect(roundNumber(2.345, 2)).toBe(2.35);
    expect(roundNumber(2.345, 2, 'half-even')).toBe(2.34);
    expect(roundNumber(1.005, 2)).toBe(1.01);
    expect(roundNumber(-0.5)).toBe(-1);
    expect(roundNumber(2.5, 0, 'half-even')).toBe(2);
    expect(roundNumber(3.5, 0, 'half-even')).toBe(4);
  });

  it('divideRounded agrees with exact arithmetic for both modes', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.bigInt({ min: 1n, max: 10n ** 6n }), (n, d) => {
        const up = divideRounded(n, d, 'half-up');
        const even = divideRounded(n, d, 'half-even');
        // |n/d − q| ≤ 1/2  ⇔  |n − q·d|·2 ≤ d
        for (const q of [up, even]) {
          const diff = n - q * d;
          expect((diff < 0n ? -diff : diff) * 2n <= d).toBe(true);
        }
        if ((n % d) * 2n !== d && (n % d) * 2n !== -d) expect(up).toBe(even);
      }),
    );
  });

  it('KPI-1: ratio never returns NaN or Infinity; zero denominators give null with a reason', () => {
    fc.assert(
      fc.property(fc.option(fc.double()), fc.option(fc.double()), (n, d) => {
        const r = ratio(n, d);
        if (r.value === null) expect(['zero-denominator', 'missing-input', 'not-finite']).toContain(r.reason);
        else expect(Number.isFinite(r.value)).toBe(true);
      }),
    );
    expect(ratio(30, 1200)).toEqual({ value: 0.025 });
    expect(ratio(5, 0)).toEqual({ value: null, reason: 'zero-denominator' });
  });

  it('KPI-1: rates over several periods are a ratio of sums, not an average of ratios', () => {
    const parts = [
      { numerator: 1, denominator: 10 },
      { numerator: 90, denominator: 100 },
    ];
    expect(ratioOfSums(parts)).toEqual({ value: 91 / 110 });
    expect(ratioOfSums([{ numerator: 1, denominator: null }])).toEqual({ value: null, reason: 'missing-input' });
  });
});
