import * as z from 'zod';
import type { Labels } from '../core/labels.js';
import { idString, LabelsSchema, list, policyKey as key } from '../core/schema.js';
import { LIMITS } from '../core/text.js';
import { rightScope } from './labels.js';

/**
 * A department or other body (the leadership group is one) (ORG-1).
 *
 * @example
 * DepartmentSchema.parse({ id: 'legal', labels: { 'zh-CN': '法务部门', 'zh-TW': '法務部門', en: 'Legal' } });
 */
export const DepartmentSchema = z.strictObject({
  id: key,
  labels: LabelsSchema,
  /** What the body does, for docs and UIs. */
  duties: list(LabelsSchema).optional(),
});
/** A department (ORG-1). @example const d: Department = defaultOrg.departments[0]!; */
export interface Department extends z.infer<typeof DepartmentSchema> {}

/**
 * A position (ORG-2). `departments` lists where it exists; absent means any department (for example
 * "department head").
 *
 * @example
 * PositionSchema.parse({ id: 'supervisor', labels: { 'zh-CN': '主管', 'zh-TW': '主管', en: 'Supervisor' }, departments: ['network-operations'] });
 */
export const PositionSchema = z.strictObject({
  id: key,
  labels: LabelsSchema,
  departments: list(key).optional(),
});
/** A position (ORG-2). @example const p: Position = defaultOrg.positions[0]!; */
export interface Position extends z.infer<typeof PositionSchema> {}

/**
 * One way to hold a decision right: membership of `department` (home department or `memberOf`), and,
 * when given, one of `positions`.
 *
 * @example
 * GrantSchema.parse({ department: 'legal', positions: ['head', 'legal-counsel'] });
 */
export const GrantSchema = z.strictObject({
  department: key.optional(),
  positions: list(key).min(1).optional(),
});
/** See {@link GrantSchema}. @example const g: Grant = { department: 'legal' }; */
export interface Grant extends z.infer<typeof GrantSchema> {}

/**
 * A decision right (ORG-3): who may take `action`. `scope` narrows it to the actor's own department or
 * own records. `rule` is cited when the right refuses someone.
 *
 * @example
 * DecisionRightSchema.parse({
 *   action: 'compliance.decide', rule: 'ORG-3', scope: 'any', grants: [{ department: 'legal' }],
 *   labels: { 'zh-CN': '合规决策', 'zh-TW': '合規決策', en: 'Decide on compliance' },
 * });
 */
export const DecisionRightSchema = z.strictObject({
  action: key,
  labels: LabelsSchema,
  rule: z.string().max(20).regex(/^[A-Z]+-\d+$/, 'must be a rule id such as ORG-3'),
  scope: z.enum(rightScope.values),
  grants: list(GrantSchema).min(1),
  /**
   * Where the right comes from, for docs and reviewers: a seed clause (`S0 art.8`) or `default` when the
   * grant is the company's own choice. Informational: it never widens or narrows the right.
   */
  source: z.string().max(80).optional(),
});
/** See {@link DecisionRightSchema}. @example const r: DecisionRight = defaultOrg.rights[0]!; */
export interface DecisionRight extends z.infer<typeof DecisionRightSchema> {}

/**
 * The organisation part of a policy: departments, positions and decision rights (ORG-1..ORG-3). People
 * are not part of the policy: the host's directory (`Directory` in core) says who holds which position.
 *
 * @example
 * OrgPolicySchema.parse(defaultOrg);
 */
export const OrgPolicySchema = z.strictObject({
  departments: list(DepartmentSchema, LIMITS.longList).min(1),
  positions: list(PositionSchema, LIMITS.longList).min(1),
  rights: list(DecisionRightSchema, LIMITS.longList),
});
/** See {@link OrgPolicySchema}. @example const org: OrgPolicy = defaultOrg; */
export interface OrgPolicy extends z.infer<typeof OrgPolicySchema> {}

/**
 * One person as a host's directory lists them (ORG-2): id, home department, positions, other bodies.
 * Use it to validate a staff list before building a directory with `createDirectory`; other fields a
 * staff record carries (e-mail, title) are kept and ignored.
 *
 * @example
 * DirectoryEntrySchema.parse({ id: 'u-1', department: 'legal', positions: ['legal-counsel'] });
 */
export const DirectoryEntrySchema = z.looseObject({
  id: idString,
  department: key,
  positions: list(key),
  memberOf: list(key).optional(),
});

/**
 * A problem a section of the policy has beyond its schema: where, relative to the section, and what.
 *
 * @example
 * const p: PolicyProblem = { path: ['rights', 3, 'grants', 0, 'department'], message: 'unknown department "sales"' };
 */
export interface PolicyProblem {
  readonly path: ReadonlyArray<string | number>;
  readonly message: string;
  /** The message in every locale, when the section has it (otherwise the English is shown). */
  readonly messages?: Labels;
  /** The rule the problem breaks, when one applies. */
  readonly rule?: string;
}

/**
 * Cross-references inside the organisation: duplicate ids and actions, positions placed in unknown
 * departments, grants naming unknown departments or positions. Paths are relative to `org`.
 *
 * @example
 * orgProblems(defaultOrg) //=> []
 */
export function orgProblems(org: OrgPolicy): PolicyProblem[] {
  const out: PolicyProblem[] = [];
  const duplicates = (ids: readonly string[], path: string, what: string) => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id)) out.push({ path: [path, i, what === 'right' ? 'action' : 'id'], message: `duplicate ${what} "${id}"` });
      seen.add(id);
    });
  };
  duplicates(org.departments.map((d) => d.id), 'departments', 'department');
  duplicates(org.positions.map((p) => p.id), 'positions', 'position');
  duplicates(org.rights.map((r) => r.action), 'rights', 'right');
  const departments = new Set(org.departments.map((d) => d.id));
  const positions = new Set(org.positions.map((p) => p.id));
  org.positions.forEach((p, i) =>
    p.departments?.forEach((d, j) => {
      if (!departments.has(d)) out.push({ path: ['positions', i, 'departments', j], message: `unknown department "${d}"` });
    }),
  );
  org.rights.forEach((r, i) =>
    r.grants.forEach((g, j) => out.push(...grantProblems(g, departments, positions).map((p) => ({ ...p, path: ['rights', i, 'grants', j, ...p.path] })))),
  );
  return out;
}

/**
 * Problems of one grant (or review-stage signer) against the organisation: an unknown department or
 * position. Paths are relative to the grant.
 *
 * @example
 * grantProblems({ department: 'sales' }, new Set(['legal']), new Set()) //=> [{ path: ['department'], message: 'unknown department "sales"' }]
 */
export function grantProblems(grant: Grant, departments: ReadonlySet<string>, positions: ReadonlySet<string>): PolicyProblem[] {
  const out: PolicyProblem[] = [];
  if (grant.department !== undefined && !departments.has(grant.department)) out.push({ path: ['department'], message: `unknown department "${grant.department}"` });
  grant.positions?.forEach((p, k) => {
    if (!positions.has(p)) out.push({ path: ['positions', k], message: `unknown position "${p}"` });
  });
  return out;
}

const L = (zhCN: string, zhTW: string, en: string) => ({ 'zh-CN': zhCN, 'zh-TW': zhTW, en });

/**
 * The organisation the seeds describe: departments (ORG-1, S0 art.4–8, S1 ch.7, S3 §2, S4 §2), positions
 * (ORG-2, S4 §3.1 plus the reviewers named in S1 ch.4.2 and S4 §3.3) and decision rights (ORG-3, S0
 * art.8; the workflow rights are ours where the seeds name a department but no procedure).
 *
 * @example
 * defaultOrg.departments.some((d) => d.id === 'legal') //=> true
 */
// Built by a pure call so that bundles which never read the default leave its labels out.
export const defaultOrg: OrgPolicy = /* @__PURE__ */ (() => ({
  departments: [
    { id: 'marketing', labels: L('营销部门', '營銷部門', 'Marketing'), duties: [L('制定并执行新媒体与网络营销战略', '訂立並執行新媒體與網絡營銷戰略', 'Sets and executes the new-media and online-marketing strategy')] },
    { id: 'market', labels: L('市场部门', '市場部門', 'Market'), duties: [L('市场调研，与合作伙伴及第三方媒体对接', '市場調研，與合作夥伴及第三方媒體對接', 'Market research; partners and third-party media')] },
    { id: 'pr', labels: L('公关部门', '公關部門', 'Public relations'), duties: [L('品牌形象、新闻稿件、舆情监测与回应', '品牌形象、新聞稿件、輿情監測與回應', 'Brand image, press releases, public-opinion monitoring and response')] },
    { id: 'technology', labels: L('技术部门', '技術部門', 'Technology'), duties: [L('平台技术支持，确保稳定运行与安全', '平台技術支持，確保穩定運行與安全', 'Platform technical support, stability and security')] },
    { id: 'legal', labels: L('法务部门', '法務部門', 'Legal'), duties: [L('法律法规咨询与合规风险评估', '法律法規諮詢與合規風險評估', 'Legal advice and compliance risk assessment')] },
    { id: 'customer-service', labels: L('客服部门', '客服部門', 'Customer service'), duties: [L('提供客户需求与反馈', '提供客戶需求與反饋', 'Supplies customer needs and feedback')] },
    { id: 'data-analysis', labels: L('数据分析部', '數據分析部', 'Data analysis'), duties: [L('新媒体数据的监测与分析，提供数据支持，帮助优化运营策略', '新媒體數據的監測與分析，提供數據支持，幫助優化運營策略', 'Monitors and analyses new-media data and supports the operating strategy with it')] },
    { id: 'product', labels: L('产品部', '產品部', 'Product'), duties: [L('配合营销部门提供产品或服务信息，协助开展营销活动', '配合營銷部門提供產品或服務信息，協助開展營銷活動', 'Supplies product and service information to marketing and helps run campaigns')] },
    { id: 'network-operations', labels: L('网络运营部', '網絡運營部', 'Network operations'), duties: [L('网站、网店、公众号、APP 的维护与更新', '網站、網店、公眾號、APP 的維護與更新', 'Runs the website, online shop, official account and app')] },
    { id: 'operations-management', labels: L('经营管理部门', '經營管理部門', 'Operations management'), duties: [L('监督本制度的执行', '監督本制度的執行', 'Supervises the execution of this policy')] },
    { id: 'internal-audit', labels: L('内部审计部门', '內部審計部門', 'Internal audit'), duties: [L('会同法务定期对营销活动进行专项检查，重点检查合法性、真实性、合规性', '會同法務定期對營銷活動進行專項檢查，重點檢查合法性、真實性、合規性', 'Runs special inspections of marketing with legal: legality, truthfulness, compliance')] },
    { id: 'hr', labels: L('人力资源部门', '人力資源部門', 'Human resources'), duties: [L('员工违规处理的调查、执行与档案（默认设置）', '員工違規處理的調查、執行與檔案（預設設定）', 'Investigates, executes and files staff discipline (default)')] },
    { id: 'finance', labels: L('财务部门', '財務部門', 'Finance'), duties: [L('审核营销预算', '審核營銷預算', 'Reviews the marketing budget')] },
    { id: 'management', labels: L('企业管理层', '企業管理層', 'Company management'), duties: [L('审批制度修订与预算', '審批制度修訂與預算', 'Approves policy revisions and budgets')] },
    { id: 'leadership-group', labels: L('全网营销领导小组', '全網營銷領導小組', 'Online-marketing leadership group'), duties: [L('统筹全网营销战略，审批重大营销决策和资源配置', '統籌全網營銷戰略，審批重大營銷決策和資源配置', 'Plans the online-marketing strategy; approves major decisions and resources')] },
  ],
  positions: [
    { id: 'head', labels: L('部门负责人', '部門負責人', 'Department head') },
    { id: 'deputy-head', labels: L('部门副负责人', '部門副負責人', 'Deputy department head') },
    { id: 'staff', labels: L('员工', '員工', 'Staff') },
    { id: 'content-editor', labels: L('内容编辑', '內容編輯', 'Content editor'), departments: ['marketing', 'market', 'pr', 'network-operations', 'product'] },
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
    // S0 art.8 gives each of these rights to the department (具有相应决策权); a department decides through
    // its head or deputy, so every one is granted the same way. Legal's is no exception.
    // The leadership group plans the overall online-marketing strategy (S3 §2(一) 统筹规划全网营销战略).
    { action: 'strategy.decide', rule: 'ORG-3', scope: 'any', source: 'S0 art.8; S3 §2(一) (leadership group)', labels: L('营销战略决策', '營銷戰略決策', 'Decide marketing strategy and its execution'), grants: [{ department: 'marketing', positions: ['head', 'deputy-head'] }, { department: 'leadership-group' }] },
    { action: 'brand.decide', rule: 'ORG-3', scope: 'any', source: 'S0 art.8', labels: L('品牌形象与公关活动决策', '品牌形象與公關活動決策', 'Decide brand image and PR activities'), grants: [{ department: 'pr', positions: ['head', 'deputy-head'] }] },
    { action: 'partner.decide', rule: 'ORG-3', scope: 'any', source: 'S0 art.8', labels: L('合作伙伴合作决策', '合作夥伴合作決策', 'Decide partner cooperation'), grants: [{ department: 'market', positions: ['head', 'deputy-head'] }] },
    { action: 'platform.decide', rule: 'ORG-3', scope: 'any', source: 'S0 art.8', labels: L('平台技术支持决策', '平台技術支持決策', 'Decide platform technical support'), grants: [{ department: 'technology', positions: ['head', 'deputy-head'] }] },
    { action: 'compliance.decide', rule: 'ORG-3', scope: 'any', source: 'S0 art.8', labels: L('合规事宜决策', '合規事宜決策', 'Decide compliance matters'), grants: [{ department: 'legal', positions: ['head', 'deputy-head'] }] },
    { action: 'major-decision.approve', rule: 'ORG-3', scope: 'any', source: 'S3 §2(一)', labels: L('审批重大营销决策和资源配置', '審批重大營銷決策和資源配置', 'Approve major marketing decisions and resource allocation'), grants: [{ department: 'leadership-group' }] },
    // S0 art.17 gives interpretation to the enterprise management head; S1 ch.8 (本制度由市场部解释) to the
    // market department. The default follows S0; a company whose policy reads like S1 grants it to market.
    { action: 'policy.interpret', rule: 'SUP-3', scope: 'any', source: 'S0 art.17 (S1 ch.8 differs)', labels: L('解释本制度', '解釋本制度', 'Interpret the policy'), grants: [{ department: 'management', positions: ['management-head'] }] },
    { action: 'content.plan', rule: 'CW-1', scope: 'own-department', source: 'S0 art.9, S1 ch.5.1, ch.7.1 (departments); scope: default', labels: L('策划与创作本部门内容', '策劃與創作本部門內容', 'Plan and create content of their department'), grants: [{ department: 'marketing' }, { department: 'market' }, { department: 'pr' }, { department: 'network-operations' }, { department: 'product' }] },
    { action: 'content.publish', rule: 'CW-6', scope: 'any', source: 'S0 art.10 (the marketing team publishes); positions: default', labels: L('排期与发布内容', '排期與發布內容', 'Schedule and publish content'), grants: [{ department: 'marketing', positions: ['head', 'deputy-head', 'content-editor'] }, { department: 'pr', positions: ['head', 'deputy-head', 'content-editor'] }, { department: 'network-operations', positions: ['supervisor', 'deputy-supervisor', 'network-operator', 'content-editor'] }] },
    { action: 'content.monitor', rule: 'CW-1', scope: 'any', source: 'S0 art.11, S1 ch.7.4 (departments); default', labels: L('数据监测', '數據監測', 'Record monitoring data'), grants: [{ department: 'marketing' }, { department: 'pr' }, { department: 'data-analysis' }, { department: 'network-operations' }] },
    { action: 'content.withdraw-own', rule: 'CW-9', scope: 'own-record', source: 'default', labels: L('撤回或取消本人创建的内容', '撤回或取消本人建立的內容', 'Withdraw or cancel content they created'), grants: [{ department: 'marketing' }, { department: 'market' }, { department: 'pr' }, { department: 'network-operations' }, { department: 'product' }] },
    { action: 'content.withdraw', rule: 'CW-9', scope: 'own-department', source: 'default', labels: L('撤回或取消本部门内容', '撤回或取消本部門內容', 'Withdraw or cancel content of their department'), grants: [{ positions: ['head', 'deputy-head', 'supervisor', 'deputy-supervisor'] }] },
    { action: 'content.takedown', rule: 'CW-9', scope: 'any', source: 'default', labels: L('紧急下架内容', '緊急下架內容', 'Take content down in an emergency'), grants: [{ department: 'legal' }, { department: 'pr', positions: ['head', 'deputy-head'] }, { department: 'marketing', positions: ['head'] }, { department: 'network-operations', positions: ['supervisor'] }, { department: 'leadership-group' }] },
    { action: 'content.lower-risk', rule: 'CW-3', scope: 'any', source: 'S1 ch.7.3 (legal reviews compliance)', labels: L('提交后降低内容风险等级', '提交後降低內容風險等級', 'Lower a content risk level after submission'), grants: [{ department: 'legal' }] },
    { action: 'budget.compile', rule: 'BUD-1', scope: 'any', source: 'S3 §7.1.1 (marketing compiles); positions: default', labels: L('编制营销预算', '編制營銷預算', 'Compile the marketing budget'), grants: [{ department: 'marketing', positions: ['head', 'deputy-head'] }] },
    { action: 'budget.review', rule: 'BUD-1', scope: 'any', source: 'S3 §7.1.2 (finance reviews); positions: default', labels: L('财务审核预算', '財務審核預算', 'Review the budget for finance'), grants: [{ department: 'finance', positions: ['head', 'deputy-head'] }] },
    { action: 'budget.approve', rule: 'BUD-1', scope: 'any', source: 'S3 §7.1.2 (management approves); leader: default', labels: L('审批预算与调整', '審批預算與調整', 'Approve the budget and its changes'), grants: [{ department: 'management', positions: ['management-head'] }, { department: 'leadership-group', positions: ['leader'] }] },
    { action: 'budget.spend', rule: 'BUD-2', scope: 'any', source: 'default', labels: L('登记预算支出', '登記預算支出', 'Record spending against the budget'), grants: [{ department: 'marketing', positions: ['head', 'deputy-head'] }, { department: 'finance' }] },
    { action: 'budget.adjust', rule: 'BUD-3', scope: 'any', source: 'default', labels: L('申请预算调整', '申請預算調整', 'Apply for a budget change'), grants: [{ department: 'marketing', positions: ['head', 'deputy-head'] }] },
    { action: 'budget.explain', rule: 'BUD-4', scope: 'any', source: 'default', labels: L('说明预算差异', '說明預算差異', 'Explain a budget variance'), grants: [{ department: 'marketing' }, { department: 'finance' }] },
    { action: 'policy.draft', rule: 'SUP-3', scope: 'any', source: 'default; S1 ch.8 makes the market department interpret', labels: L('起草制度修订', '起草制度修訂', 'Draft a policy revision'), grants: [{ department: 'market' }, { department: 'marketing', positions: ['head', 'deputy-head'] }, { department: 'operations-management' }] },
    { action: 'policy.review', rule: 'SUP-3', scope: 'any', source: 'S1 ch.8 (部门审核)', labels: L('部门审核制度修订', '部門審核制度修訂', 'Review a policy revision for a department'), grants: [{ positions: ['head'] }] },
    { action: 'policy.approve', rule: 'SUP-3', scope: 'any', source: 'S0 art.17', labels: L('审批制度修订', '審批制度修訂', 'Approve a policy revision'), grants: [{ department: 'management', positions: ['management-head'] }] },
    { action: 'policy.announce', rule: 'SUP-3', scope: 'any', source: 'S0 art.17 (正式通知); who: default', labels: L('正式通知制度生效', '正式通知制度生效', 'Issue the formal notice of a revision'), grants: [{ department: 'operations-management' }, { department: 'management' }] },
    { action: 'policy.evaluate', rule: 'SUP-3', scope: 'any', source: 'S1 ch.8 (定期进行评估), S0 art.18 (经营管理部门)', labels: L('开展制度定期评估并记录发现', '開展制度定期評估並記錄發現', 'Run a periodic policy evaluation and record findings'), grants: [{ department: 'operations-management' }] },
    { action: 'policy.conclude-evaluation', rule: 'SUP-3', scope: 'any', source: 'S0 art.18; the management head: default', labels: L('作出制度评估结论', '作出制度評估結論', 'Conclude a policy evaluation'), grants: [{ department: 'operations-management', positions: ['head', 'deputy-head'] }, { department: 'management', positions: ['management-head'] }] },
    // Discipline (DSC-1..DSC-7): S2 违规处理与责任追究 names the sanctions but not who decides; every grant is ours.
    { action: 'discipline.report', rule: 'DSC-1', scope: 'any', source: 'default; S2 内部监督.2–3 (heads, audit and legal supervise)', labels: L('举报违规并立案', '舉報違規並立案', 'Report a violation and open a case'), grants: [{ positions: ['head', 'deputy-head', 'supervisor'] }, { department: 'legal' }, { department: 'internal-audit' }, { department: 'operations-management' }, { department: 'hr' }] },
    { action: 'discipline.investigate', rule: 'DSC-5', scope: 'any', source: 'default; S2 内部监督.3 (internal audit and legal inspect)', labels: L('调查违规并提出处理建议', '調查違規並提出處理建議', 'Investigate a violation and propose a sanction'), grants: [{ department: 'hr' }, { department: 'internal-audit' }, { department: 'legal' }, { department: 'operations-management' }] },
    { action: 'discipline.respond', rule: 'DSC-5', scope: 'any', source: 'default', labels: L('本人陈述申辩、申诉与检讨', '本人陳述申辯、申訴與檢討', 'Give their own statement, appeal or self-review'), grants: [{}] },
    { action: 'discipline.decide', rule: 'DSC-5', scope: 'own-department', source: 'default', labels: L('决定本部门员工的警告至记过', '決定本部門員工的警告至記過', 'Decide a warning up to a demerit for their department'), grants: [{ positions: ['head'] }] },
    { action: 'discipline.decide-major', rule: 'DSC-5', scope: 'any', source: 'default; S0 art.15 (纪律处分)', labels: L('决定纪律处分', '決定紀律處分', 'Decide a disciplinary sanction'), grants: [{ department: 'hr', positions: ['head'] }, { department: 'management', positions: ['management-head'] }] },
    { action: 'discipline.decide-appeal', rule: 'DSC-5', scope: 'any', source: 'default', labels: L('处理申诉', '處理申訴', 'Decide an appeal'), grants: [{ department: 'management', positions: ['management-head'] }, { department: 'leadership-group', positions: ['leader'] }] },
    { action: 'discipline.notify-union', rule: 'DSC-3', scope: 'any', source: 'default; 劳动合同法 art.43 (outside the seeds)', labels: L('通知工会', '通知工會', 'Notify the union'), grants: [{ department: 'hr' }] },
    { action: 'discipline.execute', rule: 'DSC-5', scope: 'any', source: 'default', labels: L('执行处理并结案', '執行處理並結案', 'Execute a sanction and close the case'), grants: [{ department: 'hr' }] },
    { action: 'content.accept-finding', rule: 'CMP-4', scope: 'any', source: 'S1 ch.7.3 (legal reviews compliance); the right itself: default', labels: L('接受合规发现并说明理由', '接受合規發現並說明理由', 'Accept a compliance finding with a reason'), grants: [{ department: 'legal' }] },
    // Risk management (RSK, S3 §8). Who identifies, assesses and treats is the company's own choice; legal
    // advises on risk (S0 art.7, art.13) and gives the opinion a legal risk closes on (S2 法律风险.3).
    { action: 'risk.identify', rule: 'RSK-1', scope: 'any', source: 'S3 §8.1 (risk identification); who: default', labels: L('识别与登记风险', '識別與登記風險', 'Identify and register a risk'), grants: [{ department: 'marketing' }, { department: 'market' }, { department: 'pr' }, { department: 'technology' }, { department: 'legal' }, { department: 'network-operations' }, { department: 'data-analysis' }, { department: 'operations-management' }, { department: 'internal-audit' }] },
    { action: 'risk.assess', rule: 'RSK-2', scope: 'any', source: 'S0 art.7, art.13 (legal 风险评估); heads, operations management: default', labels: L('评估与复核风险', '評估與複核風險', 'Assess and review a risk'), grants: [{ department: 'legal' }, { department: 'operations-management' }, { positions: ['head', 'deputy-head'] }] },
    { action: 'risk.treat', rule: 'RSK-4', scope: 'own-department', source: 'default', labels: L('制定并执行本部门风险应对计划', '制定並執行本部門風險應對計劃', 'Plan and carry out the treatment of their department\'s risks'), grants: [{ positions: ['head', 'deputy-head', 'supervisor', 'deputy-supervisor'] }] },
    { action: 'risk.accept-high', rule: 'RSK-4', scope: 'any', source: 'default; S3 §2(一) (the leadership group approves major decisions)', labels: L('接受高风险', '接受高風險', 'Accept a high risk'), grants: [{ department: 'leadership-group' }] },
    { action: 'risk.accept-medium', rule: 'RSK-4', scope: 'own-department', source: 'default', labels: L('接受本部门中风险', '接受本部門中風險', 'Accept a medium risk of their department'), grants: [{ positions: ['head'] }] },
    { action: 'risk.accept-low', rule: 'RSK-4', scope: 'own-department', source: 'default', labels: L('接受本部门低风险', '接受本部門低風險', 'Accept a low risk of their department'), grants: [{ positions: ['head', 'deputy-head', 'supervisor'] }] },
    { action: 'risk.legal-opinion', rule: 'RSK-1', scope: 'any', source: 'S2 法律风险.3 (专业法律意见), S0 art.7', labels: L('出具风险法律意见', '出具風險法律意見', 'Give a legal opinion on a risk'), grants: [{ department: 'legal' }] },
    { action: 'risk.close', rule: 'RSK-4', scope: 'own-department', source: 'default', labels: L('关闭本部门风险', '關閉本部門風險', 'Close a risk of their department'), grants: [{ positions: ['head', 'deputy-head'] }] },
    { action: 'risk.platform-incident', rule: 'RSK-5', scope: 'any', source: 'S2 平台规则风险.3 (整改、申诉), S0 art.10 (marketing runs accounts); who: default', labels: L('登记平台处罚、整改与申诉', '登記平台處罰、整改與申訴', 'Record platform sanctions, rectification and appeals'), grants: [{ department: 'marketing' }, { department: 'network-operations' }, { department: 'pr', positions: ['head', 'deputy-head'] }] },
  ],
}))();

/**
 * The organisation section as a host writes it (JSON before validation: defaults may be left out).
 *
 * @example
 * const org: OrgPolicyInput = defaultOrg;
 */
export interface OrgPolicyInput extends z.input<typeof OrgPolicySchema> {}
