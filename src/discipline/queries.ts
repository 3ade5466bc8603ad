// Reads over stored cases with `now`: no zod, no XState, so a report or a scheduled function loads the
// reader, date-fns and these functions alone.
import { periodRange } from '../core/period.js';
import type { StoredRecord } from '../core/record.js';
import { fail, invalidInput, issue, ok, words, type Result } from '../core/result.js';
import type { ScoreData } from '../kpi/index.js';
import { sanctionExpiresAt, type DisciplineRules, type PriorSanction } from './escalate.js';
import type { VetoSubject } from './labels.js';
import { readCases, type CaseView } from './record.js';
import { rulesIssues } from './shape.js';

// A sanction counts once decided, and stops counting while its appeal is pending or once overturned.
const sanctioned = (c: CaseView) => c.context.sanction !== undefined && c.context.decision !== undefined && (c.state === 'decided' || c.state === 'executed' || c.state === 'closed');

/**
 * The decided sanctions of `person`, as `propose` takes them (`history`): every case against them whose
 * sanction stands (decided, executed or closed; not under appeal, not overturned, not withdrawn), with
 * the rung after any appeal and the date it was first decided. Unreadable records are listed.
 *
 * @example
 * sanctionHistory(records, 'u-mkt-staff').history //=> [{ caseId: 'case-1', type: 'platform-rule-breach', rung: 'warning', decidedAt: '2026-01-10T02:00:00.000Z' }]
 */
export function sanctionHistory(records: readonly StoredRecord[], person: string): { readonly history: PriorSanction[]; readonly unreadable: string[] } {
  const { cases, unreadable } = readCases(records);
  const history = cases
    .filter((c) => c.context.subject.person === person && sanctioned(c))
    .map((c) => ({ caseId: c.id, type: c.context.type, rung: c.context.sanction!, decidedAt: c.context.decision!.at }))
    .sort((a, b) => a.decidedAt.localeCompare(b.decidedAt) || a.caseId.localeCompare(b.caseId));
  return { history, unreadable };
}

/**
 * A sanction live at `now`: decided, not yet past its validity.
 *
 * @example
 * const s: LiveSanction = { caseId: 'case-1', person: 'u-mkt-staff', department: 'marketing', type: 'platform-rule-breach', rung: 'warning', decidedAt, expiresAt: '2026-07-10T02:00:00.000Z', state: 'closed' };
 */
export interface LiveSanction {
  readonly caseId: string;
  readonly person: string;
  readonly department: string;
  readonly type: string;
  readonly rung: string;
  readonly decidedAt: string;
  /** Absent for a rung that counts for good. */
  readonly expiresAt?: string;
  readonly state: string;
}

/**
 * The sanctions live at `now` (DSC-6), per person: decided at or before `now` and not past their validity
 * in the policy's time zone, newest first; only `person`'s when given. A rung the policy no longer has
 * counts for good (nothing says when it would end).
 *
 * @example
 * liveSanctions(records, defaultPolicy, new Date('2026-03-01T00:00:00Z'), 'u-mkt-staff').sanctions.map((s) => s.rung) //=> ['warning']
 */
export function liveSanctions(records: readonly StoredRecord[], rules: DisciplineRules, now: Date, person?: string): { readonly sanctions: LiveSanction[]; readonly unreadable: string[] } {
  const { cases, unreadable } = readCases(records);
  const t = now.getTime();
  const sanctions: LiveSanction[] = [];
  for (const c of cases) {
    if (!sanctioned(c) || (person !== undefined && c.context.subject.person !== person)) continue;
    const rung = rules.discipline.ladder.find((r) => r.id === c.context.sanction);
    const decidedAt = c.context.decision!.at;
    const expiresAt = rung ? sanctionExpiresAt(rung, decidedAt, rules.timeZone) : undefined;
    if (Date.parse(decidedAt) > t || (expiresAt !== undefined && t >= Date.parse(expiresAt))) continue;
    sanctions.push({ caseId: c.id, person: c.context.subject.person, department: c.context.subject.department, type: c.context.type, rung: c.context.sanction!, decidedAt, ...(expiresAt === undefined ? {} : { expiresAt }), state: c.state });
  }
  sanctions.sort((a, b) => b.decidedAt.localeCompare(a.decidedAt) || a.caseId.localeCompare(b.caseId));
  return { sanctions, unreadable };
}

/**
 * A case waiting on a deadline: the employee's statement window (`statement`), or the appeal window
 * before the sanction can be executed (`appeal`).
 *
 * @example
 * const d: CaseDeadline = { caseId: 'case-1', person: 'u-mkt-staff', state: 'notified', deadline: 'statement', dueAt: '2026-03-09T02:00:00.000Z', passed: false };
 */
export interface CaseDeadline {
  readonly caseId: string;
  readonly person: string;
  readonly state: string;
  readonly deadline: 'statement' | 'appeal';
  readonly dueAt: string;
  /** `now` is at or past `dueAt`: the case can move on (a decision, the execution). */
  readonly passed: boolean;
}

/**
 * The cases waiting on a deadline at `now` (DSC-5): notified cases whose statement window has not been
 * waived (a decision waits for it), and decided cases whose appeal window has not been waived or used
 * (the execution waits for it); earliest due first.
 *
 * @example
 * casesAwaitingDeadline(records, new Date('2026-03-10T00:00:00Z')).deadlines.map((d) => [d.caseId, d.deadline, d.passed]) //=> [['case-1', 'statement', true]]
 */
export function casesAwaitingDeadline(records: readonly StoredRecord[], now: Date): { readonly deadlines: CaseDeadline[]; readonly unreadable: string[] } {
  const { cases, unreadable } = readCases(records);
  const deadlines: CaseDeadline[] = [];
  for (const c of cases) {
    const x = c.context;
    const add = (deadline: CaseDeadline['deadline'], dueAt: string) => deadlines.push({ caseId: c.id, person: x.subject.person, state: c.state, deadline, dueAt, passed: now.getTime() >= Date.parse(dueAt) });
    if (c.state === 'notified' && x.notified && !x.statementWaived) add('statement', x.notified.statementDueAt);
    if (c.state === 'decided' && x.decision && !x.appealWaived && !x.appeal) add('appeal', x.decision.appealDueAt);
  }
  deadlines.sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.caseId.localeCompare(b.caseId));
  return { deadlines, unreadable };
}

/**
 * One row of the case report: a department and a violation type, with how many cases occurred in the
 * period, how many ended in a standing sanction, and how many were withdrawn.
 *
 * @example
 * const r: CaseCountRow = { department: 'marketing', type: 'platform-rule-breach', cases: 3, sanctioned: 2, withdrawn: 1 };
 */
export interface CaseCountRow {
  readonly department: string;
  readonly type: string;
  readonly cases: number;
  readonly sanctioned: number;
  readonly withdrawn: number;
}

/**
 * Cases per department and violation type for a period (a month, quarter, year or week key), by when
 * the violation occurred in the policy's time zone; sorted by department, then type. A bad period key
 * is `invalid-input`.
 *
 * @example
 * casesByDepartment(records, '2026-Q1', 'Asia/Shanghai').value.rows //=> [{ department: 'marketing', type: 'platform-rule-breach', cases: 2, sanctioned: 2, withdrawn: 0 }]
 */
export function casesByDepartment(records: readonly StoredRecord[], period: string, timeZone: string): Result<{ readonly rows: CaseCountRow[]; readonly unreadable: string[] }> {
  const range = periodRange(period, timeZone);
  if (!range.ok) return fail(range.error);
  const { cases, unreadable } = readCases(records);
  const rows = new Map<string, { department: string; type: string; cases: number; sanctioned: number; withdrawn: number }>();
  for (const c of cases) {
    const t = Date.parse(c.context.occurredAt);
    if (t < range.value.start.getTime() || t >= range.value.end.getTime()) continue;
    const key = JSON.stringify([c.context.subject.department, c.context.type]);
    let row = rows.get(key);
    if (!row) rows.set(key, (row = { department: c.context.subject.department, type: c.context.type, cases: 0, sanctioned: 0, withdrawn: 0 }));
    row.cases++;
    if (sanctioned(c)) row.sanctioned++;
    if (c.state === 'withdrawn') row.withdrawn++;
  }
  return ok({ rows: [...rows.values()].sort((a, b) => a.department.localeCompare(b.department) || a.type.localeCompare(b.type)), unreadable });
}

/**
 * The KPI vetoes a person's or a department's scorecard takes for a period (DSC-7), as the `vetoes` of
 * the KPI scorer's `ScoreData`, with the cases behind each: every standing sanction first decided in the
 * period whose rung or violation type a `kpiVetoes` entry of the policy names for that subject. A bad
 * period key is `invalid-input`.
 *
 * @example
 * const v = disciplineVetoes(records, { person: 'u-mkt-staff' }, '2026-03', defaultPolicy);
 * v.ok && v.value.vetoes //=> ['serious-violation']
 * scoreScorecard(card, { inputs, vetoes: v.value.vetoes }, defaultPolicy.kpi, builtInMetrics) // the rating is capped
 */
export function disciplineVetoes(
  records: readonly StoredRecord[],
  subject: { readonly person: string } | { readonly department: string },
  period: string,
  rules: DisciplineRules,
): Result<Required<Pick<ScoreData, 'vetoes'>> & { readonly because: ReadonlyArray<{ readonly veto: string; readonly caseId: string; readonly rung: string; readonly type: string }>; readonly unreadable: string[] }> {
  const malformed = rulesIssues(rules);
  if (typeof subject !== 'object' || subject === null || !('person' in subject || 'department' in subject)) {
    malformed.unshift(issue(['subject'], words('must be { person } or { department }', '须为 { person } 或 { department }', '須為 { person } 或 { department }'), 'DSC-7'));
  }
  if (malformed.length > 0) return fail(invalidInput(malformed, 'DSC-7'));
  const range = periodRange(period, rules.timeZone);
  if (!range.ok) return fail(range.error);
  const { cases, unreadable } = readCases(records);
  const who: VetoSubject = 'person' in subject ? 'person' : 'department';
  const vetoes: string[] = [];
  const because: Array<{ veto: string; caseId: string; rung: string; type: string }> = [];
  for (const c of cases) {
    if (!sanctioned(c)) continue;
    if (who === 'person' ? c.context.subject.person !== (subject as { person: string }).person : c.context.subject.department !== (subject as { department: string }).department) continue;
    const t = Date.parse(c.context.decision!.at);
    if (t < range.value.start.getTime() || t >= range.value.end.getTime()) continue;
    for (const v of rules.discipline.kpiVetoes) {
      if (!v.subjects.includes(who)) continue;
      if (!(v.rungs?.includes(c.context.sanction!) || v.types?.includes(c.context.type))) continue;
      because.push({ veto: v.veto, caseId: c.id, rung: c.context.sanction!, type: c.context.type });
      if (!vetoes.includes(v.veto)) vetoes.push(v.veto);
    }
  }
  return ok({ vetoes, because, unreadable });
}

/**
 * A case and the accountability case opened against the department head for it (DSC-5, S2 责任追究.1–2),
 * with where each stands: its state and its sanction (absent when none stands).
 *
 * @example
 * const l: AccountabilityLink = { caseId: 'case-2', person: 'u-mkt-staff', accountabilityCaseId: 'case-2-head', head: 'u-mkt-head', direct: { state: 'executed', sanction: 'demerit' }, accountability: { state: 'decided', sanction: 'warning' } };
 */
export interface AccountabilityLink {
  readonly caseId: string;
  readonly person: string;
  readonly accountabilityCaseId: string;
  readonly head: string;
  readonly direct: { readonly state: string; readonly sanction?: string };
  /** Absent while the host has not opened the linked case. */
  readonly accountability?: { readonly state: string; readonly sanction?: string };
}

/**
 * Every accountability link among the cases (DSC-5): the case against the person directly responsible,
 * the case against their department head, and the outcome of each.
 *
 * @example
 * accountabilityLinks(records).links.map((l) => [l.caseId, l.accountabilityCaseId, l.accountability?.sanction]) //=> [['case-2', 'case-2-head', 'warning']]
 */
export function accountabilityLinks(records: readonly StoredRecord[]): { readonly links: AccountabilityLink[]; readonly unreadable: string[] } {
  const { cases, unreadable } = readCases(records);
  const byId = new Map(cases.map((c) => [c.id, c]));
  const outcome = (c: CaseView) => ({ state: c.state, ...(sanctioned(c) ? { sanction: c.context.sanction! } : {}) });
  const links: AccountabilityLink[] = [];
  for (const c of cases) {
    const a = c.context.accountability;
    if (!a) continue;
    const linked = byId.get(a.caseId);
    const answers = linked && linked.context.accountableFor === c.id ? linked : undefined;
    links.push({ caseId: c.id, person: c.context.subject.person, accountabilityCaseId: a.caseId, head: a.head, direct: outcome(c), ...(answers ? { accountability: outcome(answers) } : {}) });
  }
  links.sort((a, b) => a.caseId.localeCompare(b.caseId));
  return { links, unreadable };
}
