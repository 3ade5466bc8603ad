import { labelledEnum, type EnumValue } from '../core/labels.js';

/**
 * Content formats (S2 内容规划.1: text, pictures, video, audio; plus live streams).
 *
 * @example
 * contentFormat.label('video', 'zh-CN') //=> '视频'
 */
export const contentFormat = /* @__PURE__ */ labelledEnum('contentFormat', {
  text: { 'zh-CN': '图文', 'zh-TW': '圖文', en: 'Text' },
  image: { 'zh-CN': '图片', 'zh-TW': '圖片', en: 'Image' },
  video: { 'zh-CN': '视频', 'zh-TW': '視頻', en: 'Video' },
  audio: { 'zh-CN': '音频', 'zh-TW': '音頻', en: 'Audio' },
  live: { 'zh-CN': '直播', 'zh-TW': '直播', en: 'Live stream' },
});
/** See {@link contentFormat}. @example const f: ContentFormat = 'video'; */
export type ContentFormat = EnumValue<typeof contentFormat>;

/**
 * The states of a content item (CW-1: plan → create → review → publish → monitor). Review is one state;
 * which stage of the item's chain it is at is data (`stageIndex`), so a policy change never strands a
 * review in progress.
 *
 * @example
 * contentState.label('monitoring', 'zh-CN') //=> '数据监测'
 */
export const contentState = /* @__PURE__ */ labelledEnum('contentState', {
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
export const contentCommandType = /* @__PURE__ */ labelledEnum('contentCommandType', {
  create: { 'zh-CN': '新建策划', 'zh-TW': '新建策劃', en: 'Create plan' },
  'update-plan': { 'zh-CN': '修改策划', 'zh-TW': '修改策劃', en: 'Update plan' },
  'start-creation': { 'zh-CN': '开始创作', 'zh-TW': '開始創作', en: 'Start creation' },
  edit: { 'zh-CN': '编辑内容', 'zh-TW': '編輯內容', en: 'Edit content' },
  submit: { 'zh-CN': '提交审核', 'zh-TW': '提交審核', en: 'Submit for review' },
  approve: { 'zh-CN': '审核通过', 'zh-TW': '審核通過', en: 'Approve stage' },
  reject: { 'zh-CN': '驳回', 'zh-TW': '駁回', en: 'Reject' },
  'accept-finding': { 'zh-CN': '接受合规发现', 'zh-TW': '接受合規發現', en: 'Accept a compliance finding' },
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
export const contentMetric = /* @__PURE__ */ labelledEnum('contentMetric', {
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
 * What caused a takedown (CW-9: on a violation, a platform notice or a crisis): a violation case 违规案件,
 * a platform notice 平台通知, or a public-opinion item 舆情. The takedown names it by kind and id, so the
 * item and its audit trail link back to the case.
 *
 * @example
 * takedownCauseKind.label('platform-notice', 'zh-CN') //=> '平台通知'
 */
export const takedownCauseKind = /* @__PURE__ */ labelledEnum('takedownCauseKind', {
  'violation-case': { 'zh-CN': '违规案件', 'zh-TW': '違規案件', en: 'Violation case' },
  'platform-notice': { 'zh-CN': '平台通知', 'zh-TW': '平台通知', en: 'Platform notice' },
  'opinion-item': { 'zh-CN': '舆情事件', 'zh-TW': '輿情事件', en: 'Public-opinion item' },
});
/** See {@link takedownCauseKind}. @example const k: TakedownCauseKind = 'violation-case'; */
export type TakedownCauseKind = EnumValue<typeof takedownCauseKind>;

/**
 * Why a planned item slipped in the weekly review (CW-7): not published in its week, or published on a
 * later day than planned.
 *
 * @example
 * planSlip.label('published-late', 'zh-CN') //=> '延迟发布'
 */
export const planSlip = /* @__PURE__ */ labelledEnum('planSlip', {
  'not-published': { 'zh-CN': '未按计划发布', 'zh-TW': '未按計劃發布', en: 'Not published in its week' },
  'published-late': { 'zh-CN': '延迟发布', 'zh-TW': '延遲發布', en: 'Published later than planned' },
});
/** See {@link planSlip}. @example const s: PlanSlip = 'not-published'; */
export type PlanSlip = EnumValue<typeof planSlip>;
