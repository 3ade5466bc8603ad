import type * as z from 'zod';
import { aggregateKit, type Aggregate, type CommandTable, type CreateSpec, type CommandOf, type CreateCommandOf, type StepContext, type StepResult } from '../core/aggregate.js';
import { formatMoney } from '../core/money.js';
import type { StoredRecord } from '../core/record.js';
import { fail, forbidden, invalidInput, issue, notAllowed, ok, words, type Issue, type Result } from '../core/result.js';
import { wallClock } from '../core/zone.js';
import { orgAccess, type OrgScope, type Requirement } from '../org/authorize.js';
import { budgetMachine } from './machine.js';
import type { budgetPayloads } from './model.js';
import { budgetPayloads as P, type BudgetContext, type BudgetLine } from './model.js';
import { decomposeAnnual, monthClosed, monthHeadroom, monthPlan, reportDueAt, varianceRows } from './plan.js';
import type { BudgetPolicy } from './policy.js';
import { budgetRecordId, budgetRecordType } from './record.js';

/**
 * What the budget workflow reads of a policy: its version, time zone and currency, the organisation,
 * and the budget section. The whole `Policy` fits.
 *
 * @example
 * const scope: BudgetScope = defaultPolicy;
 */
export interface BudgetScope extends OrgScope {
  readonly version: string;
  /** Compilation windows, closed months and report due dates are read in this zone. */
  readonly timeZone: string;
  readonly currency: string;
  readonly budget: BudgetPolicy;
}

const kit = aggregateKit<typeof budgetMachine, BudgetScope, Requirement>();

const invalid = (path: Array<string | number>, rule: string, en: string, zhCN: string, zhTW: string) => fail(invalidInput([issue(path, words(en, zhCN, zhTW), rule)], rule));

/** Turn compiled line inputs into stored lines with exact monthly amounts (BUD-2). */
function linesOf(inputs: z.output<typeof P.create>['lines'], currency: string): Result<BudgetLine[]> {
  const seen = new Set<string>();
  const lines: BudgetLine[] = [];
  for (const [i, l] of inputs.entries()) {
    if (seen.has(l.id)) return invalid(['lines', i, 'id'], 'BUD-1', `duplicate line "${l.id}"`, `预算科目「${l.id}」重复`, `預算科目「${l.id}」重複`);
    seen.add(l.id);
    const months = decomposeAnnual({ amount: l.annual, currency }, l.split);
    if (!months.ok) return fail(months.error.code === 'invalid-input' ? invalidInput(months.error.issues.map((x) => ({ ...x, path: ['lines', i, ...x.path] })), 'BUD-2') : months.error);
    lines.push({ id: l.id, category: l.category, name: l.name, months: months.value.map((m) => m.amount) });
  }
  return ok(lines);
}

// Sums of amounts that are each safe can still pass 2^53 − 1, where integers stop being exact.
const tooLarge = (field: string) =>
  invalid([field], 'BUD-2', 'the resulting amount is beyond 2^53 − 1 minor units, where amounts stop being exact', '结果金额超过 2^53 − 1 分，无法精确表示', '結果金額超過 2^53 − 1 分，無法精確表示');

const inYear = (c: BudgetContext, month: string) => Number(month.slice(0, 4)) === c.year;

const money = (amount: number, c: BudgetContext) => formatMoney({ amount, currency: c.currency });

// BUD-3: a change applies only to a month that has not yet ended in the policy time zone.
function openMonth(month: string, now: Date, policy: BudgetScope, path: string, en: string): Result<true> {
  if (!monthClosed(month, policy.timeZone, now)) return ok(true);
  return invalid([path], 'BUD-3', `${en}: ${month} has closed, and changes are made in advance (S3 §7.2.3)`, `${month} 已结束，预算调整须提前申请`, `${month} 已結束，預算調整須提前申請`);
}

// BUD-2/BUD-3: a cut may not take a month below zero, nor leave less than is already spent (with
// carry-over: in this month or any later one). A rise always fits.
function cutFits(c: BudgetContext, line: BudgetLine, month: string, delta: number, policy: BudgetScope): boolean {
  return delta > 0 || (monthPlan(line, month) + delta >= 0 && monthHeadroom(c, line.id, month, policy.budget.carryOver, delta) >= 0);
}

function lineAndMonth(c: BudgetContext, line: string, month: string): Result<BudgetLine> {
  const l = c.lines.find((x) => x.id === line);
  if (!l) return invalid(['line'], 'BUD-2', `no budget line "${line}"`, `没有预算科目「${line}」`, `沒有預算科目「${line}」`);
  if (!inYear(c, month)) return invalid(['month'], 'BUD-2', `must be a month of ${c.year}`, `须为 ${c.year} 年的月份`, `須為 ${c.year} 年的月份`);
  return ok(l);
}

// The round of approval the budget itself goes through: finance, then management.
const round = (c: BudgetContext) => [
  ...(c.financeReview ? [{ actorId: c.financeReview.actorId, stage: 'finance' }] : []),
  ...(c.approval ? [{ actorId: c.approval.actorId, stage: 'management' }] : []),
];

function pendingAdjustment(c: BudgetContext, id: string, state: string, accepts: readonly string[]) {
  const adj = c.adjustments.find((a) => a.id === id);
  if (!adj) return invalid(['adjustment'], 'BUD-3', `no adjustment "${id}"`, `没有调整申请「${id}」`, `沒有調整申請「${id}」`);
  if (adj.status !== 'pending') {
    return fail(notAllowed(state, accepts, words(`Adjustment ${adj.id} is already ${adj.status}`, `调整申请 ${adj.id} 已处理`, `調整申請 ${adj.id} 已處理`), 'BUD-3'));
  }
  return ok(adj);
}

const commands = {
  'edit-lines': kit.command({
    schema: P['edit-lines'],
    rule: 'BUD-1',
    right: 'budget.compile',
    contributes: true,
    decide: ({ command, context }) => {
      const lines = linesOf(command.lines, context.currency);
      return lines.ok ? ok({ lines: lines.value }) : lines;
    },
  }),
  submit: kit.command({ schema: P.submit, rule: 'BUD-1', right: 'budget.compile', contributes: true }),
  'finance-approve': kit.command({
    schema: P['finance-approve'],
    rule: 'BUD-1',
    right: 'budget.review',
    signs: ({ context }) => ({ stage: 'finance', signatures: round(context) }),
  }),
  approve: kit.command({
    schema: P.approve,
    rule: 'BUD-1',
    right: 'budget.approve',
    signs: ({ context }) => ({ stage: 'management', signatures: round(context) }),
  }),
  reject: kit.command({
    schema: P.reject,
    rule: 'BUD-1',
    // Whoever signs the current stage may send the budget back from it.
    right: ({ state }) => (state === 'financeReview' ? 'budget.review' : 'budget.approve'),
    decide: ({ command, state }) => ok({ stage: state, reason: command.reason }),
  }),
  'record-spend': kit.command({
    schema: P['record-spend'],
    rule: 'BUD-2',
    right: 'budget.spend',
    decide: ({ command, context, policy }) => {
      const line = lineAndMonth(context, command.line, command.month);
      if (!line.ok) return line;
      const headroom = monthHeadroom(context, command.line, command.month, policy.budget.carryOver);
      // The line's spending over the year bounds every sum the headroom takes.
      if (!Number.isSafeInteger(context.spending.reduce((s, e) => (e.line === command.line ? s + e.amount : s), command.amount))) return tooLarge('amount');
      const over = command.amount > headroom;
      if (over && policy.budget.overspend === 'refuse') {
        const a = money(command.amount, context);
        const b = money(Math.max(0, headroom), context);
        const carried = policy.budget.carryOver === 'within-year';
        return fail(
          forbidden(
            'BUD-2',
            words(
              `Spending ${a} on ${command.line} in ${command.month} would exceed its budget: ${b} is left${carried ? ' (unspent money of earlier months included, later months kept whole)' : ` of the month's ${money(monthPlan(line.value, command.month), context)}`}; apply for a budget change first`,
              `「${line.value.name}」${command.month} 支出 ${a} 将超出预算（剩余 ${b}），请先申请预算调整`,
              `「${line.value.name}」${command.month} 支出 ${a} 將超出預算（剩餘 ${b}），請先申請預算調整`,
            ),
          ),
        );
      }
      return ok({
        id: `${command.line}/${command.month}/${context.spending.length + 1}`,
        line: command.line,
        month: command.month,
        amount: command.amount,
        description: command.description,
        overBudget: over,
      });
    },
  }),
  'request-adjustment': kit.command({
    schema: P['request-adjustment'],
    rule: 'BUD-3',
    right: 'budget.adjust',
    contributes: true,
    decide: ({ command, context, policy, now }) => {
      const line = lineAndMonth(context, command.line, command.month);
      if (!line.ok) return line;
      const open = openMonth(command.month, now, policy, 'month', 'a change applies only to a month not yet closed');
      if (!open.ok) return open;
      const next = monthPlan(line.value, command.month) + command.delta;
      if (!Number.isSafeInteger(next)) return tooLarge('delta');
      if (!cutFits(context, line.value, command.month, command.delta, policy)) {
        const left = Math.min(monthPlan(line.value, command.month), monthHeadroom(context, command.line, command.month, policy.budget.carryOver));
        return invalid(['delta'], 'BUD-3', `would leave less than is already spent: at most ${money(Math.max(0, left), context)} can be cut`, `调整后预算将少于已支出金额，最多可削减 ${money(Math.max(0, left), context)}`, `調整後預算將少於已支出金額，最多可削減 ${money(Math.max(0, left), context)}`);
      }
      return ok({ id: `adj-${context.adjustments.length + 1}`, line: command.line, month: command.month, delta: command.delta, reason: command.reason });
    },
  }),
  'approve-adjustment': kit.command({
    schema: P['approve-adjustment'],
    rule: 'BUD-3',
    right: 'budget.approve',
    // Each change is its own round of one signature; nobody who compiled, submitted or applied for
    // changes to this budget approves one.
    signs: ({ command }) => ({ stage: `adjustment:${command.adjustment}`, signatures: [], rule: 'BUD-3' }),
    decide: ({ command, context, state, accepts, policy, now }) => {
      const adj = pendingAdjustment(context, command.adjustment, state, accepts);
      if (!adj.ok) return adj;
      // The month may have closed while the application waited: approving it now would change the past.
      const open = openMonth(adj.value.month, now, policy, 'adjustment', `${adj.value.id} cannot be approved any more`);
      if (!open.ok) return open;
      const line = context.lines.find((l) => l.id === adj.value.line)!;
      const next = monthPlan(line, adj.value.month) + adj.value.delta;
      if (!Number.isSafeInteger(next)) return tooLarge('adjustment');
      if (!cutFits(context, line, adj.value.month, adj.value.delta, policy)) {
        return invalid(['adjustment'], 'BUD-3', 'spending since the request makes this reduction impossible', '申请后的支出使该项削减无法执行', '申請後的支出使該項削減無法執行');
      }
      return ok({ adjustment: command.adjustment });
    },
  }),
  'reject-adjustment': kit.command({
    schema: P['reject-adjustment'],
    rule: 'BUD-3',
    right: 'budget.approve',
    decide: ({ command, context, state, accepts }) => {
      const adj = pendingAdjustment(context, command.adjustment, state, accepts);
      return adj.ok ? ok({ adjustment: command.adjustment, reason: command.reason }) : adj;
    },
  }),
  'explain-variance': kit.command({
    schema: P['explain-variance'],
    rule: 'BUD-4',
    right: 'budget.explain',
    decide: ({ command, context }) => {
      const line = lineAndMonth(context, command.line, command.month);
      return line.ok ? ok({ line: command.line, month: command.month, reason: command.reason, ...(command.measures === undefined ? {} : { measures: command.measures }) }) : line;
    },
  }),
  'submit-report': kit.command({
    schema: P['submit-report'],
    rule: 'BUD-4',
    right: 'budget.explain',
    decide: ({ command, context, policy, now, state, accepts }) => {
      if (!inYear(context, command.month)) return invalid(['month'], 'BUD-4', `must be a month of ${context.year}`, `须为 ${context.year} 年的月份`, `須為 ${context.year} 年的月份`);
      if (!monthClosed(command.month, policy.timeZone, now)) {
        return invalid(['month'], 'BUD-4', `the report on ${command.month} is written once the month has ended`, `${command.month} 尚未结束，月末后再撰写分析报告`, `${command.month} 尚未結束，月末後再撰寫分析報告`);
      }
      if (context.reports.some((r) => r.month === command.month && r.status === 'reviewed')) {
        return fail(notAllowed(state, accepts, words(`The report on ${command.month} has been reviewed`, `${command.month} 的分析报告已审阅`, `${command.month} 的分析報告已審閱`), 'BUD-4'));
      }
      const issues: Issue[] = [];
      const seen = new Set<string>();
      for (const [i, e] of command.explanations.entries()) {
        if (!context.lines.some((l) => l.id === e.line)) issues.push(issue(['explanations', i, 'line'], words(`no budget line "${e.line}"`, `没有预算科目「${e.line}」`, `沒有預算科目「${e.line}」`), 'BUD-4'));
        else if (seen.has(e.line)) issues.push(issue(['explanations', i, 'line'], words(`"${e.line}" is explained twice`, `「${e.line}」重复说明`, `「${e.line}」重複說明`), 'BUD-4'));
        seen.add(e.line);
      }
      if (issues.length > 0) return fail(invalidInput(issues, 'BUD-4'));
      const given = { ...context, explanations: [...context.explanations, ...command.explanations.map((e) => ({ ...e, month: command.month, actorId: '', at: '' }))] };
      const rows = varianceRows(given, command.month, policy.budget.varianceReasonThresholdBp);
      // S3 §7.3.2: a variance above the threshold needs its reasons analysed and improvement measures proposed.
      for (const r of rows) {
        if (r.missingReason) issues.push(issue(['explanations', r.line, 'reason'], words(`the variance of ${r.line} (${money(r.variance, context)}) needs a reason`, `「${r.name}」差异 ${money(r.variance, context)} 须说明原因`, `「${r.name}」差異 ${money(r.variance, context)} 須說明原因`), 'BUD-4'));
        if (r.missingMeasures) issues.push(issue(['explanations', r.line, 'measures'], words(`the variance of ${r.line} needs improvement measures`, `「${r.name}」差异须提出改进措施`, `「${r.name}」差異須提出改進措施`), 'BUD-4'));
      }
      if (issues.length > 0) return fail(invalidInput(issues, 'BUD-4'));
      const lines = rows.map((r) => ({
        line: r.line,
        originalPlan: r.originalPlan,
        plan: r.plan,
        actual: r.actual,
        variance: r.variance,
        reasonRequired: r.reasonRequired,
        ...(r.reason === undefined ? {} : { reason: r.reason }),
        ...(r.measures === undefined ? {} : { measures: r.measures }),
      }));
      const sum = (f: (r: (typeof rows)[number]) => number) => rows.reduce((s, r) => s + f(r), 0);
      const totals = { originalPlan: sum((r) => r.originalPlan), plan: sum((r) => r.plan), actual: sum((r) => r.actual), variance: sum((r) => r.variance) };
      const dueAt = reportDueAt(command.month, policy.budget.reportDueDay, policy.timeZone).toISOString();
      return ok({ month: command.month, dueAt, lines, totals, explanations: command.explanations });
    },
  }),
  'review-report': kit.command({
    schema: P['review-report'],
    rule: 'BUD-4',
    right: 'budget.review',
    // Whoever submitted a month's report does not also review it.
    signs: ({ command, context }) => ({
      stage: `report:${command.month}`,
      signatures: [],
      contributors: context.reports.filter((r) => r.month === command.month).map((r) => r.submittedBy),
      rule: 'BUD-4',
    }),
    decide: ({ command, context, state, accepts }) => {
      const report = context.reports.find((r) => r.month === command.month);
      if (report?.status === 'submitted') return ok({ month: command.month, ...(command.comment === undefined ? {} : { comment: command.comment }) });
      const en = report ? `The report on ${command.month} has already been reviewed` : `No report on ${command.month} has been submitted`;
      return fail(notAllowed(state, accepts, words(en, report ? `${command.month} 的分析报告已审阅` : `${command.month} 的分析报告尚未提交`, report ? `${command.month} 的分析報告已審閱` : `${command.month} 的分析報告尚未提交`), 'BUD-4'));
    },
  }),
  close: kit.command({ schema: P.close, rule: 'BUD-1', right: 'budget.approve' }),
};

const create = kit.create({
  schema: P.create,
  rule: 'BUD-1',
  right: 'budget.compile',
  decide: ({ command, actor, policy, now, recordId }) => {
    // S3 §7.1.1 每年年底…編制下一年度的營銷預算: within the policy's window, for the coming year, by the host clock in the policy zone.
    const wall = wallClock(now, policy.timeZone);
    const today = `${String(wall.month).padStart(2, '0')}-${String(wall.day).padStart(2, '0')}`;
    const { opens, closes } = policy.budget.compilationWindow;
    if (today < opens || today > closes) {
      return fail(
        forbidden(
          'BUD-1',
          words(
            `Budgets are compiled from ${opens} to ${closes} (${policy.timeZone}); today is ${wall.year}-${today}`,
            `预算编制期为每年 ${opens} 至 ${closes}，今天（${wall.year}-${today}）不在编制期内`,
            `預算編制期為每年 ${opens} 至 ${closes}，今天（${wall.year}-${today}）不在編制期內`,
          ),
        ),
      );
    }
    if (command.year !== wall.year + 1) return invalid(['year'], 'BUD-1', `the budget compiled now is for ${wall.year + 1}, the coming year`, `现在编制的是下一年度（${wall.year + 1} 年）的预算`, `現在編制的是下一年度（${wall.year + 1} 年）的預算`);
    const owner = command.owner ?? policy.budget.ownerDepartment;
    if (!policy.org.departments.some((d) => d.id === owner)) return invalid(['owner'], 'BUD-1', `no department "${owner}"`, `没有部门「${owner}」`, `沒有部門「${owner}」`);
    // One budget per year and owner: its id is derived, so the store's create-once check enforces it.
    const id = budgetRecordId(command.year, owner);
    if (recordId !== id) return invalid(['recordId'], 'BUD-1', `the ${command.year} budget of ${owner} has the id "${id}"`, `${owner} 的 ${command.year} 年预算编号须为「${id}」`, `${owner} 的 ${command.year} 年預算編號須為「${id}」`);
    const currency = command.currency ?? policy.currency;
    const lines = linesOf(command.lines, currency);
    return lines.ok ? ok({ year: command.year, owner, currency, compiledBy: actor.id, lines: lines.value }) : lines;
  },
});

/**
 * The type of {@link budgetAggregate}: the record kind's machine, scope and decision rights, with its command
 * table typed from `budgetPayloads`. Named, so that signatures and the docs refer to it instead of spelling it out.
 *
 * @example
 * const a: BudgetAggregate = budgetAggregate;
 * budgetAggregate.kind //=> 'marketing-budget'
 */
export type BudgetAggregate = Aggregate<typeof budgetMachine, BudgetScope, Requirement, CommandTable<typeof budgetMachine, BudgetScope, Requirement, Omit<typeof budgetPayloads, 'create'>>, CreateSpec<typeof budgetMachine, BudgetScope, Requirement, (typeof budgetPayloads)['create']>>;

/**
 * The annual budget aggregate (BUD-1..BUD-4): one table entry per command, on the domain kit.
 *
 * @example
 * budgetAggregate.kind //=> 'marketing-budget'
 */
export const budgetAggregate: BudgetAggregate = kit.define({
  type: budgetRecordType,
  machine: budgetMachine,
  access: orgAccess,
  commands,
  create,
  owner: (context) => context.owner,
  separationRule: 'BUD-1',
});

/**
 * Every command a budget takes, as a union keyed on `type`.
 *
 * @example
 * const c: BudgetCommand = { id: 'req-3', type: 'record-spend', line: 'spring-campaign', month: '2026-03', amount: 2500000, description: '抖音投放' };
 */
export type BudgetCommand = CommandOf<typeof budgetAggregate>;

/**
 * The command that compiles a year's budget (BUD-1).
 *
 * @example
 * const c: CreateBudgetCommand = { id: 'req-1', type: 'create', year: 2026, lines: [{ id: 'spring-campaign', category: 'campaign', name: '春季新品活动', annual: 120000000 }] };
 */
export type CreateBudgetCommand = CreateCommandOf<typeof budgetAggregate>;

/**
 * Apply one command to a stored annual budget (BUD-1..BUD-4): compile, review, approve, record spending
 * (refused or warned past a month's budget, per policy), apply for changes and decide them, explain
 * variances, close.
 *
 * @example
 * const r = budgetStep(record, { id: 'req-3', type: 'record-spend', line: 'spring-campaign', month: '2026-03', amount: 2500000, description: '抖音投放' }, ctx);
 * r.ok && !r.replayed && r.audit.rules //=> ['BUD-2']
 */
export function budgetStep(record: StoredRecord, command: BudgetCommand, ctx: StepContext<BudgetScope>): StepResult<BudgetContext> {
  return budgetAggregate.step(record, command, ctx);
}

/**
 * Compile a new annual budget (revision 1, `draft`), its lines decomposed into exact monthly amounts.
 *
 * @example
 * const r = createBudget('budget-2026', { id: 'req-1', type: 'create', year: 2026, lines }, ctx);
 * r.ok && r.record.snapshot.value //=> 'draft'
 */
export function createBudget(recordId: string, command: CreateBudgetCommand, ctx: StepContext<BudgetScope>): StepResult<BudgetContext> {
  return budgetAggregate.create(recordId, command, ctx);
}
