// What a policy evaluation record is, readable without zod or XState: reports and the due-date query
// import this file only.
import { labelledEnum, type EnumValue } from '../core/labels.js';
import { readRecord, readRecords, stored as is, type RecordType, type RecordView } from '../core/reader.js';
import type { StoredRecord } from '../core/record.js';
import { conflict, fail, notAllowed, ok, versionMismatch, words, type Result } from '../core/result.js';
import { LIMITS } from '../core/text.js';

/**
 * The states of a periodic policy evaluation (SUP-3, S1 ch.8 针对本制度的实施情况定期进行评估): opened, with
 * findings recorded, concluded (no change needed, or revision needed), withdrawn if opened by mistake, and,
 * once a "revision needed" conclusion has started the revision it calls for, revision started.
 *
 * @example
 * evaluationState.label('findingsRecorded', 'zh-CN') //=> '已记录评估发现'
 */
export const evaluationState = /* @__PURE__ */ labelledEnum('evaluationState', {
  open: { 'zh-CN': '评估中', 'zh-TW': '評估中', en: 'Open' },
  findingsRecorded: { 'zh-CN': '已记录评估发现', 'zh-TW': '已記錄評估發現', en: 'Findings recorded' },
  concluded: { 'zh-CN': '已作出结论', 'zh-TW': '已作出結論', en: 'Concluded' },
  withdrawn: { 'zh-CN': '已撤回', 'zh-TW': '已撤回', en: 'Withdrawn' },
  revisionStarted: { 'zh-CN': '已启动修订', 'zh-TW': '已啟動修訂', en: 'Revision started' },
});
/** See {@link evaluationState}. @example const s: EvaluationState = 'open'; */
export type EvaluationState = EnumValue<typeof evaluationState>;

/**
 * The commands a policy evaluation takes.
 *
 * @example
 * evaluationCommandType.label('record-finding', 'en') //=> 'Record a finding'
 */
export const evaluationCommandType = /* @__PURE__ */ labelledEnum('evaluationCommandType', {
  create: { 'zh-CN': '发起评估', 'zh-TW': '發起評估', en: 'Open an evaluation' },
  'record-finding': { 'zh-CN': '记录评估发现', 'zh-TW': '記錄評估發現', en: 'Record a finding' },
  conclude: { 'zh-CN': '作出评估结论', 'zh-TW': '作出評估結論', en: 'Conclude' },
  withdraw: { 'zh-CN': '撤回', 'zh-TW': '撤回', en: 'Withdraw' },
  'link-revision': { 'zh-CN': '关联所启动的修订', 'zh-TW': '關聯所啟動的修訂', en: 'Link the revision it started' },
});
/** See {@link evaluationCommandType}. @example const t: EvaluationCommandType = 'conclude'; */
export type EvaluationCommandType = EnumValue<typeof evaluationCommandType>;

/**
 * How much a finding weighs. The seeds grade nothing here: the three grades are ours.
 *
 * @example
 * evaluationSeverity.label('major', 'zh-TW') //=> '重大'
 */
export const evaluationSeverity = /* @__PURE__ */ labelledEnum('evaluationSeverity', {
  observation: { 'zh-CN': '观察', 'zh-TW': '觀察', en: 'Observation' },
  minor: { 'zh-CN': '一般', 'zh-TW': '一般', en: 'Minor' },
  major: { 'zh-CN': '重大', 'zh-TW': '重大', en: 'Major' },
});
/** See {@link evaluationSeverity}. @example const s: EvaluationSeverity = 'minor'; */
export type EvaluationSeverity = EnumValue<typeof evaluationSeverity>;

/**
 * The conclusion of an evaluation: the policy needs no change, or it needs a revision (S1 ch.8 必要时进行修订).
 *
 * @example
 * evaluationOutcome.label('revision-needed', 'zh-CN') //=> '需要修订'
 */
export const evaluationOutcome = /* @__PURE__ */ labelledEnum('evaluationOutcome', {
  'no-change': { 'zh-CN': '无需修改', 'zh-TW': '無需修改', en: 'No change needed' },
  'revision-needed': { 'zh-CN': '需要修订', 'zh-TW': '需要修訂', en: 'Revision needed' },
});
/** See {@link evaluationOutcome}. @example const o: EvaluationOutcome = 'no-change'; */
export type EvaluationOutcome = EnumValue<typeof evaluationOutcome>;

/**
 * One finding of an evaluation: what was found, how much it weighs, whether it calls for a revision,
 * optionally the clause it concerns, and who recorded it when.
 *
 * @example
 * const f: EvaluationFinding = { id: 'f-1', text: '小红书账号未纳入制度', severity: 'major', needsRevision: true, actorId: 'u-ops', department: 'operations-management', at: '2026-12-01T02:00:00.000Z' };
 */
export interface EvaluationFinding {
  /** `f-1`, `f-2`, … in the order recorded. */
  readonly id: string;
  readonly text: string;
  readonly severity: EvaluationSeverity;
  readonly needsRevision: boolean;
  readonly clause?: string;
  readonly actorId: string;
  readonly department: string;
  readonly at: string;
}

/**
 * What an evaluation remembers. Times are ISO strings so the snapshot is plain JSON.
 *
 * @example
 * const c: EvaluationContext = readPolicyEvaluation(record).value.context;
 */
export interface EvaluationContext {
  /** The record's own id, so that an effect or a revision can name the evaluation. */
  readonly evaluationId: string;
  readonly title: string;
  /** The version of the policy in force when the evaluation was opened: the one evaluated. */
  readonly policyVersion: string;
  /** The half-open stretch of implementation `[from, to)` the evaluation covers. */
  readonly period: { readonly from: string; readonly to: string };
  /** What of the implementation it looks at (departments, chapters, platforms); may be blank. */
  readonly scope: string;
  readonly openedBy: string;
  readonly findings: readonly EvaluationFinding[];
  readonly conclusion?: { readonly outcome: EvaluationOutcome; readonly summary: string; readonly actorId: string; readonly at: string };
  readonly withdrawal?: { readonly actorId: string; readonly at: string; readonly reason: string };
  /** The policy revision a "revision needed" conclusion started (one at most), and who linked it when. */
  readonly revision?: { readonly revisionId: string; readonly actorId: string; readonly at: string };
}

/** The record kind of policy evaluations. @example EVALUATION_KIND //=> 'policy-evaluation' */
export const EVALUATION_KIND = 'policy-evaluation';

const str = is.string;
const finding = is.fields({
  id: str,
  text: str,
  severity: (v) => evaluationSeverity.is(v),
  needsRevision: is.boolean,
  clause: (v) => is.maybe(v, str),
  actorId: str,
  department: str,
  at: is.time,
});
const period = is.fields({ from: is.time, to: is.time });
const conclusion = is.fields({ outcome: (v) => evaluationOutcome.is(v), summary: str, actorId: str, at: is.time });
const withdrawal = is.fields({ actorId: str, at: is.time, reason: str });
const revision = is.fields({ revisionId: str, actorId: str, at: is.time });

// Element by element, what the step and `evaluationDue` read.
function evaluationDamage(c: Record<string, unknown>, state: string): string | undefined {
  if (!period(c['period'])) return 'context.period is damaged';
  if (!is.list(c['findings'], finding)) return 'context.findings are damaged';
  if (!is.maybe(c['conclusion'], conclusion)) return 'context.conclusion is damaged';
  if (!is.maybe(c['withdrawal'], withdrawal)) return 'context.withdrawal is damaged';
  if (!is.maybe(c['revision'], revision)) return 'context.revision is damaged';
  if ((state === 'concluded' || state === 'revisionStarted') && c['conclusion'] === undefined) return 'a concluded evaluation has no conclusion';
  if (state === 'revisionStarted' && c['revision'] === undefined) return 'an evaluation that started a revision does not name it';
  return undefined;
}

/**
 * What policy-evaluation records are: kind `policy-evaluation`, schema version 1 (the state
 * `revisionStarted` and the optional `revision` were added without a version change: older records
 * read as before).
 *
 * @example
 * evaluationRecordType.schemaVersion //=> 1
 */
export const evaluationRecordType: RecordType = {
  kind: EVALUATION_KIND,
  schemaVersion: 1,
  migrations: [],
  states: evaluationState.values,
  context: {
    evaluationId: 'string',
    title: 'string',
    policyVersion: 'string',
    period: 'object',
    scope: 'string',
    openedBy: 'string',
    findings: 'array',
    conclusion: 'object?',
    withdrawal: 'object?',
    revision: 'object?',
  },
  damage: evaluationDamage,
};

/**
 * A policy evaluation as hosts and reports read it.
 *
 * @example
 * const v: EvaluationView = readPolicyEvaluation(record).value;
 */
export type EvaluationView = RecordView<EvaluationContext>;

/**
 * Read a stored policy evaluation: its state, period, findings and conclusion. A damaged record is
 * `version-mismatch`.
 *
 * @example
 * const r = readPolicyEvaluation(record);
 * if (r.ok) r.value.context.conclusion?.outcome //=> 'revision-needed'
 */
export function readPolicyEvaluation(record: StoredRecord): Result<EvaluationView> {
  return readRecord<EvaluationContext>(record, evaluationRecordType);
}

/**
 * Read many stored policy evaluations; the ones that cannot be read are listed by id, not thrown.
 *
 * @example
 * readPolicyEvaluations(records).unreadable //=> []
 */
export function readPolicyEvaluations(records: readonly StoredRecord[]): { views: EvaluationView[]; unreadable: string[] } {
  return readRecords<EvaluationContext>(records, evaluationRecordType);
}

// A summary at most `max` UTF-16 units long that never ends inside a surrogate pair.
function cut(s: string, max: number): string {
  if (s.length <= max) return s;
  const end = /[\uD800-\uDBFF]/.test(s[max - 1] ?? '') ? max - 1 : max;
  return s.slice(0, end);
}

/**
 * What a host needs to start the policy revision an evaluation calls for (SUP-3, S1 ch.8 必要时进行修订):
 * the evaluation's id (the record's own) and a summary for the revision, built from the conclusion and
 * the findings that call for a revision. A summary too long for a revision is shortened at a whole
 * character and always ends with the ids of those findings. An evaluation that has not concluded
 * "revision needed" is `not-allowed`; one that already started a revision is a `conflict` naming it
 * (unless it is `forRevision`, the revision a host is creating again after a failed save); a damaged
 * one, or one whose context names another id than the record, `version-mismatch`.
 *
 * Pass the evaluation record itself to `createPolicyRevision(…, { startedBy })`: the link is made from
 * the record the host loaded, never from an id a client wrote.
 *
 * @example
 * const link = revisionStartedBy(evaluation);
 * link.ok && link.value.evaluationId //=> 'eval-2026'
 */
export function revisionStartedBy(evaluation: StoredRecord, forRevision?: string): Result<{ readonly evaluationId: string; readonly summary: string }> {
  const read = readPolicyEvaluation(evaluation);
  if (!read.ok) return read;
  const { id, state, context } = read.value;
  if (context.evaluationId !== id) {
    return fail(
      versionMismatch(
        words(
          `The stored evaluation ${id} names itself ${context.evaluationId}: the record is damaged and starts nothing`,
          `存储的评估 ${id} 在内容中记作 ${context.evaluationId}，记录已损坏，不能据此启动修订`,
          `儲存的評估 ${id} 在內容中記作 ${context.evaluationId}，記錄已損壞，不能據此啟動修訂`,
        ),
      ),
    );
  }
  const again = state === 'revisionStarted' && context.revision?.revisionId === forRevision;
  if (state === 'revisionStarted' && context.revision && !again) {
    const other = context.revision.revisionId;
    return fail(
      conflict(
        words(
          `Evaluation ${id} already started revision ${other}; one evaluation starts one revision`,
          `评估 ${id} 已启动修订 ${other}，一次评估只启动一次修订`,
          `評估 ${id} 已啟動修訂 ${other}，一次評估只啟動一次修訂`,
        ),
        { rule: 'SUP-3' },
      ),
    );
  }
  if ((state !== 'concluded' && !again) || context.conclusion?.outcome !== 'revision-needed') {
    return fail(
      notAllowed(
        state,
        [],
        words(`Evaluation ${id} has not concluded that a revision is needed`, `评估 ${id} 未得出“需要修订”的结论`, `評估 ${id} 未得出「需要修訂」的結論`),
        'SUP-3',
      ),
    );
  }
  const flagged = context.findings.filter((f) => f.needsRevision);
  const full = [context.conclusion.summary, ...flagged.map((f) => `${f.id} ${f.text}`)].join('\n');
  // Too long for a revision's summary: shorten the text, never the list of findings it rests on.
  const ids = `\n(${flagged.map((f) => f.id).join(', ')})`;
  const summary = full.length <= LIMITS.text ? full : `${cut(full, LIMITS.text - ids.length - 1)}…${ids}`;
  return ok({ evaluationId: id, summary });
}
