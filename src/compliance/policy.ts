// The compliance section of the policy: its schema, its default (plain data in `defaults.ts`, so that
// assessing with it loads no zod), the rule-set schema a legal department's JSON is checked with, and the
// cross-checks a schema alone cannot make.
import * as z from 'zod';
import { riskLevel } from '../core/risk-level.js';
import { issue, words, type Issue } from '../core/result.js';
import { LabelsSchema, list, policyKey as key, text } from '../core/schema.js';
import { LIMITS } from '../core/text.js';
import type { OrgPolicy } from '../org/policy.js';
import { countContent, hasContent, ruleSetProblems } from './check.js';
import { complianceCategory, complianceDetector, findingSeverity } from './labels.js';
import type { CompliancePolicy, RuleSet } from './model.js';
import { defaultRuleIds } from './rule-ids.js';

export { defaultCompliancePolicy } from './defaults.js';

const LegalBasisSchema = z.strictObject({ law: LabelsSchema, article: text(LIMITS.name), text: text(LIMITS.text), seed: text(LIMITS.name).optional() });

/**
 * One compliance rule as data (CMP-5): id, category, severity, legal basis (law, article, text), labels,
 * terms or a detector, advice and suggested rewrites. Every string and list is bounded.
 *
 * @example
 * ComplianceRuleSchema.safeParse(defaultRuleSet.rules[0]).success //=> true
 */
export const ComplianceRuleSchema = z.strictObject({
  id: key,
  category: z.enum(complianceCategory.values),
  severity: z.enum(findingSeverity.values),
  basis: LegalBasisSchema,
  labels: LabelsSchema,
  terms: list(text(LIMITS.name), LIMITS.longList).optional(),
  detector: z.enum(complianceDetector.values).optional(),
  advice: LabelsSchema.optional(),
  rewrites: list(z.strictObject({ term: text(LIMITS.name), replacement: text(LIMITS.name) }), LIMITS.longList).optional(),
});

const AllowEntrySchema = z.strictObject({ phrase: text(LIMITS.name), rules: list(key).optional(), note: text(LIMITS.text).optional() });

/**
 * A whole rule set as data, for a legal department that keeps its lists as JSON (CMP-5). Check it with
 * this schema and {@link ruleSetProblems}, then compile it with `compileRuleSet`.
 *
 * @example
 * RuleSetSchema.safeParse(defaultRuleSet).success //=> true
 */
export const RuleSetSchema = z.strictObject({
  id: key,
  labels: LabelsSchema,
  rules: list(ComplianceRuleSchema, LIMITS.longList),
  allow: list(AllowEntrySchema, LIMITS.longList),
});

const level = z.enum(riskLevel.values);

/**
 * The compliance section of a policy (CMP-4, CMP-5): the level a medium or low finding gives an item
 * (a high finding always gives high), accumulation rules, the words that mark advertising, and the
 * company's own rules, allow-list and disabled default rules. Cross-checks are in
 * {@link compliancePolicyProblems}.
 *
 * @example
 * CompliancePolicySchema.parse(defaultCompliancePolicy);
 */
export const CompliancePolicySchema = z.strictObject({
  levels: z.strictObject({ medium: level, low: level }),
  accumulate: list(z.strictObject({ severity: z.enum(findingSeverity.values), atLeast: z.number().int().min(1).max(LIMITS.longList), level })),
  adLabels: list(text(LIMITS.name)).min(1),
  rules: list(ComplianceRuleSchema, LIMITS.longList),
  allow: list(AllowEntrySchema, LIMITS.longList),
  disabledRules: list(key, LIMITS.longList),
});

type Assert<T extends true> = T;
type SchemaFitsModel = Assert<z.output<typeof CompliancePolicySchema> extends CompliancePolicy ? true : false>;
type RuleSetFitsModel = Assert<z.output<typeof RuleSetSchema> extends RuleSet ? true : false>;

/**
 * Problems in a compliance section that its schema alone cannot see, with paths relative to the section
 * (CMP-5): the company's rules and allow-list as a rule set (see `ruleSetProblems`), a company rule whose
 * id is already a default rule's, a disabled rule the default set lacks, an allow entry that names no
 * rule or names a disabled one, and an advertising label of fewer than two characters besides spaces
 * and punctuation (company labels add to 「广告」, which always applies). The organisation is not
 * consulted yet.
 *
 * @example
 * compliancePolicyProblems(defaultCompliancePolicy, defaultOrg) //=> []
 * compliancePolicyProblems({ ...defaultCompliancePolicy, disabledRules: ['ad-law.nothing'] }, defaultOrg)[0]?.path
 * //=> ['disabledRules', 0]
 */
export function compliancePolicyProblems(section: CompliancePolicy, _org: OrgPolicy): Issue[] {
  const out: Issue[] = [];
  const defaults = new Set(defaultRuleIds);
  const own = { id: 'company', labels: { 'zh-CN': '公司规则', 'zh-TW': '公司規則', en: 'Company rules' }, rules: section.rules, allow: section.allow.map((a) => (a.rules ? { ...a, rules: [] } : a)) };
  out.push(...ruleSetProblems(own));
  // A disabled default rule is no longer in the company's set, so an allow entry may not name it.
  const disabled = new Set(section.disabledRules);
  const known = new Set([...defaults, ...section.rules.map((r) => r.id)]);
  section.allow.forEach((a, i) => {
    // An entry for every rule would excuse personal data and medical claims alike: name the rules.
    if (a.rules === undefined || a.rules.length === 0) {
      out.push(issue(['allow', i, 'rules'], words('a company allow entry must name the rules it excuses', '公司豁免条目须写明所豁免的规则', '公司豁免條目須寫明所豁免的規則'), 'CMP-5'));
    }
    (a.rules ?? []).forEach((r, j) => {
      if (!known.has(r)) out.push(issue(['allow', i, 'rules', j], words(`unknown rule "${r}"`, `未知规则“${r}”`, `未知規則「${r}」`), 'CMP-5'));
      else if (disabled.has(r) && defaults.has(r)) out.push(issue(['allow', i, 'rules', j], words(`rule "${r}" is disabled`, `规则“${r}”已停用`, `規則「${r}」已停用`), 'CMP-5'));
    });
  });
  section.rules.forEach((r, i) => {
    if (defaults.has(r.id)) out.push(issue(['rules', i, 'id'], words(`"${r.id}" is a default rule; disable it and add your own under another id`, `“${r.id}”是默认规则；请停用它并以其他 id 添加`, `「${r.id}」是預設規則；請停用它並以其他 id 新增`), 'CMP-5'));
  });
  section.disabledRules.forEach((r, i) => {
    if (!defaults.has(r)) out.push(issue(['disabledRules', i], words(`unknown default rule "${r}"`, `未知默认规则“${r}”`, `未知預設規則「${r}」`), 'CMP-5'));
  });
  section.adLabels.forEach((l, i) => {
    if (!hasContent(l)) out.push(issue(['adLabels', i], words('an advertising label must have characters besides spaces and punctuation', '广告标识须含空格和标点以外的字符', '廣告標識須含空格和標點以外的字元'), 'CMP-2'));
    // One character (的, 广) is in almost every text: as a label it would mark nothing.
    else if (countContent(l) < 2) out.push(issue(['adLabels', i], words('an advertising label must have at least two characters besides spaces and punctuation', '广告标识须至少含两个空格和标点以外的字符', '廣告標識須至少含兩個空格和標點以外的字元'), 'CMP-2'));
  });
  return out;
}

/**
 * The compliance section as a host writes it (JSON before validation: defaults may be left out).
 *
 * @example
 * const compliance: CompliancePolicyInput = defaultCompliancePolicy;
 */
export interface CompliancePolicyInput extends z.input<typeof CompliancePolicySchema> {}

/**
 * The compliance section exactly as its schema validates it (the policy's `compliance`);
 * {@link CompliancePolicy} is the read-only view the assessment takes.
 *
 * @example
 * const compliance: CompliancePolicySection = CompliancePolicySchema.parse(defaultCompliancePolicy);
 */
export interface CompliancePolicySection extends z.infer<typeof CompliancePolicySchema> {}
