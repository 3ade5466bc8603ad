import { legacyActors, upgradeEnvelopeToV2, type Migration } from '../core/migrate.js';
import { readRecord, readRecords, type RecordType, type RecordView } from '../core/reader.js';
import type { StoredRecord } from '../core/record.js';
import type { Result } from '../core/result.js';
import { budgetState } from './labels.js';
import type { BudgetContext } from './model.js';

/** The record kind of annual budgets. @example BUDGET_KIND //=> 'marketing-budget' */
export const BUDGET_KIND = 'marketing-budget';

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

/**
 * What budget records are: kind `marketing-budget`, schema version 2, and the migration from version 1.
 *
 * @example
 * budgetRecordType.schemaVersion //=> 2
 */
export const budgetRecordType: RecordType = {
  kind: BUDGET_KIND,
  schemaVersion: 2,
  migrations: [v1to2],
  states: budgetState.values,
  context: {
    year: 'count',
    currency: 'string',
    compiledBy: 'string',
    lines: 'array',
    financeReview: 'object?',
    approval: 'object?',
    rejections: 'array',
    spending: 'array',
    adjustments: 'array',
    explanations: 'array',
  },
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
