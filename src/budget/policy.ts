import * as z from 'zod';
import type { OrgPolicy, PolicyProblem } from '../org/policy.js';
import { overspendRule } from './labels.js';

/**
 * The budget section of a policy (BUD-1..BUD-4).
 *
 * @example
 * BudgetPolicySchema.parse({ overspend: 'refuse', varianceReasonThresholdBp: 1000 });
 */
export const BudgetPolicySchema = z.strictObject({
  /** What happens to spending past a month's budget: refused, or accepted with a warning (BUD-2). */
  overspend: z.enum(overspendRule.values),
  /** Above this share of the month's plan (basis points), a variance needs a written reason (BUD-4). */
  varianceReasonThresholdBp: z.number().int().min(0).max(1_000_000),
});
/** See {@link BudgetPolicySchema}. @example const b: BudgetPolicy = defaultBudgetPolicy; */
export type BudgetPolicy = z.infer<typeof BudgetPolicySchema>;

/**
 * Problems of the budget section beyond its schema. It references nothing else today, so there are none;
 * the function keeps the shape every domain section has.
 *
 * @example
 * budgetPolicyProblems(defaultBudgetPolicy, defaultOrg) //=> []
 */
export function budgetPolicyProblems(_budget: BudgetPolicy, _org: OrgPolicy): PolicyProblem[] {
  return [];
}

/**
 * The budget section the seeds describe: BUD-2 says spending never exceeds budget (S3 §7.2), so
 * overspending is refused; a variance above 10% of the month's plan needs a reason (our default: S3
 * §7.3 asks for the reasons of variances without a threshold).
 *
 * @example
 * defaultBudgetPolicy.overspend //=> 'refuse'
 */
export const defaultBudgetPolicy: BudgetPolicy = { overspend: 'refuse', varianceReasonThresholdBp: 1000 };
