import * as z from 'zod';
import { labelledEnum, type EnumValue } from '../core/labels.js';
import { riskLevel, type RiskLevel } from '../core/risk-level.js';
import { isoDateTime, reasonText } from '../core/schema.js';

/**
 * Content formats (S2 内容规划.1: text, pictures, video, audio; plus live streams).
 *
 * @example
 * contentFormat.label('video', 'zh-CN') //=> '视频'
 */
export const contentFormat = labelledEnum('contentFormat', {
  text: { 'zh-CN': '图文', 'zh-TW': '圖文', en: 'Text' },
  image: { 'zh-CN': '图片', 'zh-TW': '圖片', en: 'Image' },
  video: { 'zh-CN': '视频', 'zh-TW': '視頻', en: 'Video' },
  audio: { 'zh-CN': '音频', 'zh-TW': '音頻', en: 'Audio' },
  live: { 'zh-CN': '直播', 'zh-TW': '直播', en: 'Live stream' },
});
/** See {@link contentFormat}. @example const f: ContentFormat = 'video'; */
export type ContentFormat = EnumValue<typeof contentFormat>;

/**
 * The top-level states of a content item (CW-1: plan → create → review → publish → monitor). Review has
 * one sub-state per stage of the policy's chains (see `stage` labels in the policy).
 *
 * @example
 * contentState.label('monitoring', 'zh-CN') //=> '数据监测'
 */
export const contentState = labelledEnum('contentState', {
  planning: { 'zh-CN': '内容策划', 'zh-TW': '內容策劃', en: 'Planning' },
  creation: { 'zh-CN': '内容创作', 'zh-TW': '內容創作', en: 'Creation' },
  review: { 'zh-CN': '内容审核', 'zh-TW': '內容審核', en: 'Review' },
  approved: { 'zh-CN': '审核通过', 'zh-TW': '審核通過', en: 'Approved' },
  scheduled: { 'zh-CN': '已排期', 'zh-TW': '已排期', en: 'Scheduled' },
  published: { 'zh-CN': '已发布', 'zh-TW': '已發布', en: 'Published' },
  monitoring: { 'zh-CN': '数据监测', 'zh-TW': '數據監測', en: 'Monitoring' },
  archived: { 'zh-CN': '已归档', 'zh-TW': '已歸檔', en: 'Archived' },
  withdrawn: { 'zh-CN': '已撤回/下架', 'zh-TW': '已撤回/下架', en: 'Withdrawn or taken down' },
  cancelled: { 'zh-CN': '已取消', 'zh-TW': '已取消', en: 'Cancelled' },
});
/** See {@link contentState}. @example const s: ContentState = 'review'; */
export type ContentState = EnumValue<typeof contentState>;

/**
 * The commands a content item takes.
 *
 * @example
 * contentCommandType.label('takedown', 'zh-CN') //=> '下架'
 */
export const contentCommandType = labelledEnum('contentCommandType', {
  create: { 'zh-CN': '新建策划', 'zh-TW': '新建策劃', en: 'Create plan' },
  'update-plan': { 'zh-CN': '修改策划', 'zh-TW': '修改策劃', en: 'Update plan' },
  'start-creation': { 'zh-CN': '开始创作', 'zh-TW': '開始創作', en: 'Start creation' },
  edit: { 'zh-CN': '编辑内容', 'zh-TW': '編輯內容', en: 'Edit content' },
  submit: { 'zh-CN': '提交审核', 'zh-TW': '提交審核', en: 'Submit for review' },
  approve: { 'zh-CN': '审核通过', 'zh-TW': '審核通過', en: 'Approve stage' },
  reject: { 'zh-CN': '驳回', 'zh-TW': '駁回', en: 'Reject' },
  schedule: { 'zh-CN': '排期', 'zh-TW': '排期', en: 'Schedule' },
  unschedule: { 'zh-CN': '取消排期', 'zh-TW': '取消排期', en: 'Unschedule' },
  publish: { 'zh-CN': '发布', 'zh-TW': '發布', en: 'Publish' },
  'record-metrics': { 'zh-CN': '记录数据', 'zh-TW': '記錄數據', en: 'Record metrics' },
  archive: { 'zh-CN': '归档', 'zh-TW': '歸檔', en: 'Archive' },
  withdraw: { 'zh-CN': '撤回', 'zh-TW': '撤回', en: 'Withdraw' },
  takedown: { 'zh-CN': '下架', 'zh-TW': '下架', en: 'Take down' },
  cancel: { 'zh-CN': '取消', 'zh-TW': '取消', en: 'Cancel' },
});

/**
 * The metrics a monitoring snapshot may carry (CW-1 数据监测): cumulative counts as the platform
 * reports them at the snapshot's time.
 *
 * @example
 * contentMetric.label('newFollowers', 'zh-CN') //=> '新增粉丝'
 */
export const contentMetric = labelledEnum('contentMetric', {
  reads: { 'zh-CN': '阅读量', 'zh-TW': '閱讀量', en: 'Reads/views' },
  likes: { 'zh-CN': '点赞数', 'zh-TW': '點讚數', en: 'Likes' },
  shares: { 'zh-CN': '转发数', 'zh-TW': '轉發數', en: 'Shares' },
  comments: { 'zh-CN': '评论数', 'zh-TW': '評論數', en: 'Comments' },
  newFollowers: { 'zh-CN': '新增粉丝', 'zh-TW': '新增粉絲', en: 'New followers' },
  clicks: { 'zh-CN': '点击数', 'zh-TW': '點擊數', en: 'Clicks' },
  conversions: { 'zh-CN': '转化数', 'zh-TW': '轉化數', en: 'Conversions' },
});
/** See {@link contentMetric}. @example const m: ContentMetric = 'reads'; */
export type ContentMetric = EnumValue<typeof contentMetric>;

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
  readonly publishAt?: string;
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
