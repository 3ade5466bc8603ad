/**
 * The KPI domain's text in English: labels of every KPI enumeration, the names of
 * the built-in metrics, what each proxy metric stands for, and the words of score explanations. Import
 * it only where text is shown; scoring needs none.
 *
 * @example
 * import { en } from 'marketing-governance/kpi/locale/en';
 * import { explainScore } from 'marketing-governance/kpi';
 * console.log(explainScore(result, en));
 *
 * @packageDocumentation
 * @module marketing-governance/kpi/locale/en
 */
import type { KpiLocale } from '../labels.js';

/**
 * The KPI domain's text in English:
 * pass it to `explainScore`, `metricLabel` and `proxyLabel`, or read a label straight from it.
 *
 * @example
 * en.metrics['cost-per-click'] //=> 'Cost per click (CPC)'
 * explainScore(result, en).split('\n').at(-1) //=> 'Weights: the scorecard’s own'
 */
export const en: KpiLocale = {
  code: 'en',
  metricUnit: {
    count: 'Count',
    ratio: 'Ratio',
    money: 'Money (minor units)',
    points: 'Points',
    rank: 'Position (1 = top)',
  },
  metricDirection: {
    higher: 'Higher is better',
    lower: 'Lower is better',
    band: 'Best within a band',
  },
  metricAggregation: {
    recompute: 'Sum inputs, then recompute',
    last: 'Latest period',
    average: 'Average of periods',
  },
  zeroRule: {
    null: 'No value, with the reason',
    anomaly: 'No value, flagged as an anomaly',
  },
  attainmentMethod: {
    ratio: 'Actual ÷ target',
    inverse: 'Target ÷ actual (lower is better)',
    band: 'Band around the target',
    piecewise: 'Piecewise (threshold, target, stretch)',
  },
  notAssessableRule: {
    renormalise: 'Spread its weight over the rest',
    zero: 'Count as zero',
  },
  annualRollupRule: {
    recompute: 'Recompute from summed inputs',
    'weighted-mean': 'Weighted mean of monthly scores',
  },
  scorecardSubject: {
    department: 'Department',
    individual: 'Individual',
  },
  appraisalCycle: {
    month: 'Monthly appraisal',
    quarter: 'Quarterly appraisal',
    year: 'Annual appraisal',
  },
  metrics: {
    'new-followers': 'New followers',
    'follower-growth-rate': 'Follower growth rate',
    reads: 'Reads / views',
    likes: 'Likes',
    shares: 'Shares',
    comments: 'Comments',
    interactions: 'Interactions',
    'engagement-rate-by-reach': 'Engagement rate by reach',
    'engagement-rate-by-impressions': 'Engagement rate by impressions',
    'engagement-rate-by-followers': 'Engagement rate by followers',
    'click-through-rate-site': 'Click-through rate (site)',
    'click-through-rate-ads': 'Click-through rate (ads)',
    'conversion-rate-by-visitors': 'Conversion rate by visitors',
    'conversion-rate-by-clicks': 'Conversion rate by clicks',
    'cost-per-click': 'Cost per click (CPC)',
    'cost-per-mille': 'Cost per thousand impressions (CPM)',
    'cost-per-acquisition': 'Cost per acquisition (CPA)',
    'customer-acquisition-cost': 'Customer acquisition cost (CAC)',
    'return-on-investment': 'Return on investment (ROI)',
    'return-on-ad-spend': 'Return on ad spend (ROAS)',
    sales: 'Sales',
    'market-share': 'Market share',
    'share-of-voice': 'Share of voice (brand influence)',
    'net-sentiment': 'Net sentiment',
    'opinion-handled-in-time-rate': 'Opinion handled within deadline',
    'weighted-media-coverage': 'Media coverage weighted by outlet tier',
    'campaign-participation-rate': 'Campaign participation rate',
    'campaign-participants': 'Campaign participants',
    'campaign-conversion-rate': 'Campaign conversion rate (by participants)',
    'partner-satisfaction': 'Partner satisfaction',
    'customer-satisfaction': 'Customer satisfaction',
    'posting-count': 'Posts published',
    'posting-frequency': 'Posting frequency (posts per week)',
    'organic-visits': 'Organic search traffic',
    'search-ranking': 'Search ranking (average position)',
    teamwork: 'Teamwork rating',
    'budget-execution-rate': 'Budget execution rate',
    'budget-variance': 'Budget variance (actual − budget)',
  },
  proxies: {
    'social-media-effect': 'social-media effect',
    'brand-influence': 'brand influence',
    reputation: 'reputation',
    'opinion-handling-effect': 'opinion-handling effect',
    'media-coverage-effect': 'media-coverage effect',
    'partner-relationship-management': 'partner relationship management',
  },
  notAssessedReason: {
    'no-actual': 'No actual value',
    'target-not-positive': 'Target must be above 0',
    'target-not-finite': 'Target is not a finite number',
  },
  reasons: {
    'zero-denominator': 'Zero denominator',
    'missing-input': 'Missing input',
    'not-finite': 'Input is not a finite number',
  },
  explain: {
    columns: ['Indicator', 'Formula', 'Actual', 'Target', 'Attainment', 'Weight', 'Points'],
    score: 'Score',
    rating: 'Rating',
    anomaly: 'anomaly',
    veto: 'veto',
    weights: 'Weights',
    own: 'the scorecard’s own',
    goal: 'goal',
    campaignType: 'campaign type',
    comma: ', ',
  },
};
