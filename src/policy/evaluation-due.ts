// When the next periodic evaluation of the policy is due. No zod, no XState: a scheduled function that
// only asks "is an evaluation overdue?" loads the reader and date-fns alone.
import { tz } from '@date-fns/tz';
import { addMonths } from 'date-fns';
import { isValidTimeZone } from '../core/period.js';
import type { StoredRecord } from '../core/record.js';
import { fail, invalidInput, issue, ok, words, type Issue, type Result } from '../core/result.js';
import { utcTime } from '../core/zone.js';
import { readPolicyEvaluations } from './evaluation-record.js';
import type { Policy } from './schema.js';

/**
 * What {@link evaluationDue} needs of the policy in force: its version (only evaluations of that version
 * count), its time zone, its evaluation interval, and the date it took effect
 * (`policyInForce(…).value.effectiveFrom`: an ISO date-time with offset, or a `Date`).
 *
 * @example
 * const s: EvaluationSchedule = { policy: defaultPolicy, effectiveFrom: '2026-01-01T00:00:00+08:00' };
 */
export interface EvaluationSchedule {
  readonly policy: {
    readonly version: string;
    readonly timeZone: Policy['timeZone'];
    readonly revision: Pick<Policy['revision'], 'evaluationIntervalMonths'>;
  };
  readonly effectiveFrom: string | Date;
}

/**
 * Why a concluded evaluation does not move the evaluation clock: it evaluated another version of the
 * policy, its period ended before the policy in force took effect (or before what is already
 * evaluated), or it begins after the evaluated stretch ends and would leave implementation unevaluated.
 *
 * @example
 * const r: NotCountedReason = 'gap';
 */
export type NotCountedReason = 'other-version' | 'before-effective' | 'gap';

/**
 * Whether the periodic evaluation of the policy is overdue (SUP-3, S1 ch.8 定期进行评估) and since when.
 *
 * @example
 * const d: EvaluationDue = evaluationDue(evaluations, schedule, now).value;
 * d.overdue //=> true
 */
export interface EvaluationDue {
  /** Implementation has gone unevaluated for the whole interval: from `dueAt` on, an evaluation is overdue. */
  readonly overdue: boolean;
  /** The instant by which the next evaluation must be concluded (the interval counted from `countedFrom`). */
  readonly dueAt: string;
  /** Since when it is overdue (`dueAt`), present only when overdue. */
  readonly overdueSince?: string;
  /** Where the evaluated implementation of the policy in force ends: the end of the last counted evaluation's period, else the effective date. */
  readonly countedFrom: string;
  readonly basis: 'last-evaluation' | 'effective-date';
  /** The evaluation the interval counts from, when there is one. */
  readonly lastEvaluationId?: string;
  /** Evaluations opened and not yet concluded or withdrawn: an evaluation is under way. */
  readonly inProgress: readonly string[];
  /** Evaluations of the version in force concluded "revision needed" that no revision has been linked to yet. */
  readonly awaitingRevision: readonly string[];
  /** Concluded evaluations that do not count, by id, and why. */
  readonly notCounted: ReadonlyArray<{ readonly id: string; readonly reason: NotCountedReason }>;
  /** Records that could not be read, by id; they count for nothing. */
  readonly unreadable: readonly string[];
}

// An ISO-8601 date-time with seconds and an explicit offset, as `isoDateTime` accepts it: a time without
// one would be read in the host's zone, not the policy's.
const ISO_WITH_OFFSET = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{1,9})?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;
function instantOf(value: unknown): number {
  if (value instanceof Date) return value.getTime();
  const m = typeof value === 'string' && value.length <= 40 ? ISO_WITH_OFFSET.exec(value) : null;
  if (!m) return Number.NaN;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // A day the month does not have (30 February) is refused, not rolled over.
  const day = new Date(utcTime(y, mo, d));
  return mo >= 1 && mo <= 12 && day.getUTCMonth() === mo - 1 && day.getUTCDate() === d ? Date.parse(value as string) : Number.NaN;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

// Every argument checked before anything reads it: a host's mistake is `invalid-input` naming the field.
function checkArguments(evaluations: unknown, schedule: unknown, now: unknown): Issue[] {
  const bad = (path: string[], en: string, zhCN: string, zhTW: string) => [issue(path, words(en, zhCN, zhTW), 'SUP-3')];
  const policy = isObject(schedule) ? schedule['policy'] : undefined;
  const revision = isObject(policy) ? policy['revision'] : undefined;
  const months = isObject(revision) ? revision['evaluationIntervalMonths'] : undefined;
  const timeZone = isObject(policy) ? policy['timeZone'] : undefined;
  const version = isObject(policy) ? policy['version'] : undefined;
  return [
    ...(Array.isArray(evaluations) ? [] : bad(['evaluations'], 'must be a list of stored evaluation records', '须为评估记录的列表', '須為評估記錄的列表')),
    ...(isObject(schedule) ? [] : bad(['schedule'], 'must be { policy, effectiveFrom }', '须为 { policy, effectiveFrom }', '須為 { policy, effectiveFrom }')),
    ...(now instanceof Date && Number.isFinite(now.getTime()) ? [] : bad(['now'], 'must be a valid date', '须为有效日期', '須為有效日期')),
    ...(!isObject(schedule) || Number.isFinite(instantOf(schedule['effectiveFrom']))
      ? []
      : bad(['effectiveFrom'], 'must be a valid Date or an ISO-8601 date-time with offset', '须为有效的 Date 或带时区偏移的 ISO-8601 时间', '須為有效的 Date 或帶時區偏移的 ISO-8601 時間')),
    ...(!isObject(schedule) || (typeof version === 'string' && version.length > 0 && version.length <= 40)
      ? []
      : bad(['policy', 'version'], 'must be the version of the policy in force', '须为现行制度的版本号', '須為現行制度的版本號')),
    ...(!isObject(schedule) || (Number.isSafeInteger(months) && (months as number) >= 1 && (months as number) <= 120)
      ? []
      : bad(['policy', 'revision', 'evaluationIntervalMonths'], 'must be a whole number of months from 1 to 120', '须为 1 至 120 的整月数', '須為 1 至 120 的整月數')),
    ...(!isObject(schedule) || (typeof timeZone === 'string' && timeZone.length <= 64 && isValidTimeZone(timeZone))
      ? []
      : bad(['policy', 'timeZone'], 'must be an IANA time zone', '须为 IANA 时区', '須為 IANA 時區')),
  ];
}

/**
 * Whether the periodic evaluation of the policy in force is overdue at `now`, and since when (SUP-3, S1
 * ch.8 针对本制度的实施情况定期进行评估). The policy's `revision.evaluationIntervalMonths` (default 12, ours)
 * is counted, in the policy's time zone, from where the evaluated implementation of this policy ends:
 * the date it took effect, carried forward by each evaluation concluded by `now` whose period begins no
 * later than that point and ends after it. So an evaluation counts only for implementation it covered:
 * one of another version, one whose period ended before the policy took effect, or one that leaves a gap
 * moves nothing (listed in `notCounted`), and a freshly revised policy is first due one interval after it
 * took effect. Both outcomes count: a "revision needed" evaluation was an evaluation, and until a revision
 * is linked to it, it is listed in `awaitingRevision`. Withdrawn evaluations count for nothing; unfinished
 * ones are listed in `inProgress`. Bad arguments are `invalid-input` naming the field.
 *
 * @example
 * const r = evaluationDue([], { policy: defaultPolicy, effectiveFrom: '2026-01-01T00:00:00+08:00' }, new Date('2027-01-02T00:00:00Z'));
 * r.ok && r.value.overdueSince //=> '2026-12-31T16:00:00.000Z'
 */
export function evaluationDue(evaluations: readonly StoredRecord[], schedule: EvaluationSchedule, now: Date): Result<EvaluationDue> {
  const problems = checkArguments(evaluations, schedule, now);
  if (problems.length > 0) return fail(invalidInput(problems, 'SUP-3'));
  const { version, timeZone } = schedule.policy;
  const months = schedule.policy.revision.evaluationIntervalMonths;
  const effective = instantOf(schedule.effectiveFrom);

  const { views, unreadable } = readPolicyEvaluations(evaluations);
  const inProgress: string[] = [];
  const awaitingRevision: string[] = [];
  const notCounted: Array<{ id: string; reason: NotCountedReason }> = [];
  const candidates: Array<{ id: string; from: number; to: number }> = [];
  for (const v of views) {
    const done = v.context.conclusion;
    if ((v.state === 'concluded' || v.state === 'revisionStarted') && done) {
      const at = Date.parse(done.at);
      if (at > now.getTime()) continue;
      if (v.context.policyVersion !== version) {
        notCounted.push({ id: v.id, reason: 'other-version' });
        continue;
      }
      if (done.outcome === 'revision-needed' && v.state === 'concluded') awaitingRevision.push(v.id);
      // What an evaluation covered ends, at the latest, when it was concluded.
      candidates.push({ id: v.id, from: Date.parse(v.context.period.from), to: Math.min(Date.parse(v.context.period.to), at) });
    } else if (v.state === 'open' || v.state === 'findingsRecorded') inProgress.push(v.id);
  }

  // The evaluated stretch grows from the effective date without gaps; the order of the records never matters.
  candidates.sort((a, b) => a.from - b.from || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  let covered = effective;
  let last: string | undefined;
  for (const c of candidates) {
    if (c.to <= effective) notCounted.push({ id: c.id, reason: 'before-effective' });
    else if (c.from > covered) notCounted.push({ id: c.id, reason: 'gap' });
    else if (c.to > covered) {
      covered = c.to;
      last = c.id;
    }
  }
  const dueAt = new Date(+addMonths(new Date(covered), months, { in: tz(timeZone) }));
  const overdue = now.getTime() >= dueAt.getTime();
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return ok({
    overdue,
    dueAt: dueAt.toISOString(),
    ...(overdue ? { overdueSince: dueAt.toISOString() } : {}),
    countedFrom: new Date(covered).toISOString(),
    basis: last === undefined ? 'effective-date' : 'last-evaluation',
    ...(last === undefined ? {} : { lastEvaluationId: last }),
    inProgress: inProgress.sort(),
    awaitingRevision: awaitingRevision.sort(),
    notCounted: notCounted.sort(byId),
    unreadable,
  });
}
