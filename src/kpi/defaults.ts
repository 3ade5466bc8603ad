// The KPI section the seeds describe, as plain data (no zod): a function that scores with the default
// bands and vetoes loads no schema library. `policy.ts` re-exports it beside the section's schema.
// `satisfies` rather than a type annotation: the value is then also assignable to the schema's output
// type (mutable arrays), which the composed `Policy` uses.
import type { KpiPolicy } from './model.js';

const L = (zhCN: string, zhTW: string, en: string) => ({ 'zh-CN': zhCN, 'zh-TW': zhTW, en });

/**
 * The KPI section of the default policy (KPI-2..KPI-4): the department scorecards of S0 art.14, the
 * rating bands and rewards of S0 art.15 and S3 §6.2.3, the veto items, renormalising indicators that
 * cannot be assessed, and recomputing a year from its summed inputs. No host metrics.
 *
 * @example
 * defaultKpiPolicy.scorecards.map((c) => c.id) //=> ['marketing-team', 'pr-department', 'market-department']
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
} satisfies KpiPolicy;
