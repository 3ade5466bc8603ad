import { legacyActors, upgradeEnvelopeToV2, type Migration } from '../core/migrate.js';
import { readRecord, readRecords, stored as is, type RecordType, type RecordView } from '../core/reader.js';
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

const str = is.string;
const signedOff = (v: unknown) => is.maybe(v, is.fields({ actorId: str, at: is.time }));
const line = is.fields({ id: str, category: str, name: str, months: (m) => is.list(m, is.integer) && m.length === 12 });
const spend = is.fields({ id: str, line: str, month: str, amount: is.count, description: str, actorId: str, at: is.time, overBudget: is.boolean });
const adjustment = is.fields({ id: str, line: str, month: str, delta: is.integer, reason: str, requestedBy: str, at: is.time, status: str });
const explanation = is.fields({ line: str, month: str, reason: str, actorId: str, at: is.time });
const rejection = is.fields({ stage: str, actorId: str, at: is.time, reason: str });

// Element by element, what the step and the variance report read.
function budgetDamage(c: Record<string, unknown>): string | undefined {
  if (!is.list(c['lines'], line)) return 'context.lines are damaged';
  if (!is.list(c['spending'], spend)) return 'context.spending is damaged';
  if (!is.list(c['adjustments'], adjustment)) return 'context.adjustments are damaged';
  if (!is.list(c['explanations'], explanation)) return 'context.explanations are damaged';
  if (!is.list(c['rejections'], rejection)) return 'context.rejections are damaged';
  if (!signedOff(c['financeReview']) || !signedOff(c['approval'])) return 'context sign-offs are damaged';
  return undefined;
}

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
