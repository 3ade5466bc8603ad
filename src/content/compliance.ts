// The content workflow's side of compliance (CMP-4, CW-3): an item assessed with the default rule set
// plus the company's rules, the computed level as a floor under the item's risk level, and reviewers'
// acceptances. The rule set compiles once per policy section object and is reused by every command.
import {
  assessContent,
  compileRuleSet,
  defaultRuleSet,
  explainFinding,
  findingKey,
  riskOf,
  withCompanyRules,
  type CompiledRuleSet,
  type CompliancePolicy,
  type FindingSeverity,
  type ContentToAssess,
  type MediaAsset,
} from '../compliance/index.js';
import { sha256 } from '../core/hash.js';
import { contentHash } from './chain.js';
import type { Locale } from '../core/labels.js';
import type { AuditNote } from '../core/record.js';
import { riskLevel, type RiskLevel } from '../core/risk-level.js';
import { fail, invalidInput, issue, ok, words, type Issue, type Result } from '../core/result.js';
import { MAX_KEPT_FINDINGS, type ContentCompliance, type FindingAcceptance, type KeptFinding, type ReviewedContent } from './model.js';

const RANK: Readonly<Record<RiskLevel, number>> = { low: 0, medium: 1, high: 2 };

/**
 * Whether risk level `a` is higher than `b`.
 *
 * @example
 * higherRisk('high', 'low') //=> true
 * higherRisk('low', 'low') //=> false
 */
export function higherRisk(a: RiskLevel, b: RiskLevel): boolean {
  return RANK[a] > RANK[b];
}

// One compiled rule set per policy section object: a host passes the same policy to every command, so
// the automaton is built once, never per command; a new policy object is a new entry.
const compiledSets = new WeakMap<object, Result<CompiledRuleSet>>();

function compiledFor(section: CompliancePolicy): Result<CompiledRuleSet> {
  let r = compiledSets.get(section);
  if (r === undefined) {
    const c = compileRuleSet(withCompanyRules(defaultRuleSet, section));
    // A hand-built policy with a broken company rule: the path names the policy section, as parsePolicy would.
    r = c.ok ? c : fail(invalidInput((c.error.code === 'invalid-input' ? c.error.issues : []).map((i) => ({ ...i, path: ['compliance', ...i.path] })), 'CMP-5'));
    compiledSets.set(section, r);
  }
  return r;
}

// A bare media reference carries no licence record: it is assessed as an asset without one (its kind does
// not enter the finding).
function toAssess(content: ReviewedContent): ContentToAssess {
  const media: MediaAsset[] = (content.media ?? []).map((m) =>
    typeof m === 'string' ? { ref: m, kind: 'image' } : { ref: m.ref, kind: m.kind, ...(m.licence ? { licence: { owner: m.licence.owner, scope: m.licence.scope, ...(m.licence.expiresAt ? { expiresAt: m.licence.expiresAt } : {}) } } : {}) },
  );
  return {
    title: content.title,
    body: content.body,
    tags: content.tags,
    keywords: content.keywords,
    advertising: content.advertising,
    ...(content.paidRanking ? { paidRanking: true } : {}),
    ...(content.review ? { review: true } : {}),
    ...(content.purchaseLink ? { purchaseLink: true } : {}),
    media,
    sources: (content.sources ?? []).map((s) => `${s.what} ${s.where}`),
  };
}

const SEVERITY: Readonly<Record<string, number>> = { high: 0, medium: 1, low: 2 };

// Spaces, punctuation and symbols end the words around a finding.
const BREAK = /[\s\p{P}\p{S}]/u;

/**
 * What an acceptance of a finding is bound to (CMP-4): a digest of the words the matched text stands in
 * (from the nearest space, punctuation or symbol before it to the nearest after it, with their offset) for
 * a finding in the title, body or a tag; of the asset record for a media finding; of everything reviewers
 * see but the risk level for an item finding. 行业第一 accepted as a ranking on record is not 宇宙第一, and
 * 第一坊 accepted as a trade name is not 第一名, though the key and the matched text stay the same; a
 * change elsewhere in the text keeps the acceptance.
 *
 * @example
 * acceptedClause(content, finding) === acceptedClause({ ...content, body: content.body + '欢迎选购' }, finding) //=> true
 */
export function acceptedClause(content: ReviewedContent, f: Pick<KeptFinding, 'field' | 'index' | 'start' | 'end'>): string {
  if (f.field === 'media') return sha256(`media:${JSON.stringify(content.media?.[f.index ?? -1] ?? null)}`);
  if (f.field === 'item') return contentHash({ ...content, riskLevel: 'low' });
  const text = (f.field === 'title' ? content.title : f.field === 'body' ? content.body : f.field === 'keywords' ? content.keywords[f.index ?? -1] : content.tags[f.index ?? -1]) ?? '';
  let s = Math.min(f.start, text.length);
  while (s > 0 && !BREAK.test(text[s - 1]!)) s--;
  let e = Math.min(f.end, text.length);
  while (e < text.length && !BREAK.test(text[e]!)) e++;
  return sha256(`${f.field}:${s}:${text.slice(s, e)}`);
}

/**
 * Assess an item's content (CMP-4): its title, body, tags, keywords, advertising flag, media and sources, with
 * the default rule set plus the company's rules of `policy.compliance`, at the host's `now`. Acceptances
 * whose finding is still found (same key, same matched text, in the same words around it)
 * are kept, and their findings leave the computed level; the others are dropped. The item keeps the most severe {@link MAX_KEPT_FINDINGS}
 * findings; counts and level are of all.
 *
 * @example
 * const r = assessItem(context, [], { version: policy.version, compliance: policy.compliance }, now);
 * r.ok && r.value.level //=> 'high'
 */
export function assessItem(
  content: ReviewedContent,
  accepted: readonly FindingAcceptance[],
  policy: { readonly version: string; readonly compliance: CompliancePolicy },
  now: Date,
): Result<ContentCompliance> {
  const compiled = compiledFor(policy.compliance);
  if (!compiled.ok) return compiled;
  const a = assessContent(toAssess(content), [compiled.value], policy.compliance, now);
  if (!a.ok) return a;
  const all: KeptFinding[] = a.value.findings.map((f) => ({ ...f, key: findingKey(f) }));
  const byKey = new Map(all.map((f) => [f.key, f]));
  const kept = accepted.filter((x) => {
    const f = byKey.get(x.key);
    return f !== undefined && f.text === x.text && x.clause === acceptedClause(content, f);
  });
  const keys = new Set(kept.map((x) => x.key));
  const { level, reason } = riskOf(
    all.filter((f) => !keys.has(f.key)),
    policy.compliance,
  );
  const findings = all
    .map((f, i) => [f, i] as const)
    .sort(([x, i], [y, j]) => SEVERITY[x.severity]! - SEVERITY[y.severity]! || i - j)
    .slice(0, MAX_KEPT_FINDINGS)
    .map(([f]) => f);
  return ok({ policyVersion: policy.version, at: now.toISOString(), level, reason, counts: a.value.counts, total: all.length, findings, accepted: kept });
}

/**
 * The refusal of a risk level below the computed one (CMP-4): `invalid-input` on `riskLevel`, naming
 * the findings that set the level (up to five, explained): those whose severity gives the level, or, when
 * their number raised it, every unaccepted one.
 *
 * @example
 * const e = belowComputed('low', assessment, policy.compliance);
 * e.rule //=> 'CMP-4'
 */
export function belowComputed(requested: RiskLevel, assessment: ContentCompliance, section: CompliancePolicy): ReturnType<typeof invalidInput> {
  const accepted = new Set(assessment.accepted.map((x) => x.key));
  const open = assessment.findings.filter((f) => !accepted.has(f.key));
  const gives = (s: FindingSeverity): RiskLevel => (s === 'high' ? 'high' : section.levels[s]);
  const setting = assessment.reason === 'count' ? open : open.filter((f) => gives(f.severity) === assessment.level);
  const named = setting.slice(0, 5);
  const lines = (locale: Locale) => named.map((f) => `${f.key} ${explainFinding(f, locale)}`).join('; ');
  const level = (l: RiskLevel, locale: Locale) => riskLevel.label(l, locale);
  const problems: Issue[] = [
    issue(
      ['riskLevel'],
      words(
        `the compliance findings set the risk level to ${assessment.level}; "${requested}" is lower (a legal reviewer may accept a finding with a reason): ${lines('en')}`,
        `合规审查发现将风险等级定为「${level(assessment.level, 'zh-CN')}」，「${level(requested, 'zh-CN')}」低于该等级（法务审核人可说明理由接受某项发现）：${lines('zh-CN')}`,
        `合規審查發現將風險等級定為「${level(assessment.level, 'zh-TW')}」，「${level(requested, 'zh-TW')}」低於該等級（法務審核人可說明理由接受某項發現）：${lines('zh-TW')}`,
      ),
      'CMP-4',
    ),
  ];
  return invalidInput(problems, 'CMP-4');
}

/**
 * The effective risk level of an item (CMP-4, CW-3): the higher of the level it carries (the author's)
 * and the computed one.
 *
 * @example
 * effectiveRisk('low', 'high') //=> 'high'
 */
export function effectiveRisk(declared: RiskLevel, computed: RiskLevel): RiskLevel {
  return higherRisk(computed, declared) ? computed : declared;
}

const WHY: Readonly<Record<ContentCompliance['reason'], Readonly<Record<Locale, string>>>> = {
  severity: { 'zh-CN': '按最严重发现', 'zh-TW': '按最嚴重發現', en: 'by the most serious finding' },
  count: { 'zh-CN': '按发现数量累计', 'zh-TW': '按發現數量累計', en: 'by the number of findings' },
  none: { 'zh-CN': '无未接受的发现', 'zh-TW': '無未接受的發現', en: 'no open findings' },
};

/**
 * The audit entry's explanation of an assessment (CMP-4): a summary line (computed level, what decided
 * it, counts by severity, accepted findings) and one line per kept finding, most severe first, each with
 * its key, rule, place, legal basis and suggested rewrite. The kit bounds the lines; the item keeps all.
 *
 * @example
 * complianceNotes(context.compliance!)[0].messages.en
 * //=> 'Compliance assessment: risk level High (by the most serious finding); findings 2 high, 1 medium, 0 low; 0 accepted'
 */
export function complianceNotes(c: ContentCompliance): AuditNote[] {
  // A reason outside the enumeration (a hand-built assessment) is shown as itself.
  const why = (l: Locale) => (Object.hasOwn(WHY, c.reason) ? WHY[c.reason][l] : String(c.reason));
  const level = (l: Locale) => riskLevel.label(c.level, l);
  const { high, medium, low } = c.counts;
  const summary: AuditNote = {
    ref: 'CMP-4',
    messages: {
      'zh-CN': `合规审查：风险等级「${level('zh-CN')}」（${why('zh-CN')}）；发现 严重 ${high}、一般 ${medium}、轻微 ${low}；已接受 ${c.accepted.length}`,
      'zh-TW': `合規審查：風險等級「${level('zh-TW')}」（${why('zh-TW')}）；發現 嚴重 ${high}、一般 ${medium}、輕微 ${low}；已接受 ${c.accepted.length}`,
      en: `Compliance assessment: risk level ${level('en')} (${why('en')}); findings ${high} high, ${medium} medium, ${low} low; ${c.accepted.length} accepted`,
    },
  };
  return [summary, ...c.findings.map((f) => findingNote(f))];
}

/**
 * One finding as an audit line (CMP-4), keyed by the finding's key.
 *
 * @example
 * findingNote(finding).ref //=> 'body:ad-law.absolute:0-3'
 */
export function findingNote(f: KeptFinding): AuditNote {
  return { ref: f.key, messages: { 'zh-CN': explainFinding(f, 'zh-CN'), 'zh-TW': explainFinding(f, 'zh-TW'), en: explainFinding(f, 'en') } };
}
