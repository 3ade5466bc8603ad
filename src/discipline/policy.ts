import * as z from 'zod';
import { LabelsSchema, list, policyKey } from '../core/schema.js';
import type { OrgPolicy, PolicyProblem } from '../org/policy.js';
import { fineRule, sanctionKind, vetoSubject, violationSeverity } from './labels.js';

export { defaultDisciplinePolicy } from './defaults.js';

const source = z.string().max(160);

/**
 * One rung of the sanction ladder (DSC-2, DSC-3): its id and labels, what it does (`kind`, which the
 * legal caps read), whether the union must be notified first, whether it changes the labour contract,
 * how many months it counts for later escalation (absent: for good), and the decision rights of which
 * any one lets a person decide it.
 *
 * @example
 * SanctionRungSchema.parse({ id: 'warning', labels: { 'zh-CN': '警告', 'zh-TW': '警告', en: 'Warning' }, kind: 'warning', notifyUnion: false, changesContract: false, validityMonths: 6, decidedBy: ['discipline.decide'], source: 'S2 处理措施.1' });
 */
export const SanctionRungSchema = z.strictObject({
  id: policyKey,
  labels: LabelsSchema,
  kind: z.enum(sanctionKind.values),
  notifyUnion: z.boolean(),
  changesContract: z.boolean(),
  validityMonths: z.number().int().min(1).max(240).optional(),
  decidedBy: list(policyKey).min(1),
  source,
});
/** See {@link SanctionRungSchema}. @example const r: SanctionRung = defaultDisciplinePolicy.ladder[0]!; */
export type SanctionRung = z.infer<typeof SanctionRungSchema>;

/**
 * A violation type (DSC-1): id, labels, severity, the rung it starts at, and the types whose repeats
 * count as a repeat of it.
 *
 * @example
 * ViolationTypeSchema.parse({ id: 'fake-traffic', labels: { 'zh-CN': '恶意刷量', 'zh-TW': '惡意刷量', en: 'Fake traffic' }, severity: 'serious', defaultRung: 'demerit', source: 'S2 违规行为界定' }).related //=> []
 */
export const ViolationTypeSchema = z.strictObject({
  id: policyKey,
  labels: LabelsSchema,
  severity: z.enum(violationSeverity.values),
  defaultRung: policyKey,
  related: list(policyKey).default([]),
  source,
});
/** See {@link ViolationTypeSchema}. @example const t: ViolationType = defaultDisciplinePolicy.violationTypes[0]!; */
export type ViolationType = z.infer<typeof ViolationTypeSchema>;

/**
 * A legal cap's basis: the law and article in three languages. The caps' defaults come from Chinese
 * labour law, outside the seeds.
 *
 * @example
 * LegalBasisSchema.parse({ 'zh-CN': '《工资支付暂行规定》第十六条', 'zh-TW': '《工資支付暫行規定》第十六條', en: 'Interim Provisions on Wage Payment, art.16' });
 */
export const LegalBasisSchema = LabelsSchema;

/**
 * The legal caps on sanctions (DSC-3, DSC-4), each with its basis; editable data whose defaults come from
 * Chinese labour law (outside the seeds).
 *
 * @example
 * LegalCapsSchema.parse(defaultDisciplinePolicy.legalCaps).fines.rule //=> 'off'
 */
export const LegalCapsSchema = z.strictObject({
  /** Compensation deducted from a month's wage: at most `maxShareBp` of it, never leaving less than the local minimum wage. */
  wageDeduction: z.strictObject({ maxShareBp: z.number().int().min(0).max(10_000), keepMinimumWage: z.boolean(), basis: LegalBasisSchema }),
  /** Whether a fine may be decided. */
  fines: z.strictObject({ rule: z.enum(fineRule.values), basis: LegalBasisSchema }),
  /** A rung with `notifyUnion` is decided only after the union has been notified. */
  unionNotice: z.strictObject({ required: z.boolean(), basis: LegalBasisSchema }),
  /** A dismissal is never proposed or decided on a case opened from a KPI rating alone. */
  kpiAloneNoDismissal: z.strictObject({ enabled: z.boolean(), basis: LegalBasisSchema }),
  /** What a rung with `changesContract` cites when a decision is flagged as a contract change. */
  contractChange: z.strictObject({ basis: LegalBasisSchema }),
});
/** See {@link LegalCapsSchema}. @example const c: LegalCaps = defaultDisciplinePolicy.legalCaps; */
export type LegalCaps = z.infer<typeof LegalCapsSchema>;

/**
 * The discipline section of a policy (DSC-1..DSC-7): violation types, the ordered sanction ladder
 * (lightest first), the floor rung of each severity, the repeat window, conversions, the statement and
 * appeal windows, the legal caps, and which decided sanctions veto which KPI scorecards.
 *
 * @example
 * DisciplinePolicySchema.parse(defaultDisciplinePolicy).repeatWindowMonths //=> 12
 */
export const DisciplinePolicySchema = z.strictObject({
  violationTypes: list(ViolationTypeSchema).min(1),
  /** Lightest first. */
  ladder: list(SanctionRungSchema, 30).min(1),
  /** The lightest rung a violation of each severity may get (DSC-6). */
  severityFloors: z.strictObject({ minor: policyKey, serious: policyKey, gross: policyKey }),
  /** A repeat of the same or a related type decided within this many months climbs one rung. */
  repeatWindowMonths: z.number().int().min(1).max(120),
  /** `count` live sanctions at rung `from` count as one at rung `to`. */
  conversions: list(z.strictObject({ from: policyKey, count: z.number().int().min(2).max(20), to: policyKey }), 20),
  /** Days the employee has for a statement once notified of the proposal. */
  statementWindowDays: z.number().int().min(1).max(90),
  /** Days the employee has to appeal once the decision is made. */
  appealWindowDays: z.number().int().min(1).max(90),
  legalCaps: LegalCapsSchema,
  /** Which decided sanctions veto which scorecards in the period they were decided (DSC-7). */
  kpiVetoes: list(
    z.strictObject({
      veto: policyKey,
      rungs: list(policyKey).optional(),
      types: list(policyKey).optional(),
      subjects: list(z.enum(vetoSubject.values), 2).min(1),
    }),
    50,
  ),
});
/** See {@link DisciplinePolicySchema}. @example const d: DisciplinePolicy = defaultDisciplinePolicy; */
export interface DisciplinePolicy extends z.infer<typeof DisciplinePolicySchema> {}

/**
 * Problems of the discipline section beyond its schema: duplicate ids, rungs, types and rights that do
 * not exist, a type whose default rung is below its severity's floor, floors out of order, a conversion
 * that does not climb, and (given the KPI section) veto ids the KPI policy lacks. Paths are relative to
 * the section.
 *
 * @example
 * disciplinePolicyProblems(defaultDisciplinePolicy, defaultOrg) //=> []
 */
export function disciplinePolicyProblems(d: DisciplinePolicy, org: OrgPolicy, kpi?: { readonly vetoes: ReadonlyArray<{ readonly id: string }> }): PolicyProblem[] {
  const out: PolicyProblem[] = [];
  const rank = new Map<string, number>();
  d.ladder.forEach((r, i) => {
    if (rank.has(r.id)) out.push({ path: ['ladder', i, 'id'], message: `duplicate rung "${r.id}"`, rule: 'DSC-3' });
    else rank.set(r.id, i);
  });
  const rights = new Set(org.rights.map((r) => r.action));
  d.ladder.forEach((r, i) =>
    r.decidedBy.forEach((a, j) => {
      if (!rights.has(a)) out.push({ path: ['ladder', i, 'decidedBy', j], message: `unknown right "${a}"`, rule: 'DSC-5' });
    }),
  );
  const rung = (id: string, path: Array<string | number>, rule: string) => {
    if (!rank.has(id)) out.push({ path, message: `unknown rung "${id}"`, rule });
    return rank.get(id) ?? -1;
  };
  const floors = { minor: rung(d.severityFloors.minor, ['severityFloors', 'minor'], 'DSC-6'), serious: rung(d.severityFloors.serious, ['severityFloors', 'serious'], 'DSC-6'), gross: rung(d.severityFloors.gross, ['severityFloors', 'gross'], 'DSC-6') };
  if (floors.serious >= 0 && floors.minor > floors.serious) out.push({ path: ['severityFloors', 'serious'], message: 'the serious floor is lighter than the minor one', rule: 'DSC-6' });
  if (floors.gross >= 0 && floors.serious > floors.gross) out.push({ path: ['severityFloors', 'gross'], message: 'the gross floor is lighter than the serious one', rule: 'DSC-6' });
  const types = new Set<string>();
  d.violationTypes.forEach((t, i) => {
    if (types.has(t.id)) out.push({ path: ['violationTypes', i, 'id'], message: `duplicate violation type "${t.id}"`, rule: 'DSC-1' });
    types.add(t.id);
  });
  d.violationTypes.forEach((t, i) => {
    const r = rung(t.defaultRung, ['violationTypes', i, 'defaultRung'], 'DSC-1');
    if (r >= 0 && r < floors[t.severity]) out.push({ path: ['violationTypes', i, 'defaultRung'], message: `"${t.defaultRung}" is lighter than the ${t.severity} floor "${d.severityFloors[t.severity]}"`, rule: 'DSC-6' });
    t.related.forEach((x, j) => {
      if (!types.has(x)) out.push({ path: ['violationTypes', i, 'related', j], message: `unknown violation type "${x}"`, rule: 'DSC-6' });
    });
  });
  d.conversions.forEach((c, i) => {
    const from = rung(c.from, ['conversions', i, 'from'], 'DSC-6');
    const to = rung(c.to, ['conversions', i, 'to'], 'DSC-6');
    if (from >= 0 && to >= 0 && to <= from) out.push({ path: ['conversions', i, 'to'], message: `"${c.to}" is not heavier than "${c.from}"`, rule: 'DSC-6' });
  });
  const vetoes = kpi ? new Set(kpi.vetoes.map((v) => v.id)) : undefined;
  d.kpiVetoes.forEach((v, i) => {
    if (vetoes && !vetoes.has(v.veto)) out.push({ path: ['kpiVetoes', i, 'veto'], message: `the KPI policy has no veto "${v.veto}"`, rule: 'DSC-7' });
    v.rungs?.forEach((r, j) => rung(r, ['kpiVetoes', i, 'rungs', j], 'DSC-7'));
    v.types?.forEach((x, j) => {
      if (!types.has(x)) out.push({ path: ['kpiVetoes', i, 'types', j], message: `unknown violation type "${x}"`, rule: 'DSC-7' });
    });
  });
  return out;
}

/**
 * The discipline section as a host writes it (JSON before validation: defaults may be left out).
 *
 * @example
 * const discipline: DisciplinePolicyInput = defaultDisciplinePolicy;
 */
export interface DisciplinePolicyInput extends z.input<typeof DisciplinePolicySchema> {}
