import { labelledEnum, type EnumValue } from '../core/labels.js';

/**
 * The states of an annual marketing budget (BUD-1, S3 §7.1): compiled by marketing, reviewed by finance,
 * approved by management, then in force for the year, and closed at its end.
 *
 * @example
 * budgetState.label('financeReview', 'zh-CN') //=> '财务审核'
 */
export const budgetState = /* @__PURE__ */ labelledEnum('budgetState', {
  draft: { 'zh-CN': '编制中', 'zh-TW': '編制中', en: 'Being compiled' },
  financeReview: { 'zh-CN': '财务审核', 'zh-TW': '財務審核', en: 'Finance review' },
  managementApproval: { 'zh-CN': '管理层审批', 'zh-TW': '管理層審批', en: 'Management approval' },
  active: { 'zh-CN': '执行中', 'zh-TW': '執行中', en: 'In force' },
  closed: { 'zh-CN': '已结账', 'zh-TW': '已結賬', en: 'Closed' },
});
/** See {@link budgetState}. @example const s: BudgetState = 'active'; */
export type BudgetState = EnumValue<typeof budgetState>;

/**
 * The state of a budget change request (BUD-3): nothing changes until it is approved.
 *
 * @example
 * adjustmentStatus.label('pending', 'en') //=> 'Awaiting approval'
 */
export const adjustmentStatus = /* @__PURE__ */ labelledEnum('adjustmentStatus', {
  pending: { 'zh-CN': '待审批', 'zh-TW': '待審批', en: 'Awaiting approval' },
  approved: { 'zh-CN': '已批准并生效', 'zh-TW': '已批准並生效', en: 'Approved and applied' },
  rejected: { 'zh-CN': '已驳回', 'zh-TW': '已駁回', en: 'Rejected' },
});

/**
 * Budget line categories (BUD-1, S3 §7.1): campaign costs, channel operations, staff, other.
 *
 * @example
 * budgetCategory.label('channel', 'zh-CN') //=> '渠道费用'
 */
export const budgetCategory = /* @__PURE__ */ labelledEnum('budgetCategory', {
  campaign: { 'zh-CN': '活动费用', 'zh-TW': '活動費用', en: 'Campaigns' },
  channel: { 'zh-CN': '渠道费用', 'zh-TW': '渠道費用', en: 'Channel operations' },
  staff: { 'zh-CN': '人员费用', 'zh-TW': '人員費用', en: 'Staff' },
  other: { 'zh-CN': '其他费用', 'zh-TW': '其他費用', en: 'Other' },
});
/** See {@link budgetCategory}. @example const c: BudgetCategory = 'campaign'; */
export type BudgetCategory = EnumValue<typeof budgetCategory>;

/**
 * What happens to spending past a line's monthly budget (BUD-2: spending never exceeds budget):
 * `refuse` it, or accept it and `warn` (an escalation effect and a flag on the entry).
 *
 * @example
 * overspendRule.label('refuse', 'zh-CN') //=> '拒绝超支'
 */
export const overspendRule = /* @__PURE__ */ labelledEnum('overspendRule', {
  refuse: { 'zh-CN': '拒绝超支', 'zh-TW': '拒絕超支', en: 'Refuse' },
  warn: { 'zh-CN': '允许并预警', 'zh-TW': '允許並預警', en: 'Accept and warn' },
});
/** See {@link overspendRule}. @example const r: OverspendRule = 'refuse'; */
export type OverspendRule = EnumValue<typeof overspendRule>;

/**
 * Whether money a line leaves unspent in a month can be spent in its later months of the same year
 * (BUD-2, S3 §7.2.1–7.2.2): `none` (each month stands alone) or `within-year` (spending to date never
 * exceeds the plan to date).
 *
 * @example
 * carryOverRule.label('within-year', 'zh-CN') //=> '年内结转'
 */
export const carryOverRule = /* @__PURE__ */ labelledEnum('carryOverRule', {
  none: { 'zh-CN': '按月控制，不结转', 'zh-TW': '按月控制，不結轉', en: 'Per month, no carry-over' },
  'within-year': { 'zh-CN': '年内结转', 'zh-TW': '年內結轉', en: 'Carried over within the year' },
});
/** See {@link carryOverRule}. @example const r: CarryOverRule = 'none'; */
export type CarryOverRule = EnumValue<typeof carryOverRule>;

/**
 * The state of a monthly budget analysis report (BUD-4, S3 §7.3.2 每月撰寫預算分析報告): `due` once its
 * month has ended, `submitted` by marketing or finance, `reviewed` by finance.
 *
 * @example
 * reportStatus.label('reviewed', 'zh-CN') //=> '已审阅'
 */
export const reportStatus = /* @__PURE__ */ labelledEnum('reportStatus', {
  due: { 'zh-CN': '待提交', 'zh-TW': '待提交', en: 'Due' },
  submitted: { 'zh-CN': '已提交', 'zh-TW': '已提交', en: 'Submitted' },
  reviewed: { 'zh-CN': '已审阅', 'zh-TW': '已審閱', en: 'Reviewed' },
});
/** See {@link reportStatus}. @example const s: ReportStatus = 'submitted'; */
export type ReportStatus = EnumValue<typeof reportStatus>;
