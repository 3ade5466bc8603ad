// Checks of rule-set data that need neither the folding table nor the automaton, so that a policy
// validator can run them without loading either.
import { issue, words, type Issue } from '../core/result.js';
import { isSkip } from './fold.js';
import type { ComplianceCategory, FindingSeverity } from './labels.js';
import type { RuleSet } from './model.js';

/**
 * The detectors that read text (the others read the item).
 *
 * @example
 * TEXT_DETECTORS.has('email') //=> true
 */
export const TEXT_DETECTORS: ReadonlySet<string> = /* @__PURE__ */ new Set(['mobile-number', 'resident-id', 'bank-card', 'email', 'unsourced-data']);
// The enums' values as plain records (typed so that they cannot drift from the enums), so that the
// checks load no labels.
const SEVERITIES: Readonly<Record<FindingSeverity, true>> = { high: true, medium: true, low: true };
const CATEGORIES: Readonly<Record<ComplianceCategory, true>> = {
  'absolute-terms': true,
  'unsourced-data': true,
  'ad-identification': true,
  'medical-claims': true,
  'financial-promise': true,
  exaggeration: true,
  'vulgar-misleading': true,
  disparagement: true,
  'personal-data': true,
  'asset-licence': true,
};
const isKey = (record: object, value: unknown): boolean => typeof value === 'string' && Object.hasOwn(record, value);

/**
 * Whether a value is a finding severity (`high`, `medium` or `low`).
 *
 * @example
 * isSeverity('high') //=> true
 * isSeverity('critical') //=> false
 */
export function isSeverity(value: unknown): value is FindingSeverity {
  return isKey(SEVERITIES, value);
}

const ITEM_DETECTORS: ReadonlySet<string> = /* @__PURE__ */ new Set(['ad-label-missing', 'asset-unlicensed', 'asset-expired']);

/**
 * Whether a term has something to match besides spaces, punctuation and symbols.
 *
 * @example
 * hasContent('最 佳') //=> true
 * hasContent(' 。！') //=> false
 */
export function hasContent(term: string): boolean {
  for (let i = 0; i < term.length; i++) if (!isSkip(term.charCodeAt(i))) return true;
  return false;
}

/**
 * How many code units of a term are neither spaces, punctuation nor symbols.
 *
 * @example
 * countContent('广 告！') //=> 2
 */
export function countContent(term: string): number {
  let n = 0;
  for (let i = 0; i < term.length; i++) if (!isSkip(term.charCodeAt(i))) n++;
  return n;
}

/**
 * Problems in a rule set that would make it unusable, with paths relative to the set (CMP-5): a rule or
 * allow entry that is not an object, a list that is not a list, duplicate rule ids, a severity or
 * category outside its enum (its findings would count nowhere), a rule with both or neither of terms
 * and detector, an unknown detector, a term or allowed phrase of nothing but spaces and punctuation, a
 * rewrite that is not a term and its replacement, an allow entry naming an unknown rule.
 *
 * @example
 * ruleSetProblems(defaultRuleSet) //=> []
 * ruleSetProblems({ ...defaultRuleSet, allow: [{ phrase: '。' }] })[0]?.path //=> ['allow', 0, 'phrase']
 */
export function ruleSetProblems(set: RuleSet): Issue[] {
  const out: Issue[] = [];
  const ids = new Set<string>();
  const notList = words('must be a list', '须为列表', '須為列表');
  const notObject = words('must be an object', '须为对象', '須為物件');
  // Shapes first: a malformed entry is reported, never read (the set may come from hand-written JSON).
  const sound = set.rules.map((rule, i) => {
    if (typeof rule !== 'object' || rule === null) return void out.push(issue(['rules', i], notObject, 'CMP-5')), false;
    if (typeof rule.id !== 'string') out.push(issue(['rules', i, 'id'], words('must be a string', '须为字符串', '須為字串'), 'CMP-5'));
    if (!isSeverity(rule.severity)) out.push(issue(['rules', i, 'severity'], words(`unknown severity "${String(rule.severity)}": high, medium or low`, `未知严重程度“${String(rule.severity)}”：须为 high、medium 或 low`, `未知嚴重程度「${String(rule.severity)}」：須為 high、medium 或 low`), 'CMP-5'));
    if (!isKey(CATEGORIES, rule.category)) out.push(issue(['rules', i, 'category'], words(`unknown category "${String(rule.category)}"`, `未知类别“${String(rule.category)}”`, `未知類別「${String(rule.category)}」`), 'CMP-5'));
    if (rule.terms !== undefined && !Array.isArray(rule.terms)) return void out.push(issue(['rules', i, 'terms'], notList, 'CMP-5')), false;
    if (rule.rewrites !== undefined) {
      if (!Array.isArray(rule.rewrites)) return void out.push(issue(['rules', i, 'rewrites'], notList, 'CMP-5')), false;
      const bad = rule.rewrites.findIndex((w) => typeof w !== 'object' || w === null || typeof w.term !== 'string' || typeof w.replacement !== 'string');
      if (bad >= 0) return void out.push(issue(['rules', i, 'rewrites', bad], words('a rewrite is a term and its replacement', '改写建议须有词条和替换词', '改寫建議須有詞條和替換詞'), 'CMP-5')), false;
    }
    return true;
  });
  set.rules.forEach((rule, i) => {
    if (!sound[i]) return;
    if (ids.has(rule.id)) out.push(issue(['rules', i, 'id'], words(`duplicate rule id "${rule.id}"`, `规则 id“${rule.id}”重复`, `規則 id「${rule.id}」重複`), 'CMP-5'));
    ids.add(rule.id);
    const hasTerms = rule.terms !== undefined;
    if (hasTerms === (rule.detector !== undefined)) {
      out.push(issue(['rules', i], words(`rule "${rule.id}" must have either terms or a detector`, `规则“${rule.id}”须有词表或检测器之一`, `規則「${rule.id}」須有詞表或檢測器之一`), 'CMP-5'));
    }
    if (rule.detector !== undefined && !TEXT_DETECTORS.has(rule.detector) && !ITEM_DETECTORS.has(rule.detector)) {
      out.push(issue(['rules', i, 'detector'], words(`unknown detector "${rule.detector}"`, `未知检测器“${rule.detector}”`, `未知檢測器「${rule.detector}」`), 'CMP-5'));
    }
    (rule.terms ?? []).forEach((term, j) => {
      if (typeof term !== 'string' || !hasContent(term)) {
        out.push(issue(['rules', i, 'terms', j], words('a term must have a letter, digit or character besides spaces and punctuation', '词条须含空格和标点以外的字符', '詞條須含空格和標點以外的字元'), 'CMP-5'));
      }
    });
  });
  set.allow.forEach((entry, i) => {
    if (typeof entry !== 'object' || entry === null) return void out.push(issue(['allow', i], notObject, 'CMP-5'));
    if (entry.rules !== undefined && (!Array.isArray(entry.rules) || entry.rules.some((r) => typeof r !== 'string'))) {
      return void out.push(issue(['allow', i, 'rules'], words('must be a list of rule ids', '须为规则 id 列表', '須為規則 id 列表'), 'CMP-5'));
    }
    if (typeof entry.phrase !== 'string' || !hasContent(entry.phrase)) {
      out.push(issue(['allow', i, 'phrase'], words('an allowed phrase must have a letter, digit or character besides spaces and punctuation', '豁免短语须含空格和标点以外的字符', '豁免短語須含空格和標點以外的字元'), 'CMP-5'));
    }
    (entry.rules ?? []).forEach((r, j) => {
      if (!ids.has(r)) out.push(issue(['allow', i, 'rules', j], words(`unknown rule "${r}"`, `未知规则“${r}”`, `未知規則「${r}」`), 'CMP-5'));
    });
  });
  return out;
}

