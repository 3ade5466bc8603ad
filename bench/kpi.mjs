// KPI benchmarks, side by side: each comparison runs the library (`ours`) and a plain-JS hand loop
// (`baseline`) on the same data in the same process. A driver times them in alternating rounds and
// reports the ratio of median times (ours ÷ baseline; the goal 1.43x is a speed of at least 0.7x).
//
// `lib` is the module namespace of the built package root (`dist/esm/index.js`), so the library runs
// as a host would run it: plain JavaScript under node, no TypeScript loader.

const ROWS = 1_000_000;

// A month of daily channel data, cut into a million rows (the same values in both layouts).
const value = {
  sales: (i) => 100 + (i % 50),
  marketSales: (i) => 800 + (i % 70),
  followersStart: () => 200_000,
  followersEnd: (i) => 210_000 + (i % 1000),
  conversions: (i) => i % 7,
  visitors: (i) => 200 + (i % 13),
  likes: (i) => i % 11,
  shares: (i) => i % 5,
  comments: (i) => i % 3,
  reach: (i) => 1000 + (i % 17),
};

/**
 * The KPI comparisons. The main one scores the default marketing-team scorecard over a million rows
 * given as columns (`{ columns: { sales: Float64Array, … }, length }`) against a hand loop over the
 * same columns that computes the same sums, ratios, attainments and weighted score. The second runs the
 * same scorecard over the rows as objects, against a hand loop over the same objects: it has no goal, and
 * shows what reading inputs by names known only at run time costs without generated code (eight inputs per
 * pass, each at its own read site).
 *
 * @param {Record<string, any>} lib the built package root
 * @returns {Array<{ name: string, iterations: number, rounds: number, ours: () => void, baseline: () => void }>}
 */
export function kpiComparisons(lib) {
  const { scoreScorecard, defaultKpiPolicy, builtInMetrics } = lib;
  const policy = defaultKpiPolicy;
  const card = policy.scorecards.find((c) => c.id === 'marketing-team');
  if (!card) throw new Error('no marketing-team scorecard in defaultKpiPolicy');

  const columns = Object.fromEntries(Object.entries(value).map(([name, f]) => [name, Float64Array.from({ length: ROWS }, (_, i) => f(i))]));
  const rows = Array.from({ length: ROWS }, (_, i) => Object.fromEntries(Object.entries(value).map(([name, f]) => [name, f(i)])));
  // Both sides read the data through `data`, whose fields have been written twice. A host's data arrives
  // per request; left as a constant of this closure, V8 may fold the arrays, their lengths and addresses
  // into the compiled baseline (dropping its bounds checks), which no host loop would get, and which
  // varies from run to run with when the loop is compiled.
  const data = { table: null, rows: null };
  data.table = { columns, length: ROWS };
  data.rows = rows;

  // What the baseline's author reads from the scorecard: each indicator's target, floor and cap (all four
  // use actual ÷ target, 25% each).
  const [share, growth, conversion, engagement] = ['market-share', 'follower-growth-rate', 'conversion-rate-by-visitors', 'engagement-rate-by-reach'].map((id) => {
    const ind = card.indicators.find((x) => x.metric === id);
    if (!ind || ind.method !== 'ratio' || ind.weightBp !== 2500) throw new Error(`the baseline assumes ${id} at 25%, actual ÷ target`);
    return ind;
  });
  const attain = (actual, ind) => Math.min(ind.cap, Math.max(ind.floor, actual / ind.target));
  const scoreOf = (sales, marketSales, followersStart, followersEnd, conversions, visitors, likes, shares, comments, reach) => {
    const points = (attain(sales / marketSales, share) + attain((followersEnd - followersStart) / followersStart, growth) + attain(conversions / visitors, conversion) + attain((likes + shares + comments) / reach, engagement)) * 25;
    return Math.round(points * 100) / 100;
  };

  let sink = 0;
  const ours = (scoreData) => () => {
    const r = scoreScorecard(card, scoreData(), policy, builtInMetrics);
    if (!r.ok || r.value.score === null) throw new Error(`scorecard refused: ${r.ok ? 'no score' : r.error.message}`);
    sink += r.value.score;
    return r.value.score;
  };

  const baselineColumns = () => {
    const { columns: c, length: n } = data.table;
    const s = c.sales, ms = c.marketSales, cv = c.conversions, vi = c.visitors, li = c.likes, sh = c.shares, co = c.comments, re = c.reach;
    let sales = 0, marketSales = 0, conversions = 0, visitors = 0, likes = 0, shares = 0, comments = 0, reach = 0;
    for (let i = 0; i < n; i++) {
      sales += s[i];
      marketSales += ms[i];
      conversions += cv[i];
      visitors += vi[i];
      likes += li[i];
      shares += sh[i];
      comments += co[i];
      reach += re[i];
    }
    const score = scoreOf(sales, marketSales, c.followersStart[n - 1], c.followersEnd[n - 1], conversions, visitors, likes, shares, comments, reach);
    sink += score;
    return score;
  };

  const baselineRows = () => {
    const rows = data.rows;
    let sales = 0, marketSales = 0, conversions = 0, visitors = 0, likes = 0, shares = 0, comments = 0, reach = 0;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      sales += row.sales;
      marketSales += row.marketSales;
      conversions += row.conversions;
      visitors += row.visitors;
      likes += row.likes;
      shares += row.shares;
      comments += row.comments;
      reach += row.reach;
    }
    const last = rows[rows.length - 1];
    const score = scoreOf(sales, marketSales, last.followersStart, last.followersEnd, conversions, visitors, likes, shares, comments, reach);
    sink += score;
    return score;
  };

  const oursColumns = ours(() => ({ columns: data.table }));
  const oursRows = ours(() => ({ periods: data.rows }));
  // Both sides must compute the same score, or the comparison means nothing.
  for (const [a, b] of [[oursColumns, baselineColumns], [oursRows, baselineRows]]) {
    const x = a();
    const y = b();
    if (x !== y) throw new Error(`ours scored ${x}, the baseline ${y}`);
  }
  if (!Number.isFinite(sink)) throw new Error('unreachable');

  return [
    { name: 'kpi.scorecard 1M rows vs hand loop', goal: '≤ 1.43x, i.e. speed ≥ 0.7x', iterations: 1, rounds: 7, ours: oursColumns, baseline: baselineColumns },
    { name: 'kpi.scorecard 1M row objects vs hand loop', goal: 'none: input names read at run time', iterations: 1, rounds: 7, ours: oursRows, baseline: baselineRows },
  ];
}
