import type { ActorRef } from '../core/actor.js';
import { formatMoney } from '../core/money.js';
import type { StoredRecord } from '../core/record.js';
import { fail, ok, type GovernanceError, type Result } from '../core/result.js';
import { createCreate, createStep, type AggregateDefinition, type CommandInfo } from '../core/step.js';
import { authorize, separationOfDuties } from '../org/authorize.js';
import type { Policy } from '../policy/schema.js';
import { budgetMachine, type BudgetEvent } from './machine.js';
import { BudgetCommandSchema, CreateBudgetSchema, type BudgetCommand, type BudgetContext, type BudgetLine, type CreateBudgetCommand } from './model.js';
import { decomposeAnnual, monthPlan, monthSpent } from './plan.js';

/** The record kind of annual budgets. @example BUDGET_KIND //=> 'marketing-budget' */
export const BUDGET_KIND = 'marketing-budget';

type Snap = ReturnType<typeof budgetMachine.resolveState>;
type Info = CommandInfo<BudgetCommand, Policy> & { readonly snapshot: Snap };

function right(actor: ActorRef, action: string, policy: Policy) {
  return authorize(actor, action, { kind: BUDGET_KIND }, policy);
}

function both(...checks: Array<() => Result<unknown>>): Result<unknown> {
  for (const c of checks) {
    const r = c();
    if (!r.ok) return r;
  }
  return ok(undefined);
}

function invalid(path: Array<string | number>, message: string, rule: string): GovernanceError {
  return { code: 'invalid-input', rule, message: `Invalid input at ${path.join('.')}: ${message}`, messageZh: `输入无效：${path.join('.')}`, issues: [{ path, message, rule }] };
}

/** Turn compiled line inputs into stored lines with exact monthly amounts (BUD-2). */
function linesOf(inputs: CreateBudgetCommand['lines'], currency: string): Result<BudgetLine[]> {
  const seen = new Set<string>();
  const lines: BudgetLine[] = [];
  for (const [i, l] of inputs.entries()) {
    if (seen.has(l.id)) return fail(invalid(['lines', i, 'id'], `duplicate line "${l.id}"`, 'BUD-1'));
    seen.add(l.id);
    const months = decomposeAnnual({ amount: l.annual, currency }, l.split);
    if (!months.ok) {
      const issue = months.error.issues?.[0];
      return fail(invalid(['lines', i, ...(issue?.path ?? [])], issue?.message ?? months.error.message, 'BUD-2'));
    }
    lines.push({ id: l.id, category: l.category, name: l.name, months: months.value.map((m) => m.amount) });
  }
  return ok(lines);
}

function inYear(c: BudgetContext, month: string): boolean {
  return Number(month.slice(0, 4)) === c.year;
}

function authorizeCommand({ actor, command, snapshot, policy }: Info): Result<unknown> {
  const c = snapshot.context;
  const sod = (stage: string, signatures: Array<{ actorId: string; stage: string }>, rule: string) => () =>
    separationOfDuties({ actorId: actor.id, authorId: c.compiledBy, stage, signatures, rule });
  const signatures = [...(c.financeReview ? [{ actorId: c.financeReview.actorId, stage: 'finance' }] : [])];
  switch (command.type) {
    case 'edit-lines':
    case 'submit':
      return right(actor, 'budget.compile', policy);
    case 'finance-approve':
      return both(() => right(actor, 'budget.review', policy), sod('finance', signatures, 'BUD-1'));
    case 'approve':
      return both(() => right(actor, 'budget.approve', policy), sod('management', signatures, 'BUD-1'));
    case 'reject':
      if (snapshot.matches('financeReview')) return right(actor, 'budget.review', policy);
      if (snapshot.matches('managementApproval')) return right(actor, 'budget.approve', policy);
      return ok(undefined);
    case 'record-spend':
      return right(actor, 'budget.spend', policy);
    case 'request-adjustment':
      return right(actor, 'budget.adjust', policy);
    case 'approve-adjustment':
    case 'reject-adjustment': {
      const r = right(actor, 'budget.approve', policy);
      if (!r.ok) return r;
      const adj = c.adjustments.find((a) => a.id === command.adjustment);
      // BUD-3: whoever applied for a change does not approve it.
      return adj ? separationOfDuties({ actorId: actor.id, authorId: adj.requestedBy, stage: 'adjustment', signatures: [], rule: 'BUD-3' }) : ok(undefined);
    }
    case 'explain-variance':
      return right(actor, 'budget.explain', policy);
    case 'close':
      return right(actor, 'budget.approve', policy);
  }
}

function toEvent({ command, actor, at, snapshot, policy }: Info): BudgetEvent {
  const who = { actorId: actor.id, at: at.toISOString() };
  const c = snapshot.context;
  switch (command.type) {
    case 'edit-lines': {
      const lines = linesOf(command.lines, c.currency);
      return { ...who, type: 'edit-lines', lines: lines.ok ? lines.value : c.lines };
    }
    case 'reject':
      return { ...who, type: 'reject', stage: String(snapshot.value), reason: command.reason };
    case 'record-spend': {
      const line = c.lines.find((l) => l.id === command.line);
      const over = line ? monthSpent(c, command.line, command.month) + command.amount > monthPlan(line, command.month) : false;
      return { ...who, type: 'record-spend', id: `${command.line}/${command.month}/${c.spending.length + 1}`, line: command.line, month: command.month, amount: command.amount, description: command.description, overBudget: over && policy.budget.overspend === 'warn' };
    }
    case 'request-adjustment':
      return { ...who, type: 'request-adjustment', id: `adj-${c.adjustments.length + 1}`, line: command.line, month: command.month, delta: command.delta, reason: command.reason };
    case 'approve-adjustment':
      return { ...who, type: 'approve-adjustment', adjustment: command.adjustment };
    case 'reject-adjustment':
      return { ...who, type: 'reject-adjustment', adjustment: command.adjustment, reason: command.reason };
    case 'explain-variance':
      return { ...who, type: 'explain-variance', line: command.line, month: command.month, reason: command.reason };
    default:
      return { ...who, type: command.type };
  }
}

function checkCommand({ command, snapshot, policy }: Info): Result<void> {
  const c = snapshot.context;
  const lineOf = (id: string) => c.lines.find((l) => l.id === id);
  const needLine = (id: string): Result<BudgetLine> => {
    const l = lineOf(id);
    return l ? ok(l) : fail(invalid(['line'], `no budget line "${id}"`, 'BUD-2'));
  };
  const needMonth = (month: string): Result<void> => (inYear(c, month) ? ok(undefined) : fail(invalid(['month'], `must be a month of ${c.year}`, 'BUD-2')));
  switch (command.type) {
    case 'edit-lines': {
      const r = linesOf(command.lines, c.currency);
      return r.ok ? ok(undefined) : r;
    }
    case 'record-spend': {
      const line = needLine(command.line);
      if (!line.ok) return line;
      const month = needMonth(command.month);
      if (!month.ok) return month;
      const plan = monthPlan(line.value, command.month);
      const after = monthSpent(c, command.line, command.month) + command.amount;
      if (after > plan && policy.budget.overspend === 'refuse') {
        return fail({
          code: 'forbidden',
          rule: 'BUD-2',
          message: `Spending ${formatMoney({ amount: after, currency: c.currency })} on ${command.line} in ${command.month} would exceed its budget of ${formatMoney({ amount: plan, currency: c.currency })}; apply for a budget change first`,
          messageZh: `本月「${line.value.name}」支出将超出预算（${formatMoney({ amount: after, currency: c.currency })} > ${formatMoney({ amount: plan, currency: c.currency })}），请先申请预算调整`,
        });
      }
      return ok(undefined);
    }
    case 'request-adjustment': {
      const line = needLine(command.line);
      if (!line.ok) return line;
      const month = needMonth(command.month);
      if (!month.ok) return month;
      const next = monthPlan(line.value, command.month) + command.delta;
      const spent = monthSpent(c, command.line, command.month);
      if (next < spent) return fail(invalid(['delta'], `would leave ${next}, less than the ${spent} already spent`, 'BUD-3'));
      return ok(undefined);
    }
    case 'approve-adjustment':
    case 'reject-adjustment': {
      const adj = c.adjustments.find((a) => a.id === command.adjustment);
      if (!adj) return fail(invalid(['adjustment'], `no adjustment "${command.adjustment}"`, 'BUD-3'));
      if (adj.status !== 'pending') {
        return fail({ code: 'not-allowed', rule: 'BUD-3', message: `Adjustment ${adj.id} is already ${adj.status}`, messageZh: `调整申请 ${adj.id} 已处理`, state: 'active' });
      }
      if (command.type === 'approve-adjustment' && monthPlan(lineOf(adj.line)!, adj.month) + adj.delta < monthSpent(c, adj.line, adj.month)) {
        return fail(invalid(['adjustment'], 'spending since the request makes this reduction impossible', 'BUD-3'));
      }
      return ok(undefined);
    }
    case 'explain-variance': {
      const line = needLine(command.line);
      if (!line.ok) return line;
      return needMonth(command.month);
    }
    default:
      return ok(undefined);
  }
}

const RULES: Record<string, string> = { submit: 'BUD-1', 'finance-approve': 'BUD-1', approve: 'BUD-1', 'record-spend': 'BUD-2', 'request-adjustment': 'BUD-3', 'approve-adjustment': 'BUD-3', 'explain-variance': 'BUD-4' };

/**
 * The annual budget aggregate for the step engine (BUD-1..BUD-4).
 *
 * @example
 * const step = createStep(budgetAggregate);
 */
export const budgetAggregate: AggregateDefinition<typeof budgetMachine, BudgetCommand, CreateBudgetCommand, Policy> = {
  kind: BUDGET_KIND,
  schemaVersion: 1,
  machine: budgetMachine,
  commands: BudgetCommandSchema,
  toEvent,
  ruleOf: (type) => RULES[type],
  authorize: authorizeCommand,
  check: checkCommand,
  rulesApplied: (_before, _after, command) => {
    const rule = RULES[command.type];
    return rule ? [rule] : [];
  },
  create: {
    schema: CreateBudgetSchema,
    // Who may compile, then whether the lines decompose exactly: both before anything is stored.
    authorize: ({ actor, command, policy }) => {
      const r = right(actor, 'budget.compile', policy);
      if (!r.ok) return r;
      return linesOf(command.lines, command.currency ?? policy.currency);
    },
    toInput: ({ command, actor, policy }) => {
      const currency = command.currency ?? policy.currency;
      const lines = linesOf(command.lines, currency);
      return { year: command.year, currency, compiledBy: actor.id, lines: lines.ok ? lines.value : [] };
    },
  },
};

/**
 * Apply one command to a stored annual budget (BUD-1..BUD-4): compile, review, approve, record spending
 * (refused or warned past a month's budget, per policy), apply for changes and decide them, explain
 * variances, close.
 *
 * @example
 * const r = budgetStep(record, { id: 'req-3', type: 'record-spend', actor, line: 'spring-campaign', month: '2026-03', amount: 2500000, description: '抖音投放' }, { policy, now });
 */
export const budgetStep = createStep(budgetAggregate);

/**
 * Compile a new annual budget (revision 1, `draft`), its lines decomposed into exact monthly amounts.
 *
 * @example
 * const r = createBudget('budget-2026', { id: 'req-1', type: 'create', actor: marketingHead, year: 2026, lines }, { policy, now });
 */
export const createBudget = createCreate(budgetAggregate);

/**
 * Read a stored budget's context.
 *
 * @example
 * budgetOf(record).lines.length //=> 4
 */
export function budgetOf(record: StoredRecord): BudgetContext {
  return (record.snapshot as { context: BudgetContext }).context;
}
