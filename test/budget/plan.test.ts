// The monthly arithmetic behind BUD-2 (never spend past the budget) and BUD-4 (variance and its
// reasons), on hand-written contexts so each figure can be checked by hand.
import { describe, expect, it } from 'vitest';
import { decomposeAnnual, monthHeadroom, originalMonthPlan, varianceRows, type Adjustment, type BudgetContext, type BudgetLine } from '../../src/budget/index.js';

const months = (first: number, rest: number): number[] => [first, ...Array(11).fill(rest)];
const line = (id: string, m: number[] = Array(12).fill(1_000)): BudgetLine => ({ id, category: 'channel', name: id, months: m });
const spend = (l: string, month: string, amount: number): BudgetContext['spending'][number] => ({ id: `${l}-${month}-${amount}`, line: l, month, amount, description: '投放', actorId: 'u', at: '2026-01-05T00:00:00.000Z', overBudget: false });
const adj = (l: string, month: string, delta: number, status: Adjustment['status'] = 'approved'): Adjustment => ({ id: `${l}-${month}-${delta}-${status}`, line: l, month, delta, reason: '加投', requestedBy: 'u', at: '2026-01-05T00:00:00.000Z', status });
const ctx = (over: Partial<BudgetContext>): Pick<BudgetContext, 'year' | 'lines' | 'spending' | 'adjustments' | 'explanations'> => ({ year: 2026, lines: [], spending: [], adjustments: [], explanations: [], ...over });

describe('BUD-2: monthly decomposition and headroom', () => {
  it('BUD-2: exact months that do not add up to the annual amount are refused under BUD-2 at split.months', () => {
    const r = decomposeAnnual({ amount: 14, currency: 'CNY' }, { kind: 'exact', months: months(2, 1) });
    expect(!r.ok && r.error.code === 'invalid-input' && [r.error.rule, r.error.issues.map((i) => [i.path.join('.'), i.rule])]).toEqual(['BUD-2', [['split.months', 'BUD-2']]]);
  });

  it('BUD-2: a line the budget does not have has no headroom', () => {
    expect(monthHeadroom(ctx({ lines: [line('ads')] }), 'events', '2026-03', 'none')).toBe(0);
    expect(monthHeadroom(ctx({ lines: [line('ads')] }), 'events', '2026-03', 'within-year')).toBe(0);
  });

  it('BUD-2: with carry-over, December is a month of the year too: its headroom is the year\'s plan less the year\'s spending', () => {
    const c = ctx({ lines: [line('ads')], spending: [spend('ads', '2026-01', 10_000)] });
    expect(monthHeadroom(c, 'ads', '2026-12', 'within-year')).toBe(2_000);
    expect(monthHeadroom(c, 'ads', '2026-12', 'none')).toBe(1_000);
  });

  it('BUD-3: a change being decided is added to its own month only', () => {
    const c = ctx({ lines: [line('ads')], spending: [spend('ads', '2026-03', 1_500)] });
    // March alone: 1,000 + 600 − 1,500.
    expect(monthHeadroom(c, 'ads', '2026-03', 'none', 600)).toBe(100);
    // Within the year from March: the tightest point is March itself (3,000 + 600 − 1,500); the 600 is not
    // added again in later months. From April: 4,000 + 600 − 1,500.
    expect(monthHeadroom(c, 'ads', '2026-03', 'within-year', 600)).toBe(2_100);
    expect(monthHeadroom(c, 'ads', '2026-04', 'within-year', 600)).toBe(3_100);
  });
});

describe('BUD-4: variance rows', () => {
  it('BUD-4: the original plan undoes only the approved changes of that line and month', () => {
    const l = line('ads', Array(12).fill(1_500));
    const c = ctx({ lines: [l], adjustments: [adj('ads', '2026-03', 500), adj('ads', '2026-04', 700), adj('events', '2026-03', 900), adj('ads', '2026-03', 300, 'pending')] });
    expect(originalMonthPlan(c, l, '2026-03')).toBe(1_000);
  });

  it('BUD-4: a reason is required above the threshold, not at it (10 % of 1,000 is 100)', () => {
    const c = (actual: number) => ctx({ lines: [line('ads')], spending: [spend('ads', '2026-03', actual)] });
    expect(varianceRows(c(1_100), '2026-03', 1_000)[0]).toMatchObject({ variance: 100, reasonRequired: false, missingReason: false });
    expect(varianceRows(c(1_101), '2026-03', 1_000)[0]).toMatchObject({ variance: 101, reasonRequired: true, missingReason: true, missingMeasures: true });
    expect(varianceRows(c(899), '2026-03', 1_000)[0]).toMatchObject({ variance: -101, reasonRequired: true });
  });

  it('BUD-4: the reason given for one line or month does not explain another', () => {
    const explanations = [
      { line: 'events', month: '2026-03', reason: '展会提前', measures: '下月减投', actorId: 'u', at: '2026-04-01T00:00:00.000Z' },
      { line: 'ads', month: '2026-02', reason: '春节加投', actorId: 'u', at: '2026-03-01T00:00:00.000Z' },
    ];
    const c = ctx({ lines: [line('ads'), line('events')], spending: [spend('ads', '2026-03', 2_000), spend('events', '2026-03', 2_000)], explanations });
    const [ads, events] = varianceRows(c, '2026-03', 1_000);
    expect(ads).toMatchObject({ line: 'ads', reasonRequired: true, missingReason: true });
    expect(ads).not.toHaveProperty('reason');
    expect(events).toMatchObject({ line: 'events', reason: '展会提前', measures: '下月减投', missingReason: false, missingMeasures: false });
  });
});
