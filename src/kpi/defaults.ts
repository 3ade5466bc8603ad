// The KPI section the seeds describe, as plain data (no zod): a function that scores with the default
// bands and vetoes loads no schema library. `policy.ts` re-exports it beside the section's schema.
// `satisfies` rather than a type annotation: the value is then also assignable to the schema's output
// type (mutable arrays), which the composed `Policy` uses.
import type { KpiPolicy } from './model.js';

const L = (zhCN: string, zhTW: string, en: string) => ({ 'zh-CN': zhCN, 'zh-TW': zhTW, en });

/**
 * The KPI section of the default policy (KPI-2..KPI-4): the department scorecards of S0 art.14, the
 * individual scorecard of S3 §6.2.1, the network-operations scorecards of S4 §3.2–3.3 (department and
 * individual), weights by marketing goal and campaign type (S2 指标设定.2), the rating bands and
 * rewards of S0 art.15 and S3 §6.2.3, the veto items, renormalising indicators that cannot be
 * assessed, recomputing a year from its summed inputs, and monthly and annual appraisals (S3 §6.2.2).
 * No host metrics.
 *
 * @example
 * defaultKpiPolicy.scorecards.map((c) => c.id)
 * //=> ['marketing-team', 'pr-department', 'market-department', 'marketing-staff', 'network-operations', 'network-operator']
 * defaultKpiPolicy.cycles //=> ['month', 'year']
 * defaultKpiPolicy.bands[0]?.rating //=> 'S'
 */
export const defaultKpiPolicy = {
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
      // Campaign effect is participants, interactions and conversion (S3 §4.3.1 参与人数、互动量、转化率).
      indicators: [
        { metric: 'campaign-participants', weightBp: 2000, target: 5000, method: 'ratio', floor: 0, cap: 1.2 },
        { metric: 'interactions', weightBp: 2000, target: 20000, method: 'ratio', floor: 0, cap: 1.2 },
        { metric: 'campaign-conversion-rate', weightBp: 2000, target: 0.05, method: 'ratio', floor: 0, cap: 1.2 },
        { metric: 'partner-satisfaction', weightBp: 4000, target: 4.5, method: 'piecewise', piecewise: { threshold: 3.5, stretch: 5, thresholdAttainment: 0.6 }, floor: 0, cap: 1.1 },
      ],
      // S2 指标设定.2: weights by marketing goal (S3 §4.1.1 增加品牌知名度) and by campaign type (S3 §4.1.3
      // 线上抽奖、直播带货); the values are ours.
      weightSets: [
        {
          goal: 'brand-awareness',
          weights: [
            { metric: 'campaign-participants', weightBp: 3000 },
            { metric: 'interactions', weightBp: 3000 },
            { metric: 'campaign-conversion-rate', weightBp: 0 },
            { metric: 'partner-satisfaction', weightBp: 4000 },
          ],
        },
        {
          campaignType: 'online-lottery',
          weights: [
            { metric: 'campaign-participants', weightBp: 3000 },
            { metric: 'interactions', weightBp: 2000 },
            { metric: 'campaign-conversion-rate', weightBp: 1000 },
            { metric: 'partner-satisfaction', weightBp: 4000 },
          ],
        },
        {
          campaignType: 'live-commerce',
          weights: [
            { metric: 'campaign-participants', weightBp: 1500 },
            { metric: 'interactions', weightBp: 1500 },
            { metric: 'campaign-conversion-rate', weightBp: 3000 },
            { metric: 'partner-satisfaction', weightBp: 4000 },
          ],
        },
      ],
    },
    {
      // S3 §6.2.1 考核指标：营销业绩、营销效果、团队协作.
      id: 'marketing-staff',
      labels: L('营销人员个人考核表', '營銷人員個人考核表', 'Marketing staff (individual) scorecard'),
      subject: 'individual',
      department: 'marketing',
      indicators: [
        { metric: 'sales', weightBp: 4000, target: 50_000_000, method: 'ratio', floor: 0, cap: 1.2 },
        { metric: 'conversion-rate-by-visitors', weightBp: 3500, target: 0.03, method: 'ratio', floor: 0, cap: 1.2 },
        { metric: 'teamwork', weightBp: 2500, target: 4, method: 'piecewise', piecewise: { threshold: 2, stretch: 5, thresholdAttainment: 0.5 }, floor: 0, cap: 1.1 },
      ],
    },
    {
      // S4 §3.3 提升微信公众号、APP的频次、次数及浏览和转化率.
      id: 'network-operations',
      labels: L('网络运营部考核表', '網絡運營部考核表', 'Network operations scorecard'),
      department: 'network-operations',
      indicators: [
        { metric: 'posting-frequency', weightBp: 2000, target: 5, method: 'ratio', floor: 0, cap: 1.2 },
        { metric: 'posting-count', weightBp: 2000, target: 20, method: 'ratio', floor: 0, cap: 1.2 },
        { metric: 'reads', weightBp: 3000, target: 100_000, method: 'ratio', floor: 0, cap: 1.2 },
        { metric: 'conversion-rate-by-visitors', weightBp: 3000, target: 0.03, method: 'ratio', floor: 0, cap: 1.2 },
      ],
    },
    {
      // S4 §3.2 将年度的网络运营计划分解到个人: the same indicators, against each person's share of the plan.
      id: 'network-operator',
      labels: L('网络运营员个人考核表', '網絡運營員個人考核表', 'Network operator (individual) scorecard'),
      subject: 'individual',
      department: 'network-operations',
      indicators: [
        { metric: 'posting-frequency', weightBp: 2000, target: 2, method: 'ratio', floor: 0, cap: 1.2 },
        { metric: 'posting-count', weightBp: 2000, target: 8, method: 'ratio', floor: 0, cap: 1.2 },
        { metric: 'reads', weightBp: 3000, target: 30_000, method: 'ratio', floor: 0, cap: 1.2 },
        { metric: 'conversion-rate-by-visitors', weightBp: 3000, target: 0.03, method: 'ratio', floor: 0, cap: 1.2 },
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
  // S3 §6.2.2 采用月度考核与年度考核相结合.
  cycles: ['month', 'year'],
} satisfies KpiPolicy;
