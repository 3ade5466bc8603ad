import * as z from 'zod';
import type { Labels } from '../core/labels.js';
import { riskLevel, type RiskLevel } from '../core/risk-level.js';
import { idString, isoDateTime, list, policyKey, reasonText, text } from '../core/schema.js';
import { LIMITS } from '../core/text.js';
import { assetKind, type Finding } from '../compliance/index.js';
import { contentFormat, contentMetric, takedownCauseKind, type ContentFormat, type ContentMetric, type TakedownCauseKind } from './labels.js';

const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const tag = text(100);

/**
 * A monitoring snapshot's numbers; every metric optional, each a non-negative integer.
 *
 * @example
 * MetricsSchema.parse({ reads: 1200, likes: 80 });
 */
export const MetricsSchema = z.strictObject(
  Object.fromEntries(contentMetric.values.map((m) => [m, count.optional()])) as Record<ContentMetric, z.ZodOptional<typeof count>>,
);
/** See {@link MetricsSchema}. @example const m: Metrics = { reads: 10 }; */
export interface Metrics extends z.infer<typeof MetricsSchema> {}

/**
 * The plan of an item (CW-1 内容策划: theme, form, target audience, expected effect) and its planned
 * publishing time (CW-7).
 *
 * @example
 * PlanSchema.parse({ theme: '新品上市', form: '图文+短视频', audience: '25-35 岁女性', expectedEffect: '阅读 1 万' });
 */
export const PlanSchema = z.strictObject({
  theme: text(500),
  form: text(500),
  audience: text(500),
  expectedEffect: text(1000),
  plannedAt: isoDateTime.optional(),
});
/** See {@link PlanSchema}. @example const p: Plan = PlanSchema.parse(input); */
export interface Plan extends z.infer<typeof PlanSchema> {}

/**
 * Where a fact or a figure in an item comes from (CW-8, S1 ch.4.1 确保信息来源可靠): what it is, where it
 * was found (a URL, a report, a department) and an optional note.
 *
 * @example
 * SourceSchema.parse({ what: '2025 年销量数据', where: 'https://example.com/report-2025.pdf', note: '第 12 页' });
 */
export const SourceSchema = z.strictObject({
  what: text(500),
  where: text(LIMITS.url),
  note: text(LIMITS.text).optional(),
});
/** See {@link SourceSchema}. @example const s: Source = { what: '用户调研', where: '数据分析部 2026-02 报告' }; */
export interface Source extends z.infer<typeof SourceSchema> {}

/** The most sources one item lists (CW-8). @example MAX_SOURCES //=> 50 */
export const MAX_SOURCES = 50;

/**
 * What caused a takedown (CW-9): a violation case, a platform notice or a public-opinion item, by kind
 * and the id the host gave it.
 *
 * @example
 * TakedownCauseSchema.parse({ kind: 'platform-notice', id: 'weibo-notice-2026-031' });
 */
export const TakedownCauseSchema = z.strictObject({ kind: z.enum(takedownCauseKind.values), id: idString });
/** See {@link TakedownCauseSchema}. @example const c: TakedownCause = { kind: 'violation-case', id: 'case-12' }; */
export interface TakedownCause {
  readonly kind: TakedownCauseKind;
  readonly id: string;
}

/**
 * An attached image, video or audio with its licence record (S2 违规行为界定: infringing IP is a
 * violation): who owns it, what use it covers, and when it ends. The assessment reports an asset without
 * a licence, or whose licence has expired, as a finding (CMP-4).
 *
 * @example
 * MediaAssetSchema.parse({ ref: 'img/spring.jpg', kind: 'image', licence: { owner: '本公司', scope: '自有' } });
 */
export const MediaAssetSchema = z.strictObject({
  ref: text(LIMITS.url),
  kind: z.enum(assetKind.values),
  licence: z.strictObject({ owner: text(LIMITS.name), scope: text(LIMITS.text), expiresAt: z.iso.datetime({ offset: true }).max(40).optional() }).optional(),
});
/** See {@link MediaAssetSchema}. @example const m: ContentMedia = { ref: 'v/intro.mp4', kind: 'video' }; */
export type ContentMedia = z.infer<typeof MediaAssetSchema>;

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
  /**
   * Attached media: a bare reference (file id or URL; it carries no licence record) or an asset with its
   * kind and licence record. The media themselves are hashed by the host.
   */
  readonly media?: ReadonlyArray<string | ContentMedia>;
  /** The sources of the item's facts and figures (CW-8). */
  readonly sources?: readonly Source[];
  /**
   * Facts that make an item advertising even when it is not flagged as such (广告法 art.14, 互联网广告管理办法
   * art.9): a paid ranking result (竞价排名), a review or experience post (测评、体验分享), a purchase link.
   * Absent means no; the assessment asks such an item for the 「广告」 label (CMP-2).
   */
  readonly paidRanking?: boolean;
  readonly review?: boolean;
  readonly purchaseLink?: boolean;
}

const fields = {
  title: text(LIMITS.title, { blank: true }),
  body: text(LIMITS.body, { blank: true }),
  format: z.enum(contentFormat.values),
  channel: policyKey,
  tags: list(tag, 50),
  keywords: list(tag, 50),
  advertising: z.boolean(),
  riskLevel: z.enum(riskLevel.values),
  media: list(z.union([text(LIMITS.url), MediaAssetSchema]), 100),
  sources: list(SourceSchema, MAX_SOURCES),
  flag: z.boolean(),
};
const hash = z.string().length(64).regex(/^[0-9a-f]{64}$/, 'must be the 64-digit content hash the reviewer saw');

/**
 * The payload of each content command, by type (CW-1..CW-9). The envelope (`id`, `type`, a claimed
 * `at`) is the kit's; who acts comes from the host, never from here.
 *
 * @example
 * contentPayloads.approve.parse({ stage: 'legal', hash: 'ab12…' });
 */
export const contentPayloads = {
  create: z.strictObject({
    title: fields.title.default(''),
    body: fields.body.default(''),
    format: fields.format,
    channel: fields.channel,
    tags: fields.tags.default([]),
    keywords: fields.keywords.default([]),
    advertising: fields.advertising.default(false),
    riskLevel: fields.riskLevel,
    media: fields.media.optional(),
    sources: fields.sources.optional(),
    paidRanking: fields.flag.optional(),
    review: fields.flag.optional(),
    purchaseLink: fields.flag.optional(),
    plan: PlanSchema.partial().default({}),
  }),
  'update-plan': z.strictObject({ plan: PlanSchema.partial() }),
  'start-creation': z.strictObject({}),
  edit: z.strictObject({
    title: fields.title.optional(),
    body: fields.body.optional(),
    format: fields.format.optional(),
    channel: fields.channel.optional(),
    tags: fields.tags.optional(),
    keywords: fields.keywords.optional(),
    advertising: fields.advertising.optional(),
    riskLevel: fields.riskLevel.optional(),
    media: fields.media.optional(),
    sources: fields.sources.optional(),
    paidRanking: fields.flag.optional(),
    review: fields.flag.optional(),
    purchaseLink: fields.flag.optional(),
    reason: text(LIMITS.text).optional(),
  }),
  submit: z.strictObject({}),
  // A reviewer quotes the stage and the content hash they reviewed: an approval or rejection meant for
  // one stage never lands on another (a racing request may have moved the item on).
  approve: z.strictObject({ stage: policyKey, hash, comment: text(LIMITS.text).optional() }),
  reject: z.strictObject({ stage: policyKey, reason: reasonText }),
  // A reviewer names the finding by its key and quotes the content hash they saw (CMP-4, CW-5).
  'accept-finding': z.strictObject({ finding: text(LIMITS.name), hash, reason: reasonText }),
  schedule: z.strictObject({ publishAt: isoDateTime }),
  unschedule: z.strictObject({ reason: text(LIMITS.text).optional() }),
  publish: z.strictObject({
    externalId: text(500),
    url: z.url().max(LIMITS.url).optional(),
    /** Set by hosts that offer an "urgent" button: it never bypasses review (CW-2). */
    emergency: z.boolean().optional(),
  }),
  'record-metrics': z.strictObject({ metrics: MetricsSchema, observedAt: isoDateTime.optional() }),
  archive: z.strictObject({}),
  withdraw: z.strictObject({ reason: reasonText }),
  takedown: z.strictObject({
    reason: reasonText,
    emergency: z.boolean().default(false),
    notice: text(LIMITS.text).optional(),
    /** The violation case, platform notice or opinion item that caused it, when there is one (CW-9). */
    cause: TakedownCauseSchema.optional(),
  }),
  cancel: z.strictObject({ reason: reasonText }),
} as const;

/**
 * One stage of the chain an item is reviewed under, copied from the policy when the item is submitted so
 * that a policy change never alters a review in progress.
 *
 * @example
 * const s: ChainStage = { id: 'legal', signers: [{ department: 'legal' }], sameDepartment: false, quorum: { kind: 'any' }, deadlineHours: 48, legal: true };
 */
export interface ChainStage {
  readonly id: string;
  /** The stage's name when it was copied (absent in items submitted before version 2). */
  readonly labels?: Labels;
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
 * A monitoring snapshot kept by an item: cumulative counts as the platform reported them at `at`, the
 * latest of its ISO week and month in the policy's time zone.
 *
 * @example
 * const o: Observation = { at: '2026-03-03T10:00:00.000Z', week: '2026-W10', month: '2026-03', reads: 1200 };
 */
export type Observation = { readonly at: string; readonly week: string; readonly month: string } & Metrics;

/**
 * One change of an item's planned publishing time (CW-7): when it was made (`at`, and its ISO `week` in
 * the policy's time zone) and the time then in force (`target`: the scheduled `publishAt`, else the plan
 * date; absent when the item had none). The weekly review reads what was planned for a week before the
 * week began from it. The latest change of each week is kept: only that one can be in force when a
 * later week begins.
 *
 * @example
 * const e: PlanChange = { at: '2026-02-26T02:00:00.000Z', week: '2026-W09', target: '2026-03-04T12:00:00.000Z' };
 */
export interface PlanChange {
  readonly at: string;
  readonly week: string;
  readonly target?: string;
}

/**
 * A finding as an item keeps it: the compliance finding and its key (`findingKey`), by which a reviewer
 * accepts it.
 *
 * @example
 * const f: KeptFinding = { ...finding, key: 'body:ad-law.absolute:0-3' };
 */
export type KeptFinding = Finding & { readonly key: string };

/**
 * A reviewer's acceptance of a finding (CMP-4): which finding (key, rule, matched text), why, who, when,
 * the content hash they saw, and the words the finding stood in. Kept while a later assessment still
 * finds the same finding in the same words.
 *
 * @example
 * const a: FindingAcceptance = { key: 'body:ad-law.absolute:0-2', rule: 'ad-law.absolute', text: '第一', reason: '注册商标「第一坊」', actorId: 'u-legal', at, hash, clause };
 */
export interface FindingAcceptance {
  readonly key: string;
  readonly rule: string;
  readonly text: string;
  readonly reason: string;
  readonly actorId: string;
  readonly at: string;
  readonly hash: string;
  /**
   * A digest of the words the finding stood in when it was accepted: the acceptance
   * holds only while they stay the same. Absent in acceptances stored before it was kept, which the next
   * assessment no longer applies (legal accepts again).
   */
  readonly clause?: string;
}

/**
 * The compliance assessment an item keeps (CMP-4), made on submission (and on edits that restart review
 * or set a risk level) under the policy version named: the computed level (accepted findings left out),
 * what decided it, the counts by severity of every finding, the most severe findings (at most
 * {@link MAX_KEPT_FINDINGS}; `total` counts all), and the acceptances that still apply.
 *
 * @example
 * const c: ContentCompliance = context.compliance!;
 * c.level //=> 'high'
 */
export interface ContentCompliance {
  readonly policyVersion: string;
  readonly at: string;
  readonly level: RiskLevel;
  readonly reason: 'severity' | 'count' | 'none';
  readonly counts: { readonly high: number; readonly medium: number; readonly low: number };
  readonly total: number;
  readonly findings: readonly KeptFinding[];
  readonly accepted: readonly FindingAcceptance[];
}

/** The most findings an item keeps, most severe first (the level counts all of them). @example MAX_KEPT_FINDINGS //=> 50 */
export const MAX_KEPT_FINDINGS = 50;

/**
 * Everything a content item remembers. Times are ISO strings: the snapshot is plain JSON. Who wrote or
 * edited it is kept by the record (`contributors`), not here.
 *
 * @example
 * const ctx: ContentContext = readContentItem(record).value.context;
 */
export interface ContentContext extends ReviewedContent {
  readonly authorId: string;
  readonly department: string;
  readonly plan: Partial<{ theme: string; form: string; audience: string; expectedEffect: string; plannedAt: string }>;
  readonly hash: string;
  /** The chain copied at the latest submission (CW-3); absent before the first. */
  readonly chain?: ResolvedChain;
  /** The stage of `chain` under review (meaningful in `review`). */
  readonly stageIndex: number;
  /** When the current review stage began, for its deadline. */
  readonly stageStartedAt?: string;
  readonly signatures: readonly StageSignature[];
  /** Signatures voided by edits or rejections, kept for the audit trail (CW-5). */
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
  /** The latest monitoring snapshot of each week and month, in the policy's time zone (CW-1 数据监测). */
  readonly metrics: readonly Observation[];
  readonly ending?: {
    readonly kind: 'withdraw' | 'takedown' | 'cancel';
    readonly at: string;
    readonly actorId: string;
    readonly reason: string;
    readonly emergency: boolean;
    /** What caused a takedown, when the taker-down named it (CW-9). */
    readonly cause?: TakedownCause;
  };
  /**
   * Changes of the planned publishing time, oldest first (CW-7). Absent in items stored before it was
   * kept: the weekly review then takes their current date as planned when they were created.
   */
  readonly planHistory?: readonly PlanChange[];
  readonly archivedAt?: string;
  /** The latest compliance assessment (CMP-4); absent before the first submission. */
  readonly compliance?: ContentCompliance;
}
