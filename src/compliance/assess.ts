// The assessment (CMP-2, CMP-4): a content item's text scanned with every rule set, its advertising
// flags, media licences and sources checked, and the findings graded into the item's risk level by the
// policy. Pure: the host passes `now`; nothing here reads a clock.
import type { RiskLevel } from '../core/risk-level.js';
import { fail, invalidInput, issue, ok, words, type Issue, type Result } from '../core/result.js';
import { foldTerm, foldText } from './fold.js';
import { assetKind, findingField, type AdReason, type FindingSeverity } from './labels.js';
import { isSeverity } from './check.js';
import type { AllowEntry, Assessment, CompliancePolicy, ContentToAssess, Finding, RuleSet } from './model.js';
import { scan, type CompiledRuleSet } from './scan.js';

const RANK: Readonly<Record<RiskLevel, number>> = { low: 0, medium: 1, high: 2 };
const LEVELS: readonly RiskLevel[] = ['low', 'medium', 'high'];
const isLevel = (x: unknown): x is RiskLevel => typeof x === 'string' && Object.hasOwn(RANK, x);
const FIELD_ORDER = new Map(findingField.values.map((f, i) => [f, i]));

/**
 * The rule set a company runs: a base set (the default one) without the rules the policy disables, plus
 * the company's own rules and allow-list from the policy's compliance section (CMP-5). Allow entries no
 * longer name a disabled rule, and an entry that named only disabled rules is dropped (it would name
 * rules the set lacks, and excusing every rule instead would widen it). Compile the result once with
 * `compileRuleSet`.
 *
 * @example
 * const set = withCompanyRules(defaultRuleSet, { ...defaultCompliancePolicy, disabledRules: ['privacy.email'], allow: [{ phrase: '第一汽车', rules: ['ad-law.absolute'] }] });
 * set.rules.some((r) => r.id === 'privacy.email') //=> false
 * set.allow.at(-1) //=> { phrase: '第一汽车', rules: ['ad-law.absolute'] }
 */
export function withCompanyRules(base: RuleSet, section: CompliancePolicy): RuleSet {
  const disabled = new Set(section.disabledRules);
  const allow: AllowEntry[] = [];
  for (const entry of [...base.allow, ...section.allow]) {
    if (entry.rules === undefined || !entry.rules.some((r) => disabled.has(r))) allow.push(entry);
    else {
      const rules = entry.rules.filter((r) => !disabled.has(r));
      if (rules.length > 0) allow.push({ ...entry, rules });
    }
  }
  return { ...base, rules: [...base.rules.filter((r) => !disabled.has(r.id)), ...section.rules], allow };
}

// The statutory label: 「广告」 in either script always marks advertising, whatever else a company adds.
const STATUTORY_LABELS = ['广告', '廣告'];
const OPEN = '(「【[〔『〖《<{';
const CLOSE = ')」】]〕』〗》>}';
const SEPARATOR = /[\s\p{P}\p{S}\u200b-\u200d\u2060\ufeff]/u;
const isSeparator = (c: string | undefined) => c === undefined || SEPARATOR.test(c);
const escape = (c: string) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Whether a folded text carries a label as a prominent standalone marker (互联网广告管理办法 art.9
// 显著标明「广告」): in brackets (「广告」【广告】（广告）, spaces allowed inside), or first or last in the
// text and set off by spaces or punctuation, or the whole text (a tag). A label inside other words
// (本文非广告, 广告法, 无广告打扰) or split by punctuation (广。告) is no marker.
function carriesLabel(folded: string, label: string): boolean {
  let first = 0;
  while (first < folded.length && isSeparator(folded[first])) first++;
  let last = folded.length;
  while (last > first && isSeparator(folded[last - 1])) last--;
  const pattern = new RegExp([...label].map(escape).join('\\s*'), 'g');
  for (let m = pattern.exec(folded); m; m = pattern.exec(folded)) {
    const s = m.index;
    const e = s + m[0].length;
    let b = s - 1;
    while (b >= 0 && /\s/.test(folded[b]!)) b--;
    let a = e;
    while (a < folded.length && /\s/.test(folded[a]!)) a++;
    if (b >= 0 && a < folded.length && OPEN.includes(folded[b]!) && CLOSE.includes(folded[a]!)) return true;
    if ((s === first && isSeparator(folded[e])) || (e === last && isSeparator(folded[s - 1]))) return true;
  }
  return false;
}

function checkItem(item: ContentToAssess, now: Date): Issue[] {
  const out: Issue[] = [];
  const notString = words('must be a string', '须为字符串', '須為字串');
  if (typeof item !== 'object' || item === null) return [issue(['item'], words('must be an object', '须为对象', '須為物件'), 'CMP-4')];
  if (typeof item.title !== 'string') out.push(issue(['title'], notString, 'CMP-4'));
  if (typeof item.body !== 'string') out.push(issue(['body'], notString, 'CMP-4'));
  for (const flag of ['advertising', 'paidRanking', 'review', 'purchaseLink'] as const) {
    if (item[flag] !== undefined && typeof item[flag] !== 'boolean') out.push(issue([flag], words('must be true or false', '须为 true 或 false', '須為 true 或 false'), 'CMP-2'));
  }
  for (const list of ['tags', 'keywords', 'sources'] as const) {
    const v = item[list];
    if (v === undefined) continue;
    if (!Array.isArray(v)) out.push(issue([list], words('must be a list of strings', '须为字符串列表', '須為字串列表'), 'CMP-4'));
    else v.forEach((x, i) => typeof x !== 'string' && out.push(issue([list, i], notString, 'CMP-4')));
  }
  if (item.media !== undefined) {
    if (!Array.isArray(item.media)) out.push(issue(['media'], words('must be a list of assets', '须为素材列表', '須為素材列表'), 'CMP-4'));
    else
      item.media.forEach((m, i) => {
        if (typeof m !== 'object' || m === null || typeof m.ref !== 'string') return void out.push(issue(['media', i, 'ref'], notString, 'CMP-4'));
        if (!assetKind.is(m.kind)) out.push(issue(['media', i, 'kind'], words('must be image, video or audio', '须为 image、video 或 audio', '須為 image、video 或 audio'), 'CMP-4'));
        const l = m.licence;
        if (l === undefined) return;
        if (typeof l !== 'object' || l === null || typeof l.owner !== 'string' || typeof l.scope !== 'string') {
          out.push(issue(['media', i, 'licence'], words('a licence names its owner and scope', '授权记录须写明权利人和范围', '授權記錄須寫明權利人和範圍'), 'CMP-4'));
        } else if (l.expiresAt !== undefined && (typeof l.expiresAt !== 'string' || !/(?:Z|[+-]\d{2}:\d{2})$/.test(l.expiresAt) || Number.isNaN(Date.parse(l.expiresAt)))) {
          out.push(issue(['media', i, 'licence', 'expiresAt'], words('must be an ISO-8601 time with an offset', '须为带时区偏移的 ISO-8601 时间', '須為帶時區偏移的 ISO-8601 時間'), 'CMP-4'));
        }
      });
  }
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) out.push(issue(['now'], words('must be a valid time', '须为有效时间', '須為有效時間'), 'CMP-4'));
  return out;
}

// The claims findings make, for grading: overlapping findings in one text (全网最低价 gives 全网最低, 最低
// and 最低价) are one claim with the worst severity among them, so one phrase is not counted as many.
function claims(sorted: readonly Finding[]): Array<{ severity: FindingSeverity }> {
  const out: Array<{ severity: FindingSeverity }> = [];
  let last: Finding | undefined;
  let reach = -1;
  for (const f of sorted) {
    const severity = isSeverity(f.severity) ? f.severity : 'high';
    if (last && f.field !== 'item' && f.field === last.field && f.index === last.index && f.start < reach) {
      if (RANK[severity] > RANK[out.at(-1)!.severity]) out.at(-1)!.severity = severity;
      reach = Math.max(reach, f.end);
      continue;
    }
    out.push({ severity });
    last = f;
    reach = f.end;
  }
  return out;
}

// The parts of the policy section an assessment reads; the rest is the schema's business.
function checkSection(policy: CompliancePolicy): Issue[] {
  const out: Issue[] = [];
  if (typeof policy !== 'object' || policy === null) return [issue(['policy'], words('must be the compliance section of a policy', '须为政策的合规部分', '須為政策的合規部分'), 'CMP-4')];
  const levels = policy.levels as unknown as Record<string, unknown> | null | undefined;
  if (typeof levels !== 'object' || levels === null || !isLevel(levels.medium) || !isLevel(levels.low)) {
    out.push(issue(['policy', 'levels'], words('must map medium and low to a risk level', '须将 medium 与 low 映射为风险等级', '須將 medium 與 low 對應為風險等級'), 'CMP-4'));
  }
  if (!Array.isArray(policy.accumulate) || policy.accumulate.some((a) => typeof a !== 'object' || a === null || !isSeverity(a.severity) || typeof a.atLeast !== 'number' || !isLevel(a.level))) {
    out.push(issue(['policy', 'accumulate'], words('must be a list of { severity, atLeast, level }', '须为 { severity, atLeast, level } 列表', '須為 { severity, atLeast, level } 列表'), 'CMP-4'));
  }
  if (!Array.isArray(policy.adLabels) || policy.adLabels.some((l) => typeof l !== 'string')) {
    out.push(issue(['policy', 'adLabels'], words('must be a list of strings', '须为字符串列表', '須為字串列表'), 'CMP-2'));
  }
  return out;
}

function adReasonOf(item: ContentToAssess): AdReason | undefined {
  if (item.advertising) return 'advertising';
  if (item.paidRanking) return 'paid-ranking';
  if (item.review && item.purchaseLink) return 'review-with-purchase-link';
  return undefined;
}

/**
 * A finding's key, stable for the same item text and rule sets: the field (with the tag or asset
 * index), the rule and the span. A reviewer's acceptance of a finding names it by this key.
 *
 * @example
 * findingKey({ field: 'body', rule: 'ad-law.absolute', start: 0, end: 3 }) //=> 'body:ad-law.absolute:0-3'
 * findingKey({ field: 'media', index: 1, rule: 'ip.unlicensed', start: 0, end: 5 }) //=> 'media.1:ip.unlicensed:0-5'
 */
export function findingKey(f: Pick<Finding, 'field' | 'index' | 'rule' | 'start' | 'end'>): string {
  return `${f.field}${f.index !== undefined ? `.${f.index}` : ''}:${f.rule}:${f.start}-${f.end}`;
}

/**
 * The risk level findings give an item under a policy (CMP-4): a high finding gives `high`; a medium or
 * low finding gives the level the policy maps it to; then each accumulation rule (`atLeast` findings of a
 * severity or worse) may raise it. No findings: `low`.
 *
 * @example
 * riskOf([{ severity: 'medium' }], defaultCompliancePolicy) //=> { level: 'medium', reason: 'severity' }
 * riskOf([{ severity: 'medium' }, { severity: 'medium' }, { severity: 'low' }, { severity: 'medium' }], defaultCompliancePolicy) //=> { level: 'high', reason: 'count' }
 */
export function riskOf(findings: ReadonlyArray<{ readonly severity: FindingSeverity }>, policy: CompliancePolicy): { level: RiskLevel; reason: Assessment['reason'] } {
  if (findings.length === 0) return { level: 'low', reason: 'none' };
  // A severity outside the enum (a hand-built rule) counts as high: a finding is never ignored.
  const severityOf = (s: unknown): FindingSeverity => (isSeverity(s) ? s : 'high');
  const levelOf = (s: FindingSeverity): RiskLevel => (s === 'high' ? 'high' : policy.levels[s]);
  let level: RiskLevel = 'low';
  for (const f of findings) if (RANK[levelOf(severityOf(f.severity))] > RANK[level]) level = levelOf(severityOf(f.severity));
  let reason: Assessment['reason'] = 'severity';
  const atLeastAsBad = (s: FindingSeverity) => findings.filter((f) => RANK[severityOf(f.severity)] >= RANK[s]).length;
  for (const a of policy.accumulate) {
    if (atLeastAsBad(a.severity) >= a.atLeast && RANK[a.level] > RANK[level]) {
      level = a.level;
      reason = 'count';
    }
  }
  return { level: LEVELS[RANK[level]]!, reason };
}

/**
 * Assess a content item (CMP-1..CMP-4): scan its title, body, tags and keywords with every compiled rule set; add
 * a finding when it is advertising (flagged, a paid ranking result, or a review with a purchase link) and
 * carries none of the policy's advertising labels (广告法 art.14; 互联网广告管理办法 art.9), for each
 * attached asset without a licence record or whose licence has expired at `now` (S2 违规行为界定), and
 * keep quoted-data findings (广告法 art.11, a heuristic) only when the item declares no source. Findings
 * are sorted by field, position and rule; the level follows {@link riskOf}, fed one claim per group of
 * findings that overlap in one text (with their worst severity), so one phrase is not counted as many. An item whose fields are
 * not what they should be is `invalid-input` naming each field.
 *
 * @example
 * const compiled = compileRuleSetOrThrow(defaultRuleSet);
 * const r = assessContent({ title: '新品', body: '国家级最佳产品，保本无风险，电话 13800138000' }, [compiled], defaultCompliancePolicy, new Date());
 * r.ok && r.value.level //=> 'high'
 * r.ok && r.value.findings.map((f) => f.text) //=> ['国家级', '最佳', '保本', '无风险', '13800138000']
 */
export function assessContent(item: ContentToAssess, ruleSets: readonly CompiledRuleSet[], policy: CompliancePolicy, now: Date): Result<Assessment> {
  const problems = checkItem(item, now);
  if (!Array.isArray(ruleSets)) problems.push(issue(['ruleSets'], words('must be a list of compiled rule sets', '须为已编译规则集的列表', '須為已編譯規則集的列表'), 'CMP-5'));
  else ruleSets.forEach((c, i) => {
    if (typeof c !== 'object' || c === null || !(c.classes instanceof Uint16Array) || !Array.isArray(c.rules)) problems.push(issue(['ruleSets', i], words('must be a rule set compiled with compileRuleSet', '须为 compileRuleSet 编译的规则集', '須為 compileRuleSet 編譯的規則集'), 'CMP-5'));
  });
  problems.push(...checkSection(policy));
  if (problems.length > 0) return fail(invalidInput(problems, problems[0]!.rule));
  const findings: Finding[] = [];
  const sourced = (item.sources ?? []).some((s) => s.trim().length > 0);
  const reason = adReasonOf(item);
  // Company labels add to the statutory one, never replace it.
  const labels = [...new Set([...STATUTORY_LABELS, ...policy.adLabels].map(foldTerm))].filter((l) => l.length > 0);
  const labelled = () => [item.title, item.body, ...(item.tags ?? [])].some((t) => {
    const folded = foldText(t);
    return labels.some((l) => carriesLabel(folded, l));
  });
  for (const compiled of ruleSets) {
    const texts: Array<[Finding['field'], string, number | undefined]> = [['title', item.title, undefined], ['body', item.body, undefined], ...(item.tags ?? []).map((t, i): [Finding['field'], string, number] => ['tags', t, i]), ...(item.keywords ?? []).map((t, i): [Finding['field'], string, number] => ['keywords', t, i])];
    for (const [field, text, index] of texts) {
      const r = scan(text, compiled, { field });
      if (!r.ok) return r;
      for (const f of r.value) {
        if (f.detector === 'unsourced-data' && sourced) continue;
        findings.push(index === undefined ? f : { ...f, index });
      }
    }
    for (const rule of compiled.rules) {
      const base = { rule: rule.id, ruleSet: compiled.id, category: rule.category, severity: rule.severity, basis: rule.basis, labels: rule.labels, ...(rule.advice ? { advice: rule.advice } : {}) };
      if (rule.detector === 'ad-label-missing' && reason !== undefined && !labelled()) {
        findings.push({ ...base, field: 'item', start: 0, end: 0, text: '', detector: rule.detector, adReason: reason });
      }
      if (rule.detector === 'asset-unlicensed' || rule.detector === 'asset-expired') {
        (item.media ?? []).forEach((m, i) => {
          const expires = m.licence?.expiresAt;
          // A record that names no owner or no scope licenses nothing (S2 违规行为界定 侵犯知识产权).
          const unlicensed = m.licence === undefined || m.licence.owner.trim() === '' || m.licence.scope.trim() === '';
          const hit = rule.detector === 'asset-unlicensed' ? unlicensed : expires !== undefined && Date.parse(expires) <= now.getTime();
          if (hit) findings.push({ ...base, field: 'media', index: i, start: 0, end: m.ref.length, text: m.ref, detector: rule.detector!, asset: m.ref });
        });
      }
    }
  }
  findings.sort((a, b) => FIELD_ORDER.get(a.field)! - FIELD_ORDER.get(b.field)! || (a.index ?? 0) - (b.index ?? 0) || a.start - b.start || a.end - b.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
  const counts = { high: 0, medium: 0, low: 0 };
  for (const f of findings) counts[isSeverity(f.severity) ? f.severity : 'high']++;
  return ok({ findings, counts, ...riskOf(claims(findings), policy) });
}
