// The escalation calculation and the legal caps, as pure functions over the policy section. No zod, no
// XState: a host that only asks "what would this violation get?" loads this file, date-fns and the
// reader alone. Calendar arithmetic is date-fns in the policy's time zone.
import { tz } from '@date-fns/tz';
import { addDays, addMonths } from 'date-fns';
import type { Labels } from '../core/labels.js';
import { fail, invalidInput, issue, ok, words, type Issue, type Result } from '../core/result.js';
import type { ViolationSeverity } from './labels.js';
import type { DisciplinePolicy, SanctionRung } from './policy.js';
import { disciplineIssues, isObject, rulesIssues } from './shape.js';
import { shown } from '../core/text.js';

/**
 * What the escalation reads of a policy: its time zone and the discipline section.
 *
 * @example
 * const scope: DisciplineRules = defaultPolicy;
 */
export interface DisciplineRules {
  readonly timeZone: string;
  readonly discipline: DisciplinePolicy;
}

/**
 * A sanction decided earlier for the same person: the case, the violation type, the rung finally decided
 * (after any appeal) and when it was decided. `sanctionHistory` reads them from stored cases.
 *
 * @example
 * const p: PriorSanction = { caseId: 'case-7', type: 'platform-rule-breach', rung: 'warning', decidedAt: '2026-01-10T02:00:00.000Z' };
 */
export interface PriorSanction {
  readonly caseId: string;
  readonly type: string;
  readonly rung: string;
  readonly decidedAt: string;
}

/**
 * A prior sanction as the escalation judged it: when it stops counting (`expiresAt`, absent for a rung
 * that counts for good) and why it did or did not count.
 *
 * @example
 * const j: JudgedPrior = { caseId: 'case-7', type: 'platform-rule-breach', rung: 'warning', decidedAt, expiresAt: '2026-07-10T02:00:00.000Z', status: 'repeat' };
 */
export interface JudgedPrior extends PriorSanction {
  readonly expiresAt?: string;
  /**
   * `repeat`: live, of the same or a related type, within the repeat window (it climbs); `live`: live but
   * not a repeat (conversions count it); `outside-window`: live but decided before the window; `expired`:
   * past its validity; `later`: decided after this violation occurred.
   */
  readonly status: 'repeat' | 'live' | 'outside-window' | 'expired' | 'later';
}

/**
 * What {@link proposeSanction} is asked about: the violation type, the severity the investigator graded
 * (the type's own when absent), when it occurred, the person's earlier sanctions, and whether the case
 * rests on a KPI rating alone.
 *
 * @example
 * const q: ViolationFacts = { type: 'platform-rule-breach', occurredAt: '2026-03-01T02:00:00.000Z', history: [] };
 */
export interface ViolationFacts {
  readonly type: string;
  readonly severity?: ViolationSeverity | undefined;
  readonly occurredAt: string;
  readonly history: readonly PriorSanction[];
  /** The case was opened from a KPI rating and nothing else (劳动合同法 art.40(2)). */
  readonly kpiAlone?: boolean | undefined;
}

/**
 * A proposed sanction and its explanation (DSC-6). A proposal only: a person holding the right decides.
 *
 * @example
 * const p: SanctionProposal = proposeSanction(facts, defaultPolicy).value;
 * p.rung //=> 'rectification'
 */
export interface SanctionProposal {
  readonly rung: string;
  readonly severity: ViolationSeverity;
  /** Where the violation starts: its type's default rung, raised to its severity's floor. */
  readonly start: string;
  readonly priors: readonly JudgedPrior[];
  /** The conversion that applied (its live sanctions, by case), if one did. */
  readonly conversion?: { readonly from: string; readonly count: number; readonly to: string; readonly caseIds: readonly string[] };
  /** Rungs passed over on the way (a fine while fines are off). */
  readonly skipped: readonly string[];
  /** The proposal was held below dismissal because the case rests on a KPI rating alone. */
  readonly heldBelowDismissal: boolean;
  /** The explanation, step by step, in three languages. */
  readonly explanation: readonly Labels[];
}

/**
 * The instant `months` calendar months after `from` in `timeZone` (the same wall-clock time; the last
 * day of a shorter month when the day does not exist), by date-fns.
 *
 * @example
 * monthsLater('2026-01-31T02:00:00.000Z', 1, 'Asia/Shanghai') //=> '2026-02-28T02:00:00.000Z'
 */
export function monthsLater(from: string, months: number, timeZone: string): string {
  // A TZDate prints its own offset; the library stores instants in UTC.
  return new Date(addMonths(from, months, { in: tz(timeZone) }).getTime()).toISOString();
}

/**
 * The instant `days` calendar days after `from` in `timeZone` (the same wall-clock time), by date-fns.
 *
 * @example
 * daysLater('2026-03-01T02:00:00.000Z', 7, 'Asia/Shanghai') //=> '2026-03-08T02:00:00.000Z'
 */
export function daysLater(from: string, days: number, timeZone: string): string {
  return new Date(addDays(from, days, { in: tz(timeZone) }).getTime()).toISOString();
}

/**
 * When a sanction at `rung` decided at `decidedAt` stops counting for escalation: its validity in months
 * later, in the policy's time zone; `undefined` for a rung without validity (it counts for good). It
 * counts up to, not including, that instant.
 *
 * @example
 * sanctionExpiresAt({ validityMonths: 6 }, '2026-01-10T02:00:00.000Z', 'Asia/Shanghai') //=> '2026-07-10T02:00:00.000Z'
 */
export function sanctionExpiresAt(rung: Pick<SanctionRung, 'validityMonths'>, decidedAt: string, timeZone: string): string | undefined {
  return rung.validityMonths === undefined ? undefined : monthsLater(decidedAt, rung.validityMonths, timeZone);
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const instant = (v: unknown): number => (typeof v === 'string' && v.length <= 40 && ISO.test(v) ? Date.parse(v) : Number.NaN);

const lbl = (r: SanctionRung | undefined, id: string) => r?.labels ?? { 'zh-CN': id, 'zh-TW': id, en: id };

/**
 * Propose the sanction for a violation (DSC-6), with its explanation. Start at the type's default rung,
 * never below its severity's floor (a gross violation starts at the gross floor, the top by default);
 * climb one rung above the heaviest earlier sanction of the same or a related type that is still live
 * and was decided within the repeat window; apply conversions (two live warnings count as a demerit: the
 * proposal is then at least a demerit); pass over fines while the policy turns them off; and hold the
 * proposal below dismissal when the case rests on a KPI rating alone (劳动合同法 art.40(2)). Expiry and the
 * window are calendar months in the policy's time zone. Never throws: an unknown type, a time that is
 * not ISO-8601 with an offset, or an earlier sanction at a rung the ladder lacks is `invalid-input`.
 *
 * The result is a proposal: nothing is decided until a person holding the rung's right decides it.
 *
 * @example
 * const history = [{ caseId: 'case-1', type: 'platform-rule-breach', rung: 'warning', decidedAt: '2026-01-10T02:00:00.000Z' }];
 * proposeSanction({ type: 'platform-rule-breach', occurredAt: '2026-03-01T02:00:00.000Z', history }, defaultPolicy).value.rung //=> 'rectification'
 * proposeSanction({ type: 'platform-rule-breach', occurredAt: '2026-08-01T02:00:00.000Z', history }, defaultPolicy).value.rung //=> 'warning' (the warning expired on 2026-07-10)
 */
export function proposeSanction(facts: ViolationFacts, rules: DisciplineRules): Result<SanctionProposal> {
  const malformed = rulesIssues(rules);
  if (!isObject(facts)) malformed.unshift(issue(['facts'], words('must be the facts of a violation', '须为违规事实', '須為違規事實'), 'DSC-6'));
  if (malformed.length > 0) return fail(invalidInput(malformed, 'DSC-6'));
  const d = rules.discipline;
  const zone = rules.timeZone;
  const issues: Issue[] = [];
  const type = d.violationTypes.find((t) => t.id === facts.type);
  const t = shown(facts.type);
  if (!type) issues.push(issue(['type'], words(`no violation type "${t}" in the policy`, `制度中没有违规类型「${t}」`, `制度中沒有違規類型「${t}」`), 'DSC-1'));
  const at = instant(facts.occurredAt);
  if (Number.isNaN(at)) issues.push(issue(['occurredAt'], words('must be an ISO-8601 time with offset', '须为带时区的 ISO-8601 时间', '須為帶時區的 ISO-8601 時間'), 'DSC-6'));
  const rank = new Map(d.ladder.map((r, i) => [r.id, i]));
  const history = Array.isArray(facts.history) ? facts.history : [];
  if (!Array.isArray(facts.history)) issues.push(issue(['history'], words('must be a list of earlier sanctions', '须为既往处理的列表', '須為既往處理的列表'), 'DSC-6'));
  history.forEach((p, i) => {
    const rung = shown(p?.rung);
    if (typeof p !== 'object' || p === null || !rank.has(p.rung)) issues.push(issue(['history', i, 'rung'], words(`no rung "${rung}" on the ladder`, `处理阶梯中没有「${rung}」`, `處理階梯中沒有「${rung}」`), 'DSC-6'));
    else if (Number.isNaN(instant(p.decidedAt))) issues.push(issue(['history', i, 'decidedAt'], words('must be an ISO-8601 time with offset', '须为带时区的 ISO-8601 时间', '須為帶時區的 ISO-8601 時間'), 'DSC-6'));
  });
  const severity = facts.severity ?? type?.severity;
  if (facts.severity !== undefined && facts.severity !== 'minor' && facts.severity !== 'serious' && facts.severity !== 'gross') {
    issues.push(issue(['severity'], words('must be minor, serious or gross', '须为轻微、严重或特别严重', '須為輕微、嚴重或特別嚴重'), 'DSC-3'));
  }
  if (issues.length > 0 || !type || !severity) return fail(invalidInput(issues, issues[0]?.rule));

  const ladder = d.ladder;
  const top = ladder.length - 1;
  const explanation: Labels[] = [];
  const name = (i: number) => lbl(ladder[i], String(i));
  const floor = rank.get(d.severityFloors[severity]) ?? 0;
  const start = Math.max(rank.get(type.defaultRung) ?? 0, floor);
  explanation.push(
    words(
      `${type.labels.en} (${severity}): starts at ${name(start).en} (the type's rung ${lbl(ladder[rank.get(type.defaultRung) ?? 0], type.defaultRung).en}, the ${severity} floor ${name(floor).en})`,
      `${type.labels['zh-CN']}（${severityWord[severity]['zh-CN']}）：起点为「${name(start)['zh-CN']}」`,
      `${type.labels['zh-TW']}（${severityWord[severity]['zh-TW']}）：起點為「${name(start)['zh-TW']}」`,
    ),
  );

  const related = new Set([type.id, ...type.related]);
  for (const t of d.violationTypes) if (t.related.includes(type.id)) related.add(t.id);
  const priors: JudgedPrior[] = history.map((p) => {
    const rung = ladder[rank.get(p.rung)!]!;
    const expiresAt = sanctionExpiresAt(rung, p.decidedAt, zone);
    const base = { caseId: p.caseId, type: p.type, rung: p.rung, decidedAt: p.decidedAt, ...(expiresAt === undefined ? {} : { expiresAt }) };
    const decided = instant(p.decidedAt);
    if (decided > at) return { ...base, status: 'later' as const };
    if (expiresAt !== undefined && at >= Date.parse(expiresAt)) return { ...base, status: 'expired' as const };
    if (!related.has(p.type)) return { ...base, status: 'live' as const };
    return { ...base, status: at < Date.parse(monthsLater(p.decidedAt, d.repeatWindowMonths, zone)) ? ('repeat' as const) : ('outside-window' as const) };
  });
  const say = (p: JudgedPrior, en: string, zhCN: string, zhTW: string) => {
    const r = lbl(ladder[rank.get(p.rung)!], p.rung);
    explanation.push(words(`${p.caseId} (${r.en}, ${p.decidedAt.slice(0, 10)}): ${en}`, `${p.caseId}（${r['zh-CN']}，${p.decidedAt.slice(0, 10)}）：${zhCN}`, `${p.caseId}（${r['zh-TW']}，${p.decidedAt.slice(0, 10)}）：${zhTW}`));
  };
  for (const p of priors) {
    if (p.status === 'expired') say(p, `expired on ${p.expiresAt}, does not count`, `已于 ${p.expiresAt} 失效，不计入`, `已於 ${p.expiresAt} 失效，不計入`);
    else if (p.status === 'later') say(p, 'decided after this violation occurred, does not count', '在本次违规之后作出，不计入', '在本次違規之後作出，不計入');
    else if (p.status === 'outside-window') say(p, `outside the ${d.repeatWindowMonths}-month repeat window`, `超出 ${d.repeatWindowMonths} 个月的重复违规期限`, `超出 ${d.repeatWindowMonths} 個月的重複違規期限`);
    else if (p.status === 'live') say(p, 'live, not of a related type: no climb', '仍有效，但非同类违规，不升级', '仍有效，但非同類違規，不升級');
    else say(p, `a repeat within ${d.repeatWindowMonths} months`, `${d.repeatWindowMonths} 个月内重复违规`, `${d.repeatWindowMonths} 個月內重複違規`);
  }

  let proposal = start;
  const repeats = priors.filter((p) => p.status === 'repeat');
  if (repeats.length > 0) {
    const heaviest = Math.max(...repeats.map((p) => rank.get(p.rung)!));
    if (heaviest + 1 > proposal) {
      proposal = Math.min(top, heaviest + 1);
      explanation.push(words(`climbs one rung above ${name(heaviest).en}: ${name(proposal).en}`, `在「${name(heaviest)['zh-CN']}」基础上升一级：「${name(proposal)['zh-CN']}」`, `在「${name(heaviest)['zh-TW']}」基礎上升一級：「${name(proposal)['zh-TW']}」`));
    }
  }
  let conversion: SanctionProposal['conversion'];
  const live = priors.filter((p) => p.status === 'repeat' || p.status === 'live' || p.status === 'outside-window');
  for (const c of d.conversions) {
    const counted = live.filter((p) => p.rung === c.from);
    const to = rank.get(c.to);
    if (to === undefined || counted.length < c.count) continue;
    conversion ??= { from: c.from, count: c.count, to: c.to, caseIds: counted.map((p) => p.caseId) };
    if (to > proposal) proposal = to;
    explanation.push(
      words(
        `${counted.length} live ${lbl(ladder[rank.get(c.from)!], c.from).en} count as ${name(to).en}: at least ${name(to).en}`,
        `${counted.length} 次有效「${lbl(ladder[rank.get(c.from)!], c.from)['zh-CN']}」折算为「${name(to)['zh-CN']}」`,
        `${counted.length} 次有效「${lbl(ladder[rank.get(c.from)!], c.from)['zh-TW']}」折算為「${name(to)['zh-TW']}」`,
      ),
    );
  }
  const skipped: string[] = [];
  while (proposal < top && ladder[proposal]!.kind === 'fine' && d.legalCaps.fines.rule === 'off') {
    skipped.push(ladder[proposal]!.id);
    explanation.push(words(`${name(proposal).en} passed over: fines are off (${d.legalCaps.fines.basis.en})`, `跳过「${name(proposal)['zh-CN']}」：${d.legalCaps.fines.basis['zh-CN']}`, `跳過「${name(proposal)['zh-TW']}」：${d.legalCaps.fines.basis['zh-TW']}`));
    proposal++;
  }
  let held = false;
  if (facts.kpiAlone === true && d.legalCaps.kpiAloneNoDismissal.enabled) {
    while (proposal > 0 && ladder[proposal]!.kind === 'dismissal') {
      proposal--;
      held = true;
    }
    if (held) explanation.push(words(`held at ${name(proposal).en}: never dismissal on a KPI rating alone (${d.legalCaps.kpiAloneNoDismissal.basis.en})`, `仅凭绩效考核结果不得解雇，降为「${name(proposal)['zh-CN']}」（${d.legalCaps.kpiAloneNoDismissal.basis['zh-CN']}）`, `僅憑績效考核結果不得解僱，降為「${name(proposal)['zh-TW']}」（${d.legalCaps.kpiAloneNoDismissal.basis['zh-TW']}）`));
  }
  explanation.push(words(`proposed: ${name(proposal).en}; a person holding the right decides`, `建议处理：「${name(proposal)['zh-CN']}」，由有权人员决定`, `建議處理：「${name(proposal)['zh-TW']}」，由有權人員決定`));
  return ok({ rung: ladder[proposal]!.id, severity, start: ladder[start]!.id, priors, ...(conversion ? { conversion } : {}), skipped, heldBelowDismissal: held, explanation });
}

const severityWord: Record<ViolationSeverity, Labels> = {
  minor: { 'zh-CN': '轻微', 'zh-TW': '輕微', en: 'minor' },
  serious: { 'zh-CN': '严重', 'zh-TW': '嚴重', en: 'serious' },
  gross: { 'zh-CN': '特别严重', 'zh-TW': '特別嚴重', en: 'gross' },
};

/**
 * Compensation deducted from a month's wage (DSC-4), with the month's wage and the local minimum wage the
 * host supplies, all in integer minor units (分).
 *
 * @example
 * const c: WageDeduction = { amount: 100_000, monthWage: 800_000, minimumWage: 248_000 };
 */
export interface WageDeduction {
  readonly amount: number;
  readonly monthWage: number;
  readonly minimumWage: number;
}

/**
 * What a sanction about to be decided is checked against (DSC-3, DSC-4, DSC-6): the rung, the case's
 * severity, whether the union has been notified, whether the case rests on a KPI rating alone, and any
 * deduction from wages.
 *
 * @example
 * const s: SanctionDraft = { rung: 'dismissal', severity: 'gross', unionNotified: false, kpiAlone: false };
 */
export interface SanctionDraft {
  readonly rung: string;
  readonly severity: ViolationSeverity;
  readonly unionNotified: boolean;
  readonly kpiAlone: boolean;
  readonly compensation?: WageDeduction | undefined;
}

/**
 * What a sanction that passed its checks carries: the rung, whether it changes the contract (with the
 * basis to cite), whether a fine was decided under a warn-only rule, and whether a written self-review
 * is required (every minor violation, S2 处理措施.1).
 *
 * @example
 * const c: CheckedSanction = checkSanction(draft, defaultDisciplinePolicy).value;
 * c.contractChange //=> true (a demotion)
 */
export interface CheckedSanction {
  readonly rung: SanctionRung;
  readonly contractChange: boolean;
  readonly fineWarning: boolean;
  readonly selfReviewRequired: boolean;
}

/**
 * Check a sanction against the ladder and the legal caps before it is decided: the rung exists and is
 * not below the severity's floor (DSC-6); a fine is refused while fines are off (DSC-3); a rung that
 * needs the union notified is refused until it has been (劳动合同法 art.43, DSC-3); a dismissal on a KPI
 * rating alone is refused (art.40(2)); a deduction above the policy's share of the month's wage, or one
 * that leaves less than the local minimum wage, is refused (工资支付暂行规定 art.16, DSC-4). Each refusal is
 * `invalid-input` at the field, naming the rule and the basis.
 *
 * @example
 * checkSanction({ rung: 'warning', severity: 'minor', unionNotified: false, kpiAlone: false, compensation: { amount: 200_000, monthWage: 800_000, minimumWage: 248_000 } }, defaultDisciplinePolicy).error.issues[0].path //=> ['compensation', 'amount']
 * checkSanction({ rung: 'demotion', severity: 'serious', unionNotified: false, kpiAlone: false }, defaultDisciplinePolicy).value.contractChange //=> true
 */
export function checkSanction(s: SanctionDraft, d: DisciplinePolicy): Result<CheckedSanction> {
  const bad = (path: Array<string | number>, rule: string, en: string, zhCN: string, zhTW: string) => fail(invalidInput([issue(path, words(en, zhCN, zhTW), rule)], rule));
  if (!isObject(s)) return bad([], 'DSC-3', 'must be a sanction to check', '须为待检查的处理', '須為待檢查的處理');
  if (!Object.hasOwn(severityWord, String(typeof s.severity === 'string' ? s.severity : ''))) return bad(['severity'], 'DSC-6', 'must be minor, serious or gross', '须为 minor、serious 或 gross', '須為 minor、serious 或 gross');
  if (typeof s.rung !== 'string') return bad(['rung'], 'DSC-3', `must be a rung id, not ${typeof s.rung}`, `须为处理阶梯 id，而非 ${typeof s.rung}`, `須為處理階梯 id，而非 ${typeof s.rung}`);
  const malformed = disciplineIssues(d, ['discipline']);
  if (malformed.length > 0) return fail(invalidInput(malformed, 'DSC-3'));
  const i = d.ladder.findIndex((r) => r.id === s.rung);
  const rung = d.ladder[i];
  if (!rung) return bad(['rung'], 'DSC-3', `no rung "${s.rung}" on the ladder`, `处理阶梯中没有「${s.rung}」`, `處理階梯中沒有「${s.rung}」`);
  const caps = d.legalCaps;
  const kpiCap = s.kpiAlone && caps.kpiAloneNoDismissal.enabled;
  if (kpiCap && rung.kind === 'dismissal') {
    return bad(['rung'], 'DSC-3', `never a dismissal on a KPI rating alone (${caps.kpiAloneNoDismissal.basis.en})`, `仅凭绩效考核结果不得解雇（${caps.kpiAloneNoDismissal.basis['zh-CN']}）`, `僅憑績效考核結果不得解僱（${caps.kpiAloneNoDismissal.basis['zh-TW']}）`);
  }
  let floor = d.ladder.findIndex((r) => r.id === d.severityFloors[s.severity]);
  // The law's cap wins over the policy's floor: a KPI-only case is never floored at dismissal.
  while (kpiCap && floor > 0 && d.ladder[floor]!.kind === 'dismissal') floor--;
  if (i < floor) {
    const f = d.ladder[floor]!;
    return bad(['rung'], 'DSC-6', `a ${s.severity} violation gets at least ${f.labels.en}`, `${severityWord[s.severity]['zh-CN']}违规的处理不得轻于「${f.labels['zh-CN']}」`, `${severityWord[s.severity]['zh-TW']}違規的處理不得輕於「${f.labels['zh-TW']}」`);
  }
  if (rung.kind === 'fine' && caps.fines.rule === 'off') {
    return bad(['rung'], 'DSC-3', `fines are off: ${caps.fines.basis.en}`, `不得罚款：${caps.fines.basis['zh-CN']}`, `不得罰款：${caps.fines.basis['zh-TW']}`);
  }
  if (rung.notifyUnion && caps.unionNotice.required && !s.unionNotified) {
    return bad(['rung'], 'DSC-3', `${rung.labels.en} needs the union notified first (${caps.unionNotice.basis.en})`, `「${rung.labels['zh-CN']}」须事先通知工会（${caps.unionNotice.basis['zh-CN']}）`, `「${rung.labels['zh-TW']}」須事先通知工會（${caps.unionNotice.basis['zh-TW']}）`);
  }
  const c = s.compensation;
  if (c) {
    const w = caps.wageDeduction;
    // 分 times basis points can pass 2^53: compared exactly in BigInt.
    if (BigInt(c.amount) * 10_000n > BigInt(c.monthWage) * BigInt(w.maxShareBp)) {
      return bad(['compensation', 'amount'], 'DSC-4', `deducts more than ${w.maxShareBp / 100}% of the month's wage (${w.basis.en})`, `扣除超过当月工资的 ${w.maxShareBp / 100}%（${w.basis['zh-CN']}）`, `扣除超過當月工資的 ${w.maxShareBp / 100}%（${w.basis['zh-TW']}）`);
    }
    if (w.keepMinimumWage && c.monthWage - c.amount < c.minimumWage) {
      return bad(['compensation', 'amount'], 'DSC-4', `leaves less than the local minimum wage (${w.basis.en})`, `扣除后低于当地最低工资标准（${w.basis['zh-CN']}）`, `扣除後低於當地最低工資標準（${w.basis['zh-TW']}）`);
    }
  }
  return ok({ rung, contractChange: rung.changesContract, fineWarning: rung.kind === 'fine' && caps.fines.rule === 'warn', selfReviewRequired: s.severity === 'minor' });
}
