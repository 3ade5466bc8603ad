// The KPI section of the policy: its schema, its default (plain data in `defaults.ts`, so that scoring
// with it loads no zod) and the cross-checks a schema alone cannot make.
import * as z from 'zod';
import type { Labels } from '../core/labels.js';
import { issue, words, type Issue } from '../core/result.js';
import { LabelsSchema, list, policyKey as key, said, text } from '../core/schema.js';
import { LIMITS } from '../core/text.js';
import type { OrgPolicy } from '../org/policy.js';
import { builtInMetrics } from './catalogue.js';
import { cycleProblems, ratedMetricProblems, scorecardProblems } from './check.js';
import { annualRollupRule, appraisalCycle, attainmentMethod, metricAggregation, metricDirection, metricUnit, notAssessableRule, scorecardSubject, zeroRule } from './labels.js';
import type { KpiPolicy, MetricDefinition } from './model.js';

export { defaultKpiPolicy } from './defaults.js';

/**
 * The name of a metric input, as a formula's terms and the data use it (`adClicks`, `followersEnd`):
 * letters, digits and `_`, at most 80 characters. `constructor` and `__proto__` are valid names: the
 * library never reads inputs through an object's prototype.
 *
 * @example
 * InputNameSchema.parse('adClicks') //=> 'adClicks'
 * InputNameSchema.safeParse('ad clicks').success //=> false
 */
export const InputNameSchema = z
  .string()
  .max(LIMITS.key, said(`must be at most ${LIMITS.key} characters`, `最多 ${LIMITS.key} 个字符`, `最多 ${LIMITS.key} 個字元`))
  .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, said('must be an input name such as adClicks', '须为输入名，例如 adClicks', '須為輸入名，例如 adClicks'));

const TermSchema = z.strictObject({ input: InputNameSchema, coefficient: z.number().optional() });
const terms = list(TermSchema).min(1);

/**
 * A metric a host registers as data (KPI-1), for example WeChat 在看 ("wow") counts.
 *
 * @example
 * MetricDefinitionSchema.parse({ id: 'wechat-wow', labels, formula: { kind: 'sum', terms: [{ input: 'wows' }] }, unit: 'count', direction: 'higher', aggregation: 'recompute', zero: 'null' });
 */
export const MetricDefinitionSchema = z.strictObject({
  id: key,
  labels: LabelsSchema,
  formula: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('sum'), terms }),
    z.strictObject({ kind: z.literal('ratio'), numerator: terms, denominator: terms, scale: z.number().positive(said('must be positive', '须为正数', '須為正數')).optional() }),
  ]),
  unit: z.enum(metricUnit.values),
  direction: z.enum(metricDirection.values),
  aggregation: z.enum(metricAggregation.values),
  zero: z.enum(zeroRule.values),
  source: text(LIMITS.name).optional(),
  proxy: LabelsSchema.optional(),
  rating: z.strictObject({ min: z.number(), max: z.number() }).optional(),
});

const IndicatorSchema = z.strictObject({
  metric: key,
  // Whole positive basis points summing to 10000: checked by `scorecardProblems`, with its KPI-2 wording.
  weightBp: z.number(),
  target: z.number(),
  method: z.enum(attainmentMethod.values),
  band: z.strictObject({ low: z.number(), high: z.number(), tolerance: z.number() }).optional(),
  piecewise: z.strictObject({ threshold: z.number(), stretch: z.number(), thresholdAttainment: z.number() }).optional(),
  floor: z.number(),
  cap: z.number(),
});

// Weights are checked by `scorecardProblems`, with the KPI-2 wording, like the indicators' own.
const WeightSetSchema = z.strictObject({
  goal: key.optional(),
  campaignType: key.optional(),
  weights: list(z.strictObject({ metric: key, weightBp: z.number() })),
});

const cycles = list(z.enum(appraisalCycle.values), appraisalCycle.values.length);

const ScorecardSchema = z.strictObject({
  id: key,
  labels: LabelsSchema,
  subject: z.enum(scorecardSubject.values).optional(),
  department: key,
  indicators: list(IndicatorSchema),
  weightSets: list(WeightSetSchema).optional(),
  cycles: cycles.optional(),
});

/**
 * The KPI section of a policy (KPI-1..KPI-4): host-registered metrics, scorecards, rating bands with
 * rewards, vetoes, the choice for indicators that cannot be assessed, and the annual roll-up. Every
 * string and list is bounded; cross-references are checked by {@link kpiPolicyProblems}.
 *
 * @example
 * KpiPolicySchema.parse(defaultKpiPolicy);
 */
export const KpiPolicySchema = z.strictObject({
  metrics: list(MetricDefinitionSchema, LIMITS.longList),
  scorecards: list(ScorecardSchema, LIMITS.longList),
  bands: list(z.strictObject({ rating: text(8), labels: LabelsSchema, min: z.number(), bonusCoefficientBp: z.number().int().min(0), promotionEligible: z.boolean() })).min(1),
  vetoes: list(z.strictObject({ id: key, labels: LabelsSchema, capRating: text(8) })),
  notAssessable: z.enum(notAssessableRule.values),
  annualRollup: z.enum(annualRollupRule.values),
  // S3 §6.2.2 采用月度考核与年度考核相结合; the default keeps policies written before cycles were data valid.
  cycles: cycles.default(['month', 'year']),
});

// The schema's output is a KpiPolicy: scoring code and the policy share one set of types.
type Assert<T extends true> = T;
type SchemaFitsModel = Assert<z.output<typeof KpiPolicySchema> extends KpiPolicy ? true : false>;

function duplicates(ids: readonly string[], path: string, what: Labels, out: Issue[], field = 'id'): void {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) out.push(issue([path, i, field], words(`duplicate ${what.en} "${id}"`, `${what['zh-CN']}“${id}”重复`, `${what['zh-TW']}「${id}」重複`), 'KPI-2'));
    seen.add(id);
  });
}

/**
 * Problems in a KPI section that its schema alone cannot see, with paths relative to the section: a
 * host metric whose id collides with a built-in metric or another host metric, a duplicate scorecard id,
 * band rating or veto id, a scorecard for a department the organisation lacks, every problem of every
 * scorecard against the built-in catalogue plus `kpi.metrics` (see {@link scorecardProblems}: weights,
 * weight sets, unknown metrics, method parameters, methods that contradict the metric's direction,
 * cycles), a rated host metric that is not one rating input averaged (or taken from the latest
 * period) on a scale with min < max, cycles named twice or none, and a veto that caps at a rating no
 * band has. Each problem carries its wording in zh-CN, zh-TW and en.
 *
 * @example
 * kpiPolicyProblems(defaultKpiPolicy, defaultOrg) //=> []
 * kpiPolicyProblems({ ...defaultKpiPolicy, vetoes: [{ ...defaultKpiPolicy.vetoes[0]!, capRating: 'Z' }] }, defaultOrg)[0]?.path
 * //=> ['vetoes', 0, 'capRating']
 */
export function kpiPolicyProblems(kpi: KpiPolicy, org: OrgPolicy): Issue[] {
  const out: Issue[] = [];
  const builtIn = new Set(builtInMetrics.map((m) => m.id));
  kpi.metrics.forEach((m, i) => {
    if (builtIn.has(m.id)) out.push(issue(['metrics', i, 'id'], words(`"${m.id}" is a built-in metric`, `“${m.id}”是内置指标`, `「${m.id}」是內建指標`), 'KPI-1'));
    out.push(...ratedMetricProblems(m).map((p) => ({ ...p, path: ['metrics', i, ...p.path] })));
  });
  duplicates(kpi.metrics.map((m) => m.id), 'metrics', words('metric id', '指标 id', '指標 id'), out);
  duplicates(kpi.scorecards.map((c) => c.id), 'scorecards', words('scorecard id', '考核表 id', '考核表 id'), out);
  duplicates(kpi.bands.map((b) => b.rating), 'bands', words('rating', '评级', '評級'), out, 'rating');
  duplicates(kpi.vetoes.map((v) => v.id), 'vetoes', words('veto id', '否决项 id', '否決項 id'), out);
  const departments = new Set(org.departments.map((d) => d.id));
  const catalogue: readonly MetricDefinition[] = [...builtInMetrics, ...kpi.metrics];
  kpi.scorecards.forEach((card, i) => {
    if (!departments.has(card.department)) {
      out.push(issue(['scorecards', i, 'department'], words(`unknown department "${card.department}"`, `未知部门“${card.department}”`, `未知部門「${card.department}」`), 'KPI-2'));
    }
    for (const p of scorecardProblems(card, catalogue)) out.push({ ...p, path: ['scorecards', i, ...p.path] });
    // Cycles do not change a score, so scoring does not check them: the policy does.
    if (card.cycles !== undefined) out.push(...cycleProblems(card.cycles, ['scorecards', i, 'cycles']));
  });
  out.push(...cycleProblems(kpi.cycles, ['cycles']));
  const ratings = new Set(kpi.bands.map((b) => b.rating));
  kpi.vetoes.forEach((v, i) => {
    if (!ratings.has(v.capRating)) out.push(issue(['vetoes', i, 'capRating'], words(`unknown rating "${v.capRating}"`, `未知评级“${v.capRating}”`, `未知評級「${v.capRating}」`), 'KPI-4'));
  });
  return out;
}

/**
 * The KPI section as a host writes it (JSON before validation: defaults may be left out).
 *
 * @example
 * const kpi: KpiPolicyInput = defaultKpiPolicy;
 */
export interface KpiPolicyInput extends z.input<typeof KpiPolicySchema> {}

/**
 * The KPI section exactly as its schema validates it (the policy's `kpi`); {@link KpiPolicy} is the
 * read-only view the scoring functions take.
 *
 * @example
 * const kpi: KpiPolicySection = KpiPolicySchema.parse(defaultKpiPolicy);
 */
export interface KpiPolicySection extends z.infer<typeof KpiPolicySchema> {}
