/**
 * How a value exactly halfway between two results is rounded.
 * - `half-up`: halves go away from zero (2.5 → 3, −2.5 → −3), the commercial 四舍五入; the default.
 * - `half-even`: halves go to the even neighbour (2.5 → 2, 3.5 → 4), banker's rounding, unbiased over many sums.
 *
 * @example
 * const mode: RoundingMode = 'half-even';
 */
export type RoundingMode = 'half-up' | 'half-even';

/** Labels for each {@link RoundingMode}, in zh-CN, zh-TW and en.
 * @example roundingModeLabels['half-up'].en //=> 'Round half up' */
export const roundingModeLabels = {
  'half-up': { 'zh-CN': '四舍五入', 'zh-TW': '四捨五入', en: 'Round half up' },
  'half-even': { 'zh-CN': '银行家舍入（四舍六入五成双）', 'zh-TW': '銀行家捨入（四捨六入五成雙）', en: 'Round half to even' },
} as const;

/**
 * Divide two integers exactly and round the quotient once, with the given mode. Uses `bigint`, so it is
 * exact for any size of money amount.
 *
 * @example
 * divideRounded(5n, 2n) //=> 3n
 * divideRounded(5n, 2n, 'half-even') //=> 2n
 * divideRounded(-5n, 2n) //=> -3n
 */
export function divideRounded(numerator: bigint, denominator: bigint, mode: RoundingMode = 'half-up'): bigint {
  if (denominator === 0n) throw new RangeError('divideRounded: zero denominator');
  if (denominator < 0n) return divideRounded(-numerator, -denominator, mode);
  const negative = numerator < 0n;
  const n = negative ? -numerator : numerator;
  const q = n / denominator;
  const r = n % denominator;
  const twice = r * 2n;
  let out = q;
  if (twice > denominator || (twice === denominator && (mode === 'half-up' || q % 2n === 1n))) out = q + 1n;
  return negative ? -out : out;
}

/**
 * Round a number to `decimals` places with a stated mode. Decimal representation errors are removed
 * first (1.005 is treated as 1.005, not 1.00499…), so `roundNumber(1.005, 2)` is 1.01.
 * Non-finite input is returned unchanged; callers keep `NaN` out by design (see {@link Ratio}).
 *
 * @example
 * roundNumber(2.345, 2) //=> 2.35
 * roundNumber(2.345, 2, 'half-even') //=> 2.34
 * roundNumber(-0.5) //=> -1
 */
export function roundNumber(value: number, decimals = 0, mode: RoundingMode = 'half-up'): number {
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** decimals;
  const scaled = Number((Math.abs(value) * factor).toPrecision(15));
  const floor = Math.floor(scaled);
  const diff = scaled - floor;
  let rounded: number;
  if (diff > 0.5) rounded = floor + 1;
  else if (diff < 0.5) rounded = floor;
  else rounded = mode === 'half-up' || floor % 2 === 1 ? floor + 1 : floor;
  const result = (Math.sign(value) * rounded) / factor;
  return result === 0 ? 0 : result;
}
