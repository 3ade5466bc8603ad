import type { Locale } from '../core/labels.js';
import { roundNumber } from '../core/rounding.js';
import { notAssessedReason } from './labels.js';
import type { ScoreResult } from './scorecard.js';

/**
 * A score's explanation as a text table, one line per indicator (KPI-4), in the chosen language, then
 * the score and rating, and which weights were used (the card's own, or the set for a goal or campaign
 * type, KPI-2).
 *
 * @example
 * explainScore(scoreScorecard(card, { inputs }, defaultKpiPolicy, builtInMetrics).value, 'en') // as in scoreScorecard's example
 * //=> Indicator                    Formula                                           Actual  Target  Attainment  Weight  Points
 * //   Market share                 sales ÷ marketSales                               0.1625  0.15    108.3%      25%     27.08
 * //   Follower growth rate         (followersEnd − followersStart) ÷ followersStart  0.055   0.05    110%        25%     27.5
 * //   Conversion rate by visitors  conversions ÷ visitors                            0.027   0.03    90%         25%     22.5
 * //   Engagement rate by reach     (likes + shares + comments) ÷ reach               0.044   0.04    110%        25%     27.5
 * //   Score: 104.58   Rating: S
 * //   Weights: the scorecard’s own
 */
export function explainScore(result: ScoreResult, locale: Locale = 'en'): string {
  const head =
    locale === 'en'
      ? ['Indicator', 'Formula', 'Actual', 'Target', 'Attainment', 'Weight', 'Points']
      : locale === 'zh-TW'
        ? ['指標', '公式', '實際', '目標', '達成率', '權重', '得分']
        : ['指标', '公式', '实际', '目标', '达成率', '权重', '得分'];
  const num = (v: number | null, d = 4) => (v === null ? '—' : String(roundNumber(v, d)));
  const lines = result.rows.map((r) => [
    r.labels[locale],
    r.formula,
    r.actual.value === null ? `— (${r.actual.reason}${r.actual.anomaly ? ', anomaly' : ''})` : num(r.actual.value),
    num(r.target),
    r.attainment === null ? (r.notAssessed ? `— (${notAssessedReason.label(r.notAssessed, locale)})` : '—') : `${num(r.attainment * 100, 1)}%`,
    `${num(r.effectiveWeightBp / 100, 2)}%`,
    num(r.contribution, 2),
  ]);
  const total = locale === 'en' ? 'Score' : locale === 'zh-TW' ? '總分' : '总分';
  const rating = locale === 'en' ? 'Rating' : '评级';
  const all = [head, ...lines];
  // CJK characters take two columns in a terminal.
  const width = (text: string) => [...text].reduce((w, ch) => w + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1), 0);
  const widths = head.map((_, i) => Math.max(...all.map((l) => width(l[i]!))));
  const fmt = (l: string[]) => l.map((c, i) => c + ' '.repeat(widths[i]! - width(c))).join('  ').trimEnd();
  const veto = result.veto ? ` (veto ${result.veto.id}: ${result.veto.ratingBefore ?? '—'} → ${result.veto.cappedAt})` : '';
  return [...all.map(fmt), `${total}: ${result.score ?? '—'}   ${rating}: ${result.rating ?? '—'}${veto}`, weightsLine(result.weighting, locale)].join('\n');
}

// Which weights were used (KPI-2): the card's own, or the set for a goal and/or campaign type.
function weightsLine(w: ScoreResult['weighting'] | undefined, locale: Locale): string {
  const [title, own, goal, type] =
    locale === 'en'
      ? ['Weights', 'the scorecard’s own', 'goal', 'campaign type']
      : locale === 'zh-TW'
        ? ['權重', '考核表預設', '目標', '活動類型']
        : ['权重', '考核表默认', '目标', '活动类型'];
  if (!w || w.set === null) return `${title}: ${own}`;
  const keys = [w.goal === null ? '' : `${goal} ${w.goal}`, w.campaignType === null ? '' : `${type} ${w.campaignType}`].filter(Boolean);
  return `${title}: ${keys.join(locale === 'en' ? ', ' : '，')} (#${w.set})`;
}
