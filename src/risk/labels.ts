import { labelledEnum, type EnumValue } from '../core/labels.js';

/**
 * The states of a risk-register entry (RSK-1..RSK-4, S3 §8 风险识别→风险评估→风险应对): identified,
 * assessed (graded), being treated, monitored (treated or accepted, reviewed at its interval), closed.
 *
 * @example
 * riskState.label('monitoring', 'zh-CN') //=> '监控中'
 */
export const riskState = /* @__PURE__ */ labelledEnum('riskState', {
  identified: { 'zh-CN': '已识别', 'zh-TW': '已識別', en: 'Identified' },
  assessed: { 'zh-CN': '已评估', 'zh-TW': '已評估', en: 'Assessed' },
  treating: { 'zh-CN': '应对中', 'zh-TW': '應對中', en: 'Being treated' },
  monitoring: { 'zh-CN': '监控中', 'zh-TW': '監控中', en: 'Monitored' },
  closed: { 'zh-CN': '已关闭', 'zh-TW': '已關閉', en: 'Closed' },
});
/** See {@link riskState}. @example const s: RiskState = 'assessed'; */
export type RiskState = EnumValue<typeof riskState>;

/**
 * The commands a risk-register entry takes.
 *
 * @example
 * riskCommandType.label('accept', 'zh-CN') //=> '接受风险'
 */
export const riskCommandType = /* @__PURE__ */ labelledEnum('riskCommandType', {
  create: { 'zh-CN': '登记风险', 'zh-TW': '登記風險', en: 'Register a risk' },
  edit: { 'zh-CN': '修改风险描述', 'zh-TW': '修改風險描述', en: 'Edit the description' },
  assess: { 'zh-CN': '评估风险', 'zh-TW': '評估風險', en: 'Assess the risk' },
  'plan-treatment': { 'zh-CN': '制定应对计划', 'zh-TW': '制定應對計劃', en: 'Plan the treatment' },
  'complete-action': { 'zh-CN': '完成应对措施', 'zh-TW': '完成應對措施', en: 'Complete an action' },
  'start-monitoring': { 'zh-CN': '转入监控', 'zh-TW': '轉入監控', en: 'Start monitoring' },
  accept: { 'zh-CN': '接受风险', 'zh-TW': '接受風險', en: 'Accept the risk' },
  review: { 'zh-CN': '定期复核', 'zh-TW': '定期複核', en: 'Review' },
  'record-legal-opinion': { 'zh-CN': '记录法律意见', 'zh-TW': '記錄法律意見', en: 'Record a legal opinion' },
  'plan-rectification': { 'zh-CN': '制定整改计划', 'zh-TW': '制定整改計劃', en: 'Plan the rectification' },
  'complete-rectification': { 'zh-CN': '完成整改', 'zh-TW': '完成整改', en: 'Complete the rectification' },
  'submit-appeal': { 'zh-CN': '提交申诉', 'zh-TW': '提交申訴', en: 'Submit an appeal' },
  'record-appeal-outcome': { 'zh-CN': '记录申诉结果', 'zh-TW': '記錄申訴結果', en: 'Record the appeal outcome' },
  close: { 'zh-CN': '关闭风险', 'zh-TW': '關閉風險', en: 'Close the risk' },
});
/** See {@link riskCommandType}. @example const c: RiskCommandType = 'assess'; */
export type RiskCommandType = EnumValue<typeof riskCommandType>;

/**
 * Risk categories (RSK-1): market, technical and legal (S3 §8.1), reputation and platform rules (S2
 * 风险管理 声誉风险, 平台规则风险), data security (S4 §3.4 安保管理: 保障公司与客户信息安全).
 *
 * @example
 * riskCategory.label('platform-rules', 'zh-CN') //=> '平台规则风险'
 */
export const riskCategory = /* @__PURE__ */ labelledEnum('riskCategory', {
  market: { 'zh-CN': '市场风险', 'zh-TW': '市場風險', en: 'Market' },
  technical: { 'zh-CN': '技术风险', 'zh-TW': '技術風險', en: 'Technical' },
  legal: { 'zh-CN': '法律风险', 'zh-TW': '法律風險', en: 'Legal' },
  reputation: { 'zh-CN': '声誉风险', 'zh-TW': '聲譽風險', en: 'Reputation' },
  'platform-rules': { 'zh-CN': '平台规则风险', 'zh-TW': '平台規則風險', en: 'Platform rules' },
  'data-security': { 'zh-CN': '数据安全风险', 'zh-TW': '數據安全風險', en: 'Data security' },
});
/** See {@link riskCategory}. @example const c: RiskCategory = 'legal'; */
export type RiskCategory = EnumValue<typeof riskCategory>;

/**
 * The kinds of risk the seeds name within a category (RSK-1, S3 §8.1): demand decline and competition
 * (market); website security, search-algorithm changes and technology change (technical); advertising
 * compliance and privacy (legal). {@link riskTopicCategory} says which category each belongs to.
 *
 * @example
 * riskTopic.label('algorithm-change', 'zh-CN') //=> '搜索引擎算法调整'
 */
export const riskTopic = /* @__PURE__ */ labelledEnum('riskTopic', {
  'demand-decline': { 'zh-CN': '市场需求下降', 'zh-TW': '市場需求下降', en: 'Demand decline' },
  competition: { 'zh-CN': '竞争加剧', 'zh-TW': '競爭加劇', en: 'Competition' },
  'website-security': { 'zh-CN': '网站安全问题', 'zh-TW': '網站安全問題', en: 'Website security' },
  'algorithm-change': { 'zh-CN': '搜索引擎算法调整', 'zh-TW': '搜索引擎算法調整', en: 'Search-algorithm change' },
  'technology-change': { 'zh-CN': '技术更新换代', 'zh-TW': '技術更新換代', en: 'Technology change' },
  'ad-compliance': { 'zh-CN': '广告合规问题', 'zh-TW': '廣告合規問題', en: 'Advertising compliance' },
  privacy: { 'zh-CN': '用户隐私保护', 'zh-TW': '用戶隱私保護', en: 'User privacy' },
});
/** See {@link riskTopic}. @example const t: RiskTopic = 'privacy'; */
export type RiskTopic = EnumValue<typeof riskTopic>;

/**
 * The category each {@link riskTopic} belongs to (S3 §8.1).
 *
 * @example
 * riskTopicCategory['ad-compliance'] //=> 'legal'
 */
export const riskTopicCategory: { readonly [T in RiskTopic]: RiskCategory } = {
  'demand-decline': 'market',
  competition: 'market',
  'website-security': 'technical',
  'algorithm-change': 'technical',
  'technology-change': 'technical',
  'ad-compliance': 'legal',
  privacy: 'legal',
};

/**
 * How a risk is treated (RSK-4): avoided 规避, reduced 降低, transferred 转移, or accepted 接受.
 * Acceptance is its own command, since it needs the decision right the policy gives for the grade.
 *
 * @example
 * treatmentStrategy.label('transfer', 'zh-CN') //=> '转移'
 */
export const treatmentStrategy = /* @__PURE__ */ labelledEnum('treatmentStrategy', {
  avoid: { 'zh-CN': '规避', 'zh-TW': '規避', en: 'Avoid' },
  reduce: { 'zh-CN': '降低', 'zh-TW': '降低', en: 'Reduce' },
  transfer: { 'zh-CN': '转移', 'zh-TW': '轉移', en: 'Transfer' },
  accept: { 'zh-CN': '接受', 'zh-TW': '接受', en: 'Accept' },
});
/** See {@link treatmentStrategy}. @example const s: TreatmentStrategy = 'reduce'; */
export type TreatmentStrategy = EnumValue<typeof treatmentStrategy>;

/**
 * How a risk was graded (RSK-2, S3 §8.2.1 定性与定量相结合): by named levels, or from a probability
 * and a money impact mapped to levels by the matrix's thresholds.
 *
 * @example
 * assessmentMethod.label('quantitative', 'zh-CN') //=> '定量'
 */
export const assessmentMethod = /* @__PURE__ */ labelledEnum('assessmentMethod', {
  qualitative: { 'zh-CN': '定性', 'zh-TW': '定性', en: 'Qualitative' },
  quantitative: { 'zh-CN': '定量', 'zh-TW': '定量', en: 'Quantitative' },
});
/** See {@link assessmentMethod}. @example const m: AssessmentMethod = 'qualitative'; */
export type AssessmentMethod = EnumValue<typeof assessmentMethod>;

/**
 * What a risk entry can point at (RSK-1): a content item, a campaign, an account, by kind and the id
 * the host gave it.
 *
 * @example
 * relatedKind.label('account', 'zh-CN') //=> '账号'
 */
export const relatedKind = /* @__PURE__ */ labelledEnum('relatedKind', {
  content: { 'zh-CN': '内容', 'zh-TW': '內容', en: 'Content item' },
  campaign: { 'zh-CN': '营销活动', 'zh-TW': '營銷活動', en: 'Campaign' },
  account: { 'zh-CN': '账号', 'zh-TW': '賬號', en: 'Account' },
});
/** See {@link relatedKind}. @example const k: RelatedKind = 'content'; */
export type RelatedKind = EnumValue<typeof relatedKind>;

/**
 * A platform's sanction on an account (RSK-5, S2 平台规则风险.3): a ban 封禁, a traffic limit 限流,
 * or a removal notice 下架通知.
 *
 * @example
 * platformSanctionKind.label('traffic-limit', 'zh-CN') //=> '限流'
 */
export const platformSanctionKind = /* @__PURE__ */ labelledEnum('platformSanctionKind', {
  ban: { 'zh-CN': '账号封禁', 'zh-TW': '賬號封禁', en: 'Account ban' },
  'traffic-limit': { 'zh-CN': '限流', 'zh-TW': '限流', en: 'Traffic limit' },
  'removal-notice': { 'zh-CN': '下架通知', 'zh-TW': '下架通知', en: 'Removal notice' },
});
/** See {@link platformSanctionKind}. @example const k: PlatformSanctionKind = 'ban'; */
export type PlatformSanctionKind = EnumValue<typeof platformSanctionKind>;

/**
 * What a platform decided on an appeal 申诉 (RSK-5): the sanction lifted, reduced, or upheld.
 *
 * @example
 * platformAppealOutcome.label('lifted', 'zh-CN') //=> '已解除'
 */
export const platformAppealOutcome = /* @__PURE__ */ labelledEnum('platformAppealOutcome', {
  lifted: { 'zh-CN': '已解除', 'zh-TW': '已解除', en: 'Lifted' },
  reduced: { 'zh-CN': '已减轻', 'zh-TW': '已減輕', en: 'Reduced' },
  upheld: { 'zh-CN': '维持原处罚', 'zh-TW': '維持原處罰', en: 'Upheld' },
});
/** See {@link platformAppealOutcome}. @example const o: PlatformAppealOutcome = 'upheld'; */
export type PlatformAppealOutcome = EnumValue<typeof platformAppealOutcome>;

/**
 * Why a risk is due in the review queue (RSK-4): its review date has come, or its acceptance has
 * expired (it must be assessed again).
 *
 * @example
 * reviewReason.label('acceptance-expired', 'zh-CN') //=> '风险接受已到期'
 */
export const reviewReason = /* @__PURE__ */ labelledEnum('reviewReason', {
  'review-due': { 'zh-CN': '已到复核日期', 'zh-TW': '已到複核日期', en: 'Review date reached' },
  'acceptance-expired': { 'zh-CN': '风险接受已到期', 'zh-TW': '風險接受已到期', en: 'Acceptance expired' },
});
/** See {@link reviewReason}. @example const r: ReviewReason = 'review-due'; */
export type ReviewReason = EnumValue<typeof reviewReason>;
