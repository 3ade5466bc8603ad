import * as z from 'zod';
import type { RiskLevel } from '../core/risk-level.js';
import { idString, isoDateTime, list, policyKey, reasonText, text } from '../core/schema.js';
import { LIMITS } from '../core/text.js';
import type { RiskGrading } from './grade.js';
import { platformAppealOutcome, relatedKind, riskCategory, riskTopic, platformSanctionKind, treatmentStrategy, type PlatformAppealOutcome, type AssessmentMethod, type RelatedKind, type RiskCategory, type RiskTopic, type PlatformSanctionKind, type TreatmentStrategy } from './labels.js';

/**
 * Something a risk entry points at (RSK-1): a content item, a campaign or an account, by kind and the
 * id the host gave it.
 *
 * @example
 * RelatedRefSchema.parse({ kind: 'account', id: 'weibo-official' });
 */
export const RelatedRefSchema = z.strictObject({ kind: z.enum(relatedKind.values), id: idString });
/** See {@link RelatedRefSchema}. @example const r: RelatedRef = { kind: 'content', id: 'post-1' }; */
export interface RelatedRef {
  readonly kind: RelatedKind;
  readonly id: string;
}

/**
 * How an assessment names a position on the matrix (RSK-2): by levels (qualitative), or by a
 * probability (0–1) and a money impact in 分 (quantitative), which the matrix's thresholds turn into
 * levels.
 *
 * @example
 * AssessmentInputSchema.parse({ probability: 0.3, impactFen: 50_000_000 });
 */
export const AssessmentInputSchema = z.union([
  z.strictObject({ likelihood: policyKey, impact: policyKey }),
  z.strictObject({ probability: z.number().min(0).max(1), impactFen: z.number().int('must be whole 分 (fen)').min(0).max(Number.MAX_SAFE_INTEGER) }),
]);

/**
 * A platform sanction reported on create (RSK-5): the platform, the sanction, the account it hit and,
 * when known, the content that caused it (both `{ kind, id }` references), a summary, and the time the
 * platform's notice says (as claimed).
 *
 * @example
 * IncidentInputSchema.parse({ platform: 'weibo', sanction: 'ban', account: { kind: 'account', id: 'weibo-official' }, cause: { kind: 'content', id: 'post-9' }, summary: '因涉嫌虚假宣传被封禁 7 天' });
 */
export const IncidentInputSchema = z.strictObject({
  platform: policyKey,
  sanction: z.enum(platformSanctionKind.values),
  account: z.strictObject({ kind: z.literal('account'), id: idString }),
  cause: z.strictObject({ kind: z.literal('content'), id: idString }).optional(),
  summary: text(LIMITS.text),
  noticedAt: isoDateTime.optional(),
});

/**
 * A platform rule change logged on create (RSK-5, S2 平台规则风险.1): the platform, the day the change
 * takes effect, a summary, and the channels it affects, whose content and review chains are marked for
 * review.
 *
 * @example
 * RuleChangeInputSchema.parse({ platform: 'douyin', effectiveOn: '2026-04-01', summary: '营销号须标注广告', channels: ['douyin'] });
 */
export const RuleChangeInputSchema = z.strictObject({
  platform: policyKey,
  effectiveOn: z.string().length(10).regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'must be a day such as 2026-04-01'),
  summary: text(LIMITS.text),
  channels: list(policyKey, 50).min(1),
});

/**
 * The payload of each risk command, by type (RSK-1..RSK-6). The envelope (`id`, `type`, a claimed `at`)
 * is the kit's; who acts and when come from the host.
 *
 * @example
 * riskPayloads.assess.parse({ inherent: { likelihood: 'high', impact: 'high' }, current: { likelihood: 'medium', impact: 'high' }, target: 'medium' });
 */
export const riskPayloads = {
  create: z.strictObject({
    category: z.enum(riskCategory.values),
    topic: z.enum(riskTopic.values).optional(),
    title: text(LIMITS.name),
    description: text(LIMITS.text),
    /** The department that owns the risk; the actor's own (or the policy's incident owner for an incident) when omitted. */
    ownerDepartment: policyKey.optional(),
    related: list(RelatedRefSchema, 50).default([]),
    incident: IncidentInputSchema.optional(),
    ruleChange: RuleChangeInputSchema.optional(),
  }),
  edit: z.strictObject({
    title: text(LIMITS.name).optional(),
    description: text(LIMITS.text).optional(),
    related: list(RelatedRefSchema, 50).optional(),
  }),
  assess: z.strictObject({
    /** Before any control (inherent risk). */
    inherent: AssessmentInputSchema,
    /** With the controls already in place (current risk). */
    current: AssessmentInputSchema,
    /** The grade the treatment aims at (target residual risk), a grade of the matrix. */
    target: policyKey,
    controls: text(LIMITS.text).optional(),
  }),
  'plan-treatment': z.strictObject({
    strategy: z.enum(treatmentStrategy.values).exclude(['accept']),
    actions: list(
      z.strictObject({ description: text(LIMITS.text), ownerDepartment: policyKey, ownerId: idString.optional(), dueAt: isoDateTime }),
      50,
    ).min(1),
  }),
  'complete-action': z.strictObject({ action: z.string().min(1).max(LIMITS.key), note: text(LIMITS.text).optional() }),
  'start-monitoring': z.strictObject({}),
  accept: z.strictObject({ reason: reasonText }),
  review: z.strictObject({ note: reasonText }),
  'record-legal-opinion': z.strictObject({ opinion: reasonText, reference: text(LIMITS.name).optional() }),
  'plan-rectification': z.strictObject({ plan: reasonText, dueAt: isoDateTime }),
  'complete-rectification': z.strictObject({ note: reasonText }),
  'submit-appeal': z.strictObject({ summary: reasonText }),
  'record-appeal-outcome': z.strictObject({ outcome: z.enum(platformAppealOutcome.values), note: text(LIMITS.text).optional() }),
  close: z.strictObject({ reason: reasonText }),
} as const;

/**
 * One grading as an assessment records it (RSK-2): the levels, grade and three-level grade, how it was
 * made, and the probability and money impact (分) when it was quantitative.
 *
 * @example
 * const g: AssessedGrading = { method: 'quantitative', probability: 0.3, impactFen: 50_000_000, likelihood: 'medium', impact: 'medium', grade: 'medium', level: 'medium' };
 */
export interface AssessedGrading extends RiskGrading {
  readonly method: AssessmentMethod;
  readonly probability?: number;
  readonly impactFen?: number;
}

/**
 * An assessment as recorded (RSK-2, RSK-3): inherent and current gradings, the target grade, the
 * controls, the matrix, who and when.
 *
 * @example
 * const a: RiskAssessment = { inherent, current, target: { grade: 'medium', level: 'medium' }, matrix: 'default-3x3', by: 'u-legal', at };
 */
export interface RiskAssessment {
  readonly inherent: AssessedGrading;
  readonly current: AssessedGrading;
  readonly target: { readonly grade: string; readonly level: RiskLevel };
  readonly controls?: string;
  /** The matrix the grades are on. */
  readonly matrix: string;
  readonly by: string;
  readonly at: string;
}

/**
 * One action of a treatment plan (RSK-4): what, whose, by when, and when it was done.
 *
 * @example
 * const a: TreatmentAction = { id: 'a-1', description: '上线前法务复核', ownerDepartment: 'legal', dueAt, done: undefined };
 */
export interface TreatmentAction {
  readonly id: string;
  readonly description: string;
  readonly ownerDepartment: string;
  readonly ownerId?: string;
  readonly dueAt: string;
  readonly done?: { readonly by: string; readonly at: string; readonly note?: string };
}

/**
 * A platform-sanction incident (RSK-5): the sanction, the account and content references, the
 * rectification 整改 and the appeals 申诉.
 *
 * @example
 * const i: PlatformIncident = { platform: 'weibo', sanction: 'ban', account: { kind: 'account', id: 'weibo-official' }, summary: '封禁 7 天', reportedAt, appeals: [] };
 */
export interface PlatformIncident {
  readonly platform: string;
  readonly sanction: PlatformSanctionKind;
  readonly account: { readonly kind: 'account'; readonly id: string };
  readonly cause?: { readonly kind: 'content'; readonly id: string };
  readonly summary: string;
  /** When the platform's notice says it happened, as claimed. */
  readonly noticedAt?: string;
  readonly reportedAt: string;
  readonly rectification?: { readonly plan: string; readonly dueAt: string; readonly by: string; readonly at: string; readonly completed?: { readonly by: string; readonly at: string; readonly note: string } };
  readonly appeals: ReadonlyArray<{ readonly summary: string; readonly by: string; readonly submittedAt: string; readonly outcome?: { readonly result: PlatformAppealOutcome; readonly note?: string; readonly by: string; readonly at: string } }>;
}

/**
 * A platform rule change as logged (RSK-5), with what it marked for review: the channels and the content
 * review chains that cover them.
 *
 * @example
 * const c: PlatformRuleChange = { platform: 'douyin', effectiveOn: '2026-04-01', summary: '营销号须标注广告', channels: ['douyin'], chains: ['social-low'], reviewers: ['marketing', 'legal'], loggedAt };
 */
export interface PlatformRuleChange {
  readonly platform: string;
  readonly effectiveOn: string;
  readonly summary: string;
  readonly channels: readonly string[];
  readonly chains: readonly string[];
  /** The departments told to review them (the policy's `platformRuleReviewers` when it was logged). */
  readonly reviewers: readonly string[];
  readonly loggedAt: string;
}

/**
 * Everything a risk-register entry remembers, plain JSON with times as ISO strings (RSK-1..RSK-6).
 *
 * @example
 * const ctx: RiskContext = record.snapshot.context;
 */
export interface RiskContext {
  readonly category: RiskCategory;
  readonly topic?: RiskTopic;
  readonly title: string;
  readonly description: string;
  readonly ownerDepartment: string;
  readonly related: readonly RelatedRef[];
  readonly identifiedBy: string;
  readonly assessment?: RiskAssessment;
  readonly treatment?: { readonly strategy: Exclude<TreatmentStrategy, 'accept'>; readonly actions: readonly TreatmentAction[]; readonly by: string; readonly at: string };
  /** The acceptance in force (RSK-4): who accepted which level, why, under which right, until when. */
  readonly acceptance?: { readonly level: RiskLevel; readonly reason: string; readonly right: string; readonly by: string; readonly at: string; readonly expiresAt: string } | undefined;
  /** The next review (RSK-4), set from the policy's interval for the current grade. */
  readonly reviewDueAt?: string;
  readonly reviews: ReadonlyArray<{ readonly note: string; readonly by: string; readonly at: string }>;
  readonly legalOpinion?: { readonly opinion: string; readonly reference?: string; readonly by: string; readonly at: string };
  readonly incident?: PlatformIncident;
  readonly ruleChange?: PlatformRuleChange;
  readonly closure?: { readonly reason: string; readonly by: string; readonly at: string };
}
