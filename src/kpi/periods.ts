import { DEFAULT_TIME_ZONE, isValidTimeZone, periodKeyOf, type PeriodKind } from '../core/period.js';
import { fail, invalidInput, issue, ok, words, type Result } from '../core/result.js';
import type { MetricInputs } from './model.js';
import { shown } from '../core/text.js';

/**
 * Group dated rows of inputs into the periods of a cycle (KPI-3: monthly, quarterly, annual), cut in the
 * policy's time zone, so each period can be scored on its own. The result and each row's inputs are
 * objects without prototype, so an input named `constructor` or `__proto__` is an ordinary key. Never
 * throws: a row that is not an object or whose `at` is not a valid date or ISO string is
 * `invalid-input` at `rows.i` or `rows.i.at`, an unknown time zone at `timeZone`, an unknown kind at
 * `kind` (KPI-3).
 *
 * @example
 * inputsByPeriod([{ at: '2026-03-31T17:00:00Z', reads: 5 }], 'month', 'Asia/Shanghai') //=> { ok: true, value: { '2026-04': [{ reads: 5 }] } }
 * inputsByPeriod([{ at: 'yesterday', reads: 5 }], 'month').ok //=> false (invalid-input at rows.0.at)
 */
export function inputsByPeriod(
  rows: ReadonlyArray<{ readonly at: Date | string; readonly [input: string]: number | null | undefined | Date | string }>,
  kind: PeriodKind,
  timeZone: string = DEFAULT_TIME_ZONE,
): Result<Record<string, MetricInputs[]>> {
  const bad = (path: Array<string | number>, en: string, zhCN: string, zhTW: string) => fail(invalidInput([issue(path, words(en, zhCN, zhTW), 'KPI-3')], 'KPI-3'));
  if (!Array.isArray(rows)) return bad(['rows'], 'must be an array of dated rows', '须为带日期的行数组', '須為帶日期的列陣列');
  if (!isValidTimeZone(timeZone)) {
    const z = shown(timeZone);
    return bad(['timeZone'], `"${z}" is not an IANA time zone`, `「${z}」不是 IANA 时区`, `「${z}」不是 IANA 時區`);
  }
  const out: Record<string, MetricInputs[]> = Object.create(null);
  for (const [i, row] of rows.entries()) {
    if (typeof row !== 'object' || row === null) return bad(['rows', i], 'must be an object with `at`', '须为含 at 的对象', '須為含 at 的物件');
    const at = Object.hasOwn(row, 'at') ? row.at : undefined;
    const date = at instanceof Date ? at : typeof at === 'string' ? new Date(at) : undefined;
    const key = date ? periodKeyOf(date, kind, timeZone) : undefined;
    if (!key?.ok) {
      if (key && key.error.code === 'invalid-input' && key.error.issues[0]?.path[0] === 'kind') return bad(['kind'], 'must be week, month, quarter or year', '须为 week、month、quarter 或 year', '須為 week、month、quarter 或 year');
      return bad(['rows', i, 'at'], 'must be a valid date or ISO date-time in the years 0000–9999', '须为 0000–9999 年间的有效日期或 ISO 日期时间', '須為 0000–9999 年間的有效日期或 ISO 日期時間');
    }
    const inputs: Record<string, unknown> = Object.create(null);
    for (const k of Object.keys(row)) if (k !== 'at') inputs[k] = row[k];
    (out[key.value] ??= []).push(inputs as MetricInputs);
  }
  return ok(out);
}
