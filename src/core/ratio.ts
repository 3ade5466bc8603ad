/**
 * Why a ratio has no value.
 * - `zero-denominator`: the denominator was 0 (for example CTR with no impressions).
 * - `missing-input`: an input was `null`/`undefined`.
 * - `not-finite`: an input was `NaN` or ±Infinity.
 *
 * @example
 * const reason: RatioReason = 'zero-denominator';
 */
export type RatioReason = 'zero-denominator' | 'missing-input' | 'not-finite';

/** Labels for each {@link RatioReason}, in zh-CN, zh-TW and en.
 * @example ratioReasonLabels['zero-denominator']['zh-CN'] //=> '分母为零' */
export const ratioReasonLabels = {
  'zero-denominator': { 'zh-CN': '分母为零', 'zh-TW': '分母為零', en: 'Zero denominator' },
  'missing-input': { 'zh-CN': '缺少输入', 'zh-TW': '缺少輸入', en: 'Missing input' },
  'not-finite': { 'zh-CN': '输入不是有限数', 'zh-TW': '輸入不是有限數', en: 'Input is not a finite number' },
} as const;

/**
 * A number, or `null` with the reason it could not be computed. Never `NaN` or `Infinity`.
 *
 * @example
 * const r: Ratio = { value: 0.025 };
 * const none: Ratio = { value: null, reason: 'zero-denominator' };
 */
export type Ratio =
  | { readonly value: number; readonly reason?: undefined }
  | { readonly value: null; readonly reason: RatioReason };

/**
 * Divide `numerator` by `denominator`, returning `null` with a reason instead of `NaN`/`Infinity`.
 *
 * @example
 * ratio(30, 1200) //=> { value: 0.025 }
 * ratio(5, 0) //=> { value: null, reason: 'zero-denominator' }
 * ratio(undefined, 10) //=> { value: null, reason: 'missing-input' }
 */
export function ratio(numerator: number | null | undefined, denominator: number | null | undefined): Ratio {
  if (numerator === null || numerator === undefined || denominator === null || denominator === undefined) {
    return { value: null, reason: 'missing-input' };
  }
  if (!Number.isFinite(numerator) || !Number.isFinite(denominator)) return { value: null, reason: 'not-finite' };
  if (denominator === 0) return { value: null, reason: 'zero-denominator' };
  const value = numerator / denominator;
  // Two finite numbers can still overflow (1e308 / 1e-308).
  if (!Number.isFinite(value)) return { value: null, reason: 'not-finite' };
  return { value: value === 0 ? 0 : value };
}

/**
 * A ratio over several periods or items: the sum of numerators over the sum of denominators, never an
 * average of the individual ratios.
 *
 * @example
 * ratioOfSums([{ numerator: 1, denominator: 10 }, { numerator: 9, denominator: 10 }]) //=> { value: 0.5 }
 * ratioOfSums([]) //=> { value: null, reason: 'zero-denominator' }
 */
export function ratioOfSums(
  parts: ReadonlyArray<{ readonly numerator: number | null | undefined; readonly denominator: number | null | undefined }>,
): Ratio {
  let n = 0;
  let d = 0;
  for (const p of parts) {
    if (p.numerator === null || p.numerator === undefined || p.denominator === null || p.denominator === undefined) {
      return { value: null, reason: 'missing-input' };
    }
    n += p.numerator;
    d += p.denominator;
  }
  return ratio(n, d);
}
