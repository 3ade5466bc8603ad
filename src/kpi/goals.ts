import { allocateInteger } from '../core/money.js';
import { monthsOf } from '../core/period.js';
import { fail, invalidInput, issue, ok, words, type Result } from '../core/result.js';

/**
 * A SMART goal (S2 目标设定): a metric, a target, the period it is due by, and an owner. `additive`
 * targets (counts, money) split across months and people; rates and scores do not.
 *
 * @example
 * const g: Goal = { id: 'g-2026-followers', metric: 'new-followers', target: 120000, period: '2026', owner: 'marketing', additive: true };
 */
export interface Goal {
  readonly id: string;
  readonly metric: string;
  readonly target: number;
  /** A period key: `2026`, `2026-Q2` or `2026-03`. */
  readonly period: string;
  /** A department id or a person's id. */
  readonly owner: string;
  readonly additive: boolean;
}

/**
 * How an annual target is spread over its months: `even`, by seasonal weights (one per month, in the
 * period's order), or by custom integer weights.
 *
 * @example
 * const s: Split = { kind: 'seasonal', weights: [6, 5, 8, 8, 9, 10, 9, 8, 8, 9, 12, 8] };
 */
export type Split = { readonly kind: 'even' } | { readonly kind: 'seasonal' | 'custom'; readonly weights: readonly number[] };

/**
 * Decompose a goal into monthly goals (KPI-4, S4 §3.2). Additive targets are split so the months sum
 * exactly to the whole (integer targets stay integers; money in 分 stays exact); non-additive targets
 * (rates) apply unchanged to every month.
 *
 * @example
 * decomposeByMonth({ id: 'g', metric: 'new-followers', target: 1000, period: '2026-Q1', owner: 'marketing', additive: true }, { kind: 'even' })
 * //=> { ok: true, value: [{ …, period: '2026-01', target: 334 }, { …, target: 333 }, { …, target: 333 }] }
 */
export function decomposeByMonth(goal: Goal, split: Split): Result<Goal[]> {
  const months = monthsOf(goal.period);
  if (!months.ok) return months;
  if (!goal.additive) return ok(months.value.map((period) => ({ ...goal, id: `${goal.id}/${period}`, period })));
  const weights = split.kind === 'even' ? months.value.map(() => 1) : split.weights;
  if (weights.length !== months.value.length) {
    const n = months.value.length;
    return fail(invalidInput([issue(['split', 'weights'], words(`must have ${n} weights, one per month`, `须有 ${n} 个权重，每月一个`, `須有 ${n} 個權重，每月一個`), 'KPI-4')], 'KPI-4'));
  }
  const parts = allocateInteger(goal.target, weights);
  if (!parts.ok) return parts;
  return ok(months.value.map((period, i) => ({ ...goal, id: `${goal.id}/${period}`, period, target: parts.value[i]! })));
}

/**
 * Decompose a goal among people (S4 §3.2 分解到个人) by integer shares: additive targets sum exactly to the
 * whole; non-additive targets apply to everyone. Shares that would hand someone a target of 0 are
 * `invalid-input` at `owners.i.share`, naming the owner (KPI-4).
 *
 * @example
 * decomposeByOwner(goal, [{ owner: 'u-1', share: 2 }, { owner: 'u-2', share: 1 }]).value.map((g) => g.target) //=> [667, 333]
 * decomposeByOwner({ ...goal, target: 1 }, [{ owner: 'u-1', share: 1 }, { owner: 'u-2', share: 1 }]).ok //=> false (u-2 would get 0)
 */
export function decomposeByOwner(goal: Goal, owners: ReadonlyArray<{ readonly owner: string; readonly share: number }>): Result<Goal[]> {
  if (owners.length === 0) return fail(invalidInput([issue(['owners'], words('must not be empty', '不能为空', '不能為空'), 'KPI-4')], 'KPI-4'));
  if (!goal.additive) return ok(owners.map((o) => ({ ...goal, id: `${goal.id}/${o.owner}`, owner: o.owner })));
  const parts = allocateInteger(goal.target, owners.map((o) => o.share));
  if (!parts.ok) return fail(invalidInput(parts.error.code === 'invalid-input' ? parts.error.issues.map((x) => ({ ...x, path: x.path[0] === 'weights' ? ['owners', ...x.path.slice(1), ...(x.path.length > 1 ? ['share'] : [])] : ['goal', 'target'] })) : [], 'KPI-4'));
  // An owner handed a target of 0 would be scored against nothing: the shares must give everyone some.
  const zero = parts.value.findIndex((t) => t === 0);
  if (zero >= 0) {
    const who = owners[zero]!.owner;
    return fail(invalidInput([issue(['owners', zero, 'share'], words(`gives ${who} a target of 0: raise the share or leave ${who} out`, `使 ${who} 的目标为 0：请提高份额或不分配给 ${who}`, `使 ${who} 的目標為 0：請提高份額或不分配給 ${who}`), 'KPI-4')], 'KPI-4'));
  }
  return ok(owners.map((o, i) => ({ ...goal, id: `${goal.id}/${o.owner}`, owner: o.owner, target: parts.value[i]! })));
}

/**
 * The targets a person or department is scored against in a period, from their decomposed goals
 * (S4 §3.2): pass the result as `targets` in the score data of their scorecard. The result has no
 * prototype, so a metric id such as `constructor` is an ordinary key.
 *
 * @example
 * targetsFor(goals, 'u-1', '2026-03') //=> { 'new-followers': 40000 }
 */
export function targetsFor(goals: readonly Goal[], owner: string, period: string): Record<string, number> {
  const out: Record<string, number> = Object.create(null);
  for (const g of goals) if (g.owner === owner && g.period === period) out[g.metric] = g.target;
  return out;
}
