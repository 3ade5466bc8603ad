/**
 * The KPI domain's text in Simplified Chinese (简体中文): labels of every KPI enumeration, the names of
 * the built-in metrics, what each proxy metric stands for, and the words of score explanations. Import
 * it only where text is shown; scoring needs none.
 *
 * @example
 * import { zhCN } from 'marketing-governance/kpi/locale/zh-CN';
 * import { explainScore } from 'marketing-governance/kpi';
 * console.log(explainScore(result, zhCN));
 *
 * @packageDocumentation
 * @module marketing-governance/kpi/locale/zh-CN
 */
import type { KpiLocale } from '../labels.js';

/**
 * The KPI domain's text in Simplified Chinese:
 * pass it to `explainScore`, `metricLabel` and `proxyLabel`, or read a label straight from it.
 *
 * @example
 * zhCN.metricUnit.money //=> '金额（分）'
 * explainScore(result, zhCN).split('\n').at(-1) //=> '权重: 考核表默认'
 */
export const zhCN: KpiLocale = {
  code: 'zh-CN',
  metricUnit: {
    count: '数量',
    ratio: '比率',
    money: '金额（分）',
    points: '分值',
    rank: '名次（1 为最前）',
  },
  metricDirection: {
    higher: '越高越好',
    lower: '越低越好',
    band: '目标区间内最佳',
  },
  metricAggregation: {
    recompute: '汇总输入后重算',
    last: '取期末值',
    average: '各期平均',
  },
  zeroRule: {
    null: '无值（注明原因）',
    anomaly: '无值并标记异常',
  },
  attainmentMethod: {
    ratio: '实际 ÷ 目标',
    inverse: '目标 ÷ 实际（越低越好）',
    band: '目标区间',
    piecewise: '分段（门槛/目标/挑战）',
  },
  notAssessableRule: {
    renormalise: '权重分摊给其余指标',
    zero: '按零分计',
  },
  annualRollupRule: {
    recompute: '汇总全年数据重算',
    'weighted-mean': '月度得分加权平均',
  },
  scorecardSubject: {
    department: '部门',
    individual: '个人',
  },
  appraisalCycle: {
    month: '月度考核',
    quarter: '季度考核',
    year: '年度考核',
  },
  metrics: {
    'new-followers': '新增粉丝数',
    'follower-growth-rate': '粉丝增长率',
    reads: '阅读量',
    likes: '点赞数',
    shares: '转发数',
    comments: '评论数',
    interactions: '互动量',
    'engagement-rate-by-reach': '互动率（按触达）',
    'engagement-rate-by-impressions': '互动率（按曝光）',
    'engagement-rate-by-followers': '互动率（按粉丝）',
    'click-through-rate-site': '网站点击率',
    'click-through-rate-ads': '广告点击率',
    'conversion-rate-by-visitors': '转化率（按访客）',
    'conversion-rate-by-clicks': '转化率（按点击）',
    'cost-per-click': '单次点击成本 CPC',
    'cost-per-mille': '千次展示成本 CPM',
    'cost-per-acquisition': '单次转化成本 CPA',
    'customer-acquisition-cost': '获客成本 CAC',
    'return-on-investment': '投资回报率 ROI',
    'return-on-ad-spend': '广告支出回报率 ROAS',
    sales: '销售额',
    'market-share': '市场份额',
    'share-of-voice': '声量份额（品牌影响力）',
    'net-sentiment': '净情感值',
    'opinion-handled-in-time-rate': '舆情按时处置率',
    'weighted-media-coverage': '媒体报道（按媒体级别加权）',
    'campaign-participation-rate': '活动参与率',
    'campaign-participants': '活动参与人数',
    'campaign-conversion-rate': '活动转化率（按参与人数）',
    'partner-satisfaction': '合作伙伴满意度',
    'customer-satisfaction': '客户满意度',
    'posting-count': '发布次数',
    'posting-frequency': '发布频次（每周）',
    'organic-visits': '自然流量',
    'search-ranking': '搜索排名（平均名次）',
    teamwork: '团队协作评分',
    'budget-execution-rate': '预算执行率',
    'budget-variance': '预算差异（实际 − 预算）',
  },
  proxies: {
    'social-media-effect': '社交媒体效果',
    'brand-influence': '品牌影响力',
    reputation: '美誉度',
    'opinion-handling-effect': '舆情处理效果',
    'media-coverage-effect': '媒体报道效果',
    'partner-relationship-management': '合作伙伴关系管理',
  },
  notAssessedReason: {
    'no-actual': '无实际值',
    'target-not-positive': '目标值须大于 0',
    'target-not-finite': '目标值不是有限数',
  },
  reasons: {
    'zero-denominator': '分母为零',
    'missing-input': '缺少输入',
    'not-finite': '输入不是有限数',
  },
  explain: {
    columns: ['指标', '公式', '实际', '目标', '达成率', '权重', '得分'],
    score: '总分',
    rating: '评级',
    anomaly: '异常',
    veto: '否决',
    weights: '权重',
    own: '考核表默认',
    goal: '目标',
    campaignType: '活动类型',
    comma: '，',
  },
};
