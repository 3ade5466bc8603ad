import type { Labels } from '../core/labels.js';
import type { MetricAggregation, MetricDirection, MetricUnit, ZeroRule } from './labels.js';
import type { Formula, MetricDefinition, Term } from './model.js';

const L = (zhCN: string, zhTW: string, en: string): Labels => ({ 'zh-CN': zhCN, 'zh-TW': zhTW, en });
const t = (input: string, coefficient?: number): Term => (coefficient === undefined ? { input } : { input, coefficient });
const sum = (...terms: Term[]): Formula => ({ kind: 'sum', terms });
const ratio = (numerator: Term[], denominator: Term[], scale?: number): Formula =>
  scale === undefined ? { kind: 'ratio', numerator, denominator } : { kind: 'ratio', numerator, denominator, scale };

function metric(
  id: string,
  labels: Labels,
  formula: Formula,
  unit: MetricUnit,
  direction: MetricDirection,
  extra: { aggregation?: MetricAggregation; zero?: ZeroRule; source?: string; proxy?: Labels; rating?: { min: number; max: number } } = {},
): MetricDefinition {
  return {
    id,
    labels,
    formula,
    unit,
    direction,
    aggregation: extra.aggregation ?? 'recompute',
    zero: extra.zero ?? 'null',
    ...(extra.source === undefined ? {} : { source: extra.source }),
    ...(extra.proxy === undefined ? {} : { proxy: extra.proxy }),
    ...(extra.rating === undefined ? {} : { rating: extra.rating }),
  };
}

const interactions = [t('likes'), t('shares'), t('comments')];

/**
 * The built-in metric catalogue (KPI-1, S0 art.11 and 14, S1 ch.3.2 and 4.4, S2 指标设定 and 内容发布.3, S3 §3.1.4,
 * §3.3, §4.3, §5.2 and §6.2.1, S4 §3.3). A metric that measures something in place of what the seed
 * names says so in `proxy`; a score a rater gives (teamwork) is a rated metric (`rating`, averaged,
 * never summed); search ranking is lower-is-better and averaged over periods, never summed.
 * Definitions follow the platforms' published ones (Google Ads: CTR = clicks ÷ impressions, CPC = cost ÷
 * clicks, CPM = cost × 1000 ÷ impressions; ROI = (revenue − cost) ÷ cost). Money inputs and money results
 * are minor units (分); results are not rounded (round once, for display, with `roundNumber`).
 *
 * @example
 * builtInMetrics.find((m) => m.id === 'cost-per-click')?.zero //=> 'anomaly'
 */
export const builtInMetrics: readonly MetricDefinition[] = [
  metric('new-followers', L('新增粉丝数', '新增粉絲數', 'New followers'), sum(t('newFollowers')), 'count', 'higher'),
  metric('follower-growth-rate', L('粉丝增长率', '粉絲增長率', 'Follower growth rate'), ratio([t('followersEnd'), t('followersStart', -1)], [t('followersStart')]), 'ratio', 'higher', { aggregation: 'last' }),
  metric('reads', L('阅读量', '閱讀量', 'Reads / views'), sum(t('reads')), 'count', 'higher'),
  metric('likes', L('点赞数', '點讚數', 'Likes'), sum(t('likes')), 'count', 'higher'),
  metric('shares', L('转发数', '轉發數', 'Shares'), sum(t('shares')), 'count', 'higher'),
  metric('comments', L('评论数', '評論數', 'Comments'), sum(t('comments')), 'count', 'higher'),
  metric('interactions', L('互动量', '互動量', 'Interactions'), sum(...interactions), 'count', 'higher'),
  metric('engagement-rate-by-reach', L('互动率（按触达）', '互動率（按觸達）', 'Engagement rate by reach'), ratio(interactions, [t('reach')]), 'ratio', 'higher', { proxy: L('社交媒体效果', '社交媒體效果', 'social-media effect') }),
  metric('engagement-rate-by-impressions', L('互动率（按曝光）', '互動率（按曝光）', 'Engagement rate by impressions'), ratio(interactions, [t('impressions')]), 'ratio', 'higher'),
  metric('engagement-rate-by-followers', L('互动率（按粉丝）', '互動率（按粉絲）', 'Engagement rate by followers'), ratio(interactions, [t('followers')]), 'ratio', 'higher'),
  metric('click-through-rate-site', L('网站点击率', '網站點擊率', 'Click-through rate (site)'), ratio([t('clicks')], [t('impressions')]), 'ratio', 'higher'),
  metric('click-through-rate-ads', L('广告点击率', '廣告點擊率', 'Click-through rate (ads)'), ratio([t('adClicks')], [t('adImpressions')]), 'ratio', 'higher', { source: 'Google Ads' }),
  metric('conversion-rate-by-visitors', L('转化率（按访客）', '轉化率（按訪客）', 'Conversion rate by visitors'), ratio([t('conversions')], [t('visitors')]), 'ratio', 'higher'),
  metric('conversion-rate-by-clicks', L('转化率（按点击）', '轉化率（按點擊）', 'Conversion rate by clicks'), ratio([t('conversions')], [t('adClicks')]), 'ratio', 'higher', { source: 'Google Ads' }),
  metric('cost-per-click', L('单次点击成本 CPC', '單次點擊成本 CPC', 'Cost per click (CPC)'), ratio([t('cost')], [t('adClicks')]), 'money', 'lower', { zero: 'anomaly', source: 'Google Ads' }),
  metric('cost-per-mille', L('千次展示成本 CPM', '千次展示成本 CPM', 'Cost per thousand impressions (CPM)'), ratio([t('cost')], [t('adImpressions')], 1000), 'money', 'lower', { zero: 'anomaly', source: 'Google Ads' }),
  metric('cost-per-acquisition', L('单次转化成本 CPA', '單次轉化成本 CPA', 'Cost per acquisition (CPA)'), ratio([t('cost')], [t('conversions')]), 'money', 'lower', { zero: 'anomaly', source: 'Google Ads' }),
  metric('customer-acquisition-cost', L('获客成本 CAC', '獲客成本 CAC', 'Customer acquisition cost (CAC)'), ratio([t('cost')], [t('newCustomers')]), 'money', 'lower', { zero: 'anomaly' }),
  metric('return-on-investment', L('投资回报率 ROI', '投資回報率 ROI', 'Return on investment (ROI)'), ratio([t('revenue'), t('cost', -1)], [t('cost')]), 'ratio', 'higher'),
  metric('return-on-ad-spend', L('广告支出回报率 ROAS', '廣告支出回報率 ROAS', 'Return on ad spend (ROAS)'), ratio([t('revenue')], [t('cost')]), 'ratio', 'higher', { source: 'Google Ads' }),
  metric('sales', L('销售额', '銷售額', 'Sales'), sum(t('sales')), 'money', 'higher'),
  metric('market-share', L('市场份额', '市場份額', 'Market share'), ratio([t('sales')], [t('marketSales')]), 'ratio', 'higher'),
  metric('share-of-voice', L('声量份额（品牌影响力）', '聲量份額（品牌影響力）', 'Share of voice (brand influence)'), ratio([t('brandMentions')], [t('categoryMentions')]), 'ratio', 'higher', { proxy: L('品牌影响力', '品牌影響力', 'brand influence') }),
  metric('net-sentiment', L('净情感值', '淨情感值', 'Net sentiment'), ratio([t('positiveMentions'), t('negativeMentions', -1)], [t('positiveMentions'), t('negativeMentions')]), 'ratio', 'higher', { proxy: L('美誉度', '美譽度', 'reputation') }),
  metric('opinion-handled-in-time-rate', L('舆情按时处置率', '輿情按時處置率', 'Opinion handled within deadline'), ratio([t('opinionsHandledInTime')], [t('opinions')]), 'ratio', 'higher', { proxy: L('舆情处理效果', '輿情處理效果', 'opinion-handling effect') }),
  metric('weighted-media-coverage', L('媒体报道（按媒体级别加权）', '媒體報道（按媒體級別加權）', 'Media coverage weighted by outlet tier'), sum(t('tier1Reports', 3), t('tier2Reports', 2), t('tier3Reports', 1)), 'points', 'higher', { proxy: L('媒体报道效果', '媒體報道效果', 'media-coverage effect') }),
  metric('campaign-participation-rate', L('活动参与率', '活動參與率', 'Campaign participation rate'), ratio([t('participants')], [t('reach')]), 'ratio', 'higher'),
  metric('campaign-participants', L('活动参与人数', '活動參與人數', 'Campaign participants'), sum(t('participants')), 'count', 'higher'),
  metric('campaign-conversion-rate', L('活动转化率（按参与人数）', '活動轉化率（按參與人數）', 'Campaign conversion rate (by participants)'), ratio([t('conversions')], [t('participants')]), 'ratio', 'higher'),
  metric('partner-satisfaction', L('合作伙伴满意度', '合作夥伴滿意度', 'Partner satisfaction'), ratio([t('partnerScoreTotal')], [t('partnerResponses')]), 'points', 'higher', { proxy: L('合作伙伴关系管理', '合作夥伴關係管理', 'partner relationship management') }),
  metric('customer-satisfaction', L('客户满意度', '客戶滿意度', 'Customer satisfaction'), ratio([t('satisfactionScoreTotal')], [t('satisfactionResponses')]), 'points', 'higher'),
  metric('posting-count', L('发布次数', '發布次數', 'Posts published'), sum(t('posts')), 'count', 'higher'),
  metric('posting-frequency', L('发布频次（每周）', '發布頻次（每週）', 'Posting frequency (posts per week)'), ratio([t('posts')], [t('weeks')]), 'ratio', 'higher'),
  metric('organic-visits', L('自然流量', '自然流量', 'Organic search traffic'), sum(t('organicVisits')), 'count', 'higher'),
  // A position: summing it over months would make a steady first place look like twelfth. A row holds a
  // period's position (a month's average); several keywords' positions go in the data's observations.
  metric('search-ranking', L('搜索排名（平均名次）', '搜索排名（平均名次）', 'Search ranking (average position)'), sum(t('searchPosition')), 'rank', 'lower', { aggregation: 'average', source: 'Google Search Console' }),
  // Rated: a score on the scale; several raters' scores of a period go in the data's observations, and
  // the period's value is their mean.
  metric('teamwork', L('团队协作评分', '團隊協作評分', 'Teamwork rating'), sum(t('teamworkRating')), 'points', 'higher', { aggregation: 'average', rating: { min: 1, max: 5 } }),
  metric('budget-execution-rate', L('预算执行率', '預算執行率', 'Budget execution rate'), ratio([t('spend')], [t('budget')]), 'ratio', 'band'),
  metric('budget-variance', L('预算差异（实际 − 预算）', '預算差異（實際 − 預算）', 'Budget variance (actual − budget)'), sum(t('spend'), t('budget', -1)), 'money', 'band'),
];

/**
 * Look a metric up in a catalogue (the built-in one by default).
 *
 * @example
 * metricById('return-on-investment')?.labels['zh-CN'] //=> '投资回报率 ROI'
 */
export function metricById(id: string, catalogue: readonly MetricDefinition[] = builtInMetrics): MetricDefinition | undefined {
  return catalogue.find((m) => m.id === id);
}
