// A defect found by fuzzing the budget's arithmetic: with months planned near 2^53 the headroom was
// summed in floating point and came out larger than the exact one, so spending could pass the budget.
// Each assertion failed before its fix.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { monthHeadroom, type BudgetContext } from '../../src/budget/index.js';

const MAX = Number.MAX_SAFE_INTEGER;
type Spend = BudgetContext['spending'][number];
const spend = (month: number, amount: number, i: number): Spend => ({ id: `s${i}`, line: 'l', month: `2026-${String(month).padStart(2, '0')}`, amount, description: '', actorId: 'u', at: '', overBudget: false });
const ctx = (months: number[], spending: Spend[]) => ({ year: 2026, lines: [{ id: 'l', category: 'campaign', name: 'l', months }], spending });

// The headroom computed with BigInt: no rounding anywhere.
function exactHeadroom(months: number[], spending: Spend[], from: number, carry: 'none' | 'within-year'): bigint {
  const spent = (m: number) => spending.filter((s) => s.month === `2026-${String(m).padStart(2, '0')}`).reduce((a, s) => a + BigInt(s.amount), 0n);
  if (carry === 'none') return BigInt(months[from - 1]!) - spent(from);
  let plan = 0n;
  let used = 0n;
  let least: bigint | null = null;
  for (let m = 1; m <= 12; m++) {
    plan += BigInt(months[m - 1]!);
    used += spent(m);
    if (m >= from && (least === null || plan - used < least)) least = plan - used;
  }
  return least!;
}

describe('BUD-2: headroom is exact near 2^53', () => {
  it('BUD-2: months planned past 2^53 never show headroom where none is left', () => {
    const months = [0, 2 ** 53 + 2, 0, 0, 0, 0, 5, 0, 0, 0, 0, 2 ** 53 + 2];
    const spending = [spend(2, 2, 1), spend(1, MAX, 2), spend(3, 1, 3)];
    expect(monthHeadroom(ctx(months, spending), 'l', '2026-03', 'within-year')).toBe(0);
  });

  it('BUD-2: no amount the headroom allows exceeds the exact headroom', () => {
    const big = fc.constantFrom(0, 1, 2, 3, 5, MAX, MAX - 1, 2 ** 52, 2 ** 53 + 2, 2 ** 53 + 4);
    fc.assert(
      fc.property(
        fc.array(big, { minLength: 12, maxLength: 12 }),
        fc.array(fc.tuple(fc.integer({ min: 1, max: 3 }), big), { maxLength: 4 }),
        fc.integer({ min: 1, max: 3 }),
        fc.constantFrom('none', 'within-year' as const),
        (months, spends, from, carry) => {
          const spending = spends.map(([m, a], i) => spend(m, a, i));
          const h = monthHeadroom(ctx(months, spending), 'l', `2026-0${from}`, carry);
          const exact = exactHeadroom(months, spending, from, carry);
          // The answer is exact where it is a safe integer, and clamped to the safe range beyond it.
          expect(Number.isSafeInteger(h)).toBe(true);
          expect(BigInt(h)).toBe(exact > BigInt(MAX) ? BigInt(MAX) : exact < BigInt(-MAX) ? BigInt(-MAX) : exact);
        },
      ),
      { numRuns: 2000 },
    );
  }, 60_000);
});
