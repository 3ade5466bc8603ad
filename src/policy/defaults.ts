import type { Policy } from './schema.js';

const L = (zhCN: string, zhTW: string, en: string) => ({ 'zh-CN': zhCN, 'zh-TW': zhTW, en });

/**
 * The policy the seeds describe (S0–S4), with our defaults where they are silent. A host copies and
 * adapts it, then validates its own with `parsePolicy`.
 *
 * Departments (ORG-1, S0 art.4–8, S1 ch.7, S3 §2, S4 §2), positions (ORG-2, S4 §3.1 plus the reviewers
 * named in S1 ch.4.2 and S4 §3.3), decision rights (ORG-3, S0 art.8) and the revision procedure
 * (SUP-3: S1 ch.8 部门审核 → 管理层审批; S0 art.17 企业管理负责人审批 and 正式通知后生效).
 *
 * @example
 * defaultPolicy.timeZone //=> 'Asia/Shanghai'
 * defaultPolicy.org.departments.map((d) => d.id).includes('legal') //=> true
 */
export const defaultPolicy: Policy = {
  version: '2026.1',
  title: L('新媒体与网络营销管理制度', '新媒體與網絡營銷管理制度', 'New-media and online-marketing management policy'),
  timeZone: 'Asia/Shanghai',
  currency: 'CNY',
  org: {
    departments: [
      { id: 'marketing', labels: L('营销部门', '營銷部門', 'Marketing'), duties: [L('制定并执行新媒体与网络营销战略', '訂立並執行新媒體與網絡營銷戰略', 'Sets and executes the new-media and online-marketing strategy')] },
      { id: 'market', labels: L('市场部门', '市場部門', 'Market'), duties: [L('市场调研，与合作伙伴及第三方媒体对接', '市場調研，與合作夥伴及第三方媒體對接', 'Market research; partners and third-party media')] },
      { id: 'pr', labels: L('公关部门', '公關部門', 'Public relations'), duties: [L('品牌形象、新闻稿件、舆情监测与回应', '品牌形象、新聞稿件、輿情監測與回應', 'Brand image, press releases, public-opinion monitoring and response')] },
      { id: 'technology', labels: L('技术部门', '技術部門', 'Technology'), duties: [L('平台技术支持，确保稳定运行与安全', '平台技術支持，確保穩定運行與安全', 'Platform technical support, stability and security')] },
      { id: 'legal', labels: L('法务部门', '法務部門', 'Legal'), duties: [L('法律法规咨询与合规风险评估', '法律法規諮詢與合規風險評估', 'Legal advice and compliance risk assessment')] },
      { id: 'customer-service', labels: L('客服部门', '客服部門', 'Customer service'), duties: [L('提供客户需求与反馈', '提供客戶需求與反饋', 'Supplies customer needs and feedback')] },
      { id: 'data-analysis', labels: L('数据分析部', '數據分析部', 'Data analysis') },
      { id: 'product', labels: L('产品部', '產品部', 'Product') },
      { id: 'network-operations', labels: L('网络运营部', '網絡運營部', 'Network operations'), duties: [L('网站、网店、公众号、APP 的维护与更新', '網站、網店、公眾號、APP 的維護與更新', 'Runs the website, online shop, official account and app')] },
      { id: 'operations-management', labels: L('经营管理部门', '經營管理部門', 'Operations management'), duties: [L('监督本制度的执行', '監督本制度的執行', 'Supervises the execution of this policy')] },
      { id: 'finance', labels: L('财务部门', '財務部門', 'Finance'), duties: [L('审核营销预算', '審核營銷預算', 'Reviews the marketing budget')] },
      { id: 'management', labels: L('企业管理层', '企業管理層', 'Company management'), duties: [L('审批制度修订与预算', '審批制度修訂與預算', 'Approves policy revisions and budgets')] },
      { id: 'leadership-group', labels: L('全网营销领导小组', '全網營銷領導小組', 'Online-marketing leadership group'), duties: [L('统筹全网营销战略，审批重大营销决策和资源配置', '統籌全網營銷戰略，審批重大營銷決策和資源配置', 'Plans the online-marketing strategy; approves major decisions and resources')] },
    ],
    positions: [
      { id: 'head', labels: L('部门负责人', '部門負責人', 'Department head') },
      { id: 'deputy-head', labels: L('部门副负责人', '部門副負責人', 'Deputy department head') },
      { id: 'staff', labels: L('员工', '員工', 'Staff') },
      { id: 'content-editor', labels: L('内容编辑', '內容編輯', 'Content editor'), departments: ['marketing', 'pr', 'network-operations'] },
      { id: 'supervisor', labels: L('主管', '主管', 'Supervisor'), departments: ['network-operations'] },
      { id: 'deputy-supervisor', labels: L('副主管', '副主管', 'Deputy supervisor'), departments: ['network-operations'] },
      { id: 'network-operator', labels: L('网络运营员', '網絡運營員', 'Network operator'), departments: ['network-operations'] },
      { id: 'technical-support', labels: L('技术支持', '技術支持', 'Technical support'), departments: ['network-operations', 'technology'] },
      { id: 'quality-inspector', labels: L('质检员', '質檢員', 'Quality inspector'), departments: ['network-operations'] },
      { id: 'legal-counsel', labels: L('法务专员', '法務專員', 'Legal counsel'), departments: ['legal'] },
      { id: 'management-head', labels: L('企业管理负责人', '企業管理負責人', 'Head of company management'), departments: ['management'] },
      { id: 'leader', labels: L('组长', '組長', 'Group leader'), departments: ['leadership-group'] },
      { id: 'member', labels: L('成员', '成員', 'Member'), departments: ['leadership-group'] },
    ],
    rights: [
      { action: 'strategy.decide', rule: 'ORG-3', scope: 'any', labels: L('营销战略决策', '營銷戰略決策', 'Decide marketing strategy and its execution'), grants: [{ department: 'marketing', positions: ['head', 'deputy-head'] }, { department: 'leadership-group' }] },
      { action: 'brand.decide', rule: 'ORG-3', scope: 'any', labels: L('品牌形象与公关活动决策', '品牌形象與公關活動決策', 'Decide brand image and PR activities'), grants: [{ department: 'pr', positions: ['head', 'deputy-head'] }] },
      { action: 'partner.decide', rule: 'ORG-3', scope: 'any', labels: L('合作伙伴合作决策', '合作夥伴合作決策', 'Decide partner cooperation'), grants: [{ department: 'market', positions: ['head', 'deputy-head'] }] },
      { action: 'platform.decide', rule: 'ORG-3', scope: 'any', labels: L('平台技术支持决策', '平台技術支持決策', 'Decide platform technical support'), grants: [{ department: 'technology', positions: ['head', 'deputy-head'] }] },
      { action: 'compliance.decide', rule: 'ORG-3', scope: 'any', labels: L('合规事宜决策', '合規事宜決策', 'Decide compliance matters'), grants: [{ department: 'legal' }] },
      { action: 'content.plan', rule: 'CW-1', scope: 'any', labels: L('内容策划与创作', '內容策劃與創作', 'Plan and create content'), grants: [{ department: 'marketing' }, { department: 'market' }, { department: 'pr' }, { department: 'network-operations' }, { department: 'product' }] },
      { action: 'content.publish', rule: 'CW-6', scope: 'any', labels: L('排期与发布内容', '排期與發布內容', 'Schedule and publish content'), grants: [{ department: 'marketing', positions: ['head', 'deputy-head', 'content-editor'] }, { department: 'pr', positions: ['head', 'deputy-head', 'content-editor'] }, { department: 'network-operations', positions: ['supervisor', 'deputy-supervisor', 'network-operator', 'content-editor'] }] },
      { action: 'content.monitor', rule: 'CW-1', scope: 'any', labels: L('数据监测', '數據監測', 'Record monitoring data'), grants: [{ department: 'marketing' }, { department: 'pr' }, { department: 'data-analysis' }, { department: 'network-operations' }] },
      { action: 'content.withdraw', rule: 'CW-9', scope: 'own-department', labels: L('撤回本部门内容', '撤回本部門內容', 'Withdraw own department content'), grants: [{ positions: ['head', 'deputy-head', 'supervisor', 'deputy-supervisor'] }] },
      { action: 'content.takedown', rule: 'CW-9', scope: 'any', labels: L('紧急下架内容', '緊急下架內容', 'Take content down in an emergency'), grants: [{ department: 'legal' }, { department: 'pr', positions: ['head', 'deputy-head'] }, { department: 'marketing', positions: ['head'] }, { department: 'network-operations', positions: ['supervisor'] }, { department: 'leadership-group' }] },
      { action: 'budget.compile', rule: 'BUD-1', scope: 'any', labels: L('编制营销预算', '編制營銷預算', 'Compile the marketing budget'), grants: [{ department: 'marketing', positions: ['head', 'deputy-head'] }] },
      { action: 'budget.review', rule: 'BUD-1', scope: 'any', labels: L('财务审核预算', '財務審核預算', 'Review the budget for finance'), grants: [{ department: 'finance', positions: ['head', 'deputy-head'] }] },
      { action: 'budget.approve', rule: 'BUD-1', scope: 'any', labels: L('审批预算与调整', '審批預算與調整', 'Approve the budget and its changes'), grants: [{ department: 'management', positions: ['management-head'] }, { department: 'leadership-group', positions: ['leader'] }] },
      { action: 'budget.spend', rule: 'BUD-2', scope: 'any', labels: L('登记预算支出', '登記預算支出', 'Record spending against the budget'), grants: [{ department: 'marketing', positions: ['head', 'deputy-head'] }, { department: 'finance' }] },
      { action: 'budget.adjust', rule: 'BUD-3', scope: 'any', labels: L('申请预算调整', '申請預算調整', 'Apply for a budget change'), grants: [{ department: 'marketing', positions: ['head', 'deputy-head'] }] },
      { action: 'budget.explain', rule: 'BUD-4', scope: 'any', labels: L('说明预算差异', '說明預算差異', 'Explain a budget variance'), grants: [{ department: 'marketing' }, { department: 'finance' }] },
      { action: 'policy.draft', rule: 'SUP-3', scope: 'any', labels: L('起草制度修订', '起草制度修訂', 'Draft a policy revision'), grants: [{ department: 'market' }, { department: 'marketing', positions: ['head', 'deputy-head'] }, { department: 'operations-management' }] },
      { action: 'policy.review', rule: 'SUP-3', scope: 'own-department', labels: L('部门审核制度修订', '部門審核制度修訂', 'Review a policy revision for a department'), grants: [{ positions: ['head'] }] },
      { action: 'policy.approve', rule: 'SUP-3', scope: 'any', labels: L('审批制度修订', '審批制度修訂', 'Approve a policy revision'), grants: [{ department: 'management', positions: ['management-head'] }] },
      { action: 'policy.announce', rule: 'SUP-3', scope: 'any', labels: L('正式通知制度生效', '正式通知制度生效', 'Issue the formal notice of a revision'), grants: [{ department: 'operations-management' }, { department: 'management' }] },
    ],
  },
  revision: { reviewDepartments: ['market', 'legal'] },
  content: {
    channels: [
      { id: 'wechat-official-account', group: 'social', labels: L('微信公众号', '微信公眾號', 'WeChat official account'), plannedWeekdays: [1, 3, 5], maxPerDay: 1 },
      { id: 'weibo', group: 'social', labels: L('微博', '微博', 'Weibo'), plannedWeekdays: [1, 2, 3, 4, 5] },
      { id: 'douyin', group: 'social', labels: L('抖音', '抖音', 'Douyin') },
      { id: 'xiaohongshu', group: 'social', labels: L('小红书', '小紅書', 'Xiaohongshu') },
      { id: 'website', group: 'site', labels: L('企业网站', '企業網站', 'Website') },
      { id: 'app', group: 'site', labels: L('客户端 APP', '客戶端 APP', 'App'), plannedWeekdays: [1] },
      { id: 'online-shop', group: 'site', labels: L('网店', '網店', 'Online shop') },
      { id: 'ecommerce-platform', group: 'social', labels: L('电商平台', '電商平台', 'E-commerce platform') },
      { id: 'industry-platform', group: 'social', labels: L('行业平台', '行業平台', 'Industry platform') },
    ],
    stages: [
      { id: 'editor', labels: L('内容编辑审核', '內容編輯審核', 'Content editor review'), signers: [{ positions: ['content-editor'] }], sameDepartment: true, quorum: { kind: 'any' }, deadlineHours: 24, legal: false },
      { id: 'department-head', labels: L('部门负责人审核', '部門負責人審核', 'Department head review'), signers: [{ positions: ['head', 'deputy-head'] }], sameDepartment: true, quorum: { kind: 'any' }, deadlineHours: 24, legal: false },
      { id: 'legal', labels: L('法务审核', '法務審核', 'Legal review'), signers: [{ department: 'legal' }], sameDepartment: false, quorum: { kind: 'any' }, deadlineHours: 48, legal: true },
      { id: 'leadership', labels: L('领导小组审批', '領導小組審批', 'Leadership group approval'), signers: [{ department: 'leadership-group' }], sameDepartment: false, quorum: { kind: 'any' }, deadlineHours: 48, legal: false },
      { id: 'supervisor', labels: L('主管审批', '主管審批', 'Supervisor approval'), signers: [{ department: 'network-operations', positions: ['supervisor', 'deputy-supervisor'] }], sameDepartment: false, quorum: { kind: 'any' }, deadlineHours: 24, legal: false },
      { id: 'quality-check', labels: L('质检', '質檢', 'Quality check'), signers: [{ department: 'network-operations', positions: ['quality-inspector'] }], sameDepartment: false, quorum: { kind: 'any' }, deadlineHours: 24, legal: false },
    ],
    chains: [
      { id: 'social-standard', groups: ['social'], riskLevels: ['low', 'medium'], stages: ['editor', 'department-head', 'legal'] },
      { id: 'social-high', groups: ['social'], riskLevels: ['high'], stages: ['editor', 'department-head', 'legal', 'leadership'] },
      { id: 'site-standard', groups: ['site'], riskLevels: ['low', 'medium'], stages: ['supervisor', 'quality-check'] },
      { id: 'site-high', groups: ['site'], riskLevels: ['high'], stages: ['supervisor', 'quality-check', 'legal', 'leadership'] },
    ],
    lowRiskSocialSkipsLegal: false,
    emergencyTakedown: true,
    maxPerChannelPerDay: 3,
    dueSoonHours: 4,
  },
  kpi: {
    metrics: [],
    // S0 art.14: marketing team (market share, user growth, conversion, social effect); PR (brand
    // influence, opinion handling, media coverage); market department (campaign effect, partners).
    // Targets are defaults for a mid-size brand; hosts set their own each period.
    scorecards: [
      {
        id: 'marketing-team',
        labels: L('营销团队考核表', '營銷團隊考核表', 'Marketing team scorecard'),
        department: 'marketing',
        indicators: [
          { metric: 'market-share', weightBp: 2500, target: 0.15, method: 'ratio', floor: 0, cap: 1.2 },
          { metric: 'follower-growth-rate', weightBp: 2500, target: 0.05, method: 'ratio', floor: 0, cap: 1.2 },
          { metric: 'conversion-rate-by-visitors', weightBp: 2500, target: 0.03, method: 'ratio', floor: 0, cap: 1.2 },
          { metric: 'engagement-rate-by-reach', weightBp: 2500, target: 0.04, method: 'ratio', floor: 0, cap: 1.2 },
        ],
      },
      {
        id: 'pr-department',
        labels: L('公关部门考核表', '公關部門考核表', 'PR department scorecard'),
        department: 'pr',
        indicators: [
          { metric: 'share-of-voice', weightBp: 3500, target: 0.25, method: 'ratio', floor: 0, cap: 1.2 },
          { metric: 'opinion-handled-in-time-rate', weightBp: 3500, target: 0.95, method: 'piecewise', piecewise: { threshold: 0.8, stretch: 1, thresholdAttainment: 0.6 }, floor: 0, cap: 1.1 },
          { metric: 'weighted-media-coverage', weightBp: 3000, target: 60, method: 'ratio', floor: 0, cap: 1.2 },
        ],
      },
      {
        id: 'market-department',
        labels: L('市场部门考核表', '市場部門考核表', 'Market department scorecard'),
        department: 'market',
        indicators: [
          { metric: 'campaign-participation-rate', weightBp: 5000, target: 0.1, method: 'ratio', floor: 0, cap: 1.2 },
          { metric: 'partner-satisfaction', weightBp: 5000, target: 4.5, method: 'piecewise', piecewise: { threshold: 3.5, stretch: 5, thresholdAttainment: 0.6 }, floor: 0, cap: 1.1 },
        ],
      },
    ],
    bands: [
      { rating: 'S', labels: L('卓越', '卓越', 'Outstanding'), min: 95, bonusCoefficientBp: 15000, promotionEligible: true },
      { rating: 'A', labels: L('优秀', '優秀', 'Excellent'), min: 85, bonusCoefficientBp: 12000, promotionEligible: true },
      { rating: 'B', labels: L('良好', '良好', 'Good'), min: 70, bonusCoefficientBp: 10000, promotionEligible: false },
      { rating: 'C', labels: L('合格', '合格', 'Adequate'), min: 60, bonusCoefficientBp: 8000, promotionEligible: false },
      { rating: 'D', labels: L('待改进', '待改進', 'Needs improvement'), min: 0, bonusCoefficientBp: 0, promotionEligible: false },
    ],
    vetoes: [
      { id: 'serious-violation', labels: L('严重违规', '嚴重違規', 'Serious violation'), capRating: 'C' },
      { id: 'major-opinion-incident', labels: L('重大舆情事件', '重大輿情事件', 'Major public-opinion incident'), capRating: 'C' },
      { id: 'published-without-review', labels: L('未经审核发布', '未經審核發布', 'Published without review'), capRating: 'D' },
    ],
    notAssessable: 'renormalise',
    annualRollup: 'recompute',
  },
  // BUD-2 says spending never exceeds budget, so the default refuses; a host may choose to warn.
  budget: { overspend: 'refuse', varianceReasonThresholdBp: 1000 },
};
