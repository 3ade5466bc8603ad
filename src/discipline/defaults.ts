// The default discipline section as plain data, apart from its schema, so that a function that only
// proposes a sanction or reads cases loads no schema library. `policy.ts` re-exports it.
import type { DisciplinePolicy } from './policy.js';

const L = (zhCN: string, zhTW: string, en: string) => ({ 'zh-CN': zhCN, 'zh-TW': zhTW, en });
const minorDeciders = ['discipline.decide', 'discipline.decide-major'];
const majorDeciders = ['discipline.decide-major'];

/**
 * The discipline section the seeds describe, with our defaults where they are silent.
 *
 * - Violation types (DSC-1): false advertising 虚假宣传, fake traffic 恶意刷量, IP infringement 侵犯知识产权,
 *   platform-rule breaches 违反平台规则 (S2 违规行为界定), credential misuse or transfer (S0 art.10),
 *   publishing without approval (CW-2). Severities and default rungs: *default* (ours).
 * - The ladder merges S2 处理措施.1–2 (警告, 责令整改, 罚款, 降职, 辞退) and S0 art.15 (警告, 记过, 解雇), lightest
 *   first; 辞退 and 解雇 are one rung. Its order, validity (warning and order to rectify 6 months, demerit and
 *   fine 12, demotion 24) and deciders (department head up to 记过, HR and management above) are *default*.
 * - Floors (DSC-6): minor → warning, serious → demerit, gross → dismissal; the repeat window is 12
 *   months; two live warnings count as a demerit; the employee has 7 days for a statement and 7 to
 *   appeal. All *default*.
 * - Legal caps, outside the seeds: deductions at most 20% of the month's wage and never below the local
 *   minimum wage (工资支付暂行规定 art.16); fines off; dismissal only after the union is notified
 *   (劳动合同法 art.43) and never from a KPI rating alone (art.40(2)); demotion flagged as a contract change
 *   (art.35).
 * - KPI vetoes (DSC-7, our reading of the truncated S2 责任追究.3): a demerit or heavier vetoes the
 *   person's and the department's scorecards (`serious-violation`); publishing without approval vetoes
 *   them as `published-without-review`.
 *
 * @example
 * defaultDisciplinePolicy.ladder.map((r) => r.id) //=> ['warning', 'rectification', 'demerit', 'fine', 'demotion', 'dismissal']
 */
// Built by a pure call so that bundles which never read the default leave its labels out.
export const defaultDisciplinePolicy: DisciplinePolicy = /* @__PURE__ */ (() => ({
  violationTypes: [
    { id: 'false-advertising', labels: L('虚假宣传', '虛假宣傳', 'False advertising'), severity: 'serious' as const, defaultRung: 'demerit', related: ['publishing-without-approval'], source: 'S2 违规行为界定; severity and rung: default' },
    { id: 'fake-traffic', labels: L('恶意刷量', '惡意刷量', 'Fake traffic'), severity: 'serious' as const, defaultRung: 'demerit', related: ['platform-rule-breach'], source: 'S2 违规行为界定; severity and rung: default' },
    { id: 'ip-infringement', labels: L('侵犯知识产权', '侵犯知識產權', 'IP infringement'), severity: 'serious' as const, defaultRung: 'demerit', related: [], source: 'S2 违规行为界定; severity and rung: default' },
    { id: 'platform-rule-breach', labels: L('违反平台规则', '違反平台規則', 'Platform-rule breach'), severity: 'minor' as const, defaultRung: 'warning', related: ['fake-traffic'], source: 'S2 违规行为界定; severity and rung: default' },
    { id: 'credential-misuse', labels: L('账号密码私自转让、泄露或擅自更改', '賬號密碼私自轉讓、洩露或擅自更改', 'Credential misuse or transfer'), severity: 'serious' as const, defaultRung: 'demerit', related: [], source: 'S0 art.10; severity and rung: default' },
    { id: 'publishing-without-approval', labels: L('未经审核发布', '未經審核發布', 'Publishing without approval'), severity: 'minor' as const, defaultRung: 'warning', related: ['false-advertising'], source: 'CW-2 (S1 ch.4.2, S2 内容发布.1); severity and rung: default' },
  ],
  ladder: [
    { id: 'warning', labels: L('警告', '警告', 'Warning'), kind: 'warning' as const, notifyUnion: false, changesContract: false, validityMonths: 6, decidedBy: minorDeciders, source: 'S2 处理措施.1, S0 art.15; validity: default' },
    { id: 'rectification', labels: L('责令整改', '責令整改', 'Order to rectify'), kind: 'rectification' as const, notifyUnion: false, changesContract: false, validityMonths: 6, decidedBy: minorDeciders, source: 'S2 处理措施.1; place and validity: default' },
    { id: 'demerit', labels: L('记过', '記過', 'Demerit'), kind: 'demerit' as const, notifyUnion: false, changesContract: false, validityMonths: 12, decidedBy: minorDeciders, source: 'S0 art.15; validity: default' },
    { id: 'fine', labels: L('罚款', '罰款', 'Fine'), kind: 'fine' as const, notifyUnion: false, changesContract: false, validityMonths: 12, decidedBy: majorDeciders, source: 'S2 处理措施.2; off by default (legal caps)' },
    { id: 'demotion', labels: L('降职', '降職', 'Demotion'), kind: 'demotion' as const, notifyUnion: false, changesContract: true, validityMonths: 24, decidedBy: majorDeciders, source: 'S2 处理措施.2; contract change: 劳动合同法 art.35' },
    { id: 'dismissal', labels: L('辞退/解雇', '辭退/解僱', 'Dismissal'), kind: 'dismissal' as const, notifyUnion: true, changesContract: true, decidedBy: majorDeciders, source: 'S2 处理措施.2 辞退, S0 art.15 解雇; union notice: 劳动合同法 art.43' },
  ],
  severityFloors: { minor: 'warning', serious: 'demerit', gross: 'dismissal' },
  repeatWindowMonths: 12,
  conversions: [{ from: 'warning', count: 2, to: 'demerit' }],
  statementWindowDays: 7,
  appealWindowDays: 7,
  legalCaps: {
    wageDeduction: {
      maxShareBp: 2000,
      keepMinimumWage: true,
      basis: L('《工资支付暂行规定》第十六条（赔偿经济损失每月扣除不得超过当月工资的20%，扣除后不得低于当地最低工资标准）', '《工資支付暫行規定》第十六條（賠償經濟損失每月扣除不得超過當月工資的20%，扣除後不得低於當地最低工資標準）', 'Interim Provisions on Wage Payment, art.16 (at most 20% of the month’s wage, never below the local minimum wage)'),
    },
    fines: {
      rule: 'off' as const,
      basis: L('用人单位罚款无一般法律依据（《企业职工奖惩条例》已于2008年废止）', '用人單位罰款無一般法律依據（《企業職工獎懲條例》已於2008年廢止）', 'No general legal basis for employer fines (the Regulations on Rewards and Penalties for Enterprise Staff were repealed in 2008)'),
    },
    unionNotice: { required: true, basis: L('《劳动合同法》第四十三条（单方解除劳动合同应事先将理由通知工会）', '《勞動合同法》第四十三條（單方解除勞動合同應事先將理由通知工會）', 'Labour Contract Law, art.43 (the union is notified before a unilateral termination)') },
    kpiAloneNoDismissal: { enabled: true, basis: L('《劳动合同法》第四十条第（二）项（不能胜任工作须经培训或调岗后仍不能胜任）', '《勞動合同法》第四十條第（二）項（不能勝任工作須經培訓或調崗後仍不能勝任）', 'Labour Contract Law, art.40(2) (incompetence only after training or reassignment)') },
    contractChange: { basis: L('《劳动合同法》第三十五条（变更劳动合同应协商一致并采用书面形式）', '《勞動合同法》第三十五條（變更勞動合同應協商一致並採用書面形式）', 'Labour Contract Law, art.35 (a contract change is agreed in writing)') },
  },
  kpiVetoes: [
    { veto: 'serious-violation', rungs: ['demerit', 'fine', 'demotion', 'dismissal'], subjects: ['person' as const, 'department' as const] },
    { veto: 'published-without-review', types: ['publishing-without-approval'], subjects: ['person' as const, 'department' as const] },
  ],
}))();
