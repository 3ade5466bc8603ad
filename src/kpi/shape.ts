// Checks of the arguments the scoring functions receive, without zod (scoring must stay small): a
// missing catalogue or a malformed scorecard, data, policy section or options becomes an `invalid-input`
// issue whose path starts with the argument's name, instead of a TypeError deep in the arithmetic. The
// expected shapes are data, read by one small interpreter; each issue says what was expected as a type
// (`must be number`, `须为 number`), the same in every locale. Internal to the KPI domain.
import { issue, words, type Issue } from '../core/result.js';
import type { AnnualRollupRule, AttainmentMethod, MetricAggregation, MetricDirection, NotAssessableRule, ZeroRule } from './labels.js';

type Path = ReadonlyArray<string | number>;
type Bag = { readonly [key: string]: unknown };

const isObject = (v: unknown): v is Bag => typeof v === 'object' && v !== null && !Array.isArray(v);
const finite = (v: unknown): v is number => typeof v === 'number' && v - v === 0;

// The scalar kinds: a test and the type it expects.
const kinds = {
  s: [(v: unknown) => typeof v === 'string', 'string'],
  n: [finite, 'number'],
  w: [(v: unknown) => finite(v) && v >= 0, 'number ≥ 0'],
  c: [(v: unknown) => Number.isSafeInteger(v) && (v as number) >= 0, 'integer ≥ 0'],
  o: [isObject, 'object'],
  a: [(v: unknown) => v == null || Array.isArray(v) || (ArrayBuffer.isView(v) && !(v instanceof DataView)), 'number[] | Float64Array'],
  l: [Array.isArray, 'MetricDefinition[] (builtInMetrics)'],
  x: [() => false, '{ inputs } | { periods } | { columns }'],
  _: [() => true, ''],
} as const;

/**
 * An expected shape: a scalar kind (`s` string, `n` finite number, `w` finite number ≥ 0, `c` whole
 * number ≥ 0, `o` object, `a` array or typed array or nothing, `l` list of metric definitions, `x`
 * never: score data with more than one source, `_` anything), a `Set` of allowed values, `[shape]` for a
 * list of that shape, an object of shapes by key (`*` applies to every own key), or a function choosing
 * the shape from the value (see {@link maybe}).
 *
 * @example
 * const band: Shape = { low: 'n', high: 'n', tolerance: 'n' };
 */
export type Shape = keyof typeof kinds | ReadonlySet<unknown> | readonly [Shape] | { readonly [key: string]: Shape } | ((value: unknown) => Shape);

/**
 * A shape that also accepts `undefined` (an absent property).
 *
 * @example
 * const opt: Shape = { coefficient: maybe('n') };
 * maybe('n')(undefined) //=> '_'
 * maybe('n')(3) //=> 'n'
 */
export const maybe =
  (shape: Shape) =>
  (value: unknown): Shape =>
    value === undefined ? '_' : shape;

/**
 * Record every way `value` departs from `shape` in `out`, with paths from `path`.
 *
 * @example
 * const out: Issue[] = [];
 * checkShape({ low: 'n' }, { low: 'x' }, ['band'], out);
 * out[0]?.message //=> 'must be number'
 */
export function checkShape(shape: Shape, value: unknown, path: Path, out: Issue[]): void {
  walk(shape, value, path, undefined, out);
}

// `key` is the value's key in its parent (the value's path is built only where an issue or a child needs it).
function walk(shape: Shape, value: unknown, parent: Path, key: string | number | undefined, out: Issue[]): void {
  while (typeof shape === 'function') shape = shape(value);
  let type: string | undefined;
  if (shape instanceof Set) type = shape.has(value) ? undefined : [...shape].map((x) => JSON.stringify(x)).join(' | ');
  else if (typeof shape === 'string') {
    const [test, expected] = kinds[shape as keyof typeof kinds];
    if (!test(value)) type = expected;
  } else if (Array.isArray(shape) ? !Array.isArray(value) : !isObject(value)) type = Array.isArray(shape) ? 'array' : 'object';
  else {
    const path = key === undefined ? parent : [...parent, key];
    const bag = value as Bag & readonly unknown[];
    if (Array.isArray(shape)) {
      const item = shape[0] as Shape;
      // A scalar kind is tested in place: a million rows make no million calls.
      const test = typeof item === 'string' ? kinds[item as keyof typeof kinds][0] : undefined;
      for (let i = 0; i < bag.length; i++) if (!test?.(bag[i])) walk(item, bag[i], path, i, out);
    } else {
      const shapes = shape as { readonly [key: string]: Shape };
      for (const k in shapes) {
        // Own properties only: a key inherited from a prototype is absent, as the scoring code reads it.
        if (k !== '*') walk(shapes[k]!, Object.hasOwn(bag, k) ? bag[k] : undefined, path, k, out);
        else for (const own of Object.keys(bag)) walk(shapes[k]!, bag[own], path, own, out);
      }
    }
  }
  if (type) out.push(issue(key === undefined ? parent : [...parent, key], words(`must be ${type}`, `须为 ${type}`, `須為 ${type}`)));
}

// The enums' values, spelled out so that checking them does not load their labels; the types keep the
// lists complete.
const oneOf = <T extends string>() => <const L extends readonly T[]>(values: [T] extends [L[number]] ? L : never): ReadonlySet<unknown> => new Set(values);
const terms: Shape = [{ input: 's', coefficient: maybe('n') }];
const kind = new Set(['sum', 'ratio']);
const formulas = { sum: { kind, terms }, ratio: { kind, numerator: terms, denominator: terms, scale: maybe('n') } };
const metricShape: Shape = {
  id: 's',
  labels: maybe('o'),
  formula: (f) => formulas[(f as Bag | null)?.kind === 'sum' ? 'sum' : 'ratio'],
  direction: oneOf<MetricDirection>()(['higher', 'lower', 'band']),
  aggregation: oneOf<MetricAggregation>()(['recompute', 'last', 'average']),
  zero: oneOf<ZeroRule>()(['null', 'anomaly']),
  rating: maybe({ min: 'n', max: 'n' }),
};
const data = {
  inputs: maybe('o'),
  periods: maybe(['o']),
  columns: maybe({ length: 'c', columns: { '*': 'a' } }),
  targets: maybe({ '*': 'n' }),
  vetoes: maybe(['s']),
  context: maybe({ goal: maybe('s'), campaignType: maybe('s') }),
  observations: maybe({ '*': ['_'] }),
};
// Score data gives at most one of inputs, periods and columns.
const scoreData =
  (extra: { readonly [key: string]: Shape }) =>
  (d: unknown): Shape =>
    isObject(d) && [d.inputs, d.periods, d.columns].filter((x) => x !== undefined).length > 1 ? 'x' : { ...data, ...extra };

/**
 * The shapes of the scoring functions' arguments, by argument name (`months` for a year's data, `year`
 * for the policy fields a year needs besides `kpi`'s).
 *
 * @example
 * const out: Issue[] = [];
 * checkShape(argumentShapes.catalogue, undefined, ['catalogue'], out);
 * out[0]?.message //=> 'must be MetricDefinition[] (builtInMetrics)'
 */
export const argumentShapes = {
  card: {
    id: 's',
    indicators: [
      {
        metric: 's',
        weightBp: 'n',
        target: 'n',
        method: oneOf<AttainmentMethod>()(['ratio', 'inverse', 'band', 'piecewise']),
        floor: 'n',
        cap: 'n',
        band: maybe({ low: 'n', high: 'n', tolerance: 'n' }),
        piecewise: maybe({ threshold: 'n', stretch: 'n', thresholdAttainment: 'n' }),
      },
    ],
    weightSets: maybe([{ goal: maybe('s'), campaignType: maybe('s'), weights: [{ metric: 's', weightBp: 'n' }] }]),
  },
  catalogue: 'l',
  context: maybe({ goal: maybe('s'), campaignType: maybe('s') }),
  data: scoreData({}),
  months: [scoreData({ weight: maybe('w') })],
  kpi: { bands: [{ rating: 's', min: 'n' }], vetoes: [{ id: 's', capRating: 's' }], notAssessable: oneOf<NotAssessableRule>()(['renormalise', 'zero']) },
  year: { annualRollup: oneOf<AnnualRollupRule>()(['recompute', 'weighted-mean']) },
  options: { decimals: maybe(new Set(Array.from({ length: 16 }, (_, i) => i))), rounding: maybe(new Set(['half-up', 'half-even'])) },
} satisfies { readonly [argument: string]: Shape };

/**
 * Check the arguments of a scoring function by name (`year` is checked at `kpi`).
 *
 * @example
 * argumentIssues({ card: undefined }).map((i) => i.path) //=> [['card']]
 */
export function argumentIssues(args: { readonly [name in keyof typeof argumentShapes]?: unknown }): Issue[] {
  const out: Issue[] = [];
  // The catalogue's entries are checked in full where the card uses them; the others need only an id.
  const card = args.card as Bag | undefined;
  const used = new Set(Array.isArray(card?.indicators) ? card.indicators.map((i: unknown) => (i as Bag | null)?.metric) : []);
  const entry = (m: unknown): Shape => (used.has((m as Bag | null)?.id) ? metricShape : { id: 's' });
  for (const [name, value] of Object.entries(args)) {
    const path = [name === 'year' ? 'kpi' : name];
    checkShape(argumentShapes[name as keyof typeof argumentShapes], value, path, out);
    if (name === 'catalogue' && Array.isArray(value)) checkShape([entry], value, path, out);
  }
  return out;
}
