/**
 * The KPI domain's text in Traditional Chinese (繁體中文): labels of every KPI enumeration, the names of
 * the built-in metrics, what each proxy metric stands for, and the words of score explanations. Import
 * it only where text is shown; scoring needs none.
 *
 * @example
 * import { zhTW } from 'marketing-governance/kpi/locale/zh-TW';
 * import { explainScore } from 'marketing-governance/kpi';
 * console.log(explainScore(result, zhTW));
 *
 * @packageDocumentation
 * @module marketing-governance/kpi/locale/zh-TW
 */
import type { KpiLocale } from '../labels.js';

/**
 * The KPI domain's text in Traditional Chinese:
 * pass it to `explainScore`, `metricLabel` and `proxyLabel`, or read a label straight from it.
 *
 * @example
 * zhTW.metricDirection.lower //=> '越低越好'
 * explainScore(result, zhTW).split('\n').at(-1) //=> '權重: 考核表預設'
 */
export const zhTW: KpiLocale = {
  code: 'zh-TW',
  metricUnit: {
    count: '數量',
    ratio: '比率',
    money: '金額（分）',
    points: '分值',
    rank: '名次（1 為最前）',
  },
  metricDirection: {
    higher: '越高越好',
    lower: '越低越好',
    band: '目標區間內最佳',
  },
  metricAggregation: {
    recompute: '彙總輸入後重算',
    last: '取期末值',
    average: '各期平均',
  },
  zeroRule: {
    null: '無值（註明原因）',
    anomaly: '無值並標記異常',
  },
  attainmentMethod: {
    ratio: '實際 ÷ 目標',
    inverse: '目標 ÷ 實際（越低越好）',
    band: '目標區間',
    piecewise: '分段（門檻/目標/挑戰）',
  },
  notAssessableRule: {
    renormalise: '權重分攤給其餘指標',
    zero: '按零分計',
  },
  annualRollupRule: {
    recompute: '彙總全年數據重算',
    'weighted-mean': '月度得分加權平均',
  },
  scorecardSubject: {
    department: '部門',
    individual: '個人',
  },
  appraisalCycle: {
    month: '月度考核',
    quarter: '季度考核',
    year: '年度考核',
  },
  metrics: {
    'new-followers': '新增粉絲數',
    'follower-growth-rate': '粉絲增長率',
    reads: '閱讀量',
    likes: '點讚數',
    shares: '轉發數',
    comments: '評論數',
    interactions: '互動量',
    'engagement-rate-by-reach': '互動率（按觸達）',
    'engagement-rate-by-impressions': '互動率（按曝光）',
    'engagement-rate-by-followers': '互動率（按粉絲）',
    'click-through-rate-site': '網站點擊率',
    'click-through-rate-ads': '廣告點擊率',
    'conversion-rate-by-visitors': '轉化率（按訪客）',
    'conversion-rate-by-clicks': '轉化率（按點擊）',
    'cost-per-click': '單次點擊成本 CPC',
    'cost-per-mille': '千次展示成本 CPM',
    'cost-per-acquisition': '單次轉化成本 CPA',
    'customer-acquisition-cost': '獲客成本 CAC',
    'return-on-investment': '投資回報率 ROI',
    'return-on-ad-spend': '廣告支出回報率 ROAS',
    sales: '銷售額',
    'market-share': '市場份額',
    'share-of-voice': '聲量份額（品牌影響力）',
    'net-sentiment': '淨情感值',
    'opinion-handled-in-time-rate': '輿情按時處置率',
    'weighted-media-coverage': '媒體報道（按媒體級別加權）',
    'campaign-participation-rate': '活動參與率',
    'campaign-participants': '活動參與人數',
    'campaign-conversion-rate': '活動轉化率（按參與人數）',
    'partner-satisfaction': '合作夥伴滿意度',
    'customer-satisfaction': '客戶滿意度',
    'posting-count': '發布次數',
    'posting-frequency': '發布頻次（每週）',
    'organic-visits': '自然流量',
    'search-ranking': '搜索排名（平均名次）',
    teamwork: '團隊協作評分',
    'budget-execution-rate': '預算執行率',
    'budget-variance': '預算差異（實際 − 預算）',
  },
  proxies: {
    'social-media-effect': '社交媒體效果',
    'brand-influence': '品牌影響力',
    reputation: '美譽度',
    'opinion-handling-effect': '輿情處理效果',
    'media-coverage-effect': '媒體報道效果',
    'partner-relationship-management': '合作夥伴關係管理',
  },
  notAssessedReason: {
    'no-actual': '無實際值',
    'target-not-positive': '目標值須大於 0',
    'target-not-finite': '目標值不是有限數',
  },
  reasons: {
    'zero-denominator': '分母為零',
    'missing-input': '缺少輸入',
    'not-finite': '輸入不是有限數',
  },
  explain: {
    columns: ['指標', '公式', '實際', '目標', '達成率', '權重', '得分'],
    score: '總分',
    rating: '評級',
    anomaly: '異常',
    veto: '否決',
    weights: '權重',
    own: '考核表預設',
    goal: '目標',
    campaignType: '活動類型',
    comma: '，',
  },
};
