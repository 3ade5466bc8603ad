import * as z from 'zod';
import { policyKey } from '../core/schema.js';
import type { OrgPolicy, PolicyProblem } from '../org/policy.js';
import { carryOverRule, overspendRule } from './labels.js';

// A calendar day as MM-DD; 02-29 is allowed so a window may end with February in any year.
const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const monthDay = z
  .string()
  .length(5)
  .regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'must be a calendar day such as 11-01')
  .refine((d) => Number(d.slice(3)) <= DAYS[Number(d.slice(0, 2)) - 1]!, 'no such day in that month');

/**
 * The budget section of a policy (BUD-1..BUD-4). Fields added after 0.2.0 have defaults, so a policy
 * written before them stays valid.
 *
 * @example
 * BudgetPolicySchema.parse({ overspend: 'refuse', varianceReasonThresholdBp: 1000 }).compilationWindow //=> { opens: '11-01', closes: '12-31' }
 */
export const BudgetPolicySchema = z.strictObject({
  /** What happens to spending past a month's budget: refused, or accepted with a warning (BUD-2). */
  overspend: z.enum(overspendRule.values),
  /** Above this share of the month's plan (basis points), a variance needs a reason and improvement measures (BUD-4). */
  varianceReasonThresholdBp: z.number().int().min(0).max(1_000_000),
  /**
   * The days of the year (MM-DD, inclusive, in the policy time zone) on which next year's budget may be
   * compiled (BUD-1, S3 §7.1.1 每年年底). Default ours: 11-01 to 12-31.
   */
  compilationWindow: z.strictObject({ opens: monthDay, closes: monthDay }).default({ opens: '11-01', closes: '12-31' }),
  /** The department whose budget a `create` compiles when it names none (BUD-1, S3 §7.1.1 營銷部門). */
  ownerDepartment: policyKey.default('marketing'),
  /** Whether unspent money carries over to later months of the same year (BUD-2). Default ours: `none`. */
  carryOver: z.enum(carryOverRule.values).default('none'),
  /** The report for month M is due by the end of this day of month M+1 (BUD-4). Default ours: 10. */
  reportDueDay: z.number().int().min(1).max(28).default(10),
});
/** See {@link BudgetPolicySchema}. @example const b: BudgetPolicy = defaultBudgetPolicy; */
export interface BudgetPolicy extends z.infer<typeof BudgetPolicySchema> {}

/**
 * Problems of the budget section beyond its schema: a compilation window that closes before it opens,
 * and an owner department the organisation does not have.
 *
 * @example
 * budgetPolicyProblems(defaultBudgetPolicy, defaultOrg) //=> []
 */
export function budgetPolicyProblems(budget: BudgetPolicy, org: OrgPolicy): PolicyProblem[] {
  const out: PolicyProblem[] = [];
  const { opens, closes } = budget.compilationWindow;
  // Same-year window: MM-DD strings compare in calendar order.
  if (closes < opens) out.push({ path: ['compilationWindow', 'closes'], message: `closes (${closes}) before it opens (${opens})`, rule: 'BUD-1' });
  if (!org.departments.some((d) => d.id === budget.ownerDepartment)) out.push({ path: ['ownerDepartment'], message: `unknown department "${budget.ownerDepartment}"`, rule: 'BUD-1' });
  return out;
}

/**
 * The budget section the seeds describe: BUD-2 says spending never exceeds budget (S3 §7.2.2), so
 * overspending is refused; marketing compiles (S3 §7.1.1). Ours, where the seeds name no value: a
 * variance above 10% of the month's plan needs a reason (S3 §7.3.2 names no threshold); compilation
 * from 1 November to 31 December (the seed says only "year end"); no carry-over between months; the
 * monthly report due by the 10th of the next month.
 *
 * @example
 * defaultBudgetPolicy.overspend //=> 'refuse'
 */
export const defaultBudgetPolicy: BudgetPolicy = {
  overspend: 'refuse',
  varianceReasonThresholdBp: 1000,
  compilationWindow: { opens: '11-01', closes: '12-31' },
  ownerDepartment: 'marketing',
  carryOver: 'none',
  reportDueDay: 10,
};

/**
 * The budget section as a host writes it (JSON before validation: defaults may be left out).
 *
 * @example
 * const budget: BudgetPolicyInput = defaultBudgetPolicy;
 */
export interface BudgetPolicyInput extends z.input<typeof BudgetPolicySchema> {}
