import { DEFAULT_TIME_ZONE, periodKeyOf, type PeriodKind } from '../core/period.js';
import type { MetricInputs } from './compute.js';

/**
 * Group dated rows of inputs into the periods of a cycle (KPI-3: monthly, quarterly, annual), cut in the
 * policy's time zone, so each period can be scored on its own.
 *
 * @example
 * inputsByPeriod([{ at: '2026-03-31T17:00:00Z', reads: 5 }], 'month', 'Asia/Shanghai') //=> { '2026-04': [{ reads: 5 }] }
 */
export function inputsByPeriod(
  rows: ReadonlyArray<{ readonly at: Date | string; readonly [input: string]: number | null | undefined | Date | string }>,
  kind: PeriodKind,
  timeZone: string = DEFAULT_TIME_ZONE,
): Record<string, MetricInputs[]> {
  const out: Record<string, MetricInputs[]> = {};
  for (const { at, ...inputs } of rows) {
    const key = periodKeyOf(at instanceof Date ? at : new Date(at), kind, timeZone);
    (out[key] ??= []).push(inputs as MetricInputs);
  }
  return out;
}
