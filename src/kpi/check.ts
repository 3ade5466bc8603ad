// The consistency checks of a scorecard, free of zod so that scoring code can check a scorecard without
// loading a schema library.
import { issue, words, type Issue } from '../core/result.js';
import type { MetricDefinition, ScorecardSpec } from './model.js';

// Each direction: the sign of what it rewards, its name in the three locales, and the methods that fit.
const directions = {
  higher: [1, 'higher is better', '越高越好', '越高越好', 'ratio / piecewise (threshold < target < stretch)'],
  lower: [-1, 'lower is better', '越低越好', '越低越好', 'inverse / piecewise (threshold > target > stretch)'],
  band: [0, 'best within a band', '区间内最佳', '區間內最佳', 'band'],
} as const;

/**
 * Every problem in a scorecard, checked against the metric definitions of a catalogue (the built-in one
 * plus the policy's `metrics`), with paths relative to the scorecard (KPI-2): weights that are not whole
 * positive basis points or do not sum to 10000, duplicate metrics, metrics not in the catalogue, method
 * parameters missing or out of order, and a method that contradicts the metric's direction. `ratio` and
 * a rising `piecewise` reward a higher value, so they fit only higher-is-better metrics (on CPC they
 * would reward dearer clicks); `inverse` and a falling `piecewise` fit only lower-is-better ones; `band`
 * fits, and is the only fit for, best-within-a-band metrics. Each weight set (by goal and/or campaign
 * type, S2 指标设定.2) must name a key no other set has and weigh every indicator of the card once, in
 * whole basis points ≥ 0 summing to 10000. Each problem is worded in zh-CN, zh-TW and en.
 *
 * @example
 * scorecardProblems({ ...card, indicators: [{ ...card.indicators[0]!, weightBp: 9000 }] }, builtInMetrics).map((p) => p.message)
 * //=> ['weights sum to 9000 basis points, not 10000']
 * scorecardProblems({ ...card, indicators: [{ metric: 'cost-per-click', weightBp: 10000, target: 200, method: 'ratio', floor: 0, cap: 1.2 }] }, builtInMetrics)[0]?.message
 * //=> 'the ratio method contradicts "cost-per-click" (lower is better); use inverse / piecewise (threshold > target > stretch)'
 */
export function scorecardProblems(card: ScorecardSpec, catalogue: readonly MetricDefinition[]): Issue[] {
  const out: Issue[] = [];
  const add = (path: Array<string | number>, en: string, zhCN: string, zhTW: string) => out.push(issue(path, words(en, zhCN, zhTW), 'KPI-2'));
  // Conditions are written as formulas, the same in every locale.
  const need = (path: Array<string | number>, condition: string) => add(path, `needs ${condition}`, `须满足 ${condition}`, `須滿足 ${condition}`);
  let total = 0;
  const seen = new Set<string>();
  card.indicators.forEach((ind, i) => {
    const { metric, method, target, band, piecewise: p } = ind;
    const at = (...rest: Array<string | number>) => ['indicators', i, ...rest];
    if (!Number.isInteger(ind.weightBp) || ind.weightBp <= 0) add(at('weightBp'), 'must be a whole number of basis points > 0', '须为大于 0 的整数基点', '須為大於 0 的整數基點');
    total += ind.weightBp;
    if (seen.has(metric)) add(at('metric'), `metric "${metric}" appears twice`, `指标“${metric}”重复`, `指標「${metric}」重複`);
    seen.add(metric);
    const def = catalogue.find((m) => m.id === metric);
    if (!def) add(at('metric'), `unknown metric "${metric}"`, `未知指标“${metric}”`, `未知指標「${metric}」`);
    // A catalogue passed straight to scoring is held to the rules a policy's metrics are.
    else for (const p of ratedMetricProblems(def)) out.push(issue(at('metric'), words(`"${metric}": ${p.messages.en}`, `“${metric}”：${p.messages['zh-CN']}`, `「${metric}」：${p.messages['zh-TW']}`), 'KPI-1'));
    if ((method === 'ratio' || method === 'inverse') && !(target > 0)) need(at('target'), 'target > 0');
    if (!(ind.floor >= 0 && ind.cap >= ind.floor)) need(at('cap'), '0 ≤ floor ≤ cap');
    // What the method rewards: 1 a higher value, -1 a lower one, 0 a band; NaN when its parameters are out of order.
    let rewards = method === 'ratio' ? 1 : method === 'inverse' ? -1 : 0;
    if (method === 'band' && !(band && band.low <= band.high && band.tolerance > 0)) need(at('band'), 'band { low ≤ high, tolerance > 0 }');
    if (method === 'piecewise') {
      rewards = p && p.threshold < target && target < p.stretch ? 1 : p && p.threshold > target && target > p.stretch ? -1 : Number.NaN;
      if (rewards !== rewards) need(at('piecewise'), 'piecewise { threshold < target < stretch, or threshold > target > stretch }');
      if (p && !(p.thresholdAttainment >= 0 && p.thresholdAttainment <= 1)) need(at('piecewise', 'thresholdAttainment'), '0 ≤ thresholdAttainment ≤ 1');
    }
    const d = def && Object.hasOwn(directions, def.direction) ? directions[def.direction] : undefined;
    if (d && rewards === rewards && rewards !== d[0]) {
      const what = `"${metric}" (${d[1]}); use ${d[4]}`;
      add(at(method === 'piecewise' ? 'piecewise' : 'method'), `the ${method} method contradicts ${what}`, `${method} 方法与“${metric}”（${d[2]}）相悖；应使用 ${d[4]}`, `${method} 方法與「${metric}」（${d[3]}）相悖；應使用 ${d[4]}`);
    }
  });
  if (card.indicators.length === 0) add(['indicators'], 'a scorecard needs at least one indicator', '考核表至少需要一个指标', '考核表至少需要一個指標');
  else if (total !== 10_000) add(['indicators'], `weights sum to ${total} basis points, not 10000`, `权重合计 ${total} 基点，应为 10000`, `權重合計 ${total} 基點，應為 10000`);
  weightSetProblems(card, add);
  return out;
}

/**
 * Problems of a rated metric (KPI-1), with paths relative to the metric: a rating is a score on a scale
 * (`min < max`), its formula is its one rating input, and it is averaged or taken from the latest period,
 * never summed (five ratings of 4 are not a 20). Empty for a metric that is not rated.
 * `scorecardProblems` runs it for every metric a scorecard uses, `kpiPolicyProblems` for every host metric.
 *
 * @example
 * ratedMetricProblems({ ...metricById('teamwork')!, aggregation: 'recompute' }).map((p) => `${p.path.join('.')}: ${p.message}`)
 * //=> ['aggregation: a rating is averaged or taken from the latest period, never summed']
 */
export function ratedMetricProblems(m: MetricDefinition): Issue[] {
  if (!m.rating) return [];
  const out: Issue[] = [];
  const add = (path: Array<string | number>, en: string, zhCN: string, zhTW: string) => out.push(issue(path, words(en, zhCN, zhTW), 'KPI-1'));
  if (!(m.rating.min < m.rating.max)) add(['rating'], 'needs min < max', '须满足 min < max', '須滿足 min < max');
  const f = m.formula;
  if (!(f.kind === 'sum' && f.terms.length === 1 && (f.terms[0]!.coefficient ?? 1) === 1)) {
    add(['formula'], 'a rated metric is its one rating input', '评分类指标的公式只能是单个评分输入', '評分類指標的公式只能是單個評分輸入');
  }
  if (m.aggregation === 'recompute') add(['aggregation'], 'a rating is averaged or taken from the latest period, never summed', '评分应取平均或期末值，不可相加', '評分應取平均或期末值，不可相加');
  return out;
}

type Add = (path: Array<string | number>, en: string, zhCN: string, zhTW: string) => void;

// Each weight set keys on a goal and/or a campaign type, no two on the same key, and weighs every
// indicator of the card once, in whole basis points ≥ 0 summing to 10000.
function weightSetProblems(card: ScorecardSpec, add: Add): void {
  const metrics = new Set(card.indicators.map((i) => i.metric));
  const keys = new Set<string>();
  (card.weightSets ?? []).forEach((set, i) => {
    const at = (...rest: Array<string | number>) => ['weightSets', i, ...rest];
    if (set.goal === undefined && set.campaignType === undefined) add(at(), 'needs a goal or a campaignType', '须指定 goal 或 campaignType', '須指定 goal 或 campaignType');
    const key = JSON.stringify([set.goal ?? null, set.campaignType ?? null]);
    if (keys.has(key)) add(at(), 'another weight set has the same goal and campaignType', '另一权重组的 goal 与 campaignType 相同', '另一權重組的 goal 與 campaignType 相同');
    keys.add(key);
    const seen = new Set<string>();
    let total = 0;
    set.weights.forEach((w, j) => {
      if (!metrics.has(w.metric)) add(at('weights', j, 'metric'), `"${w.metric}" is not an indicator of this scorecard`, `“${w.metric}”不是本考核表的指标`, `「${w.metric}」不是本考核表的指標`);
      else if (seen.has(w.metric)) add(at('weights', j, 'metric'), `metric "${w.metric}" appears twice`, `指标“${w.metric}”重复`, `指標「${w.metric}」重複`);
      seen.add(w.metric);
      if (!Number.isInteger(w.weightBp) || w.weightBp < 0) add(at('weights', j, 'weightBp'), 'must be a whole number of basis points ≥ 0', '须为不小于 0 的整数基点', '須為不小於 0 的整數基點');
      total += w.weightBp;
    });
    for (const m of metrics) if (!seen.has(m)) add(at('weights'), `has no weight for "${m}"`, `缺少“${m}”的权重`, `缺少「${m}」的權重`);
    if (total !== 10_000) add(at('weights'), `weights sum to ${total} basis points, not 10000`, `权重合计 ${total} 基点，应为 10000`, `權重合計 ${total} 基點，應為 10000`);
  });
}

/**
 * Problems in a list of appraisal cycles (KPI-3), with paths from `path`: it must name at least one
 * cycle, each once.
 *
 * @example
 * cycleProblems(['month', 'month'], ['cycles']).map((p) => `${p.path.join('.')}: ${p.message}`) //=> ['cycles.1: cycle "month" appears twice']
 */
export function cycleProblems(cycles: readonly string[], path: ReadonlyArray<string | number>): Issue[] {
  const out: Issue[] = [];
  const add = (at: Array<string | number>, en: string, zhCN: string, zhTW: string) => out.push(issue(at, words(en, zhCN, zhTW), 'KPI-3'));
  if (cycles.length === 0) add([...path], 'needs at least one appraisal cycle', '至少需要一个考核周期', '至少需要一個考核週期');
  cycles.forEach((c, j) => {
    if (cycles.indexOf(c) !== j) add([...path, j], `cycle "${c}" appears twice`, `考核周期“${c}”重复`, `考核週期「${c}」重複`);
  });
  return out;
}
