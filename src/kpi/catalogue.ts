// The built-in catalogue as data: ids, formulas, units, directions and roll-ups. Its names and the
// proxies' meanings are in the locale modules (`marketing-governance/kpi/locale/*`), by id and code.
import type { MetricAggregation, MetricDirection, MetricUnit, ZeroRule } from './labels.js';
import type { Formula, MetricDefinition, Term } from './model.js';

const t = (input: string, coefficient?: number): Term => (coefficient === undefined ? { input } : { input, coefficient });
const sum = (...terms: Term[]): Formula => ({ kind: 'sum', terms });
const ratio = (numerator: Term[], denominator: Term[], scale?: number): Formula =>
  scale === undefined ? { kind: 'ratio', numerator, denominator } : { kind: 'ratio', numerator, denominator, scale };

function metric(
  id: string,
  formula: Formula,
  unit: MetricUnit,
  direction: MetricDirection,
  extra: { aggregation?: MetricAggregation; zero?: ZeroRule; source?: string; proxy?: string; rating?: { min: number; max: number } } = {},
): MetricDefinition {
  return {
    id,
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
 * names says so in `proxy` (a code the locale modules name); a score a rater gives (teamwork) is a
 * rated metric (`rating`, averaged, never summed); search ranking is lower-is-better and averaged over
 * periods, never summed. Names are in the locale modules: see `metricLabel`.
 * Definitions follow the platforms' published ones (Google Ads: CTR = clicks ÷ impressions, CPC = cost ÷
 * clicks, CPM = cost × 1000 ÷ impressions; ROI = (revenue − cost) ÷ cost). Money inputs and money results
 * are minor units (分); results are not rounded (round once, for display, with `roundNumber`).
 *
 * @example
 * builtInMetrics.find((m) => m.id === 'cost-per-click')?.zero //=> 'anomaly'
 */
export const builtInMetrics: readonly MetricDefinition[] = [
  metric('new-followers', sum(t('newFollowers')), 'count', 'higher'),
  metric('follower-growth-rate', ratio([t('followersEnd'), t('followersStart', -1)], [t('followersStart')]), 'ratio', 'higher', { aggregation: 'last' }),
  metric('reads', sum(t('reads')), 'count', 'higher'),
  metric('likes', sum(t('likes')), 'count', 'higher'),
  metric('shares', sum(t('shares')), 'count', 'higher'),
  metric('comments', sum(t('comments')), 'count', 'higher'),
  metric('interactions', sum(...interactions), 'count', 'higher'),
  metric('engagement-rate-by-reach', ratio(interactions, [t('reach')]), 'ratio', 'higher', { proxy: 'social-media-effect' }),
  metric('engagement-rate-by-impressions', ratio(interactions, [t('impressions')]), 'ratio', 'higher'),
  metric('engagement-rate-by-followers', ratio(interactions, [t('followers')]), 'ratio', 'higher'),
  metric('click-through-rate-site', ratio([t('clicks')], [t('impressions')]), 'ratio', 'higher'),
  metric('click-through-rate-ads', ratio([t('adClicks')], [t('adImpressions')]), 'ratio', 'higher', { source: 'Google Ads' }),
  metric('conversion-rate-by-visitors', ratio([t('conversions')], [t('visitors')]), 'ratio', 'higher'),
  metric('conversion-rate-by-clicks', ratio([t('conversions')], [t('adClicks')]), 'ratio', 'higher', { source: 'Google Ads' }),
  metric('cost-per-click', ratio([t('cost')], [t('adClicks')]), 'money', 'lower', { zero: 'anomaly', source: 'Google Ads' }),
  metric('cost-per-mille', ratio([t('cost')], [t('adImpressions')], 1000), 'money', 'lower', { zero: 'anomaly', source: 'Google Ads' }),
  metric('cost-per-acquisition', ratio([t('cost')], [t('conversions')]), 'money', 'lower', { zero: 'anomaly', source: 'Google Ads' }),
  metric('customer-acquisition-cost', ratio([t('cost')], [t('newCustomers')]), 'money', 'lower', { zero: 'anomaly' }),
  metric('return-on-investment', ratio([t('revenue'), t('cost', -1)], [t('cost')]), 'ratio', 'higher'),
  metric('return-on-ad-spend', ratio([t('revenue')], [t('cost')]), 'ratio', 'higher', { source: 'Google Ads' }),
  metric('sales', sum(t('sales')), 'money', 'higher'),
  metric('market-share', ratio([t('sales')], [t('marketSales')]), 'ratio', 'higher'),
  metric('share-of-voice', ratio([t('brandMentions')], [t('categoryMentions')]), 'ratio', 'higher', { proxy: 'brand-influence' }),
  metric('net-sentiment', ratio([t('positiveMentions'), t('negativeMentions', -1)], [t('positiveMentions'), t('negativeMentions')]), 'ratio', 'higher', { proxy: 'reputation' }),
  metric('opinion-handled-in-time-rate', ratio([t('opinionsHandledInTime')], [t('opinions')]), 'ratio', 'higher', { proxy: 'opinion-handling-effect' }),
  metric('weighted-media-coverage', sum(t('tier1Reports', 3), t('tier2Reports', 2), t('tier3Reports', 1)), 'points', 'higher', { proxy: 'media-coverage-effect' }),
  metric('campaign-participation-rate', ratio([t('participants')], [t('reach')]), 'ratio', 'higher'),
  metric('campaign-participants', sum(t('participants')), 'count', 'higher'),
  metric('campaign-conversion-rate', ratio([t('conversions')], [t('participants')]), 'ratio', 'higher'),
  metric('partner-satisfaction', ratio([t('partnerScoreTotal')], [t('partnerResponses')]), 'points', 'higher', { proxy: 'partner-relationship-management' }),
  metric('customer-satisfaction', ratio([t('satisfactionScoreTotal')], [t('satisfactionResponses')]), 'points', 'higher'),
  metric('posting-count', sum(t('posts')), 'count', 'higher'),
  metric('posting-frequency', ratio([t('posts')], [t('weeks')]), 'ratio', 'higher'),
  metric('organic-visits', sum(t('organicVisits')), 'count', 'higher'),
  // A position: summing it over months would make a steady first place look like twelfth. A row holds a
  // period's position (a month's average); several keywords' positions go in the data's observations.
  metric('search-ranking', sum(t('searchPosition')), 'rank', 'lower', { aggregation: 'average', source: 'Google Search Console' }),
  // Rated: a score on the scale; several raters' scores of a period go in the data's observations, and
  // the period's value is their mean.
  metric('teamwork', sum(t('teamworkRating')), 'points', 'higher', { aggregation: 'average', rating: { min: 1, max: 5 } }),
  metric('budget-execution-rate', ratio([t('spend')], [t('budget')]), 'ratio', 'band'),
  metric('budget-variance', sum(t('spend'), t('budget', -1)), 'money', 'band'),
];

/**
 * Look a metric up in a catalogue (the built-in one by default).
 *
 * @example
 * metricById('return-on-investment')?.unit //=> 'ratio'
 * metricById('unknown') //=> undefined
 */
export function metricById(id: string, catalogue: readonly MetricDefinition[] = builtInMetrics): MetricDefinition | undefined {
  return catalogue.find((m) => m.id === id);
}
