import { readFileSync } from 'node:fs';
import { createDirectory, type ActorRef, type Directory, type StoredRecord } from '../../src/core/index.js';
import { budgetRecordId, budgetStep, createBudget, readBudget, type BudgetContext, type BudgetView, type CreateBudgetCommand } from '../../src/budget/index.js';
import { defaultPolicy, parsePolicy, type Policy } from '../../src/policy/index.js';
import { people, type Person } from '../support/people.js';
import { stepper, type Opts } from '../support/steps.js';

export { people } from '../support/people.js';

/** Year-end 2025: the marketing department compiles the 2026 budget (S3 §7.1). The v1 fixture was saved at this time. */
export const now = new Date('2025-12-20T02:00:00.000Z');

export const lines: CreateBudgetCommand['lines'] = [
  { id: 'spring-campaign', category: 'campaign', name: '春季新品活动', annual: 12_000_000_01, split: { kind: 'even' } },
  { id: 'douyin-ads', category: 'channel', name: '抖音投放', annual: 6_000_000_00, split: { kind: 'seasonal', weights: [6, 5, 8, 8, 9, 10, 9, 8, 8, 9, 12, 8] } },
  { id: 'content-team', category: 'staff', name: '内容团队', annual: 2_400_000_00 },
];

/**
 * People who hold two hats, so that separation of duties, not a missing right, is what stops them. Each
 * has a twin with the same department and positions who did nothing to the budget: the control that
 * shows the hats suffice.
 */
const leaderOf = (id: string, department: string, position: string): ActorRef => ({ id, department, positions: [position, 'leader'], memberOf: ['leadership-group'] });
export const hats = {
  // A marketing deputy who also leads in the leadership group: may compile, apply for changes, and approve.
  deputyLeader: leaderOf(people.marketingDeputy.id, 'marketing', 'deputy-head'),
  deputyLeaderTwin: leaderOf('u-mkt-deputy-2', 'marketing', 'deputy-head'),
  // A finance head who also leads in the leadership group: may review for finance and approve.
  financeLeader: leaderOf('u-fin-leader', 'finance', 'head'),
  financeLeaderTwin: leaderOf('u-fin-leader-2', 'finance', 'head'),
  // A finance head who also sits in marketing: may compile and review for finance.
  financeInMarketing: { id: 'u-fin-mkt', department: 'finance', positions: ['head'], memberOf: ['marketing'] },
  financeInMarketingTwin: { id: 'u-fin-mkt-2', department: 'finance', positions: ['head'], memberOf: ['marketing'] },
} satisfies Record<string, ActorRef>;

/** The shared directory, with `u-mkt-deputy` also a leadership-group leader and the other double hats added. */
export const twoHats: Directory = createDirectory([...Object.values(people), ...Object.values(hats)]);

export type { Opts } from '../support/steps.js';

/** Commands as the host-authenticated person, with fresh command ids (see `test/support/steps.ts`). */
export const { attempt, apply, refuse, ctxOf } = stepper(budgetStep, now, 'b');

/** The id of marketing's 2026 budget: derived from year and owner (BUD-1). */
export const budgetId = budgetRecordId(2026, 'marketing');

export function create(by: Person | ActorRef = people.marketingHead, o: Opts = {}, id = budgetId, extra: Record<string, unknown> = {}): StoredRecord {
  const r = createBudget(id, { id: `${id}-create`, type: 'create', year: 2026, lines, ...extra } as unknown as CreateBudgetCommand, ctxOf(by, o));
  if (!r.ok) throw new Error(r.error.message);
  return r.record;
}

export function view(record: StoredRecord): BudgetView {
  const r = readBudget(record);
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}
export const context = (record: StoredRecord): BudgetContext => view(record).context;
export const state = (record: StoredRecord): string => view(record).state;

/** Compiled and submitted by the marketing head, reviewed by the finance head, approved by the general manager. */
export function active(o: Opts = {}): StoredRecord {
  let b = create(people.marketingHead, o);
  b = apply(b, people.marketingHead, { type: 'submit' }, o);
  b = apply(b, people.financeHead, { type: 'finance-approve' }, o);
  return apply(b, people.manager, { type: 'approve' }, o);
}

export function policyWith(budget: Partial<Policy['budget']>, version = '2026.1-budget-test'): Policy {
  const r = parsePolicy({ ...defaultPolicy, version, budget: { ...defaultPolicy.budget, ...budget } });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

/** A fresh copy of a stored fixture, as a host would load it from its database. */
export function fixture(name: string): StoredRecord {
  return JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')) as StoredRecord;
}
