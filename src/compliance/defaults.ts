// The compliance section the seeds and the issue describe, as plain data (no zod): assessing with the
// default section loads no schema library. `policy.ts` re-exports it beside the section's schema.
import type { CompliancePolicy } from './model.js';

/**
 * The compliance section of the default policy (CMP-4, CMP-5). A high finding always makes an item high
 * risk (CMP-4); a medium finding makes it medium and a low one leaves it low (default); three or more
 * medium-or-worse findings make it high, five or more low-or-worse make it medium (default: many small
 * problems are one large one). 「广告」 and its traditional form mark advertising (互联网广告管理办法
 * art.9). No company rules, allow-list or disabled rules.
 *
 * @example
 * defaultCompliancePolicy.levels //=> { medium: 'medium', low: 'low' }
 */
export const defaultCompliancePolicy = {
  levels: { medium: 'medium', low: 'low' },
  accumulate: [
    { severity: 'medium', atLeast: 3, level: 'high' },
    { severity: 'low', atLeast: 5, level: 'medium' },
  ],
  adLabels: ['广告', '廣告'],
  rules: [],
  allow: [],
  disabledRules: [],
} satisfies CompliancePolicy;
