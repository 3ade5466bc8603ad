// What a legal reviewer reads: each finding explained in one line (for the audit) and the whole
// assessment as a Markdown report, in the reviewer's language.
import type { Locale } from '../core/labels.js';
import { riskLevel } from '../core/risk-level.js';
import { adReason, findingField, findingSeverity } from './labels.js';
import type { Assessment, Finding } from './model.js';

const SEP: Readonly<Record<Locale, string>> = { 'zh-CN': '：', 'zh-TW': '：', en: ': ' };
const SUGGEST: Readonly<Record<Locale, string>> = { 'zh-CN': '建议改为', 'zh-TW': '建議改為', en: 'suggest' };

// Author text (matched text, media refs) and rule data reach an audit line and a Markdown report: line
// breaks of every kind and other controls become spaces, so one finding stays one line.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const oneLine = (s: string) => s.replace(CONTROL, ' ');

function where(f: Finding, locale: Locale): string {
  const field = findingField.label(f.field, locale) + (f.index !== undefined ? ` #${f.index + 1}` : '');
  if (f.field === 'item') return field + (f.adReason ? ` (${adReason.label(f.adReason, locale)})` : '');
  if (f.field === 'media') return `${field} ${f.text}`;
  return `${field} ${f.start}–${f.end}「${f.text}」`;
}

/**
 * One finding in one line, fit for an audit entry: severity, rule, where and what was matched, the
 * legal basis, and the suggested rewrite.
 *
 * @example
 * explainFinding(finding, 'zh-CN')
 * //=> '[严重] 绝对化用语 — 正文 0–3「国家级」：中华人民共和国广告法 第九条第（三）项'
 */
export function explainFinding(f: Finding, locale: Locale = 'zh-CN'): string {
  const suggestion = f.suggestion ? `；${SUGGEST[locale]}「${f.suggestion}」` : '';
  return oneLine(`[${findingSeverity.label(f.severity, locale)}] ${f.labels[locale]} — ${where(f, locale)}${SEP[locale]}${f.basis.law[locale]} ${f.basis.article}${locale === 'en' ? suggestion.replace('；', '; ') : suggestion}`);
}

// A table cell holds text, never markup: HTML is escaped as entities and Markdown specials with a
// backslash, so a media ref cannot open a heading, a rule, an image or a raw tag in the report.
const cell = (s: string) =>
  oneLine(s)
    .replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'))
    .replace(/[\\`*_[\]#|~!]/g, '\\$&');
const HEAD: Readonly<Record<Locale, readonly string[]>> = {
  'zh-CN': ['合规审查报告', '风险等级', '发现', '严重', '一般', '轻微', '等级依据', '按最严重发现', '按发现数量累计', '无发现', '级别', '规则', '位置', '法律依据', '条文', '处理建议'],
  'zh-TW': ['合規審查報告', '風險等級', '發現', '嚴重', '一般', '輕微', '等級依據', '按最嚴重發現', '按發現數量累計', '無發現', '級別', '規則', '位置', '法律依據', '條文', '處理建議'],
  en: ['Compliance review report', 'Risk level', 'Findings', 'high', 'medium', 'low', 'Level decided by', 'the most serious finding', 'the number of findings', 'no findings', 'Severity', 'Rule', 'Where', 'Legal basis', 'Provision', 'What to do'],
};

/**
 * The report a legal reviewer reads (Markdown): the computed risk level and why, the counts by severity,
 * and a table of every finding with its rule, place, legal basis and the provision's words, and what to
 * do (the rule's advice and any suggested rewrite).
 *
 * @example
 * complianceReport({ findings: [], counts: { high: 0, medium: 0, low: 0 }, level: 'low', reason: 'none' }, 'en').split('\n')[0]
 * //=> '## Compliance review report'
 */
export function complianceReport(assessment: Assessment, locale: Locale = 'zh-CN'): string {
  const h = HEAD[locale];
  const { counts } = assessment;
  const why = assessment.reason === 'severity' ? h[7] : assessment.reason === 'count' ? h[8] : h[9];
  const lines = [
    `## ${h[0]}`,
    '',
    `- ${h[1]}${SEP[locale]}**${riskLevel.label(assessment.level, locale)}**（${h[6]}${SEP[locale]}${why}）`,
    `- ${h[2]}${SEP[locale]}${assessment.findings.length}（${h[3]} ${counts.high}，${h[4]} ${counts.medium}，${h[5]} ${counts.low}）`,
  ];
  if (assessment.findings.length > 0) {
    lines.push('', `| ${h[10]} | ${h[11]} | ${h[12]} | ${h[13]} | ${h[14]} | ${h[15]} |`, '| --- | --- | --- | --- | --- | --- |');
    for (const f of assessment.findings) {
      const todo = [f.advice?.[locale], f.suggestion ? `${SUGGEST[locale]}「${f.suggestion}」` : undefined].filter(Boolean).join(' ');
      lines.push(`| ${findingSeverity.label(f.severity, locale)} | ${cell(f.labels[locale])} \`${oneLine(f.rule).replaceAll('`', "'")}\` | ${cell(where(f, locale))} | ${cell(`${f.basis.law[locale]} ${f.basis.article}`)} | ${cell(f.basis.text)} | ${cell(todo)} |`);
    }
  }
  return lines.join('\n');
}
