import { legacyActors, upgradeEnvelopeToV2, type Migration } from '../core/migrate.js';
import { readRecord, readRecords, stored as is, type RecordType, type RecordView } from '../core/reader.js';
import type { StoredRecord } from '../core/record.js';
import type { Result } from '../core/result.js';
import { budgetState } from './labels.js';
import type { BudgetContext } from './model.js';

/** The record kind of annual budgets. @example BUDGET_KIND //=> 'marketing-budget' */
export const BUDGET_KIND = 'marketing-budget';

/**
 * The id of the budget of `year` for the department `owner` (BUD-1). `createBudget` takes no other id,
 * so the store's compare-and-set on a new record (`expectedRevision: 0`) admits one budget per year and
 * owner however many requests race: the losers get `conflict`.
 *
 * @example
 * budgetRecordId(2026, 'marketing') //=> 'budget-2026-marketing'
 */
export function budgetRecordId(year: number, owner: string): string {
  return `budget-${year}-${owner}`;
}

// Version 1 knew only the compiler; version 2 keeps everyone who compiled, edited, submitted or applied
// for a change as contributors, recovered here from the audit entries the record still holds.
const v1to2: Migration = {
  kind: BUDGET_KIND,
  from: 1,
  migrate: (record) => {
    const snapshot = record.snapshot as { context: { compiledBy: string; adjustments?: ReadonlyArray<{ requestedBy?: unknown }> } };
    // Applicants are in the context for good; editors and submitters only while their audit entries are kept.
    const applicants = (snapshot.context.adjustments ?? []).flatMap((a) => (typeof a.requestedBy === 'string' ? [a.requestedBy] : []));
    return upgradeEnvelopeToV2(record, {
      createdBy: snapshot.context.compiledBy,
      contributors: [snapshot.context.compiledBy, ...applicants, ...legacyActors(record, ['edit-lines', 'submit', 'request-adjustment'])],
      snapshot: record.snapshot,
    });
  },
};

// Version 2 had no owner (every budget was marketing's) and no monthly reports.
const v2to3: Migration = {
  kind: BUDGET_KIND,
  from: 2,
  migrate: (record) => {
    const snapshot = record.snapshot as { context: Record<string, unknown> };
    return { ...record, schemaVersion: 3, snapshot: { ...snapshot, context: { ...snapshot.context, owner: 'marketing', reports: [] } } };
  },
};

const str = is.string;
const signedOff = (v: unknown) => is.maybe(v, is.fields({ actorId: str, at: is.time }));
const line = is.fields({ id: str, category: str, name: str, months: (m) => is.list(m, is.integer) && m.length === 12 });
const spend = is.fields({ id: str, line: str, month: str, amount: is.count, description: str, actorId: str, at: is.time, overBudget: is.boolean });
const adjustment = is.fields({ id: str, line: str, month: str, delta: is.integer, reason: str, requestedBy: str, at: is.time, status: str });
const explanation = is.fields({ line: str, month: str, reason: str, measures: (v) => is.maybe(v, str), actorId: str, at: is.time });
const reportLine = is.fields({ line: str, originalPlan: is.integer, plan: is.integer, actual: is.count, variance: is.integer, reasonRequired: is.boolean, reason: (v) => is.maybe(v, str), measures: (v) => is.maybe(v, str) });
const report = is.fields({
  month: str,
  status: (v) => v === 'submitted' || v === 'reviewed',
  dueAt: is.time,
  submittedBy: str,
  submittedAt: is.time,
  lines: (v) => is.list(v, reportLine),
  totals: is.fields({ originalPlan: is.integer, plan: is.integer, actual: is.count, variance: is.integer }),
  reviewedBy: (v) => is.maybe(v, str),
  reviewedAt: (v) => is.maybe(v, is.time),
});
const rejection = is.fields({ stage: str, actorId: str, at: is.time, reason: str });

// Element by element, what the step and the variance report read.
function budgetDamage(c: Record<string, unknown>): string | undefined {
  if (!is.list(c['lines'], line)) return 'context.lines are damaged';
  if (!is.list(c['spending'], spend)) return 'context.spending is damaged';
  if (!is.list(c['adjustments'], adjustment)) return 'context.adjustments are damaged';
  if (!is.list(c['explanations'], explanation)) return 'context.explanations are damaged';
  if (!is.list(c['rejections'], rejection)) return 'context.rejections are damaged';
  if (!is.list(c['reports'], report)) return 'context.reports are damaged';
  if (!signedOff(c['financeReview']) || !signedOff(c['approval'])) return 'context sign-offs are damaged';
  return undefined;
}

/**
 * What budget records are: kind `marketing-budget`, schema version 3, and the migrations from versions
 * 1 and 2.
 *
 * @example
 * budgetRecordType.schemaVersion //=> 3
 */
export const budgetRecordType: RecordType = {
  kind: BUDGET_KIND,
  schemaVersion: 3,
  migrations: [v1to2, v2to3],
  states: budgetState.values,
  context: {
    year: 'count',
    owner: 'string',
    currency: 'string',
    compiledBy: 'string',
    lines: 'array',
    financeReview: 'object?',
    approval: 'object?',
    rejections: 'array',
    spending: 'array',
    adjustments: 'array',
    explanations: 'array',
    reports: 'array',
  },
  damage: budgetDamage,
};

/**
 * A budget as hosts and reports read it.
 *
 * @example
 * const b: BudgetView = readBudget(record).value;
 */
export type BudgetView = RecordView<BudgetContext>;

/**
 * Read a stored budget (any schema version): state, lines, spending, adjustments. A damaged record or one
 * of a newer version is refused with `version-mismatch`.
 *
 * @example
 * const r = readBudget(record);
 * if (r.ok) r.value.context.lines.length //=> 3
 */
export function readBudget(record: StoredRecord): Result<BudgetView> {
  return readRecord<BudgetContext>(record, budgetRecordType);
}

/**
 * Read many budgets: those that read, and the ids of those that do not.
 *
 * @example
 * readBudgets([budget, damaged]).unreadable //=> ['budget-2025']
 */
export function readBudgets(records: readonly StoredRecord[]): { budgets: BudgetView[]; unreadable: string[] } {
  const { views, unreadable } = readRecords<BudgetContext>(records, budgetRecordType);
  return { budgets: views, unreadable };
}
