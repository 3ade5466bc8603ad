import type { MetricDefinition, Term } from './model.js';

/**
 * The inputs a metric reads, in formula order, without repeats.
 *
 * @example
 * metricInputs(metricById('return-on-investment')!) //=> ['revenue', 'cost']
 */
export function metricInputs(def: MetricDefinition): string[] {
  const terms = def.formula.kind === 'sum' ? def.formula.terms : [...def.formula.numerator, ...def.formula.denominator];
  return [...new Set(terms.map((x) => x.input))];
}

function termsText(terms: readonly Term[]): string {
  return terms
    .map((x, i) => {
      const c = x.coefficient ?? 1;
      const sign = c < 0 ? (i === 0 ? '−' : ' − ') : i === 0 ? '' : ' + ';
      const k = Math.abs(c) === 1 ? '' : `${Math.abs(c)} × `;
      return `${sign}${k}${x.input}`;
    })
    .join('');
}

/**
 * The formula as text for people and docs.
 *
 * @example
 * formulaText(metricById('cost-per-mille')!) //=> 'cost × 1000 ÷ adImpressions'
 * formulaText(metricById('return-on-investment')!) //=> '(revenue − cost) ÷ cost'
 */
export function formulaText(def: MetricDefinition): string {
  const f = def.formula;
  if (f.kind === 'sum') return termsText(f.terms);
  const wrap = (terms: readonly Term[]) => (terms.length > 1 ? `(${termsText(terms)})` : termsText(terms));
  return `${wrap(f.numerator)}${f.scale !== undefined && f.scale !== 1 ? ` × ${f.scale}` : ''} ÷ ${wrap(f.denominator)}`;
}
