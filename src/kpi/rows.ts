// The data a scorecard is scored on, read with the place each value came from: one period's `inputs`,
// rows (`periods` or `columns`), and `observations` of averaged metrics (each rater's rating, each
// keyword's position). Internal to the KPI domain (not re-exported by its index): the scorecard checks
// and rolls the data up through it, so that every refusal names the value's path.
import { issue, words, type Issue } from '../core/result.js';
import { actualOver, lastRow, meanInputs, type MetricValue } from './compute.js';
import { metricInputs } from './formula.js';
import type { MetricColumns, MetricDefinition, MetricInputs, MetricRows } from './model.js';

type Path = ReadonlyArray<string | number>;

/**
 * Rows of inputs with where they came from: `inputs` is one row, `periods` a list of rows, `columns`
 * one array per input.
 *
 * @example
 * const part: Part = { rows: [{ sales: 1 }], path: ['data', 'inputs'], kind: 'inputs' };
 */
export interface Part {
  readonly rows: MetricRows;
  readonly path: Path;
  readonly kind: 'inputs' | 'periods' | 'columns';
}

/**
 * One period's data (one `ScoreData`, or one month of a year): its rows, and the observations of its
 * averaged metrics by metric id (own properties only).
 *
 * @example
 * const s: Source = { parts: [], observations: { teamwork: [4, 5] }, path: ['data'] };
 */
export interface Source {
  readonly parts: readonly Part[];
  readonly observations?: { readonly [metric: string]: readonly number[] } | undefined;
  readonly path: Path;
}

/**
 * The source of one `ScoreData` whose arguments have been checked, with paths from `base`.
 *
 * @example
 * sourceOf({ inputs: { sales: 1 } }, ['data']).parts[0]?.path //=> ['data', 'inputs']
 */
export function sourceOf(
  data: { readonly inputs?: MetricInputs | undefined; readonly periods?: readonly MetricInputs[] | undefined; readonly columns?: MetricColumns | undefined; readonly observations?: Source['observations'] },
  base: Path,
): Source {
  const parts: Part[] = data.periods
    ? [{ rows: data.periods, path: [...base, 'periods'], kind: 'periods' }]
    : data.columns
      ? [{ rows: data.columns, path: [...base, 'columns'], kind: 'columns' }]
      : data.inputs
        ? [{ rows: [data.inputs], path: [...base, 'inputs'], kind: 'inputs' }]
        : [];
  return { parts, observations: data.observations, path: base };
}

/**
 * The path of row `i`'s value of `input` in a part.
 *
 * @example
 * cellPath({ rows: [], path: ['data', 'periods'], kind: 'periods' }, 3, 'sales') //=> ['data', 'periods', 3, 'sales']
 */
export function cellPath(part: Part, i: number, input: string): Path {
  return part.kind === 'inputs' ? [...part.path, input] : part.kind === 'periods' ? [...part.path, i, input] : [...part.path, 'columns', input, i];
}

// A row's value of an input: absent (`undefined`: missing, null, inherited, or a NaN cell of a column),
// or what the row holds.
function cell(part: Part, i: number, input: string): unknown {
  if (part.kind !== 'columns') {
    const row: unknown = (part.rows as readonly unknown[])[i];
    if (typeof row !== 'object' || row === null || !Object.hasOwn(row, input)) return undefined;
    const v: unknown = (row as Record<string, unknown>)[input];
    return v ?? undefined;
  }
  const { columns } = part.rows as MetricColumns;
  const v: unknown = Object.hasOwn(columns, input) ? columns[input]?.[i] : undefined;
  return v === v ? (v ?? undefined) : undefined;
}

// A rated metric or a position is its one input, unscaled: its values are that input's.
const isSingle = (def: MetricDefinition): boolean => def.formula.kind === 'sum' && def.formula.terms.length === 1 && (def.formula.terms[0]!.coefficient ?? 1) === 1;

// How many rows of a part can hold a value of `input`: a column holds none past its own length, however
// long the part says it is (a declared length of 2³¹ with a short column must not cost 2³¹ reads).
function span(part: Part, input: string): number {
  if (part.kind !== 'columns') return part.rows.length;
  const { columns } = part.rows as MetricColumns;
  const column = Object.hasOwn(columns, input) ? columns[input] : undefined;
  return Math.min(part.rows.length, column?.length ?? 0);
}

const observed = (s: Source, metric: string): readonly number[] | undefined =>
  s.observations && Object.hasOwn(s.observations, metric) ? s.observations[metric] : undefined;

// What one value of an averaged metric must be: a finite number, on the scale of a rated metric, and a
// position from 1 down for a ranking (positions are 1-based; Search Console reports averages such as
// 3.4, so a position need not be whole).
function valueIssue(def: MetricDefinition, v: unknown, path: Path, ofMetric: boolean): Issue | undefined {
  if (!(typeof v === 'number' && v - v === 0)) return issue(path, words('must be a finite number', '须为有限数值', '須為有限數值'), 'KPI-1');
  // A row holds inputs: they are the metric's values only where the metric is its one input.
  if (!ofMetric && !isSingle(def)) return undefined;
  if (def.rating && !(v >= def.rating.min && v <= def.rating.max)) {
    const { min, max } = def.rating;
    return issue(path, words(`must be a rating from ${min} to ${max} ("${def.id}")`, `须为 ${min} 至 ${max} 的评分（“${def.id}”）`, `須為 ${min} 至 ${max} 的評分（「${def.id}」）`), 'KPI-1');
  }
  if (def.unit === 'rank' && !(v >= 1)) return issue(path, words(`must be a position of 1 or more ("${def.id}", 1 = top)`, `须为不小于 1 的名次（“${def.id}”，1 为第一）`, `須為不小於 1 的名次（「${def.id}」，1 為第一）`), 'KPI-1');
  return undefined;
}

/**
 * Every problem in the data of a scorecard's indicators (KPI-1, KPI-3), with the value's path:
 *
 * - an averaged metric's value (a rating, a position), in a row or in `observations`, that is not a
 *   finite number, lies off a rated metric's scale, or is a position below 1;
 * - `observations` of a metric that is not an averaged indicator of the card, or given for a metric
 *   whose rows carry its input too (one place per period, so the mean is unambiguous);
 * - an input the card sums that some rows report and another lacks, or holds as something other than a
 *   finite number: a partial period is refused, not summed and not left out (a row holding only a rating
 *   would otherwise void every summed indicator and score the card on the rating alone); an input no row
 *   reports leaves its indicators not assessable, as the policy says;
 * - an input read from the latest period that the last row lacks while an earlier row reports it.
 *
 * `totals` are the summed inputs (`null` where a total is missing): rows are only read again where a
 * total is missing, so valid data costs no second pass.
 *
 * @example
 * dataIssues([metricById('sales')!], [sourceOf({ periods: [{ sales: 5 }, { teamworkRating: 4 }] }, ['data'])], { sales: null }).map((i) => i.path.join('.'))
 * //=> ['data.periods.1.sales']
 */
export function dataIssues(defs: readonly MetricDefinition[], sources: readonly Source[], totals: { readonly [input: string]: number | null }): Issue[] {
  const out: Issue[] = [];
  const averaged = defs.filter((d) => d.aggregation === 'average');
  const averagedInputs = new Set(averaged.flatMap(metricInputs));
  for (const s of sources) {
    for (const metric of s.observations ? Object.keys(s.observations) : []) {
      const def = averaged.find((d) => d.id === metric);
      const at = [...s.path, 'observations', metric];
      if (!def) {
        out.push(issue(at, words(`"${metric}" is not an averaged indicator of this scorecard (a rating or a position)`, `“${metric}”不是本考核表取平均的指标（评分或名次）`, `「${metric}」不是本考核表取平均的指標（評分或名次）`), 'KPI-1'));
        continue;
      }
      observed(s, metric)!.forEach((v, j) => {
        const bad = valueIssue(def, v, [...at, j], true);
        if (bad) out.push(bad);
      });
      const both = firstCell(s.parts, metricInputs(def), (v) => v !== undefined);
      if (both) out.push(issue(both, words(`"${metric}" is given in observations too: give its values in rows or in observations, not both`, `“${metric}”已在 observations 中给出：取值只能在行中或 observations 中给出其一`, `「${metric}」已在 observations 中給出：取值只能在行中或 observations 中給出其一`), 'KPI-1'));
    }
  }
  for (const def of averaged) {
    for (const s of sources) {
      if (observed(s, def.id)) continue;
      for (const part of s.parts) {
        for (const input of metricInputs(def)) {
          for (let i = 0; i < span(part, input); i++) {
            const v = cell(part, i, input);
            const bad = v === undefined ? undefined : valueIssue(def, v, cellPath(part, i, input), false);
            if (bad) out.push(bad);
          }
        }
      }
    }
  }
  const parts = sources.flatMap((s) => s.parts);
  const summed = [...new Set(defs.flatMap((d) => (d.aggregation === 'recompute' ? metricInputs(d) : [])))];
  for (const input of summed) {
    if (totals[input] !== null) continue;
    const notFinite = firstCell(parts, [input], (v) => v !== undefined && !(typeof v === 'number' && v - v === 0));
    if (notFinite) out.push(issue(notFinite, words('must be a finite number', '须为有限数值', '須為有限數值'), 'KPI-1'));
    else if (firstCell(parts, [input], (v) => v !== undefined)) out.push(...partial(parts, input, averagedInputs));
  }
  // The latest period must report what an earlier one does: it is the value the card reads.
  const lastPart = [...parts].reverse().find((p) => p.rows.length > 0);
  for (const input of new Set(defs.flatMap((d) => (d.aggregation === 'last' ? metricInputs(d) : [])))) {
    if (!lastPart) break;
    const i = lastPart.rows.length - 1;
    const v = cell(lastPart, i, input);
    if (v !== undefined && !(typeof v === 'number' && v - v === 0)) out.push(issue(cellPath(lastPart, i, input), words('must be a finite number', '须为有限数值', '須為有限數值'), 'KPI-1'));
    else if (v === undefined && firstCell(parts, [input], (x) => x !== undefined)) {
      out.push(issue(cellPath(lastPart, i, input), words('is missing from the latest period, which earlier periods report', '最近一期缺少该输入，而此前各期均有报告', '最近一期缺少該輸入，而此前各期均有報告'), 'KPI-3'));
    }
  }
  return out;
}

// The path of the first value of the inputs, over the parts, that `test` accepts.
function firstCell(parts: readonly Part[], inputs: readonly string[], test: (v: unknown) => boolean): Path | undefined {
  for (const part of parts) for (const input of inputs) for (let i = 0, n = span(part, input); i < n; i++) if (test(cell(part, i, input))) return cellPath(part, i, input);
  return undefined;
}

// The first row lacking a summed input that other rows report. A row that holds an averaged input (a
// rating, a position) is most likely one rating among several: say where those go.
function partial(parts: readonly Part[], input: string, averagedInputs: ReadonlySet<string>): Issue[] {
  for (const part of parts) {
    for (let i = 0; i < part.rows.length; i++) {
      if (cell(part, i, input) !== undefined) continue;
      const rated = [...averagedInputs].some((a) => cell(part, i, a) !== undefined);
      const hint = rated
        ? words('; several ratings or positions of one period go in observations', '；同一期的多个评分或名次请放在 observations 中', '；同一期的多個評分或名次請放在 observations 中')
        : words('', '', '');
      return [issue(
        cellPath(part, i, input),
        words(
          `is missing from this row while other rows report it: a partial period is not summed${hint.en}`,
          `本行缺少该输入而其他行均有报告：不完整的期间不予汇总${hint['zh-CN']}`,
          `本行缺少該輸入而其他行均有報告：不完整的期間不予彙總${hint['zh-TW']}`,
        ),
        'KPI-3',
      )];
    }
  }
  return [];
}

/**
 * An averaged metric's value over several periods' sources (KPI-3), and the inputs it shows: each
 * period's value is the mean of its observations, or of its rows' values; the value over several periods
 * is the mean of the periods' values (a month with nine raters weighs what a month with one does).
 * Periods without a value are left out; `null` with `missing-input` when none has one.
 *
 * @example
 * averagedOver(metricById('teamwork')!, [{ parts: [], observations: { teamwork: [2] }, path: [] }, { parts: [], observations: { teamwork: [5, 5, 5] }, path: [] }]).actual
 * //=> { value: 3.5 }
 */
export function averagedOver(def: MetricDefinition, sources: readonly Source[]): { actual: MetricValue; inputs: Record<string, number | null> } {
  const names = metricInputs(def);
  const single = isSingle(def);
  const values: number[] = [];
  const shown = names.map(() => [] as number[]);
  for (const s of sources) {
    const obs = observed(s, def.id);
    let v: number | null;
    let inputs: Record<string, number | null>;
    if (obs) {
      v = obs.length > 0 ? obs.reduce((a, b) => a + b, 0) / obs.length : null;
      inputs = Object.fromEntries(names.map((n) => [n, single ? v : null]));
    } else {
      const rows = s.parts.map((p) => p.rows);
      v = actualOver(def, rows, {}, lastRow(rows, names)).value;
      inputs = meanInputs(rows, names);
    }
    if (v === null || !Number.isFinite(v)) continue;
    values.push(v);
    names.forEach((n, j) => {
      const x = inputs[n];
      if (typeof x === 'number') shown[j]!.push(x);
    });
  }
  const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const out: Record<string, number | null> = Object.create(null);
  names.forEach((n, j) => (out[n] = shown[j]!.length > 0 && Number.isFinite(mean(shown[j]!)) ? mean(shown[j]!) : null));
  if (values.length === 0) return { actual: { value: null, reason: 'missing-input' }, inputs: out };
  const m = mean(values);
  return { actual: Number.isFinite(m) ? { value: m } : { value: null, reason: 'not-finite' }, inputs: out };
}

/**
 * The rows of a source list, in order, for summing. Internal.
 *
 * @example
 * rowsOf([sourceOf({ inputs: { a: 1 } }, ['data'])]) //=> [[{ a: 1 }]]
 */
export function rowsOf(sources: readonly Source[]): MetricRows[] {
  return sources.flatMap((s) => s.parts.map((p) => p.rows));
}
