import { DEFAULT_TIME_ZONE, periodKeyOf, type PeriodKind } from '../core/period.js';
import type { MetricInputs } from './model.js';

/**
 * Group dated rows of inputs into the periods of a cycle (KPI-3: monthly, quarterly, annual), cut in the
 * policy's time zone, so each period can be scored on its own. The result and each row's inputs are
 * objects without prototype, so an input named `constructor` or `__proto__` is an ordinary key.
 *
 * @example
 * inputsByPeriod([{ at: '2026-03-31T17:00:00Z', reads: 5 }], 'month', 'Asia/Shanghai') //=> { '2026-04': [{ reads: 5 }] }
 */
export function inputsByPeriod(
  rows: ReadonlyArray<{ readonly at: Date | string; readonly [input: string]: number | null | undefined | Date | string }>,
  kind: PeriodKind,
  timeZone: string = DEFAULT_TIME_ZONE,
): Record<string, MetricInputs[]> {
  const out: Record<string, MetricInputs[]> = Object.create(null);
  for (const row of rows) {
    const at = row.at;
    const inputs: Record<string, unknown> = Object.create(null);
    for (const k of Object.keys(row)) if (k !== 'at') inputs[k] = row[k];
    const key = periodKeyOf(at instanceof Date ? at : new Date(at), kind, timeZone);
    (out[key] ??= []).push(inputs as MetricInputs);
  }
  return out;
}
