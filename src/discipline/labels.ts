import { labelledEnum, type EnumValue } from '../core/labels.js';

/**
 * The states of a violation case (DSC-5): reported, investigated, a sanction proposed, the employee
 * notified (statement window), decided by a person holding the right, possibly appealed, executed and
 * closed; withdrawn with a reason at any point before the decision.
 *
 * @example
 * caseState.label('notified', 'zh-CN') //=> '已告知本人'
 */
export const caseState = /* @__PURE__ */ labelledEnum('caseState', {
  reported: { 'zh-CN': '已举报', 'zh-TW': '已舉報', en: 'Reported' },
  investigating: { 'zh-CN': '调查中', 'zh-TW': '調查中', en: 'Under investigation' },
  proposed: { 'zh-CN': '已提出处理建议', 'zh-TW': '已提出處理建議', en: 'Sanction proposed' },
  notified: { 'zh-CN': '已告知本人', 'zh-TW': '已告知本人', en: 'Employee notified' },
  decided: { 'zh-CN': '已作出处理决定', 'zh-TW': '已作出處理決定', en: 'Decided' },
  appealed: { 'zh-CN': '申诉中', 'zh-TW': '申訴中', en: 'Under appeal' },
  executed: { 'zh-CN': '已执行', 'zh-TW': '已執行', en: 'Executed' },
  closed: { 'zh-CN': '已结案', 'zh-TW': '已結案', en: 'Closed' },
  withdrawn: { 'zh-CN': '已撤销', 'zh-TW': '已撤銷', en: 'Withdrawn' },
});
/** See {@link caseState}. @example const s: CaseState = 'decided'; */
export type CaseState = EnumValue<typeof caseState>;

/**
 * How grave a violation is (DSC-2, DSC-3; S2 处理措施.1–2 轻微 / 严重, and 情节特别严重 for gross).
 *
 * @example
 * violationSeverity.label('gross', 'zh-CN') //=> '特别严重'
 */
export const violationSeverity = /* @__PURE__ */ labelledEnum('violationSeverity', {
  minor: { 'zh-CN': '轻微', 'zh-TW': '輕微', en: 'Minor' },
  serious: { 'zh-CN': '严重', 'zh-TW': '嚴重', en: 'Serious' },
  gross: { 'zh-CN': '特别严重', 'zh-TW': '特別嚴重', en: 'Gross' },
});
/** See {@link violationSeverity}. @example const s: ViolationSeverity = 'minor'; */
export type ViolationSeverity = EnumValue<typeof violationSeverity>;

/**
 * What a rung of the sanction ladder does, whatever a company calls it: the legal caps apply by kind
 * (a fine, a demotion, a dismissal), so a renamed rung keeps its caps (DSC-2, DSC-3).
 *
 * @example
 * sanctionKind.label('demerit', 'zh-CN') //=> '记过'
 */
export const sanctionKind = /* @__PURE__ */ labelledEnum('sanctionKind', {
  warning: { 'zh-CN': '警告', 'zh-TW': '警告', en: 'Warning' },
  rectification: { 'zh-CN': '责令整改', 'zh-TW': '責令整改', en: 'Order to rectify' },
  demerit: { 'zh-CN': '记过', 'zh-TW': '記過', en: 'Demerit' },
  fine: { 'zh-CN': '罚款', 'zh-TW': '罰款', en: 'Fine' },
  demotion: { 'zh-CN': '降职', 'zh-TW': '降職', en: 'Demotion' },
  dismissal: { 'zh-CN': '辞退/解雇', 'zh-TW': '辭退/解僱', en: 'Dismissal' },
  other: { 'zh-CN': '其他', 'zh-TW': '其他', en: 'Other' },
});
/** See {@link sanctionKind}. @example const k: SanctionKind = 'fine'; */
export type SanctionKind = EnumValue<typeof sanctionKind>;

/**
 * Whether fines (罚款) may be decided: `off` (refused), `warn` (decided with a warning and an escalation
 * to HR), `allow`. No general statute authorises an employer to fine staff, so the default is `off`.
 *
 * @example
 * fineRule.label('off', 'zh-CN') //=> '不得罚款'
 */
export const fineRule = /* @__PURE__ */ labelledEnum('fineRule', {
  off: { 'zh-CN': '不得罚款', 'zh-TW': '不得罰款', en: 'Fines refused' },
  warn: { 'zh-CN': '可罚款但预警', 'zh-TW': '可罰款但預警', en: 'Fines with a warning' },
  allow: { 'zh-CN': '可罚款', 'zh-TW': '可罰款', en: 'Fines allowed' },
});
/** See {@link fineRule}. @example const r: FineRule = 'off'; */
export type FineRule = EnumValue<typeof fineRule>;

/**
 * Who a case is against (DSC-5, S2 责任追究.1): the person directly responsible (直接责任人) or the head
 * of their department held accountable for it (部门负责人).
 *
 * @example
 * caseRole.label('department-head', 'zh-CN') //=> '部门负责人'
 */
export const caseRole = /* @__PURE__ */ labelledEnum('caseRole', {
  direct: { 'zh-CN': '直接责任人', 'zh-TW': '直接責任人', en: 'Directly responsible' },
  'department-head': { 'zh-CN': '部门负责人', 'zh-TW': '部門負責人', en: 'Department head' },
});
/** See {@link caseRole}. @example const r: CaseRole = 'direct'; */
export type CaseRole = EnumValue<typeof caseRole>;

/**
 * What opened a case, by kind and the id the host gave it (DSC-7): a content takedown, a platform
 * incident (account ban, traffic limit), a public-opinion item, an inspection, a KPI rating, or a report.
 *
 * @example
 * caseCauseKind.label('content-takedown', 'zh-CN') //=> '内容下架'
 */
export const caseCauseKind = /* @__PURE__ */ labelledEnum('caseCauseKind', {
  'content-takedown': { 'zh-CN': '内容下架', 'zh-TW': '內容下架', en: 'Content takedown' },
  'platform-incident': { 'zh-CN': '平台处罚事件', 'zh-TW': '平台處罰事件', en: 'Platform incident' },
  'opinion-item': { 'zh-CN': '舆情事件', 'zh-TW': '輿情事件', en: 'Public-opinion item' },
  inspection: { 'zh-CN': '监督检查', 'zh-TW': '監督檢查', en: 'Inspection' },
  'kpi-rating': { 'zh-CN': '绩效考核结果', 'zh-TW': '績效考核結果', en: 'KPI rating' },
  report: { 'zh-CN': '举报', 'zh-TW': '舉報', en: 'Report' },
});
/** See {@link caseCauseKind}. @example const k: CaseCauseKind = 'platform-incident'; */
export type CaseCauseKind = EnumValue<typeof caseCauseKind>;

/**
 * How an appeal ended (DSC-5): the sanction upheld, varied to another rung, or overturned.
 *
 * @example
 * appealOutcome.label('varied', 'zh-CN') //=> '变更处理'
 */
export const appealOutcome = /* @__PURE__ */ labelledEnum('appealOutcome', {
  upheld: { 'zh-CN': '维持原处理', 'zh-TW': '維持原處理', en: 'Upheld' },
  varied: { 'zh-CN': '变更处理', 'zh-TW': '變更處理', en: 'Varied' },
  overturned: { 'zh-CN': '撤销处理', 'zh-TW': '撤銷處理', en: 'Overturned' },
});
/** See {@link appealOutcome}. @example const o: AppealOutcome = 'upheld'; */
export type AppealOutcome = EnumValue<typeof appealOutcome>;

/**
 * Whose KPI scorecard a decided sanction vetoes (DSC-7): the person's, their department's, or both.
 *
 * @example
 * vetoSubject.label('department', 'zh-CN') //=> '部门'
 */
export const vetoSubject = /* @__PURE__ */ labelledEnum('vetoSubject', {
  person: { 'zh-CN': '个人', 'zh-TW': '個人', en: 'Person' },
  department: { 'zh-CN': '部门', 'zh-TW': '部門', en: 'Department' },
});
/** See {@link vetoSubject}. @example const s: VetoSubject = 'person'; */
export type VetoSubject = EnumValue<typeof vetoSubject>;
