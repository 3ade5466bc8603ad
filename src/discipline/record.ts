import { readRecord, readRecords, stored as is, type RecordType, type RecordView } from '../core/reader.js';
import type { StoredRecord } from '../core/record.js';
import type { Result } from '../core/result.js';
import { caseState } from './labels.js';
import type { CaseContext } from './model.js';

/** The record kind of violation cases. @example CASE_KIND //=> 'discipline-case' */
export const CASE_KIND = 'discipline-case';

const str = is.string;
const signed = is.fields({ actorId: str, at: is.time });
const maybeSigned = (v: unknown) => is.maybe(v, signed);
const labels = is.fields({ 'zh-CN': str, 'zh-TW': str, en: str });
const prior = is.fields({ caseId: str, type: str, rung: str, decidedAt: is.time });
const wage = is.fields({ amount: is.count, monthWage: is.count, minimumWage: is.count });
const proposal = is.fields({ actorId: str, at: is.time, rung: str, findings: str, history: (v) => is.list(v, prior), explanation: (v) => is.list(v, labels) });
const decision = is.fields({
  actorId: str,
  at: is.time,
  rung: str,
  reason: str,
  compensation: (v) => is.maybe(v, wage),
  contractChange: is.boolean,
  fineWarning: is.boolean,
  selfReviewRequired: is.boolean,
  appealDueAt: is.time,
});
const appeal = is.fields({ actorId: str, at: is.time, reason: str, decidedAt: (v) => is.maybe(v, is.time), decidedBy: (v) => is.maybe(v, str), outcome: (v) => v === undefined || v === 'upheld' || v === 'varied' || v === 'overturned' });

// Element by element, what the step and the queries read.
function caseDamage(c: Record<string, unknown>): string | undefined {
  if (!is.fields({ person: str, department: str })(c['subject'])) return 'context.subject is damaged';
  if (!is.time(c['occurredAt'])) return 'context.occurredAt is damaged';
  if (!['minor', 'serious', 'gross'].includes(c['severity'] as string)) return 'context.severity is damaged';
  if (!is.list(c['statements'], is.fields({ actorId: str, at: is.time, statement: str }))) return 'context.statements are damaged';
  if (!is.maybe(c['proposal'], proposal)) return 'context.proposal is damaged';
  if (!is.maybe(c['decision'], decision)) return 'context.decision is damaged';
  if (!is.maybe(c['appeal'], appeal)) return 'context.appeal is damaged';
  if (!is.maybe(c['notified'], is.fields({ actorId: str, at: is.time, statementDueAt: is.time }))) return 'context.notified is damaged';
  if (!is.maybe(c['accountability'], is.fields({ actorId: str, at: is.time, caseId: str, head: str }))) return 'context.accountability is damaged';
  for (const k of ['investigator', 'statementWaived', 'unionNotice', 'appealWaived', 'selfReview', 'executed', 'withdrawn']) if (!maybeSigned(c[k])) return `context.${k} is damaged`;
  return undefined;
}

/**
 * What violation cases are: kind `discipline-case`, schema version 1.
 *
 * @example
 * caseRecordType.schemaVersion //=> 1
 */
export const caseRecordType: RecordType = {
  kind: CASE_KIND,
  schemaVersion: 1,
  migrations: [],
  states: caseState.values,
  context: {
    subject: 'object',
    type: 'string',
    severity: 'string',
    occurredAt: 'string',
    description: 'string',
    reportedBy: 'string',
    role: 'string',
    cause: 'object?',
    accountableFor: 'string?',
    investigator: 'object?',
    proposal: 'object?',
    notified: 'object?',
    statements: 'array',
    statementWaived: 'object?',
    unionNotice: 'object?',
    decision: 'object?',
    appealWaived: 'object?',
    appeal: 'object?',
    sanction: 'string?',
    selfReview: 'object?',
    executed: 'object?',
    withdrawn: 'object?',
    accountability: 'object?',
  },
  damage: caseDamage,
};

/**
 * A violation case as hosts and queries read it.
 *
 * @example
 * const c: CaseView = readCase(record).value;
 */
export type CaseView = RecordView<CaseContext>;

/**
 * Read a stored violation case: state, subject, proposal and its explanation, decision, appeal. A damaged
 * record or one of a newer version is refused with `version-mismatch`.
 *
 * @example
 * const r = readCase(record);
 * if (r.ok) r.value.context.sanction //=> 'rectification'
 */
export function readCase(record: StoredRecord): Result<CaseView> {
  return readRecord<CaseContext>(record, caseRecordType);
}

/**
 * Read many cases: those that read, and the ids of those that do not.
 *
 * @example
 * readCases([c1, damaged]).unreadable //=> ['case-9']
 */
export function readCases(records: readonly StoredRecord[]): { cases: CaseView[]; unreadable: string[] } {
  const { views, unreadable } = readRecords<CaseContext>(records, caseRecordType);
  return { cases: views, unreadable };
}
