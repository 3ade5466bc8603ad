import * as z from 'zod';
import { metricAggregation, metricDirection, metricUnit, zeroRule } from '../kpi/catalogue.js';
import { annualRollupRule, attainmentMethod, notAssessableRule } from './kpi-check.js';
import { LabelsSchema, policyKey as key } from './primitives.js';

const finite = z.number().refine(Number.isFinite, 'must be a finite number');
const TermSchema = z.object({ input: z.string().regex(/^[A-Za-z][A-Za-z0-9]*$/, 'must be an input name such as adClicks'), coefficient: finite.optional() });

/**
 * A metric a host registers as data (KPI-1), for example WeChat 在看 ("wow") counts.
 *
 * @example
 * MetricDefinitionSchema.parse({ id: 'wechat-wow', labels, formula: { kind: 'sum', terms: [{ input: 'wows' }] }, unit: 'count', direction: 'higher', aggregation: 'recompute', zero: 'null' });
 */
export const MetricDefinitionSchema = z.object({
  id: key,
  labels: LabelsSchema,
  formula: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('sum'), terms: z.array(TermSchema).min(1) }),
    z.object({ kind: z.literal('ratio'), numerator: z.array(TermSchema).min(1), denominator: z.array(TermSchema).min(1), scale: finite.optional() }),
  ]),
  unit: z.enum(metricUnit.values),
  direction: z.enum(metricDirection.values),
  aggregation: z.enum(metricAggregation.values),
  zero: z.enum(zeroRule.values),
  source: z.string().optional(),
});

const IndicatorSchema = z.object({
  metric: key,
  weightBp: z.number(),
  target: finite,
  method: z.enum(attainmentMethod.values),
  band: z.object({ low: finite, high: finite, tolerance: finite }).optional(),
  piecewise: z.object({ threshold: finite, stretch: finite, thresholdAttainment: finite }).optional(),
  floor: finite,
  cap: finite,
});

/**
 * The KPI section of a policy (KPI-2..KPI-4): scorecards, rating bands with rewards, vetoes, the choice
 * for indicators that cannot be assessed, the annual roll-up, and host-registered metrics.
 *
 * @example
 * KpiPolicySchema.parse(defaultPolicy.kpi);
 */
export const KpiPolicySchema = z.object({
  metrics: z.array(MetricDefinitionSchema),
  scorecards: z.array(z.object({ id: key, labels: LabelsSchema, department: key, indicators: z.array(IndicatorSchema) })),
  bands: z
    .array(z.object({ rating: z.string().min(1).max(8), labels: LabelsSchema, min: finite, bonusCoefficientBp: z.number().int().min(0), promotionEligible: z.boolean() }))
    .min(1),
  vetoes: z.array(z.object({ id: key, labels: LabelsSchema, capRating: z.string().min(1) })),
  notAssessable: z.enum(notAssessableRule.values),
  annualRollup: z.enum(annualRollupRule.values),
});
