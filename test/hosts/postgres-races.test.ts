// Races on a real database: many writers on one record through the Postgres store. Optimistic
// concurrency must lose nothing: every accepted command is in the record and in the audit table once,
// every other writer gets a typed answer (a conflict it retries, or a refusal naming the rule).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { httpStatusOf, runCommand, runCreate, type RecordStore, type StepResult } from 'marketing-governance/core';
import { BUDGET_KIND, budgetRecordId, budgetStep, createBudget, monthHeadroom, monthPlan, readBudget, type BudgetCommand, type CreateBudgetCommand } from 'marketing-governance/budget';
import { defaultPolicy } from 'marketing-governance/policy';
import { auditTrail, createPostgresStore } from '../../examples/postgres-store/store.js';
import { as, people, type Person } from '../support/people.js';
import { lines } from '../budget/helpers.js';
import { openDatabase, type TestDatabase } from './pglite.js';

const WRITERS = 50;
const now = new Date('2025-12-20T02:00:00.000Z');
const ctx = (by: Person) => as(by, now, defaultPolicy);

let db: TestDatabase;
beforeAll(async () => {
  db = await openDatabase();
}, 120_000);
afterAll(async () => {
  await db?.close();
});

/** The store, counting the saves its compare-and-set refused. */
function counted(store: RecordStore) {
  const counts = { conflicts: 0 };
  const wrapped: RecordStore = {
    load: (kind, id) => store.load(kind, id),
    async save(record, options) {
      const r = await store.save(record, options);
      if (!r.ok && r.error.code === 'conflict') counts.conflicts++;
      return r;
    },
  };
  return { store: wrapped, counts };
}

async function activeBudget(store: RecordStore, id: string) {
  const created = await runCreate(store, () => createBudget(id, { id: `${id}-create`, type: 'create', year: 2026, lines } as unknown as CreateBudgetCommand, ctx(people.marketingHead)));
  expect(created.ok).toBe(true);
  for (const [by, type] of [
    [people.marketingHead, 'submit'],
    [people.financeHead, 'finance-approve'],
    [people.manager, 'approve'],
  ] as const) {
    const r = await runCommand(store, BUDGET_KIND, id, (rec) => budgetStep(rec, { id: `${id}-${type}`, type } as BudgetCommand, ctx(by)));
    expect(r.ok, type).toBe(true);
  }
  const loaded = await store.load(BUDGET_KIND, id);
  const view = readBudget(loaded!);
  if (!view.ok) throw new Error(view.error.message);
  return view.value;
}

describe('Postgres store under races', () => {
  it('BUD-2: 50 concurrent writers spend on one budget month: 0 lost updates, conflicts retried, the month never overspent', async () => {
    const { store, counts } = counted(createPostgresStore(db.pool));
    const id = budgetRecordId(2026, 'marketing');
    const before = await activeBudget(store, id);
    const line = before.context.lines.find((l) => l.id === 'content-team')!;
    const headroom = monthHeadroom(before.context, 'content-team', '2026-03', defaultPolicy.budget.carryOver);
    // Sized so that about four in five writers fit: the rest must be refused by BUD-2, not squeezed in by a race.
    const amount = Math.ceil(headroom / Math.round(WRITERS * 0.8));
    const fits = Math.floor(headroom / amount);
    expect(fits).toBeLessThan(WRITERS);

    let reported = 0;
    const writer = async (i: number): Promise<StepResult> => {
      const by = i % 2 === 0 ? people.marketingHead : people.financeStaff;
      const command = { id: `spend-${i}`, type: 'record-spend', line: 'content-team', month: '2026-03', amount, description: `writer ${i}` } as BudgetCommand;
      // A `conflict` is what the client sees after three lost races; it retries with the same command id.
      for (let round = 0; round < WRITERS; round++) {
        const r = await runCommand(store, BUDGET_KIND, id, (rec) => budgetStep(rec, command, ctx(by)));
        if (r.ok || r.error.code !== 'conflict') return r;
        expect(httpStatusOf(r.error)).toBe(409);
        reported++;
      }
      throw new Error(`writer ${i} never settled`);
    };
    const results = await Promise.all(Array.from({ length: WRITERS }, (_, i) => writer(i)));

    const accepted = results.flatMap((r, i) => (r.ok && !r.replayed ? [`spend-${i}`] : []));
    const refused = results.filter((r) => !r.ok);
    expect(results.filter((r) => r.ok && r.replayed)).toEqual([]);
    expect(accepted).toHaveLength(fits);
    expect(refused).toHaveLength(WRITERS - fits);
    for (const r of refused) expect(r.ok ? undefined : { code: r.error.code, rule: r.error.rule }).toEqual({ code: 'forbidden', rule: 'BUD-2' });
    // The race really happened: saves lost to a concurrent writer and were retried.
    expect(counts.conflicts).toBeGreaterThan(0);

    const final = await store.load(BUDGET_KIND, id);
    const view = readBudget(final!);
    if (!view.ok) throw new Error(view.error.message);
    expect(final!.revision).toBe(4 + fits);
    const spent = view.value.context.spending.filter((s) => s.line === 'content-team' && s.month === '2026-03');
    expect(spent.reduce((s, e) => s + e.amount, 0)).toBeLessThanOrEqual(monthPlan(line, '2026-03'));

    const trail = await auditTrail(db.pool, BUDGET_KIND, id);
    expect(trail.map((a) => a.revision)).toEqual(Array.from({ length: final!.revision }, (_, i) => i + 1));
    const audited = trail.filter((a) => a.command === 'record-spend').map((a) => a.commandId);
    const inRecord = new Set(spent.map((s) => s.description.replace('writer ', 'spend-')));
    const lost = accepted.filter((c) => !audited.includes(c) || !inRecord.has(c));
    expect(lost).toEqual([]);
    expect(new Set(audited).size).toBe(audited.length);
    expect([...audited].sort()).toEqual([...accepted].sort());
    console.log(
      `[races] writers ${WRITERS}, accepted ${accepted.length}, refused by BUD-2 ${refused.length}, save conflicts ${counts.conflicts} (reported to clients and retried: ${reported}), lost updates ${lost.length}`,
    );
  }, 180_000);

  it('BUD-1: 50 concurrent creates of one budget: one record, the others a typed conflict, and a retried create is its first outcome', async () => {
    const store = createPostgresStore(db.pool);
    const id = budgetRecordId(2027, 'marketing');
    const create = (i: number, by: Person) => () =>
      createBudget(id, { id: `create-${i}`, type: 'create', year: 2027, lines } as unknown as CreateBudgetCommand, as(by, new Date('2026-12-01T02:00:00.000Z'), defaultPolicy));
    // Writer 0 is one client sending its create three times at once (a retry storm), the rest are others.
    const results = await Promise.all([
      ...Array.from({ length: 3 }, () => runCreate(store, create(0, people.marketingHead))),
      ...Array.from({ length: WRITERS - 3 }, (_, i) => runCreate(store, create(i + 1, people.marketingDeputy))),
    ]);
    const fresh = results.filter((r) => r.ok && !r.replayed);
    expect(fresh).toHaveLength(1);
    const winner = (await store.load(BUDGET_KIND, id))!;
    expect(winner.revision).toBe(1);
    const winnerCommand = winner.processedCommands[0]!.commandId;
    for (const r of results) {
      if (r.ok) expect(r.record.processedCommands[0]!.commandId).toBe(winnerCommand);
      else expect({ code: r.error.code, status: httpStatusOf(r.error) }).toEqual({ code: 'conflict', status: 409 });
    }
    // Every answer is typed: one created, its own retries replayed (when they were the winner's), the rest conflicts.
    const replayed = results.filter((r) => r.ok && r.replayed).length;
    const conflicts = results.filter((r) => !r.ok).length;
    expect(1 + replayed + conflicts).toBe(WRITERS);
    expect(await auditTrail(db.pool, BUDGET_KIND, id)).toHaveLength(1);
    console.log(`[races] concurrent creates ${WRITERS}: created 1, replayed ${replayed}, conflicts ${conflicts}`);
  }, 120_000);
});
