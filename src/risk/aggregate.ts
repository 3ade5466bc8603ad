import type * as z from 'zod';
import { aggregateKit, type Aggregate, type CommandTable, type CreateSpec, type CommandOf, type CreateCommandOf, type StepContext, type StepResult } from '../core/aggregate.js';
import type { StoredRecord } from '../core/record.js';
import { fail, forbidden, invalidInput, issue, notAllowed, ok, words, type Issue, type Result } from '../core/result.js';
import type { RiskLevel } from '../core/risk-level.js';
import { orgAccess, type OrgScope, type Requirement } from '../org/authorize.js';
import { gradeQuantitative, gradeRank, gradeRisk } from './grade.js';
import { riskCategory, riskTopicCategory } from './labels.js';
import { riskMachine } from './machine.js';
import type { riskPayloads } from './model.js';
import { riskPayloads as P, type AssessedGrading, type RelatedRef, type RiskContext } from './model.js';
import type { RiskPolicy, RiskResponse } from './policy.js';
import { riskRecordType } from './record.js';

/**
 * What the risk workflow reads of a policy: its version, the organisation, the risk section, and (for
 * platform rule changes) the content channels and review chains. The whole `Policy` fits.
 *
 * @example
 * const scope: RiskScope = defaultPolicy;
 */
export interface RiskScope extends OrgScope {
  readonly version: string;
  readonly risk: RiskPolicy;
  readonly content?: {
    readonly channels: ReadonlyArray<{ readonly id: string; readonly group: string }>;
    readonly chains: ReadonlyArray<{ readonly id: string; readonly groups: readonly string[] }>;
  };
}

const kit = aggregateKit<typeof riskMachine, RiskScope, Requirement>();
const DAY = 86_400_000;

const invalid = (path: Array<string | number>, rule: string, en: string, zhCN: string, zhTW: string) => fail(invalidInput([issue(path, words(en, zhCN, zhTW), rule)], rule));
const after = (now: Date, days: number) => new Date(now.getTime() + days * DAY).toISOString();

// The policy's response for a level; `riskPolicyProblems` guarantees one per level.
function responseOf(policy: RiskScope, level: RiskLevel): RiskResponse {
  return policy.risk.responses.find((r) => r.level === level) ?? { level, strategies: ['reduce'], acceptRights: [], acceptanceDays: 1, reviewDays: 1, informLeadership: false };
}

const levelOf = (c: RiskContext): RiskLevel => c.assessment?.current.level ?? 'low';

function grade(input: z.output<typeof P.assess>['inherent'], policy: RiskScope, path: string): Result<AssessedGrading> {
  const matrix = policy.risk.matrix;
  const r = 'likelihood' in input ? gradeRisk(input.likelihood, input.impact, matrix) : gradeQuantitative(input, matrix);
  if (!r.ok) return fail(r.error.code === 'invalid-input' ? invalidInput(r.error.issues.map((i) => ({ ...i, path: [path, ...i.path] })), 'RSK-2') : r.error);
  return ok('likelihood' in input ? { ...r.value, method: 'qualitative' } : { ...r.value, method: 'quantitative', probability: input.probability, impactFen: input.impactFen });
}

const dedupe = (refs: readonly RelatedRef[]) => refs.filter((r, i) => refs.findIndex((x) => x.kind === r.kind && x.id === r.id) === i);

// Refusals that say what is missing for a command the state takes but the record cannot.
const cannot = (state: string, accepts: readonly string[], rule: string, en: string, zhCN: string, zhTW: string) => fail(notAllowed(state, accepts, words(en, zhCN, zhTW), rule));

const commands = {
  edit: kit.command({
    schema: P.edit,
    rule: 'RSK-1',
    right: 'risk.identify',
    contributes: true,
    decide: ({ command }) => {
      if (command.title === undefined && command.description === undefined && command.related === undefined) {
        return invalid([], 'RSK-1', 'an edit changes the title, the description or the related items', '修改须至少包含标题、描述或关联项之一', '修改須至少包含標題、描述或關聯項之一');
      }
      return ok({ ...command, ...(command.related === undefined ? {} : { related: dedupe(command.related) }) });
    },
  }),
  assess: kit.command({
    schema: P.assess,
    rule: 'RSK-2',
    right: 'risk.assess',
    contributes: true,
    decide: ({ command, context, policy, now, actor, at }) => {
      const matrix = policy.risk.matrix;
      const inherent = grade(command.inherent, policy, 'inherent');
      const current = grade(command.current, policy, 'current');
      if (!inherent.ok || !current.ok) {
        const issues: Issue[] = [...(inherent.ok || inherent.error.code !== 'invalid-input' ? [] : inherent.error.issues), ...(current.ok || current.error.code !== 'invalid-input' ? [] : current.error.issues)];
        return fail(invalidInput(issues, 'RSK-2'));
      }
      // RSK-3: controls in place never make a risk worse than it is without them; the target is at most the current grade.
      if (gradeRank(matrix, current.value.grade) > gradeRank(matrix, inherent.value.grade)) {
        return invalid(['current'], 'RSK-3', `the current grade (${current.value.grade}) is above the inherent grade (${inherent.value.grade}): existing controls never raise a risk`, `现有控制下的等级（${current.value.grade}）高于固有等级（${inherent.value.grade}）`, `現有控制下的等級（${current.value.grade}）高於固有等級（${inherent.value.grade}）`);
      }
      const target = matrix.grades.find((g) => g.id === command.target);
      if (!target) return invalid(['target'], 'RSK-3', `matrix ${matrix.id} has no grade "${command.target}"`, `风险矩阵 ${matrix.id} 中没有等级「${command.target}」`, `風險矩陣 ${matrix.id} 中沒有等級「${command.target}」`);
      if (gradeRank(matrix, target.id) > gradeRank(matrix, current.value.grade)) {
        return invalid(['target'], 'RSK-3', `the target residual grade (${target.id}) is above the current grade (${current.value.grade})`, `目标剩余等级（${target.id}）高于当前等级（${current.value.grade}）`, `目標剩餘等級（${target.id}）高於當前等級（${current.value.grade}）`);
      }
      const level = current.value.level;
      const response = responseOf(policy, level);
      const crisis = policy.risk.crisisCategories.includes(context.category) && policy.risk.crisisLevels.includes(level);
      return ok({
        assessment: {
          inherent: inherent.value,
          current: current.value,
          target: { grade: target.id, level: target.level },
          ...(command.controls === undefined ? {} : { controls: command.controls }),
          matrix: matrix.id,
          by: actor.id,
          at,
        },
        reviewDueAt: after(now, response.reviewDays),
        crisisTo: crisis ? [...policy.risk.crisisDepartments] : [],
        informLeadership: response.informLeadership,
      });
    },
  }),
  'plan-treatment': kit.command({
    schema: P['plan-treatment'],
    rule: 'RSK-4',
    right: 'risk.treat',
    contributes: true,
    decide: ({ command, context, policy, now }) => {
      const level = levelOf(context);
      const response = responseOf(policy, level);
      if (!response.strategies.includes(command.strategy)) {
        return invalid(['strategy'], 'RSK-4', `the policy allows ${response.strategies.join(', ')} for ${level} risks, not ${command.strategy}`, `制度规定${level}风险的应对策略为 ${response.strategies.join('、')}`, `制度規定${level}風險的應對策略為 ${response.strategies.join('、')}`);
      }
      const issues: Issue[] = [];
      const departments = new Set(policy.org.departments.map((d) => d.id));
      command.actions.forEach((a, i) => {
        if (!departments.has(a.ownerDepartment)) issues.push(issue(['actions', i, 'ownerDepartment'], words(`no department "${a.ownerDepartment}"`, `没有部门「${a.ownerDepartment}」`, `沒有部門「${a.ownerDepartment}」`), 'RSK-4'));
        if (a.dueAt.getTime() <= now.getTime()) issues.push(issue(['actions', i, 'dueAt'], words('a due date lies ahead', '完成期限须晚于当前时间', '完成期限須晚於當前時間'), 'RSK-4'));
      });
      if (issues.length > 0) return fail(invalidInput(issues, 'RSK-4'));
      const actions = command.actions.map((a, i) => ({
        id: `a-${i + 1}`,
        description: a.description,
        ownerDepartment: a.ownerDepartment,
        ...(a.ownerId === undefined ? {} : { ownerId: a.ownerId }),
        dueAt: a.dueAt.toISOString(),
      }));
      return ok({ strategy: command.strategy, actions });
    },
  }),
  'complete-action': kit.command({
    schema: P['complete-action'],
    rule: 'RSK-4',
    right: 'risk.treat',
    decide: ({ command, context, state, accepts }) => {
      const a = context.treatment?.actions.find((x) => x.id === command.action);
      if (!a) return invalid(['action'], 'RSK-4', `the treatment plan has no action "${command.action}"`, `应对计划中没有措施「${command.action}」`, `應對計劃中沒有措施「${command.action}」`);
      if (a.done) return cannot(state, accepts, 'RSK-4', `action ${a.id} was completed on ${a.done.at}`, `措施 ${a.id} 已完成`, `措施 ${a.id} 已完成`);
      return ok({ action: a.id, ...(command.note === undefined ? {} : { note: command.note }) });
    },
  }),
  'start-monitoring': kit.command({
    schema: P['start-monitoring'],
    rule: 'RSK-4',
    right: 'risk.treat',
    decide: ({ context, policy, now, state, accepts }) => {
      const open = (context.treatment?.actions ?? []).filter((a) => a.done === undefined).map((a) => a.id);
      if (open.length > 0) return cannot(state, accepts, 'RSK-4', `the treatment is monitored once its actions are done; open: ${open.join(', ')}`, `应对措施完成后方可转入监控，未完成：${open.join('、')}`, `應對措施完成後方可轉入監控，未完成：${open.join('、')}`);
      return ok({ reviewDueAt: after(now, responseOf(policy, levelOf(context)).reviewDays) });
    },
  }),
  accept: kit.command({
    schema: P.accept,
    rule: 'RSK-4',
    // RSK-4: the right the policy gives for the risk's current grade (default: high → the leadership group).
    right: ({ context, policy }) => responseOf(policy, levelOf(context)).acceptRights,
    // Whoever identified, assessed or planned the treatment of a risk does not also accept it.
    signs: ({ context }) => ({ stage: `acceptance:${context.assessment?.at ?? ''}`, signatures: [], rule: 'RSK-4' }),
    decide: ({ command, context, policy, now, authorize, state, accepts }) => {
      const expired = context.acceptance && Date.parse(context.acceptance.expiresAt) <= now.getTime();
      if (expired) return cannot(state, accepts, 'RSK-4', `the acceptance expired at ${context.acceptance!.expiresAt}: assess the risk again before accepting it`, '风险接受已到期，须重新评估后再接受', '風險接受已到期，須重新評估後再接受');
      const level = levelOf(context);
      const response = responseOf(policy, level);
      if (!response.strategies.includes('accept')) {
        return fail(forbidden('RSK-4', words(`the policy does not allow ${level} risks to be accepted: treat them (${response.strategies.join(', ')})`, `制度不允许接受${level}风险，须采取应对措施`, `制度不允許接受${level}風險，須採取應對措施`)));
      }
      const right = response.acceptRights.find((r) => authorize(r).ok) ?? response.acceptRights[0]!;
      return ok({ level, reason: command.reason, right, expiresAt: after(now, response.acceptanceDays), reviewDueAt: after(now, response.reviewDays) });
    },
  }),
  review: kit.command({
    schema: P.review,
    rule: 'RSK-4',
    right: 'risk.assess',
    decide: ({ command, context, policy, now, state, accepts }) => {
      const a = context.acceptance;
      if (a && Date.parse(a.expiresAt) <= now.getTime()) {
        return cannot(state, accepts, 'RSK-4', `the acceptance expired at ${a.expiresAt}: assess the risk again`, `风险接受已于 ${a.expiresAt} 到期，须重新评估`, `風險接受已於 ${a.expiresAt} 到期，須重新評估`);
      }
      return ok({ note: command.note, reviewDueAt: after(now, responseOf(policy, levelOf(context)).reviewDays) });
    },
  }),
  'record-legal-opinion': kit.command({
    schema: P['record-legal-opinion'],
    rule: 'RSK-1',
    right: 'risk.legal-opinion',
    decide: ({ command }) => ok({ opinion: command.opinion, ...(command.reference === undefined ? {} : { reference: command.reference }) }),
  }),
  'plan-rectification': kit.command({
    schema: P['plan-rectification'],
    rule: 'RSK-5',
    right: 'risk.platform-incident',
    decide: ({ command, context, now, state, accepts }) => {
      if (!context.incident) return cannot(state, accepts, 'RSK-5', 'only a platform incident is rectified', '只有平台处罚事件需要整改', '只有平台處罰事件需要整改');
      if (context.incident.rectification?.completed) return cannot(state, accepts, 'RSK-5', 'the rectification is already completed', '整改已完成', '整改已完成');
      if (command.dueAt.getTime() <= now.getTime()) return invalid(['dueAt'], 'RSK-5', 'a due date lies ahead', '整改期限须晚于当前时间', '整改期限須晚於當前時間');
      return ok({ plan: command.plan, dueAt: command.dueAt.toISOString() });
    },
  }),
  'complete-rectification': kit.command({
    schema: P['complete-rectification'],
    rule: 'RSK-5',
    right: 'risk.platform-incident',
    decide: ({ command, context, state, accepts }) => {
      const r = context.incident?.rectification;
      if (!r || r.completed) return cannot(state, accepts, 'RSK-5', r ? 'the rectification is already completed' : 'no rectification plan has been recorded', r ? '整改已完成' : '尚未制定整改计划', r ? '整改已完成' : '尚未制定整改計劃');
      return ok({ note: command.note });
    },
  }),
  'submit-appeal': kit.command({
    schema: P['submit-appeal'],
    rule: 'RSK-5',
    right: 'risk.platform-incident',
    decide: ({ command, context, state, accepts }) => {
      if (!context.incident) return cannot(state, accepts, 'RSK-5', 'only a platform sanction is appealed', '只有平台处罚可以申诉', '只有平台處罰可以申訴');
      if (context.incident.appeals.some((a) => a.outcome === undefined)) return cannot(state, accepts, 'RSK-5', 'an appeal is pending: record its outcome first', '已有申诉待结果，请先记录申诉结果', '已有申訴待結果，請先記錄申訴結果');
      return ok({ summary: command.summary });
    },
  }),
  'record-appeal-outcome': kit.command({
    schema: P['record-appeal-outcome'],
    rule: 'RSK-5',
    right: 'risk.platform-incident',
    decide: ({ command, context, state, accepts }) => {
      if (!context.incident?.appeals.some((a) => a.outcome === undefined)) return cannot(state, accepts, 'RSK-5', 'no appeal is pending', '没有待结果的申诉', '沒有待結果的申訴');
      return ok({ outcome: command.outcome, ...(command.note === undefined ? {} : { note: command.note }) });
    },
  }),
  close: kit.command({
    schema: P.close,
    rule: 'RSK-4',
    right: 'risk.close',
    decide: ({ command, context, policy, state, accepts }) => {
      const opinionRequired = policy.risk.legalOpinionCategories.includes(context.category);
      // S2 法律风险.3: a legal risk is handled on professional legal advice, so it closes only with a recorded opinion.
      if (opinionRequired && !context.legalOpinion) {
        return cannot(state, accepts, 'RSK-1', `a ${context.category} risk closes only with a recorded legal opinion (S2 法律风险.3)`, `${riskCategory.label(context.category, 'zh-CN')}须记录法律意见后方可关闭`, `${riskCategory.label(context.category, 'zh-TW')}須記錄法律意見後方可關閉`);
      }
      if (context.incident && !context.incident.rectification?.completed) {
        return cannot(state, accepts, 'RSK-5', 'a platform incident closes once its rectification is completed', '平台处罚事件须完成整改后方可关闭', '平台處罰事件須完成整改後方可關閉');
      }
      return ok({ reason: command.reason, opinionRequired });
    },
  }),
};

const create = kit.create({
  schema: P.create,
  rule: 'RSK-1',
  right: ({ command }) => (command.incident ? 'risk.platform-incident' : 'risk.identify'),
  decide: ({ command, actor, policy, now, at }) => {
    if (command.topic !== undefined && riskTopicCategory[command.topic] !== command.category) {
      return invalid(['topic'], 'RSK-1', `${command.topic} is a ${riskTopicCategory[command.topic]} risk, not ${command.category}`, `「${command.topic}」属于${riskCategory.label(riskTopicCategory[command.topic], 'zh-CN')}`, `「${command.topic}」屬於${riskCategory.label(riskTopicCategory[command.topic], 'zh-TW')}`);
    }
    if (command.incident && command.ruleChange) return invalid(['ruleChange'], 'RSK-5', 'a platform incident and a rule change are separate entries', '平台处罚事件与规则变化须分别登记', '平台處罰事件與規則變化須分別登記');
    if ((command.incident || command.ruleChange) && command.category !== 'platform-rules') {
      return invalid(['category'], 'RSK-5', 'platform incidents and rule changes are platform-rules risks', '平台处罚与规则变化属于平台规则风险', '平台處罰與規則變化屬於平台規則風險');
    }
    const owner = command.ownerDepartment ?? (command.incident ? policy.risk.incidentOwner : actor.department);
    if (!policy.org.departments.some((d) => d.id === owner)) return invalid(['ownerDepartment'], 'RSK-1', `no department "${owner}"`, `没有部门「${owner}」`, `沒有部門「${owner}」`);
    const related: RelatedRef[] = [...command.related];
    let incident: RiskContext['incident'];
    if (command.incident) {
      const i = command.incident;
      // The notice's time is the client's claim: recorded, never later than the host's clock.
      if (i.noticedAt && i.noticedAt.getTime() > now.getTime()) return invalid(['incident', 'noticedAt'], 'RSK-5', 'a sanction cannot be noticed in the future', '处罚通知时间不能晚于当前时间', '處罰通知時間不能晚於當前時間');
      related.push(i.account, ...(i.cause ? [i.cause] : []));
      incident = {
        platform: i.platform,
        sanction: i.sanction,
        account: i.account,
        ...(i.cause ? { cause: i.cause } : {}),
        summary: i.summary,
        ...(i.noticedAt ? { noticedAt: i.noticedAt.toISOString() } : {}),
        reportedAt: at,
        appeals: [],
      };
    }
    let ruleChange: RiskContext['ruleChange'];
    if (command.ruleChange) {
      const r = command.ruleChange;
      const channels = policy.content?.channels;
      const groups = new Set<string>();
      const issues: Issue[] = [];
      r.channels.forEach((id, n) => {
        const c = channels?.find((x) => x.id === id);
        if (channels && !c) issues.push(issue(['ruleChange', 'channels', n], words(`no channel "${id}" in the content policy`, `内容制度中没有渠道「${id}」`, `內容制度中沒有渠道「${id}」`), 'RSK-5'));
        if (c) groups.add(c.group);
      });
      if (issues.length > 0) return fail(invalidInput(issues, 'RSK-5'));
      // The review chains that cover the affected channels' content are marked for review with it.
      const chains = (policy.content?.chains ?? []).filter((c) => c.groups.some((g) => groups.has(g))).map((c) => c.id);
      ruleChange = { platform: r.platform, effectiveOn: r.effectiveOn, summary: r.summary, channels: [...new Set(r.channels)], chains, reviewers: [...policy.risk.platformRuleReviewers], loggedAt: at };
    }
    return ok({
      category: command.category,
      ...(command.topic === undefined ? {} : { topic: command.topic }),
      title: command.title,
      description: command.description,
      ownerDepartment: owner,
      related: dedupe(related),
      identifiedBy: actor.id,
      ...(incident ? { incident } : {}),
      ...(ruleChange ? { ruleChange } : {}),
    });
  },
});

/**
 * The type of {@link riskAggregate}: the record kind's machine, scope and decision rights, with its command
 * table typed from `riskPayloads`. Named, so that signatures and the docs refer to it instead of spelling it out.
 *
 * @example
 * const a: RiskAggregate = riskAggregate;
 * riskAggregate.kind //=> 'risk-entry'
 */
export type RiskAggregate = Aggregate<typeof riskMachine, RiskScope, Requirement, CommandTable<typeof riskMachine, RiskScope, Requirement, Omit<typeof riskPayloads, 'create'>>, CreateSpec<typeof riskMachine, RiskScope, Requirement, (typeof riskPayloads)['create']>>;

/**
 * The risk-register aggregate (RSK-1..RSK-6): one table entry per command, on the domain kit.
 *
 * @example
 * riskAggregate.kind //=> 'risk-entry'
 */
export const riskAggregate: RiskAggregate = kit.define({
  type: riskRecordType,
  machine: riskMachine,
  access: orgAccess,
  commands,
  create,
  owner: (context) => context.ownerDepartment,
  separationRule: 'RSK-4',
});

/**
 * Every command a risk entry takes, as a union keyed on `type`.
 *
 * @example
 * const c: RiskCommand = { id: 'req-2', type: 'accept', reason: '影响有限，成本过高' };
 */
export type RiskCommand = CommandOf<typeof riskAggregate>;

/**
 * The command that registers a risk, a platform incident or a platform rule change (RSK-1, RSK-5).
 *
 * @example
 * const c: CreateRiskCommand = { id: 'req-1', type: 'create', category: 'legal', topic: 'ad-compliance', title: '绝对化用语', description: '新品文案含「最佳」' };
 */
export type CreateRiskCommand = CreateCommandOf<typeof riskAggregate>;

/**
 * Apply one command to a stored risk entry (RSK-1..RSK-6): edit, assess on the policy's matrix, plan and
 * complete the treatment, accept with the right the policy gives for the grade, review, record legal
 * opinions, rectification and appeals, close.
 *
 * @example
 * const r = riskStep(record, { id: 'req-2', type: 'assess', inherent: { likelihood: 'high', impact: 'high' }, current: { likelihood: 'medium', impact: 'high' }, target: 'medium' }, ctx);
 * r.ok && r.record.snapshot.value //=> 'assessed'
 */
export function riskStep(record: StoredRecord, command: RiskCommand, ctx: StepContext<RiskScope>): StepResult<RiskContext> {
  return riskAggregate.step(record, command, ctx);
}

/**
 * Register a risk (revision 1, `identified`); with `incident`, a platform sanction on an account (RSK-5);
 * with `ruleChange`, a platform rule change that marks the affected channels' content and review chains
 * for review.
 *
 * @example
 * const r = createRisk('risk-1', { id: 'req-1', type: 'create', category: 'legal', title: '绝对化用语', description: '新品文案含「最佳」' }, ctx);
 * r.ok && r.record.snapshot.value //=> 'identified'
 */
export function createRisk(recordId: string, command: CreateRiskCommand, ctx: StepContext<RiskScope>): StepResult<RiskContext> {
  return riskAggregate.create(recordId, command, ctx);
}
