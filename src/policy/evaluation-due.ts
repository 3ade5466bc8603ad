// When the next periodic evaluation of the policy is due. No zod, no XState: a scheduled function that
// only asks "is an evaluation overdue?" loads the reader and date-fns alone.
import { tz } from '@date-fns/tz';
import { addMonths } from 'date-fns';
import { isValidTimeZone } from '../core/period.js';
import type { StoredRecord } from '../core/record.js';
import { fail, invalidInput, issue, ok, words, type Result } from '../core/result.js';
import { readPolicyEvaluations } from './evaluation-record.js';
import type { Policy } from './schema.js';

/**
 * What {@link evaluationDue} needs of the policy in force: its time zone, its evaluation interval, and the
 * date it took effect (`policyInForce(…).value.effectiveFrom`).
 *
 * @example
 * const s: EvaluationSchedule = { policy: defaultPolicy, effectiveFrom: '2026-01-01T00:00:00+08:00' };
 */
export interface EvaluationSchedule {
  readonly policy: { readonly timeZone: Policy['timeZone']; readonly revision: Pick<Policy['revision'], 'evaluationIntervalMonths'> };
  readonly effectiveFrom: string | Date;
}

/**
 * Whether the periodic evaluation of the policy is overdue (SUP-3, S1 ch.8 定期进行评估) and since when.
 *
 * @example
 * const d: EvaluationDue = evaluationDue(evaluations, schedule, now).value;
 * d.overdue //=> true
 */
export interface EvaluationDue {
  /** No evaluation was concluded in the interval: from `dueAt` on, one is overdue. */
  readonly overdue: boolean;
  /** The instant by which the next evaluation must be concluded (the interval counted from `countedFrom`). */
  readonly dueAt: string;
  /** Since when it is overdue (`dueAt`), present only when overdue. */
  readonly overdueSince?: string;
  /** What the interval counts from: the last concluded evaluation, else the policy's effective date. */
  readonly countedFrom: string;
  readonly basis: 'last-evaluation' | 'effective-date';
  /** The evaluation the interval counts from, when there is one. */
  readonly lastEvaluationId?: string;
  /** Evaluations opened and not yet concluded or withdrawn: an evaluation is under way. */
  readonly inProgress: readonly string[];
  /** Records that could not be read, by id; they count for nothing. */
  readonly unreadable: readonly string[];
}

/**
 * Whether the periodic evaluation of the policy is overdue at `now`, and since when (SUP-3, S1 ch.8
 * 针对本制度的实施情况定期进行评估). The policy's `revision.evaluationIntervalMonths` (default 12, ours) is
 * counted, in the policy's time zone, from the last evaluation concluded by `now` (either outcome) or,
 * before the first, from the date the policy took effect. Withdrawn and unfinished evaluations count for
 * nothing; unfinished ones are listed in `inProgress`. A bad `now`, effective date or time zone is
 * `invalid-input`.
 *
 * @example
 * const r = evaluationDue([], { policy: defaultPolicy, effectiveFrom: '2026-01-01T00:00:00+08:00' }, new Date('2027-01-02T00:00:00Z'));
 * r.ok && r.value.overdueSince //=> '2026-12-31T16:00:00.000Z'
 */
export function evaluationDue(evaluations: readonly StoredRecord[], schedule: EvaluationSchedule, now: Date): Result<EvaluationDue> {
  const months = schedule.policy.revision.evaluationIntervalMonths;
  const timeZone = schedule.policy.timeZone;
  const effective = schedule.effectiveFrom instanceof Date ? schedule.effectiveFrom.getTime() : Date.parse(schedule.effectiveFrom);
  const problems = [
    ...(now instanceof Date && Number.isFinite(now.getTime()) ? [] : [issue(['now'], words('must be a valid date', '须为有效日期', '須為有效日期'), 'SUP-3')]),
    ...(Number.isFinite(effective) ? [] : [issue(['effectiveFrom'], words('must be a valid date', '须为有效日期', '須為有效日期'), 'SUP-3')]),
    ...(Number.isSafeInteger(months) && months >= 1 ? [] : [issue(['policy', 'revision', 'evaluationIntervalMonths'], words('must be a whole number of months, at least 1', '须为不小于 1 的整月数', '須為不小於 1 的整月數'), 'SUP-3')]),
    ...(isValidTimeZone(timeZone) ? [] : [issue(['policy', 'timeZone'], words('must be an IANA time zone', '须为 IANA 时区', '須為 IANA 時區'), 'SUP-3')]),
  ];
  if (problems.length > 0) return fail(invalidInput(problems, 'SUP-3'));

  const { views, unreadable } = readPolicyEvaluations(evaluations);
  let last: { id: string; at: number } | undefined;
  const inProgress: string[] = [];
  for (const v of views) {
    const done = v.context.conclusion;
    if (v.state === 'concluded' && done) {
      const at = Date.parse(done.at);
      // The latest conclusion counts; on a tie, the lower id, so the answer never depends on order.
      if (at <= now.getTime() && (!last || at > last.at || (at === last.at && v.id < last.id))) last = { id: v.id, at };
    } else if (v.state === 'open' || v.state === 'findingsRecorded') inProgress.push(v.id);
  }
  const from = last ? last.at : effective;
  const dueAt = new Date(+addMonths(new Date(from), months, { in: tz(timeZone) }));
  const overdue = now.getTime() >= dueAt.getTime();
  return ok({
    overdue,
    dueAt: dueAt.toISOString(),
    ...(overdue ? { overdueSince: dueAt.toISOString() } : {}),
    countedFrom: new Date(from).toISOString(),
    basis: last ? 'last-evaluation' : 'effective-date',
    ...(last ? { lastEvaluationId: last.id } : {}),
    inProgress: inProgress.sort(),
    unreadable,
  });
}
