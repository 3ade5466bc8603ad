import { readRecord, readRecords, stored as is, type RecordType, type RecordView } from '../core/reader.js';
import type { StoredRecord } from '../core/record.js';
import type { Result } from '../core/result.js';
import { riskState } from './labels.js';
import type { RiskContext } from './model.js';

/** The record kind of risk-register entries. @example RISK_KIND //=> 'risk-entry' */
export const RISK_KIND = 'risk-entry';

const str = is.string;
const opt = (check: (v: unknown) => boolean) => (v: unknown) => is.maybe(v, check);
const ref = is.fields({ kind: str, id: str });
const grading = is.fields({ method: str, likelihood: str, impact: str, grade: str, level: str, probability: opt(is.finite), impactFen: opt(is.count) });
const assessment = is.fields({ inherent: grading, current: grading, target: is.fields({ grade: str, level: str }), matrix: str, by: str, at: is.time });
const action = is.fields({ id: str, description: str, ownerDepartment: str, dueAt: is.time, done: opt(is.fields({ by: str, at: is.time })) });
const treatment = is.fields({ strategy: str, actions: (v) => is.list(v, action), by: str, at: is.time });
const acceptance = is.fields({ level: str, reason: str, right: str, by: str, at: is.time, expiresAt: is.time });
const review = is.fields({ note: str, by: str, at: is.time });
const opinion = is.fields({ opinion: str, by: str, at: is.time });
const appeal = is.fields({ summary: str, by: str, submittedAt: is.time, outcome: opt(is.fields({ result: str, by: str, at: is.time })) });
const incident = is.fields({
  platform: str,
  sanction: str,
  account: ref,
  cause: opt(ref),
  summary: str,
  reportedAt: is.time,
  rectification: opt(is.fields({ plan: str, dueAt: is.time, by: str, at: is.time, completed: opt(is.fields({ by: str, at: is.time, note: str })) })),
  appeals: (v) => is.list(v, appeal),
});
const ruleChange = is.fields({ platform: str, effectiveOn: str, summary: str, channels: (v) => is.list(v, str), chains: (v) => is.list(v, str), reviewers: (v) => is.list(v, str), loggedAt: is.time });

// Element by element, what the step and the queries read.
function riskDamage(c: Record<string, unknown>): string | undefined {
  if (!is.list(c['related'], ref)) return 'context.related is damaged';
  if (!is.list(c['reviews'], review)) return 'context.reviews are damaged';
  if (!is.maybe(c['assessment'], assessment)) return 'context.assessment is damaged';
  if (!is.maybe(c['treatment'], treatment)) return 'context.treatment is damaged';
  if (!is.maybe(c['acceptance'], acceptance)) return 'context.acceptance is damaged';
  if (!is.maybe(c['reviewDueAt'], is.time)) return 'context.reviewDueAt is damaged';
  if (!is.maybe(c['legalOpinion'], opinion)) return 'context.legalOpinion is damaged';
  if (!is.maybe(c['incident'], incident)) return 'context.incident is damaged';
  if (!is.maybe(c['ruleChange'], ruleChange)) return 'context.ruleChange is damaged';
  return undefined;
}

/**
 * What risk-register records are: kind `risk-entry`, schema version 1.
 *
 * @example
 * riskRecordType.schemaVersion //=> 1
 */
export const riskRecordType: RecordType = {
  kind: RISK_KIND,
  schemaVersion: 1,
  migrations: [],
  states: riskState.values,
  context: {
    category: 'string',
    topic: 'string?',
    title: 'string',
    description: 'string',
    ownerDepartment: 'string',
    related: 'array',
    identifiedBy: 'string',
    assessment: 'object?',
    treatment: 'object?',
    acceptance: 'object?',
    reviewDueAt: 'string?',
    reviews: 'array',
    legalOpinion: 'object?',
    incident: 'object?',
    ruleChange: 'object?',
    closure: 'object?',
  },
  damage: riskDamage,
};

/**
 * A risk entry as hosts and queries read it.
 *
 * @example
 * const r: RiskView = readRisk(record).value;
 */
export type RiskView = RecordView<RiskContext>;

/**
 * Read a stored risk entry. A damaged record or one of a newer version is refused with
 * `version-mismatch`.
 *
 * @example
 * const r = readRisk(record);
 * if (r.ok) r.value.context.category //=> 'legal'
 */
export function readRisk(record: StoredRecord): Result<RiskView> {
  return readRecord<RiskContext>(record, riskRecordType);
}

/**
 * Read many risk entries: those that read, and the ids of those that do not.
 *
 * @example
 * readRisks([risk, damaged]).unreadable //=> ['risk-9']
 */
export function readRisks(records: readonly StoredRecord[]): { risks: RiskView[]; unreadable: string[] } {
  const { views, unreadable } = readRecords<RiskContext>(records, riskRecordType);
  return { risks: views, unreadable };
}
