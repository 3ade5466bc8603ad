import type * as z from 'zod';
import { aggregateKit, type CommandOf, type CreateCommandOf, type StepContext, type StepResult } from '../core/aggregate.js';
import { formatMoney } from '../core/money.js';
import type { StoredRecord } from '../core/record.js';
import { fail, forbidden, invalidInput, issue, notAllowed, ok, words, type Result } from '../core/result.js';
import { orgAccess, type OrgScope, type Requirement } from '../org/authorize.js';
import { budgetMachine } from './machine.js';
import { budgetPayloads as P, type BudgetContext, type BudgetLine } from './model.js';
import { decomposeAnnual, monthPlan, monthSpent } from './plan.js';
import type { BudgetPolicy } from './policy.js';
import { budgetRecordType } from './record.js';

/**
 * What the budget workflow reads of a policy: its version and currency, the organisation, and the
 * budget section. The whole `Policy` fits.
 *
 * @example
 * const scope: BudgetScope = defaultPolicy;
 */
export interface BudgetScope extends OrgScope {
  readonly version: string;
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
      const plan = monthPlan(line.value, command.month);
      const after = monthSpent(context, command.line, command.month) + command.amount;
      if (!Number.isSafeInteger(after)) return tooLarge('amount');
      const over = after > plan;
      if (over && policy.budget.overspend === 'refuse') {
        const a = formatMoney({ amount: after, currency: context.currency });
        const b = formatMoney({ amount: plan, currency: context.currency });
        return fail(
          forbidden(
            'BUD-2',
            words(
              `Spending ${a} on ${command.line} in ${command.month} would exceed its budget of ${b}; apply for a budget change first`,
              `本月「${line.value.name}」支出将超出预算（${a} > ${b}），请先申请预算调整`,
              `本月「${line.value.name}」支出將超出預算（${a} > ${b}），請先申請預算調整`,
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
    decide: ({ command, context }) => {
      const line = lineAndMonth(context, command.line, command.month);
      if (!line.ok) return line;
      const next = monthPlan(line.value, command.month) + command.delta;
      if (!Number.isSafeInteger(next)) return tooLarge('delta');
      const spent = monthSpent(context, command.line, command.month);
      if (next < spent) return invalid(['delta'], 'BUD-3', `would leave ${next}, less than the ${spent} already spent`, `调整后预算 ${next} 少于已支出的 ${spent}`, `調整後預算 ${next} 少於已支出的 ${spent}`);
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
    decide: ({ command, context, state, accepts }) => {
      const adj = pendingAdjustment(context, command.adjustment, state, accepts);
      if (!adj.ok) return adj;
      const line = context.lines.find((l) => l.id === adj.value.line)!;
      const next = monthPlan(line, adj.value.month) + adj.value.delta;
      if (!Number.isSafeInteger(next)) return tooLarge('adjustment');
      if (next < monthSpent(context, adj.value.line, adj.value.month)) {
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
      return line.ok ? ok({ line: command.line, month: command.month, reason: command.reason }) : line;
    },
  }),
  close: kit.command({ schema: P.close, rule: 'BUD-1', right: 'budget.approve' }),
};

const create = kit.create({
  schema: P.create,
  rule: 'BUD-1',
  right: 'budget.compile',
  decide: ({ command, actor, policy }) => {
    const currency = command.currency ?? policy.currency;
    const lines = linesOf(command.lines, currency);
    return lines.ok ? ok({ year: command.year, currency, compiledBy: actor.id, lines: lines.value }) : lines;
  },
});

/**
 * The annual budget aggregate (BUD-1..BUD-4): one table entry per command, on the domain kit.
 *
 * @example
 * budgetAggregate.kind //=> 'marketing-budget'
 */
export const budgetAggregate = kit.define({
  type: budgetRecordType,
  machine: budgetMachine,
  access: orgAccess,
  commands,
  create,
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
