import { LOCALES, type Labels, type Locale } from './labels.js';
import { fail, invalidInput, issue, ok, words, type Result } from './result.js';
import { shown } from './text.js';

/**
 * The sections of the policy digest, each a prefix of the rule IDs in it.
 *
 * @example
 * const s: RuleSection = 'CW';
 */
export type RuleSection = 'ORG' | 'CW' | 'CMP' | 'RSK' | 'OPN' | 'ACC' | 'DSC' | 'KPI' | 'BUD' | 'CMPN' | 'SUP';

/**
 * Every rule ID of the policy digest (DOMAIN.md). Tests name the rule they check; errors and audit entries cite it.
 *
 * @example
 * const id: RuleId = 'CW-4';
 */
export type RuleId =
  | `ORG-${1 | 2 | 3 | 4}`
  | `CW-${1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9}`
  | `CMP-${1 | 2 | 3 | 4 | 5}`
  | `RSK-${1 | 2 | 3 | 4 | 5 | 6}`
  | `OPN-${1 | 2 | 3 | 4}`
  | `ACC-${1 | 2 | 3 | 4}`
  | `DSC-${1 | 2 | 3 | 4 | 5 | 6 | 7}`
  | `KPI-${1 | 2 | 3 | 4}`
  | `BUD-${1 | 2 | 3 | 4}`
  | `CMPN-${1 | 2 | 3 | 4}`
  | `SUP-${1 | 2 | 3 | 4}`;

/**
 * The five seed documents by their number, with the file each is in (`seeds/`) and its title.
 *
 * @example
 * seedDocuments.S1.file //=> '001_841764c040f80f17.txt'
 */
export const seedDocuments = {
  S0: { file: '000_24c40d7acd901240.txt', title: '新媒體與網絡營銷管理制度' },
  S1: { file: '001_841764c040f80f17.txt', title: '企业新媒体运营管理制度' },
  S2: { file: '002_a86e630f388ca7ed.txt', title: '平臺營銷管理辦法' },
  S3: { file: '003_fe7e528cdfb37a4c.txt', title: '專業全網營銷管理制度' },
  S4: { file: '004_005a12701caf5f8a.txt', title: '網絡運營部管理制度' },
} as const;

/**
 * A seed document's number.
 *
 * @example
 * const s: SeedId = 'S2';
 */
export type SeedId = keyof typeof seedDocuments;

/**
 * Where a rule comes from: a seed and its clause (article, chapter, or the section headings of S2).
 *
 * @example
 * const c: SeedCitation = { seed: 'S1', clause: 'ch.4.2' };
 */
export interface SeedCitation {
  readonly seed: SeedId;
  readonly clause: string;
}

/**
 * One rule of the catalogue: its section, title in three languages, and citations. `origin` says whether
 * the seeds state the rule (`seed`) or the rule is ours, a default or a check beyond the seeds' words
 * (`ours`), in which case the citations name the clauses it serves.
 *
 * @example
 * const r: RuleEntry = ruleCatalogue['CW-4'];
 * r.origin //=> 'ours'
 */
export interface RuleEntry {
  readonly id: RuleId;
  readonly section: RuleSection;
  readonly titles: Labels;
  readonly origin: 'seed' | 'ours';
  readonly citations: readonly SeedCitation[];
}

/**
 * The sections' names in three languages.
 *
 * @example
 * ruleSections.BUD.en //=> 'Budget'
 */
export const ruleSections: { readonly [S in RuleSection]: Labels } = {
  ORG: { 'zh-CN': '组织、岗位与决策权限', 'zh-TW': '組織、崗位與決策權限', en: 'Organisation, roles, decision rights' },
  CW: { 'zh-CN': '内容工作流', 'zh-TW': '內容工作流', en: 'Content workflow' },
  CMP: { 'zh-CN': '内容合规检查', 'zh-TW': '內容合規檢查', en: 'Content compliance checks' },
  RSK: { 'zh-CN': '风险管理', 'zh-TW': '風險管理', en: 'Risk management' },
  OPN: { 'zh-CN': '舆情与客户互动', 'zh-TW': '輿情與客戶互動', en: 'Public opinion and customer interaction' },
  ACC: { 'zh-CN': '平台账号管理', 'zh-TW': '平臺賬號管理', en: 'Platform accounts' },
  DSC: { 'zh-CN': '违规处理与责任追究', 'zh-TW': '違規處理與責任追究', en: 'Violations and discipline' },
  KPI: { 'zh-CN': '指标、考核与奖惩', 'zh-TW': '指標、考核與獎懲', en: 'Indicators, appraisal and rewards' },
  BUD: { 'zh-CN': '预算管理', 'zh-TW': '預算管理', en: 'Budget' },
  CMPN: { 'zh-CN': '营销活动', 'zh-TW': '營銷活動', en: 'Campaigns' },
  SUP: { 'zh-CN': '监督、制度生命周期与培训', 'zh-TW': '監督、制度生命週期與培訓', en: 'Supervision, policy lifecycle, training' },
};

// [id, zh-CN, zh-TW, en, origin, citations "S1 ch.4.2; S2 内容发布.1"]: one line per rule keeps the data small.
const rows: ReadonlyArray<readonly [RuleId, string, string, string, 'seed' | 'ours', string]> = [
  ['ORG-1', '部门与领导小组', '部門與領導小組', 'Departments and the leadership group', 'seed', 'S0 art.4–8; S1 ch.7; S3 §2; S4 §2; S3 §7.1.2; S2 内部监督.3; S0 art.17'],
  ['ORG-2', '网络运营部岗位', '網絡運營部崗位', 'Positions in network operations', 'seed', 'S4 §3.1'],
  ['ORG-3', '决策权限归属部门', '決策權限歸屬部門', 'Decision rights granted to departments', 'seed', 'S0 art.8; S3 §2(一); S0 art.17; S1 ch.8'],
  ['ORG-4', '每项操作按部门与岗位授权', '每項操作按部門與崗位授權', 'Every action authorised by department and position', 'seed', 'S0 art.8'],
  ['CW-1', '内容五个环节：策划、创作、审核、发布、监测', '內容五個環節：策劃、創作、審核、發布、監測', 'Five stages: planning, creation, review, publishing, monitoring', 'seed', 'S1 ch.5'],
  ['CW-2', '未经审核不得发布', '未經審核不得發布', 'Nothing is published without passing review', 'seed', 'S1 ch.4.2; S1 ch.5.3; S1 ch.5.4; S2 内容发布.1'],
  ['CW-3', '审核链：内容编辑、部门负责人、法务', '審核鏈：內容編輯、部門負責人、法務', 'Review chain: content editor, department head, legal', 'seed', 'S1 ch.4.2; S1 ch.7.3; S0 art.3; S4 §3.3'],
  ['CW-4', '职责分离：作者不审批本人内容', '職責分離：作者不審批本人內容', 'Separation of duties: an author never approves their own item', 'ours', 'S1 ch.4.2'],
  ['CW-5', '驳回须说明理由；修改使已有审批失效', '駁回須說明理由；修改使已有審批失效', 'A rejection gives a reason; a change voids earlier approvals', 'ours', 'S1 ch.5.3'],
  ['CW-6', '发布时记录时间、平台及相关数据', '發布時記錄時間、平臺及相關數據', 'Publishing records time, platform and related data', 'seed', 'S1 ch.4.2; S1 ch.5.4'],
  ['CW-7', '按发布计划与周计划发布', '按發布計劃與週計劃發布', 'Publishing follows a calendar and weekly plans', 'seed', 'S4 §3.3; S2 内容规划.3; S2 内容发布.2'],
  ['CW-8', '内容真实、准确、积极，来源可靠', '內容真實、準確、積極，來源可靠', 'Content is truthful, accurate and positive, with reliable sources', 'seed', 'S1 ch.4.1; S2 基本原则.2; S2 内容发布.3'],
  ['CW-9', '已发布内容可撤回或下架，记录保留', '已發布內容可撤回或下架，記錄保留', 'Published content can be withdrawn or taken down; the record stays', 'ours', 'S2 平台规则风险.3; S2 声誉风险.3'],
  ['CMP-1', '标记广告法绝对化用语', '標記廣告法絕對化用語', 'Advertising-law absolute terms are flagged', 'ours', 'S2 基本原则.2; S2 法律风险.2'],
  ['CMP-2', '广告须可识别（标明“广告”）', '廣告須可識別（標明「廣告」）', 'Advertising must be identifiable as an advertisement', 'ours', 'S2 广告投放.1; S2 法律风险.2'],
  ['CMP-3', '标记敏感领域宣称', '標記敏感領域宣稱', 'Claims in sensitive areas are flagged', 'ours', 'S2 基本原则.2; S1 ch.4.1'],
  ['CMP-4', '检查结果评定风险等级并决定审核链', '檢查結果評定風險等級並決定審核鏈', 'Findings grade the risk level, which picks the review chain', 'ours', 'S1 ch.7.3; S2 法律风险.2'],
  ['CMP-5', '词表为可扩展数据，简繁体均匹配', '詞表為可擴展數據，簡繁體均匹配', 'Term lists are data; simplified and traditional forms both match', 'ours', 'S2 法律风险.1'],
  ['RSK-1', '风险类别', '風險類別', 'Risk categories', 'seed', 'S3 §8.1; S2 风险管理与控制'],
  ['RSK-2', '按可能性与影响程度评估', '按可能性與影響程度評估', 'Assessment by likelihood and impact', 'seed', 'S3 §8.2.1'],
  ['RSK-3', '划分为高、中、低三级', '劃分為高、中、低三級', 'Grading into high, medium and low', 'seed', 'S3 §8.2.2'],
  ['RSK-4', '按等级制定应对策略与复查日期', '按等級制定應對策略與複查日期', 'A response strategy and review dates per level', 'seed', 'S3 §8.3'],
  ['RSK-5', '平台处罚须整改并可申诉', '平臺處罰須整改並可申訴', 'Platform sanctions need rectification and may be appealed', 'seed', 'S2 平台规则风险.3'],
  ['RSK-6', '声誉危机启动应对机制', '聲譽危機啟動應對機制', 'A reputation crisis triggers the crisis response', 'seed', 'S2 声誉风险.3'],
  ['OPN-1', '公关部门监测并及时回应舆情', '公關部門監測並及時回應輿情', 'PR monitors public opinion and responds in time', 'seed', 'S0 art.12'],
  ['OPN-2', '重点、敏感舆情及时上报并共同应对', '重點、敏感輿情及時上報並共同應對', 'Key or sensitive opinion is reported up promptly and answered jointly', 'seed', 'S0 art.12'],
  ['OPN-3', '及时回复客户留言与评论', '及時回覆客戶留言與評論', 'Customer messages and comments are answered in time', 'seed', 'S1 ch.4.3; S2 互动管理.1'],
  ['OPN-4', '收集反馈并改进', '收集反饋並改進', 'Feedback is collected and leads to improvement', 'seed', 'S1 ch.6.3; S2 互动管理.3'],
  ['ACC-1', '平台范围', '平臺範圍', 'Platforms covered', 'seed', 'S0 art.3; S3 §3.2; S2 适用范围; S4 §2'],
  ['ACC-2', '官方账号按平台规定真实注册', '官方賬號按平臺規定真實註冊', 'Official accounts registered truthfully under platform rules', 'seed', 'S2 账号管理.1'],
  ['ACC-3', '员工个人账号以公司名义营销须报备', '員工個人賬號以公司名義營銷須報備', 'Personal accounts marketing for the company are filed in advance', 'seed', 'S2 账号管理.2'],
  ['ACC-4', '定期安全检查，密码不得转让或泄露', '定期安全檢查，密碼不得轉讓或洩露', 'Periodic security checks; credentials never transferred or leaked', 'seed', 'S0 art.10; S2 账号管理.3'],
  ['DSC-1', '违规行为类型', '違規行為類型', 'Violation types', 'seed', 'S2 违规行为界定; S0 art.10; S1 ch.4.2'],
  ['DSC-2', '轻微违规：警告、责令整改、书面检讨', '輕微違規：警告、責令整改、書面檢討', 'Minor: warning, order to rectify, written self-criticism', 'seed', 'S2 处理措施.1'],
  ['DSC-3', '严重违规：罚款、降职、辞退及法律责任', '嚴重違規：罰款、降職、辭退及法律責任', 'Serious: fine, demotion, dismissal and legal liability', 'seed', 'S2 处理措施.2; S0 art.15'],
  ['DSC-4', '造成损失的责任人承担赔偿', '造成損失的責任人承擔賠償', 'Compensation for economic loss or reputation damage', 'seed', 'S2 处理措施.3'],
  ['DSC-5', '追究直接责任人与部门负责人', '追究直接責任人與部門負責人', 'Accountability names the direct responsible person and the department head', 'seed', 'S2 责任追究.1; S2 责任追究.2'],
  ['DSC-6', '重复违规逐级加重，不低于严重程度下限', '重複違規逐級加重，不低於嚴重程度下限', 'Repeated violations climb the ladder, never below the severity floor', 'ours', 'S2 处理措施.2; S2 责任追究.2'],
  ['DSC-7', '违规结果计入绩效考核', '違規結果計入績效考核', 'Violations feed performance appraisal', 'ours', 'S2 责任追究.3'],
  ['KPI-1', '考核指标', '考核指標', 'Indicators', 'seed', 'S0 art.11; S0 art.14; S1 ch.4.4; S2 指标设定.1; S3 §3.3; S3 §5.2'],
  ['KPI-2', '按目标与活动类型设定权重；部门考核表', '按目標與活動類型設定權重；部門考核表', 'Weights by goal and activity type; department scorecards', 'seed', 'S2 指标设定.2; S0 art.14'],
  ['KPI-3', '实际与目标对比；月度、年度、季度周期', '實際與目標對比；月度、年度、季度週期', 'Actual against target; monthly, annual and quarterly cycles', 'seed', 'S2 效果评估.1; S3 §6.2.2; S1 ch.6.2'],
  ['KPI-4', '结果挂钩薪酬、晋升与奖励；目标逐级分解', '結果掛鉤薪酬、晉升與獎勵；目標逐級分解', 'Results feed pay, promotion and rewards; goals decomposed', 'seed', 'S0 art.15; S3 §6.2.3; S2 目标设定; S4 §3.2(3)'],
  ['BUD-1', '年度预算编制、财务审核、管理层审批', '年度預算編制、財務審核、管理層審批', 'Annual budget compiled, reviewed by finance, approved by management', 'seed', 'S3 §7.1'],
  ['BUD-2', '年度预算分解到月，支出不超预算', '年度預算分解到月，支出不超預算', 'Monthly decomposition; spending never exceeds budget', 'seed', 'S3 §7.2.1; S3 §7.2.2'],
  ['BUD-3', '预算调整须先申请并经审批', '預算調整須先申請並經審批', 'A budget change is applied for and approved first', 'seed', 'S3 §7.2.3'],
  ['BUD-4', '每月预算分析：实际对比计划及差异原因', '每月預算分析：實際對比計劃及差異原因', 'Monthly analysis: actual against plan and why they differ', 'seed', 'S3 §7.3'],
  ['CMPN-1', '活动策划：目标、主题、形式、流程', '活動策劃：目標、主題、形式、流程', 'Campaign planning: goal, theme, form, flow', 'seed', 'S3 §4.1; S2 互动管理.2'],
  ['CMPN-2', '活动执行：资源、推广、监控、客服', '活動執行：資源、推廣、監控、客服', 'Campaign execution: resources, promotion, monitoring, service', 'seed', 'S3 §4.2'],
  ['CMPN-3', '活动评估：对比目标并总结经验', '活動評估：對比目標並總結經驗', 'Campaign evaluation against the goal, lessons recorded', 'seed', 'S3 §4.3'],
  ['CMPN-4', '广告投放遵守平台规则并定期评估', '廣告投放遵守平臺規則並定期評估', 'Ad placement follows platform rules and is reviewed periodically', 'seed', 'S2 广告投放'],
  ['SUP-1', '管理层定期检查、季度评估、反馈改进', '管理層定期檢查、季度評估、反饋改進', 'Periodic inspection, quarterly evaluation, feedback', 'seed', 'S1 ch.6'],
  ['SUP-2', '内审与法务专项检查；外部监督后整改', '內審與法務專項檢查；外部監督後整改', 'Special inspections by audit and legal; rectification after external reports', 'seed', 'S2 内部监督.3; S2 外部监督.3'],
  ['SUP-3', '制度版本：修订经审批并正式通知后生效，定期评估', '制度版本：修訂經審批並正式通知後生效，定期評估', 'Policy versions: revisions approved, effective on notice, evaluated periodically', 'seed', 'S0 art.17; S1 ch.8'],
  ['SUP-4', '定期培训', '定期培訓', 'Periodic training', 'seed', 'S0 art.4; S0 art.16; S3 §6.1.3; S4 §3.2(4); S2 法律风险.1; S1 ch.4.1'],
];

/**
 * Every rule of the policy digest by ID: section, titles in zh-CN, zh-TW and en, origin and seed citations.
 * Where the digest and a seed word a rule differently, the title follows the seed (OPN-2 says 及时, promptly).
 *
 * @example
 * ruleCatalogue['BUD-3'].titles.en //=> 'A budget change is applied for and approved first'
 * ruleCatalogue['BUD-3'].citations //=> [{ seed: 'S3', clause: '§7.2.3' }]
 */
export const ruleCatalogue: { readonly [K in RuleId]: RuleEntry } = Object.fromEntries(
  rows.map(([id, zhCN, zhTW, en, origin, cites]) => [
    id,
    {
      id,
      section: id.slice(0, id.indexOf('-')) as RuleSection,
      titles: { 'zh-CN': zhCN, 'zh-TW': zhTW, en },
      origin,
      citations: cites.split('; ').map((c) => ({ seed: c.slice(0, 2) as SeedId, clause: c.slice(3) })),
    },
  ]),
) as unknown as { readonly [K in RuleId]: RuleEntry };

/**
 * Every rule ID, in the digest's order.
 *
 * @example
 * ruleIds.length //=> 55
 */
export const ruleIds: readonly RuleId[] = rows.map((r) => r[0]);

/**
 * Whether a string is a rule ID of the catalogue.
 *
 * @example
 * isRuleId('CW-4') //=> true
 * isRuleId('CW-10') //=> false
 */
export function isRuleId(id: unknown): id is RuleId {
  return typeof id === 'string' && Object.prototype.hasOwnProperty.call(ruleCatalogue, id);
}

/**
 * One line naming a rule in a language: its ID and title. An ID not in the catalogue is `invalid-input`.
 *
 * @example
 * describeRule('CW-4', 'zh-CN') //=> { ok: true, value: 'CW-4 职责分离：作者不审批本人内容' }
 * describeRule('CW-99').ok //=> false
 */
export function describeRule(id: string, locale: Locale = 'en'): Result<string> {
  if (!isRuleId(id)) {
    const s = shown(id).slice(0, 40);
    return fail(invalidInput([issue(['id'], words(`${s} is not a rule of the catalogue`, `${s} 不是目录中的规则`, `${s} 不是目錄中的規則`))]));
  }
  if (!LOCALES.includes(locale)) return fail(invalidInput([issue(['locale'], words('locale must be zh-CN, zh-TW or en', '语言须为 zh-CN、zh-TW 或 en', '語言須為 zh-CN、zh-TW 或 en'))]));
  return ok(`${id} ${ruleCatalogue[id].titles[locale]}`);
}
