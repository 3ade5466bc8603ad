import { aggregateKit, type Aggregate, type CommandTable, type CreateSpec, type CommandInfo, type CommandOf, type CreateCommandOf, type StepContext, type StepResult } from '../core/aggregate.js';
import type { StoredRecord } from '../core/record.js';
import { fail, forbidden, invalidInput, issue, notAllowed, ok, words, type GovernanceError, type Result } from '../core/result.js';
import { orgAccess, type OrgScope, type Requirement } from '../org/authorize.js';
import { checkSanction, daysLater, proposeSanction, type CheckedSanction, type WageDeduction } from './escalate.js';
import { caseMachine } from './machine.js';
import type { disciplinePayloads } from './model.js';
import { disciplinePayloads as P, type CaseContext } from './model.js';
import type { DisciplinePolicy } from './policy.js';
import { caseRecordType } from './record.js';

/**
 * What the discipline workflow reads of a policy: its version, time zone, the organisation and the
 * discipline section. The whole `Policy` fits.
 *
 * @example
 * const scope: DisciplineScope = defaultPolicy;
 */
export interface DisciplineScope extends OrgScope {
  readonly version: string;
  /** Statement and appeal windows and the validity of sanctions are counted in this zone. */
  readonly timeZone: string;
  readonly discipline: DisciplinePolicy;
}

const kit = aggregateKit<typeof caseMachine, DisciplineScope, Requirement>();
type Info<C> = CommandInfo<typeof caseMachine, DisciplineScope, Requirement, C>;

const invalid = (path: Array<string | number>, rule: string, en: string, zhCN: string, zhTW: string) => fail(invalidInput([issue(path, words(en, zhCN, zhTW), rule)], rule));

// DSC-5: the statement, the appeal, the waivers and the self-review are the person concerned's alone.
function onlySubject<C>({ actor, context }: Info<C>): Result<true> {
  if (actor.id === context.subject.person) return ok(true);
  return fail(forbidden('DSC-5', words(`Only ${context.subject.person}, whom the case is against, may do this`, `只有被处理人 ${context.subject.person} 本人可以办理`, `只有被處理人 ${context.subject.person} 本人可以辦理`)));
}

// DSC-5: the person concerned never investigates, decides or executes their own case.
function notSubject<C>({ actor, context }: Info<C>, what: [string, string, string]): Result<true> {
  if (actor.id !== context.subject.person) return ok(true);
  return fail(forbidden('DSC-5', words(`${actor.id} is the person this case is against and may not ${what[0]} it`, `${actor.id} 是被处理人，不得${what[1]}本案`, `${actor.id} 是被處理人，不得${what[2]}本案`)));
}

const sanctionFields = (c: CheckedSanction, reason: string, compensation: WageDeduction | undefined) => ({
  rung: c.rung.id,
  reason,
  ...(compensation ? { compensation } : {}),
  contractChange: c.contractChange,
  fineWarning: c.fineWarning,
  selfReviewRequired: c.selfReviewRequired,
});

const kpiAlone = (c: CaseContext) => c.cause?.kind === 'kpi-rating';

const commands = {
  investigate: kit.command({
    schema: P.investigate,
    rule: 'DSC-5',
    right: 'discipline.investigate',
    contributes: true,
    decide: (info) => {
      const n = notSubject(info, ['investigate', '调查', '調查']);
      return n.ok ? ok({}) : n;
    },
  }),
  propose: kit.command({
    schema: P.propose,
    rule: 'DSC-6',
    right: 'discipline.investigate',
    contributes: true,
    decide: (info) => {
      const { command, context, policy, record } = info;
      const n = notSubject(info, ['investigate', '调查', '調查']);
      if (!n.ok) return n;
      const history = command.history.filter((h) => h.caseId !== record.id).map((h) => ({ caseId: h.caseId, type: h.type, rung: h.rung, decidedAt: h.decidedAt.toISOString() }));
      const p = proposeSanction({ type: context.type, severity: command.severity ?? context.severity, occurredAt: context.occurredAt, history, kpiAlone: kpiAlone(context) }, policy);
      if (!p.ok) return p;
      return ok({ rung: p.value.rung, findings: command.findings, severity: p.value.severity, history, explanation: p.value.explanation });
    },
  }),
  notify: kit.command({
    schema: P.notify,
    rule: 'DSC-5',
    right: 'discipline.investigate',
    decide: ({ at, policy }) => ok({ statementDueAt: daysLater(at, policy.discipline.statementWindowDays, policy.timeZone) }),
  }),
  'notify-union': kit.command({
    schema: P['notify-union'],
    rule: 'DSC-3',
    right: 'discipline.notify-union',
    decide: ({ command }) => ok({ reference: command.reference }),
  }),
  'submit-statement': kit.command({
    schema: P['submit-statement'],
    rule: 'DSC-5',
    right: 'discipline.respond',
    decide: (info) => {
      const s = onlySubject(info);
      return s.ok ? ok({ statement: info.command.statement }) : s;
    },
  }),
  'waive-statement': kit.command({
    schema: P['waive-statement'],
    rule: 'DSC-5',
    right: 'discipline.respond',
    decide: (info) => {
      const s = onlySubject(info);
      return s.ok ? ok({}) : s;
    },
    refused: ({ state, accepts }) => notAllowed(state, accepts, words('The statement window has already been waived', '已放弃陈述申辩', '已放棄陳述申辯'), 'DSC-5'),
  }),
  decide: kit.command({
    schema: P.decide,
    rule: 'DSC-5',
    // The rung's own rights (any one): the department head up to a demerit, HR and management above.
    right: ({ command, policy }) => policy.discipline.ladder.find((r) => r.id === command.rung)?.decidedBy ?? 'discipline.decide-major',
    // Nobody who reported or investigated the case decides it.
    signs: () => ({ stage: 'decision', signatures: [], rule: 'DSC-5' }),
    decide: (info) => {
      const { command, context, policy, now, at, state, accepts } = info;
      const n = notSubject(info, ['decide', '决定', '決定']);
      if (!n.ok) return n;
      const due = context.notified?.statementDueAt ?? at;
      const windowClosed = now.getTime() >= Date.parse(due);
      if (!windowClosed && context.statementWaived === undefined) {
        return fail(
          notAllowed(
            state,
            accepts,
            words(
              `The employee's statement window is open until ${due} and has not been waived: no decision before then`,
              `陈述申辩期至 ${due} 止，本人未放弃，期满前不得作出决定`,
              `陳述申辯期至 ${due} 止，本人未放棄，期滿前不得作出決定`,
            ),
            'DSC-5',
          ),
        );
      }
      const checked = checkSanction({ rung: command.rung, severity: context.severity, unionNotified: context.unionNotice !== undefined, kpiAlone: kpiAlone(context), compensation: command.compensation }, policy.discipline);
      if (!checked.ok) return checked;
      return ok({ ...sanctionFields(checked.value, command.reason, command.compensation), appealDueAt: daysLater(at, policy.discipline.appealWindowDays, policy.timeZone), windowClosed });
    },
  }),
  appeal: kit.command({
    schema: P.appeal,
    rule: 'DSC-5',
    right: 'discipline.respond',
    decide: (info) => {
      const s = onlySubject(info);
      if (!s.ok) return s;
      const due = info.context.decision?.appealDueAt ?? info.at;
      if (info.now.getTime() >= Date.parse(due)) {
        return fail(notAllowed(info.state, info.accepts, words(`The appeal window closed at ${due}`, `申诉期已于 ${due} 届满`, `申訴期已於 ${due} 屆滿`), 'DSC-5'));
      }
      return ok({ reason: info.command.reason, inWindow: true });
    },
    refused: ({ state, accepts }) => notAllowed(state, accepts, words('This decision has already been appealed, or the appeal was waived', '该决定已申诉或已放弃申诉', '該決定已申訴或已放棄申訴'), 'DSC-5'),
  }),
  'waive-appeal': kit.command({
    schema: P['waive-appeal'],
    rule: 'DSC-5',
    right: 'discipline.respond',
    decide: (info) => {
      const s = onlySubject(info);
      return s.ok ? ok({}) : s;
    },
    refused: ({ state, accepts }) => notAllowed(state, accepts, words('This decision has already been appealed, or the appeal was waived', '该决定已申诉或已放弃申诉', '該決定已申訴或已放棄申訴'), 'DSC-5'),
  }),
  'decide-appeal': kit.command({
    schema: P['decide-appeal'],
    rule: 'DSC-5',
    right: 'discipline.decide-appeal',
    // Whoever decided the sanction, reported or investigated the case never decides its appeal.
    signs: ({ context }) => ({ stage: 'appeal', signatures: context.decision ? [{ actorId: context.decision.actorId, stage: 'decision' }] : [], rule: 'DSC-5' }),
    decide: (info) => {
      const { command, context, policy } = info;
      const n = notSubject(info, ['decide', '决定', '決定']);
      if (!n.ok) return n;
      if (command.outcome !== 'varied') {
        if (command.rung !== undefined || command.compensation !== undefined) return invalid(['rung'], 'DSC-5', `an appeal ${command.outcome} names no new sanction`, '维持或撤销原处理时不得另定处理', '維持或撤銷原處理時不得另定處理');
        return ok({ outcome: command.outcome, reason: command.reason });
      }
      if (command.rung === undefined) return invalid(['rung'], 'DSC-5', 'a varied sanction names its new rung', '变更处理须写明新的处理措施', '變更處理須寫明新的處理措施');
      const ladder = policy.discipline.ladder;
      const was = ladder.findIndex((r) => r.id === context.sanction);
      const now = ladder.findIndex((r) => r.id === command.rung);
      // An appeal never makes the sanction heavier (ours: 申诉不加重).
      if (now >= 0 && was >= 0 && now >= was) return invalid(['rung'], 'DSC-5', `a varied sanction is lighter than ${context.sanction}`, `变更后的处理须轻于原处理「${context.sanction}」`, `變更後的處理須輕於原處理「${context.sanction}」`);
      const checked = checkSanction({ rung: command.rung, severity: context.severity, unionNotified: context.unionNotice !== undefined, kpiAlone: kpiAlone(context), compensation: command.compensation }, policy.discipline);
      if (!checked.ok) return checked;
      return ok({ outcome: command.outcome, reason: command.reason, decision: sanctionFields(checked.value, command.reason, command.compensation) });
    },
  }),
  'submit-self-review': kit.command({
    schema: P['submit-self-review'],
    rule: 'DSC-2',
    right: 'discipline.respond',
    decide: (info) => {
      const s = onlySubject(info);
      return s.ok ? ok({ text: info.command.text }) : s;
    },
    refused: ({ state, accepts }) => notAllowed(state, accepts, words('No written self-review is owed on this case', '本案无需或已提交书面检讨', '本案無需或已提交書面檢討'), 'DSC-2'),
  }),
  execute: kit.command({
    schema: P.execute,
    rule: 'DSC-5',
    right: 'discipline.execute',
    decide: (info) => {
      const n = notSubject(info, ['execute', '执行', '執行']);
      if (!n.ok) return n;
      const { context, now, state, accepts } = info;
      const due = context.decision?.appealDueAt ?? info.at;
      const appealClosed = now.getTime() >= Date.parse(due);
      if (!appealClosed && context.appealWaived === undefined && context.appeal?.outcome === undefined) {
        return fail(notAllowed(state, accepts, words(`The appeal window is open until ${due}: the sanction is executed after it`, `申诉期至 ${due} 止，期满后方可执行`, `申訴期至 ${due} 止，期滿後方可執行`), 'DSC-5'));
      }
      return ok({ appealClosed });
    },
  }),
  close: kit.command({
    schema: P.close,
    rule: 'DSC-5',
    right: 'discipline.execute',
    refused: ({ state, accepts }) => notAllowed(state, accepts, words('A minor violation is closed once the written self-review is in (S2 处理措施.1)', '轻微违规须提交书面检讨后方可结案', '輕微違規須提交書面檢討後方可結案'), 'DSC-2'),
  }),
  withdraw: kit.command({
    schema: P.withdraw,
    rule: 'DSC-5',
    right: 'discipline.investigate',
    decide: (info) => {
      const n = notSubject(info, ['withdraw', '撤销', '撤銷']);
      return n.ok ? ok({ reason: info.command.reason }) : n;
    },
  }),
  'open-accountability': kit.command({
    schema: P['open-accountability'],
    rule: 'DSC-5',
    right: 'discipline.investigate',
    decide: (info) => {
      const { command, context, record } = info;
      if (context.role !== 'direct') return invalid(['caseId'], 'DSC-5', 'an accountability case opens no further one', '责任追究案件不再追究他人', '責任追究案件不再追究他人');
      if (command.caseId === record.id) return invalid(['caseId'], 'DSC-5', 'the accountability case is another case', '责任追究案件须另行立案', '責任追究案件須另行立案');
      if (command.head === context.subject.person) return invalid(['head'], 'DSC-5', 'the department head is someone other than the person concerned', '部门负责人须为被处理人以外的人', '部門負責人須為被處理人以外的人');
      return ok({ caseId: command.caseId, head: command.head });
    },
    refused: ({ state, accepts }): GovernanceError => notAllowed(state, accepts, words('An accountability case is already linked to this case', '本案已关联责任追究案件', '本案已關聯責任追究案件'), 'DSC-5'),
  }),
};

const create = kit.create({
  schema: P.create,
  rule: 'DSC-1',
  right: 'discipline.report',
  decide: ({ command, actor, policy, now }) => {
    const type = policy.discipline.violationTypes.find((t) => t.id === command.violation);
    if (!type) return invalid(['violation'], 'DSC-1', `no violation type "${command.violation}" in the policy`, `制度中没有违规类型「${command.violation}」`, `制度中沒有違規類型「${command.violation}」`);
    if (!policy.org.departments.some((d) => d.id === command.subject.department)) {
      return invalid(['subject', 'department'], 'DSC-1', `no department "${command.subject.department}"`, `没有部门「${command.subject.department}」`, `沒有部門「${command.subject.department}」`);
    }
    if (command.occurredAt.getTime() > now.getTime()) return invalid(['occurredAt'], 'DSC-1', 'a violation is reported after it occurred', '违规发生时间不能晚于当前时间', '違規發生時間不能晚於當前時間');
    const role = command.role ?? (command.accountableFor === undefined ? 'direct' : 'department-head');
    if ((role === 'department-head') !== (command.accountableFor !== undefined)) {
      return invalid(['accountableFor'], 'DSC-5', 'a department head is held accountable for a named case, and only then', '追究部门负责人责任须写明所关联的案件', '追究部門負責人責任須寫明所關聯的案件');
    }
    return ok({
      subject: { person: command.subject.person, department: command.subject.department },
      type: type.id,
      severity: type.severity,
      occurredAt: command.occurredAt.toISOString(),
      description: command.description,
      reportedBy: actor.id,
      role,
      ...(command.cause ? { cause: { kind: command.cause.kind, id: command.cause.id } } : {}),
      ...(command.accountableFor === undefined ? {} : { accountableFor: command.accountableFor }),
    });
  },
});

/**
 * The type of {@link disciplineAggregate}: the record kind's machine, scope and decision rights, with its command
 * table typed from `disciplinePayloads`. Named, so that signatures and the docs refer to it instead of spelling it out.
 *
 * @example
 * const a: DisciplineAggregate = disciplineAggregate;
 * disciplineAggregate.kind //=> 'discipline-case'
 */
export type DisciplineAggregate = Aggregate<typeof caseMachine, DisciplineScope, Requirement, CommandTable<typeof caseMachine, DisciplineScope, Requirement, Omit<typeof disciplinePayloads, 'create'>>, CreateSpec<typeof caseMachine, DisciplineScope, Requirement, (typeof disciplinePayloads)['create']>>;

/**
 * The violation case aggregate (DSC-1..DSC-7): one table entry per command, on the domain kit.
 *
 * @example
 * disciplineAggregate.kind //=> 'discipline-case'
 */
export const disciplineAggregate: DisciplineAggregate = kit.define({
  type: caseRecordType,
  machine: caseMachine,
  access: orgAccess,
  commands,
  create,
  owner: (context) => context.subject.department,
  separationRule: 'DSC-5',
});

/**
 * Every command a case takes, as a union keyed on `type`.
 *
 * @example
 * const c: DisciplineCommand = { id: 'req-9', type: 'decide', rung: 'warning', reason: '首次轻微违规' };
 */
export type DisciplineCommand = CommandOf<typeof disciplineAggregate>;

/**
 * The command that reports a violation and opens a case (DSC-1).
 *
 * @example
 * const c: CreateCaseCommand = { id: 'req-1', type: 'create', subject: { person: 'u-mkt-staff', department: 'marketing' }, violation: 'platform-rule-breach', occurredAt: '2026-03-01T10:00:00+08:00', description: '在小红书批量刷评论' };
 */
export type CreateCaseCommand = CreateCommandOf<typeof disciplineAggregate>;

/**
 * Apply one command to a stored violation case (DSC-1..DSC-7): investigate, propose (with the escalation
 * and its explanation), notify the employee, record their statement or waiver, notify the union, decide
 * (a person holding the rung's right, never the reporter, investigator or person concerned, after the
 * statement window, within the legal caps), appeal and decide the appeal, execute, close, withdraw, and
 * link an accountability case against the department head.
 *
 * @example
 * const r = disciplineStep(record, { id: 'req-9', type: 'decide', rung: 'warning', reason: '首次轻微违规' }, ctx);
 * r.ok && r.record.snapshot.value //=> 'decided'
 */
export function disciplineStep(record: StoredRecord, command: DisciplineCommand, ctx: StepContext<DisciplineScope>): StepResult<CaseContext> {
  return disciplineAggregate.step(record, command, ctx);
}

/**
 * Report a violation and open its case (revision 1, `reported`).
 *
 * @example
 * const r = createCase('case-1', { id: 'req-1', type: 'create', subject: { person: 'u-mkt-staff', department: 'marketing' }, violation: 'platform-rule-breach', occurredAt: '2026-03-01T10:00:00+08:00', description: '在小红书批量刷评论' }, ctx);
 * r.ok && r.record.snapshot.value //=> 'reported'
 */
export function createCase(recordId: string, command: CreateCaseCommand, ctx: StepContext<DisciplineScope>): StepResult<CaseContext> {
  return disciplineAggregate.create(recordId, command, ctx);
}
