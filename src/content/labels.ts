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
 * The top-level states of a content item (CW-1: plan → create → review → publish → monitor). Review has
 * one sub-state per stage of the policy's chains (see `stage` labels in the policy).
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

