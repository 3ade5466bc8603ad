// The compliance domain's data, as plain types (no zod): rule sets, findings, the part of a content item
// an assessment reads, and the policy section. `policy.ts` holds the schemas whose outputs are these.
import type { Labels } from '../core/labels.js';
import type { RiskLevel } from '../core/risk-level.js';
import type { AdReason, AssetKind, ComplianceCategory, ComplianceDetector, FindingField, FindingSeverity } from './labels.js';

/**
 * The legal basis of a rule: the law or regulation, the article, and its text (or the clause of the
 * company's own policy), so that a legal reviewer reads why a finding matters.
 *
 * @example
 * const basis: LegalBasis = { law: { 'zh-CN': '中华人民共和国广告法', 'zh-TW': '中華人民共和國廣告法', en: 'Advertising Law of the PRC' }, article: '第九条第（三）项', text: '广告不得使用“国家级”“最高级”“最佳”等用语' };
 */
export interface LegalBasis {
  /** The law, regulation or policy, in three languages. */
  readonly law: Labels;
  /** The article, paragraph or item (`第九条第（三）项`). */
  readonly article: string;
  /** The provision's words (or a faithful summary), in the law's language. */
  readonly text: string;
  /** The seed clause the rule serves, when there is one (`S2 基本原则.2`). */
  readonly seed?: string | undefined;
}

/**
 * A term a rule flags with the wording a reviewer may suggest instead.
 *
 * @example
 * const r: TermRewrite = { term: '最佳', replacement: '优秀' };
 */
export interface TermRewrite {
  readonly term: string;
  readonly replacement: string;
}

/**
 * One rule of a rule set: an id, what it is about, how serious a finding is, its legal basis, labels,
 * and either the terms it flags (matched in simplified and traditional forms, full- and half-width, with
 * spaces or punctuation inserted) or the built-in detector it runs.
 *
 * @example
 * const rule: ComplianceRule = { id: 'ad-law.absolute', category: 'absolute-terms', severity: 'high', basis, labels, terms: ['国家级', '最佳'] };
 */
export interface ComplianceRule {
  /** A policy key (`ad-law.absolute`), unique in its rule set. */
  readonly id: string;
  readonly category: ComplianceCategory;
  readonly severity: FindingSeverity;
  readonly basis: LegalBasis;
  /** The rule's name, in three languages. */
  readonly labels: Labels;
  /** The terms the rule flags. A rule has terms or a detector. */
  readonly terms?: readonly string[] | undefined;
  /** The built-in detector the rule runs instead of terms. */
  readonly detector?: ComplianceDetector | undefined;
  /** What to do about a finding, in three languages. */
  readonly advice?: Labels | undefined;
  /** Suggested replacements for particular terms. */
  readonly rewrites?: readonly TermRewrite[] | undefined;
}

/**
 * A phrase in which matched terms are legitimate (a company name containing 第一, 第一季度), for every
 * rule of the set or only for the rules it lists.
 *
 * @example
 * const a: AllowEntry = { phrase: '第一季度', note: '时间表述' };
 */
export interface AllowEntry {
  readonly phrase: string;
  /** The rules the phrase excuses; every rule when absent. */
  readonly rules?: readonly string[] | undefined;
  /** Why the phrase is allowed. */
  readonly note?: string | undefined;
}

/**
 * A rule set: data a company's legal department edits without code (CMP-5). Compile it once with
 * `compileRuleSet` and reuse the result for every scan.
 *
 * @example
 * const set: RuleSet = { id: 'company', labels, rules: [], allow: [{ phrase: '第一汽车' }] };
 */
export interface RuleSet {
  /** A policy key naming the set (`default`, `company`). */
  readonly id: string;
  readonly labels: Labels;
  readonly rules: readonly ComplianceRule[];
  readonly allow: readonly AllowEntry[];
}

/**
 * One finding: which rule, where (UTF-16 offsets into the field's original text; `text` is exactly
 * `field.slice(start, end)`), how serious, why (the legal basis), and what to write instead when the
 * rule set suggests something.
 *
 * @example
 * const f: Finding = { rule: 'ad-law.absolute', ruleSet: 'default', category: 'absolute-terms', severity: 'high', field: 'body', start: 0, end: 3, text: '国家级', term: '国家级', basis, labels };
 */
export interface Finding {
  readonly rule: string;
  readonly ruleSet: string;
  readonly category: ComplianceCategory;
  readonly severity: FindingSeverity;
  readonly field: FindingField;
  /** Which tag or media asset, for findings in `tags` or `media`. */
  readonly index?: number;
  /** UTF-16 offset of the first code unit matched, in the field's original text. */
  readonly start: number;
  /** UTF-16 offset just past the last code unit matched. */
  readonly end: number;
  /** The original text matched (with any inserted spaces or punctuation), or what the finding is about. */
  readonly text: string;
  /** The listed term the text matched, when the rule has terms. */
  readonly term?: string;
  readonly detector?: ComplianceDetector;
  readonly basis: LegalBasis;
  /** The rule's name, in three languages. */
  readonly labels: Labels;
  /** What to do about it, when the rule says. */
  readonly advice?: Labels;
  /** A suggested rewrite of the matched term. */
  readonly suggestion?: string;
  /** Why the item is advertising, for an ad-label finding. */
  readonly adReason?: AdReason;
  /** The asset's reference, for a media finding. */
  readonly asset?: string;
}

/**
 * A licence record of a media asset (S2 违规行为界定: infringing IP): who owns it, what use it covers,
 * and when it ends (absent: no end).
 *
 * @example
 * const l: LicenceRecord = { owner: '视觉中国', scope: '商业使用，全网', expiresAt: '2027-01-01T00:00:00+08:00' };
 */
export interface LicenceRecord {
  readonly owner: string;
  readonly scope: string;
  /** ISO-8601 time with offset after which the licence no longer covers use. */
  readonly expiresAt?: string;
}

/**
 * An image, video or audio attached to an item, with its licence record if it has one.
 *
 * @example
 * const m: MediaAsset = { ref: 'img/spring.jpg', kind: 'image', licence: { owner: '本公司', scope: '自有' } };
 */
export interface MediaAsset {
  readonly ref: string;
  readonly kind: AssetKind;
  readonly licence?: LicenceRecord;
}

/**
 * What an assessment reads of a content item: its text, tags, advertising flags, media with licence
 * records and declared sources. The content domain passes these fields; nothing else is needed.
 *
 * @example
 * const item: ContentToAssess = { title: '新品上市', body: '国家级最佳产品', advertising: true };
 */
export interface ContentToAssess {
  readonly title: string;
  readonly body: string;
  readonly tags?: readonly string[];
  /**
   * The keywords the item is placed or found by (search and hashtag keywords; 关键词广告投放 is
   * advertising): scanned like tags, never a place for the 「广告」 label, which readers must see.
   */
  readonly keywords?: readonly string[];
  /** The item is advertising (广告法 art.2). */
  readonly advertising?: boolean;
  /** The item is a paid ranking result (竞价排名). */
  readonly paidRanking?: boolean;
  /** The item is a review, knowledge or experience post (测评、体验分享). */
  readonly review?: boolean;
  /** The item carries a purchase link or another way to buy. */
  readonly purchaseLink?: boolean;
  readonly media?: readonly MediaAsset[];
  /** Sources of the data, statistics or survey results the item quotes (广告法 art.11). */
  readonly sources?: readonly string[];
}

/**
 * What an assessment returns: every finding, how many of each severity, the computed risk level
 * (CMP-4) and the rule that decided it.
 *
 * @example
 * const a: Assessment = { findings: [], counts: { high: 0, medium: 0, low: 0 }, level: 'low', reason: 'none' };
 */
export interface Assessment {
  readonly findings: readonly Finding[];
  readonly counts: { readonly high: number; readonly medium: number; readonly low: number };
  readonly level: RiskLevel;
  /** `severity` (the worst finding's severity mapped by the policy), `count` (an accumulation rule), or `none`. */
  readonly reason: 'severity' | 'count' | 'none';
}

/**
 * The compliance section of a policy (CMP-4, CMP-5): how severities become a risk level, when many
 * lesser findings add up to a higher level, the words that mark advertising, and the company's own
 * rules, allow-list and disabled rules.
 *
 * @example
 * const section: CompliancePolicy = defaultCompliancePolicy;
 */
export interface CompliancePolicy {
  /** The level a medium or a low finding gives the item. A high finding always gives `high` (CMP-4). */
  readonly levels: { readonly medium: RiskLevel; readonly low: RiskLevel };
  /** `atLeast` findings of `severity` (or worse) raise the item to `level`. */
  readonly accumulate: ReadonlyArray<{ readonly severity: FindingSeverity; readonly atLeast: number; readonly level: RiskLevel }>;
  /** Words that mark an item as advertising (广告法 art.14), looked for in the title, body and tags. */
  readonly adLabels: readonly string[];
  /** The company's own rules, added to the default rule set. */
  readonly rules: readonly ComplianceRule[];
  /** The company's own allow-list (its names, trademarks), applied to every rule set it is merged into. */
  readonly allow: readonly AllowEntry[];
  /** Rules of the default set the company does not run. */
  readonly disabledRules: readonly string[];
}
