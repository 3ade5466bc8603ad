import type { Labels } from '../core/labels.js';
import { fail, invalidInput, issue, ok, words, type Issue, type Result } from '../core/result.js';
import type { RiskLevel } from '../core/risk-level.js';
import type { PolicyProblem } from '../org/policy.js';

/**
 * One level of a likelihood scale (RSK-2): an id, labels, an optional semi-quantitative value, and
 * optionally the probability (0–1) from which a quantitative assessment reaches this level.
 *
 * @example
 * const l: LikelihoodLevel = { id: 'high', labels: { 'zh-CN': '高', 'zh-TW': '高', en: 'High' }, value: 3, fromProbability: 0.5 };
 */
export interface LikelihoodLevel {
  readonly id: string;
  readonly labels: Labels;
  readonly value?: number | undefined;
  /** A probability at or above this (and below the next level's) is this level. */
  readonly fromProbability?: number | undefined;
}

/**
 * One level of an impact scale (RSK-2): an id, labels, an optional semi-quantitative value, and
 * optionally the money impact in 分 (fen) from which a quantitative assessment reaches this level.
 *
 * @example
 * const l: ImpactLevel = { id: 'high', labels: { 'zh-CN': '高', 'zh-TW': '高', en: 'High' }, value: 3, fromFen: 100_000_000 };
 */
export interface ImpactLevel {
  readonly id: string;
  readonly labels: Labels;
  readonly value?: number | undefined;
  /** An impact at or above this many 分 (and below the next level's) is this level. */
  readonly fromFen?: number | undefined;
}

/**
 * One grade a matrix gives (RSK-3), lowest first in its list, with the policy's three-level grade it
 * counts as (high/medium/low), which picks the response (RSK-4).
 *
 * @example
 * const g: MatrixGrade = { id: 'very-high', labels: { 'zh-CN': '极高', 'zh-TW': '極高', en: 'Very high' }, value: 10, level: 'high' };
 */
export interface MatrixGrade {
  readonly id: string;
  readonly labels: Labels;
  readonly value?: number | undefined;
  readonly level: RiskLevel;
}

/**
 * A risk matrix (RSK-2, RSK-3): likelihood and impact levels (each lowest first), the grades (lowest
 * first), one cell per likelihood × impact, and the cells explicitly allowed to grade lower than a
 * neighbour with a lower likelihood or impact (none, normally).
 *
 * @example
 * const m: RiskMatrix = defaultRiskMatrix;
 */
export interface RiskMatrix {
  readonly id: string;
  readonly labels: Labels;
  readonly likelihood: readonly LikelihoodLevel[];
  readonly impact: readonly ImpactLevel[];
  readonly grades: readonly MatrixGrade[];
  readonly cells: ReadonlyArray<{ readonly likelihood: string; readonly impact: string; readonly grade: string }>;
  readonly exceptions?: ReadonlyArray<{ readonly likelihood: string; readonly impact: string; readonly reason: string }> | undefined;
  /** Where the matrix comes from: a standard's table, or `default`. */
  readonly source?: string | undefined;
}

/**
 * A graded risk: the likelihood and impact levels, the matrix grade, and the three-level grade it
 * counts as.
 *
 * @example
 * const g: RiskGrading = { likelihood: 'high', impact: 'medium', grade: 'high', level: 'high' };
 */
export interface RiskGrading {
  readonly likelihood: string;
  readonly impact: string;
  readonly grade: string;
  readonly level: RiskLevel;
}

const RULE = 'RSK-3';
const key = (likelihood: string, impact: string) => `${likelihood}\u0000${impact}`;

// Grading is a lookup; the index is built once per matrix object.
const indexes = new WeakMap<RiskMatrix, Map<string, MatrixGrade>>();
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const levels = (v: unknown) => Array.isArray(v) && v.every((l) => isObject(l) && typeof l['id'] === 'string');
const readable = new WeakSet<object>();

// A hand-built matrix without the parts grading reads is `invalid-input` at `matrix`, not a crash; a
// matrix once found whole is remembered (policies hand the same object to every call).
function matrixRefused(matrix: unknown): Result<never> | undefined {
  if (isObject(matrix) && readable.has(matrix)) return undefined;
  const whole =
    isObject(matrix) &&
    typeof matrix['id'] === 'string' &&
    levels(matrix['likelihood']) &&
    levels(matrix['impact']) &&
    levels(matrix['grades']) &&
    Array.isArray(matrix['cells']) &&
    (matrix['cells'] as unknown[]).every(isObject);
  if (whole) {
    readable.add(matrix);
    return undefined;
  }
  return fail(invalidInput([issue(['matrix'], words('must be a risk matrix as the policy holds it', '须为制度中的风险矩阵', '須為制度中的風險矩陣'), 'RSK-3')], 'RSK-3'));
}

function indexOf(matrix: RiskMatrix): Map<string, MatrixGrade> {
  let index = indexes.get(matrix);
  // Stryker disable next-line ConditionalExpression: rebuilding the index on every call grades the same; the cache only saves time
  if (!index) {
    index = new Map();
    const grades = new Map(matrix.grades.map((g) => [g.id, g]));
    for (const c of matrix.cells) {
      const g = grades.get(c.grade);
      if (g && !index.has(key(c.likelihood, c.impact))) index.set(key(c.likelihood, c.impact), g);
    }
    indexes.set(matrix, index);
  }
  return index;
}

/**
 * Grade a risk by its likelihood and impact levels on `matrix` (RSK-2, RSK-3): the grade of that cell
 * and the high/medium/low level it counts as. Pure; no zod, no XState. An unknown level, or a cell the
 * matrix lacks, is an `invalid-input` naming the field.
 *
 * @example
 * gradeRisk('high', 'medium', defaultRiskMatrix) //=> { ok: true, value: { likelihood: 'high', impact: 'medium', grade: 'high', level: 'high' } }
 * gradeRisk('moderate', 'high', nistRiskMatrix).value.grade //=> 'moderate'
 */
export function gradeRisk(likelihood: string, impact: string, matrix: RiskMatrix): Result<RiskGrading> {
  const refused = matrixRefused(matrix);
  if (refused) return refused;
  const issues: Issue[] = [];
  // Only strings are quoted: anything else may not even convert to one.
  if (typeof likelihood !== 'string') issues.push(issue(['likelihood'], words('must be a likelihood level id', '须为可能性等级 id', '須為可能性等級 id'), 'RSK-2'));
  if (typeof impact !== 'string') issues.push(issue(['impact'], words('must be an impact level id', '须为影响程度等级 id', '須為影響程度等級 id'), 'RSK-2'));
  if (issues.length > 0) return fail(invalidInput(issues, 'RSK-2'));
  if (!matrix.likelihood.some((l) => l.id === likelihood)) {
    issues.push(issue(['likelihood'], words(`unknown likelihood level "${likelihood}" in matrix ${matrix.id}`, `风险矩阵 ${matrix.id} 中没有可能性等级「${likelihood}」`, `風險矩陣 ${matrix.id} 中沒有可能性等級「${likelihood}」`), 'RSK-2'));
  }
  if (!matrix.impact.some((l) => l.id === impact)) {
    issues.push(issue(['impact'], words(`unknown impact level "${impact}" in matrix ${matrix.id}`, `风险矩阵 ${matrix.id} 中没有影响程度等级「${impact}」`, `風險矩陣 ${matrix.id} 中沒有影響程度等級「${impact}」`), 'RSK-2'));
  }
  if (issues.length > 0) return fail(invalidInput(issues, 'RSK-2'));
  const grade = indexOf(matrix).get(key(likelihood, impact));
  if (!grade) {
    return fail(invalidInput([issue(['impact'], words(`matrix ${matrix.id} has no cell for ${likelihood} × ${impact}`, `风险矩阵 ${matrix.id} 缺少 ${likelihood} × ${impact} 的格子`, `風險矩陣 ${matrix.id} 缺少 ${likelihood} × ${impact} 的格子`), RULE)], RULE));
  }
  return ok({ likelihood, impact, grade: grade.id, level: grade.level });
}

/**
 * The likelihood level a probability (0–1) falls in, by the matrix's `fromProbability` thresholds
 * (RSK-2, quantitative). Refused when the probability is not a number in [0, 1] or the scale has no
 * thresholds.
 *
 * @example
 * likelihoodForProbability(0.3, defaultRiskMatrix) //=> { ok: true, value: 'medium' }
 */
export function likelihoodForProbability(probability: number, matrix: RiskMatrix): Result<string> {
  const refused = matrixRefused(matrix);
  if (refused) return refused;
  if (typeof probability !== 'number' || !Number.isFinite(probability) || probability < 0 || probability > 1) {
    return fail(invalidInput([issue(['probability'], words('must be a probability between 0 and 1', '须为 0 到 1 之间的概率', '須為 0 到 1 之間的機率'), 'RSK-2')], 'RSK-2'));
  }
  return levelFor(matrix.likelihood, (l) => l.fromProbability, probability, 'probability', matrix.id);
}

/**
 * The impact level a money impact in 分 falls in, by the matrix's `fromFen` thresholds (RSK-2,
 * quantitative). Refused when the amount is not a whole, non-negative, safe number of 分 or the scale
 * has no thresholds.
 *
 * @example
 * impactForFen(50_000_000, defaultRiskMatrix) //=> { ok: true, value: 'medium' }
 */
export function impactForFen(fen: number, matrix: RiskMatrix): Result<string> {
  const refused = matrixRefused(matrix);
  if (refused) return refused;
  if (!Number.isSafeInteger(fen) || fen < 0) {
    return fail(invalidInput([issue(['impactFen'], words('must be a whole, non-negative amount of 分 (fen)', '须为非负整数金额（分）', '須為非負整數金額（分）'), 'RSK-2')], 'RSK-2'));
  }
  return levelFor(matrix.impact, (l) => l.fromFen, fen, 'impactFen', matrix.id);
}

function levelFor<L extends { readonly id: string }>(levels: readonly L[], from: (l: L) => number | undefined, x: number, field: string, matrix: string): Result<string> {
  let found: string | undefined;
  for (const l of levels) {
    const t = from(l);
    if (t === undefined) {
      return fail(invalidInput([issue([field], words(`matrix ${matrix} has no quantitative thresholds for ${field}; assess by level`, `风险矩阵 ${matrix} 未设定定量阈值，请按等级评估`, `風險矩陣 ${matrix} 未設定定量閾值，請按等級評估`), 'RSK-2')], 'RSK-2'));
    }
    if (x >= t) found = l.id;
  }
  return found === undefined
    ? fail(invalidInput([issue([field], words(`below the lowest threshold of matrix ${matrix}`, `低于风险矩阵 ${matrix} 的最低阈值`, `低於風險矩陣 ${matrix} 的最低閾值`), 'RSK-2')], 'RSK-2'))
    : ok(found);
}

/**
 * Grade a risk from a probability (0–1) and a money impact in 分 (RSK-2: 定量), through the matrix's
 * thresholds and then its cells.
 *
 * @example
 * gradeQuantitative({ probability: 0.6, impactFen: 150_000_000 }, defaultRiskMatrix) //=> { ok: true, value: { likelihood: 'high', impact: 'high', grade: 'high', level: 'high' } }
 */
export function gradeQuantitative(input: { readonly probability: number; readonly impactFen: number }, matrix: RiskMatrix): Result<RiskGrading> {
  if (!isObject(input)) return fail(invalidInput([issue(['input'], words('must be { probability, impactFen }', '须为 { probability, impactFen }', '須為 { probability, impactFen }'), 'RSK-2')], 'RSK-2'));
  const refused = matrixRefused(matrix);
  if (refused) return refused;
  const l = likelihoodForProbability(input.probability, matrix);
  const i = impactForFen(input.impactFen, matrix);
  if (!l.ok || !i.ok) {
    // Stryker disable next-line ConditionalExpression: both lookups fail only with invalid-input, so the code test never drops an issue
    const issues = [...(l.ok || l.error.code !== 'invalid-input' ? [] : l.error.issues), ...(i.ok || i.error.code !== 'invalid-input' ? [] : i.error.issues)];
    return fail(invalidInput(issues, 'RSK-2'));
  }
  return gradeRisk(l.value, i.value, matrix);
}

/**
 * Where a grade stands in the matrix's order (0 = lowest), or -1 when the matrix has no such grade.
 *
 * @example
 * gradeRank(nistRiskMatrix, 'very-high') //=> 4
 */
export function gradeRank(matrix: RiskMatrix, grade: string): number {
  return matrix.grades.findIndex((g) => g.id === grade);
}

const dupes = (ids: readonly string[]) => ids.flatMap((id, i) => (ids.indexOf(id) !== i ? [i] : []));

/**
 * Every problem of a matrix (RSK-3), each with its path relative to the matrix: duplicate level or grade
 * ids; cells that name unknown levels or grades or repeat a likelihood × impact; missing cells (the grid
 * must be complete); a cell graded lower than the cell one likelihood or one impact level below it, unless
 * `exceptions` allows that cell explicitly; thresholds that do not start at 0 or do not rise. An empty list
 * means the matrix is usable.
 *
 * @example
 * matrixProblems(defaultRiskMatrix) //=> []
 * matrixProblems({ ...defaultRiskMatrix, cells: defaultRiskMatrix.cells.slice(1) }).length //=> 1
 */
export function matrixProblems(matrix: RiskMatrix): PolicyProblem[] {
  const out: PolicyProblem[] = [];
  const add = (path: Array<string | number>, en: string, zhCN: string, zhTW: string) => out.push({ path, message: en, messages: words(en, zhCN, zhTW), rule: RULE });
  const lIds = matrix.likelihood.map((l) => l.id);
  const iIds = matrix.impact.map((l) => l.id);
  const gIds = matrix.grades.map((g) => g.id);
  for (const i of dupes(lIds)) add(['likelihood', i, 'id'], `duplicate likelihood level "${lIds[i]}"`, `可能性等级「${lIds[i]}」重复`, `可能性等級「${lIds[i]}」重複`);
  for (const i of dupes(iIds)) add(['impact', i, 'id'], `duplicate impact level "${iIds[i]}"`, `影响程度等级「${iIds[i]}」重复`, `影響程度等級「${iIds[i]}」重複`);
  for (const i of dupes(gIds)) add(['grades', i, 'id'], `duplicate grade "${gIds[i]}"`, `风险等级「${gIds[i]}」重复`, `風險等級「${gIds[i]}」重複`);

  const cell = new Map<string, number>();
  matrix.cells.forEach((c, n) => {
    let known = true;
    if (!lIds.includes(c.likelihood)) {
      known = false;
      add(['cells', n, 'likelihood'], `unknown likelihood level "${c.likelihood}"`, `未知的可能性等级「${c.likelihood}」`, `未知的可能性等級「${c.likelihood}」`);
    }
    if (!iIds.includes(c.impact)) {
      known = false;
      add(['cells', n, 'impact'], `unknown impact level "${c.impact}"`, `未知的影响程度等级「${c.impact}」`, `未知的影響程度等級「${c.impact}」`);
    }
    if (!gIds.includes(c.grade)) {
      known = false;
      add(['cells', n, 'grade'], `unknown grade "${c.grade}"`, `未知的风险等级「${c.grade}」`, `未知的風險等級「${c.grade}」`);
    }
    if (cell.has(key(c.likelihood, c.impact))) {
      add(['cells', n], `${c.likelihood} × ${c.impact} is graded twice`, `${c.likelihood} × ${c.impact} 重复定级`, `${c.likelihood} × ${c.impact} 重複定級`);
    } else if (known) cell.set(key(c.likelihood, c.impact), gIds.indexOf(c.grade));
  });
  for (const l of new Set(lIds)) {
    for (const i of new Set(iIds)) {
      if (!cell.has(key(l, i))) add(['cells'], `no cell grades ${l} × ${i}: the grid must be complete`, `缺少 ${l} × ${i} 的定级，矩阵须完整`, `缺少 ${l} × ${i} 的定級，矩陣須完整`);
    }
  }
  const exceptions = matrix.exceptions ?? [];
  exceptions.forEach((e, n) => {
    if (!lIds.includes(e.likelihood)) add(['exceptions', n, 'likelihood'], `unknown likelihood level "${e.likelihood}"`, `未知的可能性等级「${e.likelihood}」`, `未知的可能性等級「${e.likelihood}」`);
    if (!iIds.includes(e.impact)) add(['exceptions', n, 'impact'], `unknown impact level "${e.impact}"`, `未知的影响程度等级「${e.impact}」`, `未知的影響程度等級「${e.impact}」`);
  });
  const excepted = new Set(exceptions.map((e) => key(e.likelihood, e.impact)));
  // Monotone: one step up in likelihood or in impact never lowers the grade, unless the cell is excepted.
  // A duplicate level is reported above and counted once here.
  const ls = [...new Set(lIds)];
  const is = [...new Set(iIds)];
  ls.forEach((l, a) =>
    is.forEach((i, b) => {
      const here = cell.get(key(l, i));
      if (here === undefined || excepted.has(key(l, i))) return;
      // Stryker disable next-line ConditionalExpression,EqualityOperator: the level before the first is undefined and has no cell, so it is skipped either way
      const below = [a > 0 ? [ls[a - 1]!, i, 'likelihood'] : undefined, b > 0 ? [l, is[b - 1]!, 'impact'] : undefined];
      for (const d of below) {
        if (!d) continue;
        const lower = cell.get(key(d[0]!, d[1]!));
        if (lower !== undefined && here < lower) {
          add(
            ['cells'],
            `${l} × ${i} grades ${gIds[here]}, lower than ${d[0]} × ${d[1]} (${gIds[lower]}): a higher ${d[2]} never lowers the grade unless exceptions allow it`,
            `${l} × ${i} 定为 ${gIds[here]}，低于 ${d[0]} × ${d[1]}（${gIds[lower]}）：可能性或影响越高，等级不得越低（除非在 exceptions 中明确允许）`,
            `${l} × ${i} 定為 ${gIds[here]}，低於 ${d[0]} × ${d[1]}（${gIds[lower]}）：可能性或影響越高，等級不得越低（除非在 exceptions 中明確允許）`,
          );
        }
      }
    }),
  );
  thresholdProblems(matrix.likelihood.map((l) => l.fromProbability), 'likelihood', 'fromProbability', add);
  thresholdProblems(matrix.impact.map((l) => l.fromFen), 'impact', 'fromFen', add);
  return out;
}

function thresholdProblems(values: ReadonlyArray<number | undefined>, scale: string, field: string, add: (path: Array<string | number>, en: string, zhCN: string, zhTW: string) => void): void {
  const given = values.filter((v) => v !== undefined).length;
  if (given === 0) return;
  if (given !== values.length) {
    values.forEach((v, i) => {
      if (v === undefined) add([scale, i, field], `every ${scale} level needs ${field} once one has it`, `设定了定量阈值时，每个等级都须设定 ${field}`, `設定了定量閾值時，每個等級都須設定 ${field}`);
    });
    return;
  }
  if (values[0] !== 0) add([scale, 0, field], `the lowest ${scale} level starts at 0`, `最低等级的阈值须从 0 开始`, `最低等級的閾值須從 0 開始`);
  for (let i = 1; i < values.length; i++) {
    if (values[i]! <= values[i - 1]!) add([scale, i, field], `${field} must rise from one level to the next`, `${field} 须逐级递增`, `${field} 須逐級遞增`);
  }
}
