import * as z from 'zod';
import { labelledEnum, type EnumValue } from '../core/labels.js';
import { riskLevel } from '../core/risk-level.js';

import { LabelsSchema, policyKey as key } from './primitives.js';

/**
 * How a channel is reviewed: `social` platforms (WeChat official account, Weibo, Douyin, Xiaohongshu…)
 * follow the editor → department head → legal chain (S1 ch.4.2); `site` channels the company runs itself
 * (website, app, online shop) follow supervisor approval → quality check (S4 §3.3).
 *
 * @example
 * channelGroup.label('site', 'zh-CN') //=> '自有站点'
 */
export const channelGroup = /* @__PURE__ */ labelledEnum('channelGroup', {
  social: { 'zh-CN': '社交媒体平台', 'zh-TW': '社交媒體平台', en: 'Social platform' },
  site: { 'zh-CN': '自有站点', 'zh-TW': '自有站點', en: 'Owned site' },
});
/** See {@link channelGroup}. @example const g: ChannelGroup = 'social'; */
export type ChannelGroup = EnumValue<typeof channelGroup>;

/**
 * The channels the seeds name (ACC-1: S0 art.3, S2 适用范围, S3 §3.2, S4 §2). A host adds its own in
 * `policy.content.channels`.
 *
 * @example
 * builtInChannel.label('xiaohongshu', 'zh-TW') //=> '小紅書'
 */
export const builtInChannel = /* @__PURE__ */ labelledEnum('builtInChannel', {
  'wechat-official-account': { 'zh-CN': '微信公众号', 'zh-TW': '微信公眾號', en: 'WeChat official account' },
  weibo: { 'zh-CN': '微博', 'zh-TW': '微博', en: 'Weibo' },
  douyin: { 'zh-CN': '抖音', 'zh-TW': '抖音', en: 'Douyin' },
  xiaohongshu: { 'zh-CN': '小红书', 'zh-TW': '小紅書', en: 'Xiaohongshu' },
  website: { 'zh-CN': '企业网站', 'zh-TW': '企業網站', en: 'Website' },
  app: { 'zh-CN': '客户端 APP', 'zh-TW': '客戶端 APP', en: 'App' },
  'online-shop': { 'zh-CN': '网店', 'zh-TW': '網店', en: 'Online shop' },
  'ecommerce-platform': { 'zh-CN': '电商平台', 'zh-TW': '電商平台', en: 'E-commerce platform' },
  'industry-platform': { 'zh-CN': '行业平台', 'zh-TW': '行業平台', en: 'Industry platform' },
});

/**
 * Who may sign a review stage: any of the grants (department and, optionally, positions).
 *
 * @example
 * SignerSchema.parse({ department: 'legal' });
 */
export const SignerSchema = z.object({
  department: key.optional(),
  positions: z.array(key).min(1).optional(),
});

/**
 * How many signatures close a stage.
 *
 * @example
 * quorumKind.label('n-of-m', 'en') //=> 'N of M'
 */
export const quorumKind = /* @__PURE__ */ labelledEnum('quorumKind', {
  any: { 'zh-CN': '任一人签署', 'zh-TW': '任一人簽署', en: 'Any one' },
  all: { 'zh-CN': '指定人员全部签署', 'zh-TW': '指定人員全部簽署', en: 'All named' },
  'n-of-m': { 'zh-CN': 'M 人中 N 人签署', 'zh-TW': 'M 人中 N 人簽署', en: 'N of M' },
});

/**
 * The quorum of a stage: `any` one eligible signer; `all` of the named `actorIds`; or `n` distinct
 * eligible signers, chosen from `actorIds` when given.
 *
 * @example
 * QuorumSchema.parse({ kind: 'n-of-m', n: 2, actorIds: ['u-1', 'u-2', 'u-3'] });
 */
export const QuorumSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('any') }),
  z.object({ kind: z.literal('all'), actorIds: z.array(z.string().min(1)).min(1) }),
  z.object({ kind: z.literal('n-of-m'), n: z.number().int().min(1), actorIds: z.array(z.string().min(1)).min(1).optional() }),
]);
/** See {@link QuorumSchema}. @example const q: Quorum = { kind: 'any' }; */
export type Quorum = z.infer<typeof QuorumSchema>;

/**
 * One stage of a review chain (CW-3): who signs, the quorum, and how many hours it may take.
 *
 * @example
 * StageSchema.parse({ id: 'legal', labels, signers: [{ department: 'legal' }], quorum: { kind: 'any' }, deadlineHours: 48 });
 */
export const StageSchema = z.object({
  id: key,
  labels: LabelsSchema,
  signers: z.array(SignerSchema).min(1),
  /** Signers must belong to the item's own department (a department head signs for their department). */
  sameDepartment: z.boolean().default(false),
  quorum: QuorumSchema,
  deadlineHours: z.number().positive().max(24 * 90),
  /** The stage is a legal review (CW-3: high-risk content always has one). */
  legal: z.boolean().default(false),
});
/** See {@link StageSchema}. @example const s: Stage = defaultPolicy.content.stages[0]!; */
export type Stage = z.infer<typeof StageSchema>;

/**
 * A review chain: the stages, in order, for the channel groups and risk levels it covers.
 *
 * @example
 * ReviewChainSchema.parse({ id: 'social-high', groups: ['social'], riskLevels: ['high'], stages: ['editor', 'department-head', 'legal', 'leadership'] });
 */
export const ReviewChainSchema = z.object({
  id: key,
  groups: z.array(z.enum(channelGroup.values)).min(1),
  riskLevels: z.array(z.enum(riskLevel.values)).min(1),
  stages: z.array(key).min(1),
});
/** See {@link ReviewChainSchema}. @example const c: ReviewChain = defaultPolicy.content.chains[0]!; */
export type ReviewChain = z.infer<typeof ReviewChainSchema>;

/**
 * A channel items can be published on, with its review group, and, optionally, the weekdays the
 * publishing plan expects something (1 = Monday … 7 = Sunday) for gap detection (CW-7).
 *
 * @example
 * ChannelSchema.parse({ id: 'weibo', group: 'social', labels, plannedWeekdays: [1, 3, 5] });
 */
export const ChannelSchema = z.object({
  id: key,
  group: z.enum(channelGroup.values),
  labels: LabelsSchema,
  plannedWeekdays: z.array(z.number().int().min(1).max(7)).optional(),
  maxPerDay: z.number().int().min(1).optional(),
});
/** See {@link ChannelSchema}. @example const c: Channel = defaultPolicy.content.channels[0]!; */
export type Channel = z.infer<typeof ChannelSchema>;

/**
 * The content section of the policy (CW-1..CW-9).
 *
 * @example
 * ContentPolicySchema.parse(defaultPolicy.content);
 */
export const ContentPolicySchema = z.object({
  channels: z.array(ChannelSchema).min(1),
  stages: z.array(StageSchema).min(1),
  chains: z.array(ReviewChainSchema).min(1),
  /** Low-risk social content may skip the legal stage. Off by default: S1 ch.4.2 names legal review for all. */
  lowRiskSocialSkipsLegal: z.boolean(),
  /** Published content may be taken down at once in an emergency, without a review (CW-9). */
  emergencyTakedown: z.boolean(),
  /** Default cap of items per channel per day in the calendar (CW-7), when a channel sets none. */
  maxPerChannelPerDay: z.number().int().min(1),
  /** Hours before a deadline at which `dueSoon` reports a review stage (CW-7). */
  dueSoonHours: z.number().positive(),
});
/** See {@link ContentPolicySchema}. @example const c: ContentPolicy = defaultPolicy.content; */
export type ContentPolicy = z.infer<typeof ContentPolicySchema>;

/**
 * Problems in a content section that a schema alone cannot see: unknown stage ids, duplicate ids, two
 * chains covering the same group and risk level, a group and level no chain covers, and a high-risk
 * chain without a legal stage (CW-3). Paths are relative to the policy root.
 *
 * @example
 * contentPolicyProblems(defaultPolicy.content) //=> []
 */
export function contentPolicyProblems(content: ContentPolicy): Array<{ path: Array<string | number>; message: string }> {
  const out: Array<{ path: Array<string | number>; message: string }> = [];
  const stageIds = new Map<string, Stage>();
  content.stages.forEach((s, i) => {
    if (stageIds.has(s.id)) out.push({ path: ['content', 'stages', i, 'id'], message: `duplicate stage id "${s.id}"` });
    stageIds.set(s.id, s);
  });
  const channelIds = new Set<string>();
  content.channels.forEach((c, i) => {
    if (channelIds.has(c.id)) out.push({ path: ['content', 'channels', i, 'id'], message: `duplicate channel id "${c.id}"` });
    channelIds.add(c.id);
  });
  const covered = new Map<string, string>();
  content.chains.forEach((chain, i) => {
    chain.stages.forEach((s, j) => {
      if (!stageIds.has(s)) out.push({ path: ['content', 'chains', i, 'stages', j], message: `unknown stage "${s}"` });
    });
    if (new Set(chain.stages).size !== chain.stages.length) {
      out.push({ path: ['content', 'chains', i, 'stages'], message: 'a stage appears twice in one chain' });
    }
    for (const g of chain.groups) {
      for (const r of chain.riskLevels) {
        const k = `${g}/${r}`;
        const other = covered.get(k);
        if (other) out.push({ path: ['content', 'chains', i], message: `${k} is already covered by chain "${other}"` });
        covered.set(k, chain.id);
      }
    }
    if (chain.riskLevels.includes('high') && !chain.stages.some((s) => stageIds.get(s)?.legal)) {
      out.push({ path: ['content', 'chains', i, 'stages'], message: 'CW-3: a chain for high-risk content must include a legal stage' });
    }
  });
  for (const g of channelGroup.values) {
    for (const r of riskLevel.values) {
      if (!covered.has(`${g}/${r}`)) out.push({ path: ['content', 'chains'], message: `no review chain covers ${g} content of ${r} risk` });
    }
  }
  return out;
}
