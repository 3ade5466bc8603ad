// Checks of rule-set data that need neither the folding table nor the automaton, so that a policy
// validator can run them without loading either.
import { issue, words, type Issue } from '../core/result.js';
import { isSkip } from './fold.js';
import type { RuleSet } from './model.js';

/**
 * The detectors that read text (the others read the item).
 *
 * @example
 * TEXT_DETECTORS.has('email') //=> true
 */
export const TEXT_DETECTORS: ReadonlySet<string> = /* @__PURE__ */ new Set(['mobile-number', 'resident-id', 'bank-card', 'email', 'unsourced-data']);
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
 * Problems in a rule set that would make it unusable, with paths relative to the set (CMP-5): duplicate
 * rule ids, a rule with both or neither of terms and detector, an unknown detector, a term or allowed
 * phrase of nothing but spaces and punctuation, an allow entry naming an unknown rule.
 *
 * @example
 * ruleSetProblems(defaultRuleSet) //=> []
 * ruleSetProblems({ ...defaultRuleSet, allow: [{ phrase: '。' }] })[0]?.path //=> ['allow', 0, 'phrase']
 */
export function ruleSetProblems(set: RuleSet): Issue[] {
  const out: Issue[] = [];
  const ids = new Set<string>();
  set.rules.forEach((rule, i) => {
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
    if (typeof entry.phrase !== 'string' || !hasContent(entry.phrase)) {
      out.push(issue(['allow', i, 'phrase'], words('an allowed phrase must have a letter, digit or character besides spaces and punctuation', '豁免短语须含空格和标点以外的字符', '豁免短語須含空格和標點以外的字元'), 'CMP-5'));
    }
    (entry.rules ?? []).forEach((r, j) => {
      if (!ids.has(r)) out.push(issue(['allow', i, 'rules', j], words(`unknown rule "${r}"`, `未知规则“${r}”`, `未知規則「${r}」`), 'CMP-5'));
    });
  });
  return out;
}

