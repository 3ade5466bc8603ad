import * as z from 'zod';
import { contentFormat, contentMetric, type ContentFormat, type ContentMetric } from './labels.js';
import { riskLevel, type RiskLevel } from '../core/risk-level.js';
import { isoDateTime, reasonText } from '../core/schema.js';

const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const tag = z.string().trim().min(1).max(100);

/**
 * A monitoring snapshot's numbers; every metric optional, each a non-negative integer.
 *
 * @example
 * MetricsSchema.parse({ reads: 1200, likes: 80 });
 */
export const MetricsSchema = z.object(Object.fromEntries(contentMetric.values.map((m) => [m, count.optional()])) as Record<ContentMetric, z.ZodOptional<typeof count>>);
/** See {@link MetricsSchema}. @example const m: Metrics = { reads: 10 }; */
export type Metrics = z.infer<typeof MetricsSchema>;

/**
 * The plan of an item (CW-1 内容策划: theme, form, target audience, expected effect) and its planned
 * publishing time (CW-7).
 *
 * @example
 * PlanSchema.parse({ theme: '新品上市', form: '图文+短视频', audience: '25-35 岁女性', expectedEffect: '阅读 1 万' });
 */
export const PlanSchema = z.object({
  theme: z.string().trim().min(1).max(500),
  form: z.string().trim().min(1).max(500),
  audience: z.string().trim().min(1).max(500),
  expectedEffect: z.string().trim().min(1).max(1000),
  plannedAt: isoDateTime.optional(),
});
/** See {@link PlanSchema}. @example const p: Plan = PlanSchema.parse(input); */
export type Plan = z.infer<typeof PlanSchema>;

/**
 * What reviewers see and approve: any change to these fields changes the content hash (CW-5, CW-8).
 *
 * @example
 * const c: ReviewedContent = { title: '新品', body: '…', format: 'text', channel: 'weibo', tags: [], keywords: [], advertising: false, riskLevel: 'low' };
 */
export interface ReviewedContent {
  readonly title: string;
  readonly body: string;
  readonly format: ContentFormat;
  readonly channel: string;
  readonly tags: readonly string[];
  readonly keywords: readonly string[];
  readonly advertising: boolean;
  readonly riskLevel: RiskLevel;
  /** References to attached media (file ids or URLs); the media themselves are hashed by the host. */
  readonly media?: readonly string[];
}

const contentFields = {
  title: z.string().max(300),
  body: z.string().max(200_000),
  format: z.enum(contentFormat.values),
  channel: z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be a channel id from the policy'),
  tags: z.array(tag).max(50),
  keywords: z.array(tag).max(50),
  advertising: z.boolean(),
  riskLevel: z.enum(riskLevel.values),
  media: z.array(z.string().min(1).max(2000)).max(100),
};

/**
 * The command that creates an item in planning (CW-1).
 *
 * @example
 * CreateContentSchema.parse({ type: 'create', title: '新品上市', format: 'text', channel: 'weibo', riskLevel: 'low', plan });
 */
export const CreateContentSchema = z.object({
  type: z.literal('create'),
  title: contentFields.title.default(''),
  body: contentFields.body.default(''),
  format: contentFields.format,
  channel: contentFields.channel,
  tags: contentFields.tags.default([]),
  keywords: contentFields.keywords.default([]),
  advertising: contentFields.advertising.default(false),
  riskLevel: contentFields.riskLevel,
  media: contentFields.media.optional(),
  plan: PlanSchema.partial().default({}),
});
/** See {@link CreateContentSchema}. @example const c: CreateContentCommand = CreateContentSchema.parse(input); */
export type CreateContentCommand = z.infer<typeof CreateContentSchema>;

/**
 * Commands on an existing content item, discriminated by `type`.
 *
 * @example
 * ContentCommandSchema.parse({ type: 'approve', hash: 'ab12…' });
 */
export const ContentCommandSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('update-plan'), plan: PlanSchema.partial() }),
  z.object({ type: z.literal('start-creation') }),
  z.object({
    type: z.literal('edit'),
    title: contentFields.title.optional(),
    body: contentFields.body.optional(),
    format: contentFields.format.optional(),
    channel: contentFields.channel.optional(),
    tags: contentFields.tags.optional(),
    keywords: contentFields.keywords.optional(),
    advertising: contentFields.advertising.optional(),
    riskLevel: contentFields.riskLevel.optional(),
    media: contentFields.media.optional(),
    reason: z.string().max(2000).optional(),
  }),
  z.object({ type: z.literal('submit') }),
  z.object({ type: z.literal('approve'), hash: z.string().regex(/^[0-9a-f]{64}$/, 'must be the content hash the reviewer saw'), comment: z.string().max(2000).optional() }),
  z.object({ type: z.literal('reject'), reason: reasonText }),
  z.object({ type: z.literal('schedule'), publishAt: isoDateTime }),
  z.object({ type: z.literal('unschedule'), reason: z.string().max(2000).optional() }),
  z.object({
    type: z.literal('publish'),
    externalId: z.string().min(1).max(500),
    url: z.url().optional(),
    /** Set by hosts that offer an "urgent" button: it never bypasses review (CW-2). */
    emergency: z.boolean().optional(),
  }),
  z.object({ type: z.literal('record-metrics'), metrics: MetricsSchema, observedAt: isoDateTime.optional() }),
  z.object({ type: z.literal('archive') }),
  z.object({ type: z.literal('withdraw'), reason: reasonText }),
  z.object({ type: z.literal('takedown'), reason: reasonText, emergency: z.boolean().default(false), notice: z.string().max(2000).optional() }),
  z.object({ type: z.literal('cancel'), reason: reasonText }),
]);
/** See {@link ContentCommandSchema}. @example const c: ContentCommand = ContentCommandSchema.parse(input); */
export type ContentCommand = z.infer<typeof ContentCommandSchema>;

/**
 * One stage of the chain an item is reviewed under, copied from the policy when the item is submitted so
 * that a policy change never alters a review in progress.
 *
 * @example
 * const s: ChainStage = { id: 'legal', signers: [{ department: 'legal' }], sameDepartment: false, quorum: { kind: 'any' }, deadlineHours: 48, legal: true };
 */
export interface ChainStage {
  readonly id: string;
  readonly signers: ReadonlyArray<{ readonly department?: string; readonly positions?: readonly string[] }>;
  readonly sameDepartment: boolean;
  readonly quorum: { readonly kind: 'any' } | { readonly kind: 'all'; readonly actorIds: readonly string[] } | { readonly kind: 'n-of-m'; readonly n: number; readonly actorIds?: readonly string[] };
  readonly deadlineHours: number;
  readonly legal: boolean;
}

/**
 * The chain an item is reviewed under (CW-3).
 *
 * @example
 * const c: ResolvedChain = { id: 'social-standard', policyVersion: '2026.1', stages: [editorStage, headStage, legalStage] };
 */
export interface ResolvedChain {
  readonly id: string;
  readonly policyVersion: string;
  readonly stages: readonly ChainStage[];
}

/**
 * A reviewer's signature on a stage, bound to the content hash they saw (CW-5).
 *
 * @example
 * const s: StageSignature = { stage: 'legal', actorId: 'u-9', at: '2026-03-02T02:00:00.000Z', hash: 'ab12…' };
 */
export interface StageSignature {
  readonly stage: string;
  readonly actorId: string;
  readonly at: string;
  readonly hash: string;
  readonly comment?: string;
}

/**
 * Everything a content item remembers. Times are ISO strings: the snapshot is plain JSON.
 *
 * @example
 * const ctx: ContentContext = record.snapshot.context;
 */
export interface ContentContext extends ReviewedContent {
  readonly authorId: string;
  /** Everyone who wrote or edited the content; none of them may approve it (CW-4). */
  readonly contributorIds: readonly string[];
  readonly department: string;
  readonly plan: Partial<{ theme: string; form: string; audience: string; expectedEffect: string; plannedAt: string }>;
  readonly hash: string;
  readonly chain?: ResolvedChain;
  /** When the current review stage began, for its deadline. */
  readonly stageStartedAt?: string;
  readonly signatures: readonly StageSignature[];
  /** Signatures voided by edits, kept for the audit trail (CW-5). */
  readonly voidedSignatures: readonly StageSignature[];
  readonly rejections: ReadonlyArray<{ readonly stage: string; readonly actorId: string; readonly at: string; readonly reason: string }>;
  readonly publishAt?: string | undefined;
  readonly publication?: {
    readonly at: string;
    readonly channel: string;
    readonly externalId: string;
    readonly url?: string;
    readonly policyVersion: string;
    readonly hash: string;
    readonly actorId: string;
  };
  readonly metrics: ReadonlyArray<{ readonly at: string } & Metrics>;
  readonly ending?: { readonly kind: 'withdraw' | 'takedown' | 'cancel'; readonly at: string; readonly actorId: string; readonly reason: string; readonly emergency: boolean };
  readonly archivedAt?: string;
}
