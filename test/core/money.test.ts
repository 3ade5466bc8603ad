import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate, allocateInteger, formatMoney, money, multiplyMoney, subtractMoney, sumMoney } from '../../src/core/index.js';

const cny = (amount: number) => ({ amount, currency: 'CNY' });

describe('money', () => {
  it('BUD-2: allocate always sums exactly to the total, zero weights get zero', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 24 }).filter((w) => w.some((x) => x > 0)),
        (total, weights) => {
          const r = allocate(cny(total), weights);
          expect(r.ok).toBe(true);
          if (!r.ok) return;
          expect(r.value.reduce((s, m) => s + m.amount, 0)).toBe(total);
          r.value.forEach((m, i) => {
            expect(Number.isInteger(m.amount)).toBe(true);
            if (weights[i] === 0) expect(m.amount).toBe(0);
          });
        },
      ),
    );
  });

  it('BUD-2: every part is within one minor unit of its exact share', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e9 }),
        fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 12 }),
        (total, weights) => {
          const sum = weights.reduce((a, b) => a + b, 0);
          const r = allocateInteger(total, weights);
          if (!r.ok) throw new Error('refused');
          r.value.forEach((part, i) => expect(Math.abs(part - (total * weights[i]!) / sum)).toBeLessThan(1 + 1e-6));
        },
      ),
    );
  });

  it('BUD-2: ¥100,000.01 over 12 equal months is exact to the 分, the first months take the 5 leftover 分', () => {
    const r = allocate(cny(10_000_001), Array(12).fill(1));
    expect(r.ok && r.value.map((m) => m.amount)).toEqual([...Array(5).fill(833334), ...Array(7).fill(833333)]);
  });

  it('BUD-2: allocate refuses empty, negative, fractional or all-zero weights with the field named', () => {
    for (const weights of [[], [-1, 2], [0.5, 1], [0, 0]]) {
      const r = allocate(cny(100), weights);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code === 'invalid-input' && r.error.issues[0]?.path[0]).toBe('weights');
      }
    }
  });

  it('money refuses fractions of a minor unit and bad currency codes', () => {
    expect(money(19.99, 'CNY').ok).toBe(false);
    expect(money(100, 'rmb').ok).toBe(false);
    expect(money(100, 'CNY')).toEqual({ ok: true, value: cny(100) });
  });

  it('BUD-4: variance is actual − budget and mixed currencies are refused', () => {
    expect(subtractMoney(cny(500), cny(800))).toEqual({ ok: true, value: cny(-300) });
    const mixed = sumMoney([cny(1), { amount: 1, currency: 'USD' }], 'CNY');
    expect(mixed.ok).toBe(false);
    if (!mixed.ok) expect(mixed.error.code === 'invalid-input' && mixed.error.issues[0]?.path).toEqual(['values', 1, 'currency']);
  });

  it('multiplyMoney rounds once, half-up by default and half-even on request', () => {
    const half = { numerator: 1, denominator: 2 };
    expect(multiplyMoney(cny(1005), half)).toEqual({ ok: true, value: cny(503) });
    expect(multiplyMoney(cny(1005), half, 'half-even')).toEqual({ ok: true, value: cny(502) });
    expect(multiplyMoney(cny(-1005), half)).toEqual({ ok: true, value: cny(-503) });
    expect(multiplyMoney(cny(1), { numerator: 1, denominator: 0 }).ok).toBe(false);
  });

  it('formatMoney prints exact major units', () => {
    expect(formatMoney(cny(123456))).toBe('CNY 1,234.56');
    expect(formatMoney(cny(-5))).toBe('CNY -0.05');
    expect(formatMoney({ amount: 1500, currency: 'JPY' })).toBe('JPY 1,500');
  });
});
