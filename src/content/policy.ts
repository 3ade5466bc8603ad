import * as z from 'zod';
import { riskLevel } from '../core/risk-level.js';
import { LabelsSchema, list, policyKey as key, said } from '../core/schema.js';
import { LIMITS } from '../core/text.js';
import { grantProblems, type OrgPolicy, type PolicyProblem } from '../org/policy.js';
import { channelGroup } from './labels.js';
import { minutesOf } from './windows.js';

/**
 * Who may sign a review stage: any of the grants (department and, optionally, positions).
 *
 * @example
 * SignerSchema.parse({ department: 'legal' });
 */
export const SignerSchema = z.strictObject({
  department: key.optional(),
  positions: list(key).min(1).optional(),
});
/** See {@link SignerSchema}. @example const s: Signer = { department: 'legal' }; */
export interface Signer extends z.infer<typeof SignerSchema> {}

/**
 * The quorum of a stage (kinds labelled by `quorumKind`): `any` one eligible signer; `all` of the named `actorIds`; or `n` distinct
 * eligible signers, chosen from `actorIds` when given.
 *
 * @example
 * QuorumSchema.parse({ kind: 'n-of-m', n: 2, actorIds: ['u-1', 'u-2', 'u-3'] });
 */
export const QuorumSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('any') }),
  z.strictObject({ kind: z.literal('all'), actorIds: list(z.string().min(1).max(LIMITS.id)).min(1) }),
  z.strictObject({ kind: z.literal('n-of-m'), n: z.number().int().min(1).max(LIMITS.list), actorIds: list(z.string().min(1).max(LIMITS.id)).min(1).optional() }),
]);
/** See {@link QuorumSchema}. @example const q: Quorum = { kind: 'any' }; */
export type Quorum = z.infer<typeof QuorumSchema>;

/**
 * One stage of a review chain (CW-3): who signs, the quorum, and how many hours it may take.
 *
 * @example
 * StageSchema.parse({ id: 'legal', labels, signers: [{ department: 'legal' }], quorum: { kind: 'any' }, deadlineHours: 48 });
 */
export const StageSchema = z.strictObject({
  id: key,
  labels: LabelsSchema,
  signers: list(SignerSchema).min(1),
  /** Signers must belong to the item's own department (a department head signs for their department). */
  sameDepartment: z.boolean().default(false),
  quorum: QuorumSchema,
  deadlineHours: z.number().positive().max(24 * 90),
  /** The stage is a legal review (CW-3: high-risk content always has one). */
  legal: z.boolean().default(false),
});
/** See {@link StageSchema}. @example const s: Stage = defaultContentPolicy.stages[0]!; */
export interface Stage extends z.infer<typeof StageSchema> {}

/**
 * A review chain: the stages, in order, for the channel groups and risk levels it covers.
 *
 * @example
 * ReviewChainSchema.parse({ id: 'social-high', groups: ['social'], riskLevels: ['high'], stages: ['editor', 'department-head', 'legal', 'leadership'] });
 */
export const ReviewChainSchema = z.strictObject({
  id: key,
  groups: list(z.enum(channelGroup.values)).min(1),
  riskLevels: list(z.enum(riskLevel.values)).min(1),
  stages: list(key).min(1),
});
/** See {@link ReviewChainSchema}. @example const c: ReviewChain = defaultContentPolicy.chains[0]!; */
export interface ReviewChain extends z.infer<typeof ReviewChainSchema> {}

/**
 * A publishing window 发布时段: wall-clock hours `HH:MM`–`HH:MM` in the policy's time zone, start
 * included, end excluded (`24:00` ends at midnight). S2 内容发布.2 asks for the hours users are most
 * active 用户活跃度较高的时间段; which hours those are is each company's data.
 *
 * @example
 * PublishingWindowSchema.parse({ from: '20:00', to: '22:30' });
 */
export const PublishingWindowSchema = z
  .strictObject({
    from: z.string().max(5).regex(/^([01]\d|2[0-3]):[0-5]\d$/, said('must be a time HH:MM from 00:00 to 23:59', '须为 00:00 至 23:59 的时刻 HH:MM', '須為 00:00 至 23:59 的時刻 HH:MM')),
    to: z.string().max(5).regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, said('must be a time HH:MM up to 24:00', '须为不晚于 24:00 的时刻 HH:MM', '須為不晚於 24:00 的時刻 HH:MM')),
  })
  .refine((win) => minutesOf(win.from) < minutesOf(win.to), {
    ...said('the window must end after it starts (split a window that crosses midnight in two)', '时段须先开始后结束（跨越午夜的时段请拆为两段）', '時段須先開始後結束（跨越午夜的時段請拆為兩段）'),
    path: ['to'],
  });
/** See {@link PublishingWindowSchema}. @example const w: PublishingWindow = { from: '07:00', to: '09:00' }; */
export interface PublishingWindow extends z.infer<typeof PublishingWindowSchema> {}

/**
 * A channel items can be published on, with its review group and, optionally, its publishing plan
 * (CW-7): the weekdays the plan expects something (1 = Monday … 7 = Sunday) for gap detection, a cap
 * per day, the high-activity windows to publish in, and whether its content needs a weekly plan drawn
 * up in advance (S4 §3.3 names the WeChat official account and the app).
 *
 * @example
 * ChannelSchema.parse({ id: 'weibo', group: 'social', labels, plannedWeekdays: [1, 3, 5], publishingWindows: [{ from: '20:00', to: '23:00' }] });
 */
export const ChannelSchema = z.strictObject({
  id: key,
  group: z.enum(channelGroup.values),
  labels: LabelsSchema,
  /** Weekdays the plan expects content, for gaps (CW-7). The built-in channels' weekdays are our default: the seeds name none. */
  plannedWeekdays: list(z.number().int().min(1).max(7), 7).optional(),
  /** The most scheduled or published items a day (CW-7); default ours (one WeChat mass send a day). */
  maxPerDay: z.number().int().min(1).max(1000).optional(),
  /** High-activity hours to publish in (seed: S2 内容发布.2); the calendar flags items planned outside them. The built-in channels' hours are our default. */
  publishingWindows: list(PublishingWindowSchema, 12).optional(),
  /** The channel's content follows a weekly plan drawn up before the week begins (S4 §3.3). */
  weeklyPlan: z.boolean().optional(),
});
/** See {@link ChannelSchema}. @example const c: Channel = defaultContentPolicy.channels[0]!; */
export interface Channel extends z.infer<typeof ChannelSchema> {}

/**
 * The content section of the policy (CW-1..CW-9).
 *
 * @example
 * ContentPolicySchema.parse(defaultContentPolicy);
 */
export const ContentPolicySchema = z.strictObject({
  channels: list(ChannelSchema, LIMITS.longList).min(1),
  stages: list(StageSchema).min(1),
  chains: list(ReviewChainSchema).min(1),
  /** Low-risk social content may skip the legal stage. Off by default: S1 ch.4.2 names legal review for all. */
  lowRiskSocialSkipsLegal: z.boolean(),
  /** Published content may be taken down at once in an emergency, without a review (CW-9). */
  emergencyTakedown: z.boolean(),
  /** Default cap of items per channel per day in the calendar (CW-7), when a channel sets none. */
  maxPerChannelPerDay: z.number().int().min(1).max(1000),
  /** Hours before a deadline at which `reviewDeadlines` reports a review stage as due soon (CW-7). */
  dueSoonHours: z.number().positive().max(24 * 90),
  /**
   * A scheduled item may be published before its `publishAt` (CW-6). Off by default: S2 内容发布.2 says
   * content is pushed by the planned schedule 按照预定的发布计划进行内容推送.
   */
  earlyPublication: z.boolean().default(false),
});
/** See {@link ContentPolicySchema}. @example const c: ContentPolicy = defaultContentPolicy; */
export interface ContentPolicy extends z.infer<typeof ContentPolicySchema> {}

/**
 * Problems in a content section that a schema alone cannot see: unknown stage ids, duplicate ids, two
 * chains covering the same group and risk level, a group and level no chain covers, a high-risk chain
 * without a legal stage (CW-3), signers naming departments or positions the organisation lacks, and a
 * chain stage nobody in the organisation can sign (for a stage signed in the item's own department: in
 * some department that may create content).
 * Paths are relative to the content section.
 *
 * @example
 * contentPolicyProblems(defaultContentPolicy, defaultOrg) //=> []
 */
export function contentPolicyProblems(content: ContentPolicy, org: OrgPolicy): PolicyProblem[] {
  const out: PolicyProblem[] = [];
  const stageIds = new Map<string, Stage>();
  content.stages.forEach((s, i) => {
    if (stageIds.has(s.id)) out.push({ path: ['stages', i, 'id'], message: `duplicate stage id "${s.id}"` });
    stageIds.set(s.id, s);
  });
  const channelIds = new Set<string>();
  content.channels.forEach((c, i) => {
    if (channelIds.has(c.id)) out.push({ path: ['channels', i, 'id'], message: `duplicate channel id "${c.id}"` });
    channelIds.add(c.id);
  });
  const covered = new Map<string, string>();
  content.chains.forEach((chain, i) => {
    chain.stages.forEach((s, j) => {
      if (!stageIds.has(s)) out.push({ path: ['chains', i, 'stages', j], message: `unknown stage "${s}"` });
    });
    if (new Set(chain.stages).size !== chain.stages.length) out.push({ path: ['chains', i, 'stages'], message: 'a stage appears twice in one chain' });
    for (const g of chain.groups) {
      for (const r of chain.riskLevels) {
        const k = `${g}/${r}`;
        const other = covered.get(k);
        if (other) out.push({ path: ['chains', i], message: `${k} is already covered by chain "${other}"` });
        covered.set(k, chain.id);
      }
    }
    if (chain.riskLevels.includes('high') && !chain.stages.some((s) => stageIds.get(s)?.legal)) {
      out.push({ path: ['chains', i, 'stages'], message: 'CW-3: a chain for high-risk content must include a legal stage' });
    }
  });
  for (const g of channelGroup.values) {
    for (const r of riskLevel.values) {
      if (!covered.has(`${g}/${r}`)) out.push({ path: ['chains'], message: `no review chain covers ${g} content of ${r} risk` });
    }
  }
  const departments = new Set(org.departments.map((d) => d.id));
  const positions = new Set(org.positions.map((p) => p.id));
  content.stages.forEach((stage, i) =>
    stage.signers.forEach((signer, j) => out.push(...grantProblems(signer, departments, positions).map((p) => ({ ...p, path: ['stages', i, 'signers', j, ...p.path] })))),
  );
  out.push(...unsignableStages(content, org));
  out.push(...publishingPlanProblems(content));
  return out;
}

/**
 * Whether someone whose home department is `department` can hold a signer grant under `org`: the grant's
 * department is theirs (when it names one) and one of its positions exists there (when it names any).
 * Membership of other bodies is left out on purpose: a stage no position of the department itself can
 * sign would depend on someone borrowed from elsewhere.
 */
function homeCanSign(org: OrgPolicy, department: string, signer: Signer): boolean {
  if (signer.department !== undefined && signer.department !== department) return false;
  if (signer.positions === undefined) return true;
  return signer.positions.some((id) => {
    const position = org.positions.find((p) => p.id === id);
    return position !== undefined && (position.departments === undefined || position.departments.includes(department));
  });
}

/**
 * CW-3 chains must be passable by the organisation: a stage nobody in it can sign strands every item
 * routed through it. A stage signed within the item's own department must be signable in every department
 * that may create content (the `content.plan` right); any other stage by someone somewhere.
 */
function unsignableStages(content: ContentPolicy, org: OrgPolicy): PolicyProblem[] {
  const plan = org.rights.find((r) => r.action === 'content.plan');
  const known = new Set(org.departments.map((d) => d.id));
  // The departments whose own members may create content: an item belongs to its author's home department.
  const creators = [...known].filter((d) => (plan?.grants ?? []).some((g) => homeCanSign(org, d, g)));
  const out: PolicyProblem[] = [];
  content.chains.forEach((chain, i) =>
    chain.stages.forEach((id, j) => {
      const stage = content.stages.find((s) => s.id === id);
      if (!stage) return;
      const where = stage.sameDepartment ? creators : [...known];
      const stuck = where.filter((d) => !stage.signers.some((g) => homeCanSign(org, d, g)));
      if (stage.sameDepartment ? stuck.length === 0 : stuck.length < where.length) return;
      const whom = stage.sameDepartment ? stuck.join(', ') : 'any department';
      const whomZh = stage.sameDepartment ? stuck.join('、') : '任何部门';
      const whomTw = stage.sameDepartment ? stuck.join('、') : '任何部門';
      out.push({
        path: ['chains', i, 'stages', j],
        rule: 'CW-3',
        message: `CW-3: nobody in the organisation can sign stage "${id}" of chain "${chain.id}" for items of ${whom}: no position its signers name exists there`,
        messages: {
          en: `CW-3: nobody in the organisation can sign stage "${id}" of chain "${chain.id}" for items of ${whom}: no position its signers name exists there`,
          'zh-CN': `CW-3：组织中没有人能为 ${whomZh} 的内容签署审核链「${chain.id}」的「${id}」环节：其签署人要求的岗位在该部门不存在`,
          'zh-TW': `CW-3：組織中沒有人能為 ${whomTw} 的內容簽署審核鏈「${chain.id}」的「${id}」環節：其簽署人要求的崗位在該部門不存在`,
        },
      });
    }),
  );
  return out;
}

// CW-7: overlapping windows of one channel, or a weekday listed twice, are typing slips the schema cannot see.
function publishingPlanProblems(content: ContentPolicy): PolicyProblem[] {
  const out: PolicyProblem[] = [];
  content.channels.forEach((c, i) => {
    const windows = (c.publishingWindows ?? []).map((w, j) => ({ ...w, j })).sort((a, b) => minutesOf(a.from) - minutesOf(b.from));
    for (let k = 1; k < windows.length; k++) {
      const [a, b] = [windows[k - 1]!, windows[k]!];
      if (minutesOf(b.from) < minutesOf(a.to)) out.push({ path: ['channels', i, 'publishingWindows', b.j], message: `CW-7: window ${b.from}–${b.to} overlaps ${a.from}–${a.to}` });
    }
    if (c.plannedWeekdays && new Set(c.plannedWeekdays).size !== c.plannedWeekdays.length) {
      out.push({ path: ['channels', i, 'plannedWeekdays'], message: 'CW-7: a weekday appears twice' });
    }
  });
  return out;
}

const L = (zhCN: string, zhTW: string, en: string) => ({ 'zh-CN': zhCN, 'zh-TW': zhTW, en });
const w = (from: string, to: string) => ({ from, to });

/**
 * The content section the seeds describe: the channels they name (ACC-1), the review stages of S1
 * ch.4.2 (content editor → department head → legal) and S4 §3.3 (supervisor approval → quality check),
 * and chains by channel group and risk level (CW-3): every chain has the S1 stages including legal (S1
 * ch.4.2, ch.7.3), site channels add supervisor approval and quality check last (S4 §3.3); weekly plans
 * for the WeChat official account and the app (S4 §3.3) and no publication before the scheduled time
 * (S2 内容发布.2, CW-6). Planned weekdays, per-day caps, the hours of the publishing windows, deadlines
 * and the high-risk leadership stage are our defaults (the seeds name no numbers).
 *
 * @example
 * defaultContentPolicy.chains.find((c) => c.id === 'social-high')?.stages //=> ['editor', 'department-head', 'legal', 'leadership']
 */
// Built by a pure call so that bundles which never read the default leave its labels out.
export const defaultContentPolicy: ContentPolicy = /* @__PURE__ */ (() => ({
  channels: [
    // Planned weekdays, per-day caps and the publishing windows' hours are ours (the seeds name none);
    // the weekly plan of the WeChat official account and the app is S4 §3.3.
    { id: 'wechat-official-account', group: 'social', labels: L('微信公众号', '微信公眾號', 'WeChat official account'), plannedWeekdays: [1, 3, 5], maxPerDay: 1, publishingWindows: [w('07:00', '09:00'), w('12:00', '13:30'), w('20:00', '22:30')], weeklyPlan: true },
    { id: 'weibo', group: 'social', labels: L('微博', '微博', 'Weibo'), plannedWeekdays: [1, 2, 3, 4, 5], publishingWindows: [w('08:00', '10:00'), w('12:00', '14:00'), w('20:00', '23:00')] },
    { id: 'douyin', group: 'social', labels: L('抖音', '抖音', 'Douyin'), publishingWindows: [w('12:00', '14:00'), w('18:00', '23:00')] },
    { id: 'xiaohongshu', group: 'social', labels: L('小红书', '小紅書', 'Xiaohongshu'), publishingWindows: [w('12:00', '14:00'), w('19:00', '23:00')] },
    { id: 'website', group: 'site', labels: L('企业网站', '企業網站', 'Website'), publishingWindows: [w('09:00', '11:30'), w('14:00', '17:00')] },
    { id: 'app', group: 'site', labels: L('客户端 APP', '客戶端 APP', 'App'), plannedWeekdays: [1], publishingWindows: [w('07:00', '09:00'), w('12:00', '13:30'), w('19:00', '22:30')], weeklyPlan: true },
    { id: 'online-shop', group: 'site', labels: L('网店', '網店', 'Online shop'), publishingWindows: [w('10:00', '12:00'), w('20:00', '23:00')] },
    { id: 'ecommerce-platform', group: 'social', labels: L('电商平台', '電商平台', 'E-commerce platform'), publishingWindows: [w('10:00', '12:00'), w('20:00', '23:00')] },
    { id: 'industry-platform', group: 'social', labels: L('行业平台', '行業平台', 'Industry platform'), publishingWindows: [w('09:00', '11:30'), w('14:00', '17:00')] },
  ],
  stages: [
    { id: 'editor', labels: L('内容编辑审核', '內容編輯審核', 'Content editor review'), signers: [{ positions: ['content-editor'] }], sameDepartment: true, quorum: { kind: 'any' }, deadlineHours: 24, legal: false },
    // Network operations is led by its supervisor and deputy (S4 §3.1 主管负责部门管理), who sign for it here.
    { id: 'department-head', labels: L('部门负责人审核', '部門負責人審核', 'Department head review'), signers: [{ positions: ['head', 'deputy-head'] }, { department: 'network-operations', positions: ['supervisor', 'deputy-supervisor'] }], sameDepartment: true, quorum: { kind: 'any' }, deadlineHours: 24, legal: false },
    { id: 'legal', labels: L('法务审核', '法務審核', 'Legal review'), signers: [{ department: 'legal' }], sameDepartment: false, quorum: { kind: 'any' }, deadlineHours: 48, legal: true },
    { id: 'leadership', labels: L('领导小组审批', '領導小組審批', 'Leadership group approval'), signers: [{ department: 'leadership-group' }], sameDepartment: false, quorum: { kind: 'any' }, deadlineHours: 48, legal: false },
    { id: 'supervisor', labels: L('主管审批', '主管審批', 'Supervisor approval'), signers: [{ department: 'network-operations', positions: ['supervisor', 'deputy-supervisor'] }], sameDepartment: false, quorum: { kind: 'any' }, deadlineHours: 24, legal: false },
    { id: 'quality-check', labels: L('质检', '質檢', 'Quality check'), signers: [{ department: 'network-operations', positions: ['quality-inspector'] }], sameDepartment: false, quorum: { kind: 'any' }, deadlineHours: 24, legal: false },
  ],
  chains: [
    { id: 'social-standard', groups: ['social'], riskLevels: ['low', 'medium'], stages: ['editor', 'department-head', 'legal'] },
    { id: 'social-high', groups: ['social'], riskLevels: ['high'], stages: ['editor', 'department-head', 'legal', 'leadership'] },
    // S1 ch.4.2 and ch.7.3 put all new-media content through editor, department head and legal; S4 §3.3
    // adds supervisor approval and quality check before the website publishes (质检，最后在网站上发布).
    { id: 'site-standard', groups: ['site'], riskLevels: ['low', 'medium'], stages: ['editor', 'department-head', 'legal', 'supervisor', 'quality-check'] },
    { id: 'site-high', groups: ['site'], riskLevels: ['high'], stages: ['editor', 'department-head', 'legal', 'leadership', 'supervisor', 'quality-check'] },
  ],
  lowRiskSocialSkipsLegal: false,
  emergencyTakedown: true,
  maxPerChannelPerDay: 3,
  dueSoonHours: 4,
  earlyPublication: false,
}))();

/**
 * The content section as a host writes it (JSON before validation: defaults may be left out).
 *
 * @example
 * const content: ContentPolicyInput = defaultContentPolicy;
 */
export interface ContentPolicyInput extends z.input<typeof ContentPolicySchema> {}
