import { roundNumber } from '../core/rounding.js';
import { metricLabel, type KpiLocale } from './labels.js';
import type { ScoreResult } from './scorecard.js';

/**
 * A score's explanation as a text table, one line per indicator (KPI-4), in the language of `locale`
 * (`en`, `zhCN` or `zhTW` from `marketing-governance/kpi/locale/*`), then the score and rating, and which
 * weights were used (the card's own, or the set for a goal or campaign type, KPI-2). The result it
 * renders is codes and numbers: the same result renders in any language.
 *
 * @example
 * import { en } from 'marketing-governance/kpi/locale/en';
 * explainScore(scoreScorecard(card, { inputs }, defaultKpiPolicy, builtInMetrics).value, en) // as in scoreScorecard's example
 * //=> Indicator                    Formula                                           Actual  Target  Attainment  Weight  Points
 * //   Market share                 sales ÷ marketSales                               0.1625  0.15    108.3%      25%     27.08
 * //   Follower growth rate         (followersEnd − followersStart) ÷ followersStart  0.055   0.05    110%        25%     27.5
 * //   Conversion rate by visitors  conversions ÷ visitors                            0.027   0.03    90%         25%     22.5
 * //   Engagement rate by reach     (likes + shares + comments) ÷ reach               0.044   0.04    110%        25%     27.5
 * //   Score: 104.58   Rating: S
 * //   Weights: the scorecard’s own
 */
export function explainScore(result: ScoreResult, locale: KpiLocale): string {
  const words = locale.explain;
  const head = [...words.columns];
  const num = (v: number | null, d = 4) => (v === null ? '—' : String(roundNumber(v, d)));
  const lines = result.rows.map((r) => [
    metricLabel({ id: r.metric, labels: r.labels }, locale),
    r.formula,
    r.actual.value === null ? `— (${locale.reasons[r.actual.reason] ?? r.actual.reason}${r.actual.anomaly ? `${words.comma}${words.anomaly}` : ''})` : num(r.actual.value),
    num(r.target),
    r.attainment === null ? (r.notAssessed ? `— (${locale.notAssessedReason[r.notAssessed] ?? r.notAssessed})` : '—') : `${num(r.attainment * 100, 1)}%`,
    `${num(r.effectiveWeightBp / 100, 2)}%`,
    num(r.contribution, 2),
  ]);
  const all = [head, ...lines];
  // CJK characters take two columns in a terminal.
  const width = (text: string) => [...text].reduce((w, ch) => w + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1), 0);
  const widths = head.map((_, i) => Math.max(...all.map((l) => width(l[i]!))));
  const fmt = (l: string[]) => l.map((c, i) => c + ' '.repeat(widths[i]! - width(c))).join('  ').trimEnd();
  const veto = result.veto ? ` (${words.veto} ${result.veto.id}: ${result.veto.ratingBefore ?? '—'} → ${result.veto.cappedAt})` : '';
  return [...all.map(fmt), `${words.score}: ${result.score ?? '—'}   ${words.rating}: ${result.rating ?? '—'}${veto}`, weightsLine(result.weighting, words)].join('\n');
}

// Which weights were used (KPI-2): the card's own, or the set for a goal and/or campaign type.
function weightsLine(w: ScoreResult['weighting'] | undefined, words: KpiLocale['explain']): string {
  if (!w || w.set === null) return `${words.weights}: ${words.own}`;
  const keys = [w.goal === null ? '' : `${words.goal} ${w.goal}`, w.campaignType === null ? '' : `${words.campaignType} ${w.campaignType}`].filter(Boolean);
  return `${words.weights}: ${keys.join(words.comma)} (#${w.set})`;
}
