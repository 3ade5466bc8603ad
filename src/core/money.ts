import { fail, invalidInput, issue, ok, words, type GovernanceError, type Result } from './result.js';
import { divideRounded, type RoundingMode } from './rounding.js';

/**
 * An amount of money in integer minor units (分 for CNY) with its ISO 4217 currency code.
 * Amounts are safe integers; arithmetic never produces fractions of a minor unit.
 *
 * @example
 * const fee: Money = { amount: 123456, currency: 'CNY' }; // ¥1,234.56
 */
export interface Money {
  /** Integer number of minor units (分). May be negative (a refund, a variance). */
  readonly amount: number;
  /** ISO 4217 code, three upper-case letters. */
  readonly currency: string;
}

const CURRENCY = /^[A-Z]{3}$/;
const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

const INT = ['must be a safe integer (minor units)', '须为安全整数（以分计）', '須為安全整數（以分計）'] as const;
const POSITIVE = ['must be a non-negative safe integer', '须为非负安全整数', '須為非負安全整數'] as const;

function moneyError(path: string, [en, zhCN, zhTW]: readonly [string, string, string]): GovernanceError {
  return invalidInput([issue(path.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k)), words(en, zhCN, zhTW))]);
}

/**
 * Make a {@link Money} value, refusing fractions of a minor unit, unsafe integers and bad currency codes.
 *
 * @example
 * money(1999, 'CNY') //=> { ok: true, value: { amount: 1999, currency: 'CNY' } }
 * money(19.99, 'CNY').ok //=> false (amounts are in 分, never fractional)
 */
export function money(amount: number, currency: string): Result<Money> {
  if (!Number.isSafeInteger(amount)) return fail(moneyError('amount', INT));
  if (typeof currency !== 'string' || !CURRENCY.test(currency)) return fail(moneyError('currency', ['must be an ISO 4217 code such as CNY', '须为 ISO 4217 币种代码，如 CNY', '須為 ISO 4217 幣別代碼，如 CNY']));
  return ok({ amount: amount === 0 ? 0 : amount, currency });
}

/**
 * Add amounts of one currency, exactly (a running total may pass 2^53 − 1 and come back). Refuses mixed
 * currencies, and a total outside the safe integers with `invalid-input` at `values`.
 *
 * @example
 * sumMoney([{ amount: 100, currency: 'CNY' }, { amount: 250, currency: 'CNY' }], 'CNY')
 * //=> { ok: true, value: { amount: 350, currency: 'CNY' } }
 * sumMoney([{ amount: Number.MAX_SAFE_INTEGER, currency: 'CNY' }, { amount: 1, currency: 'CNY' }], 'CNY').ok //=> false
 */
export function sumMoney(values: readonly Money[], currency: string): Result<Money> {
  if (!Array.isArray(values)) return fail(moneyError('values', ['must be a list of amounts', '须为金额列表', '須為金額列表']));
  if (typeof currency !== 'string') return fail(moneyError('currency', ['must be an ISO 4217 code such as CNY', '须为 ISO 4217 币种代码，如 CNY', '須為 ISO 4217 幣別代碼，如 CNY']));
  let total = 0n;
  for (const [i, v] of values.entries()) {
    if (typeof v !== 'object' || v === null) return fail(moneyError(`values.${i}`, ['must be an amount { amount, currency }', '须为金额 { amount, currency }', '須為金額 { amount, currency }']));
    // Only a string is quoted: anything else may not even convert to one.
    if (typeof v.currency !== 'string') return fail(moneyError(`values.${i}.currency`, ['must be an ISO 4217 code such as CNY', '须为 ISO 4217 币种代码，如 CNY', '須為 ISO 4217 幣別代碼，如 CNY']));
    if (v.currency !== currency) return fail(moneyError(`values.${i}.currency`, [`expected ${currency}, got ${v.currency}`, `币种应为 ${currency}，实为 ${v.currency}`, `幣別應為 ${currency}，實為 ${v.currency}`]));
    if (!Number.isSafeInteger(v.amount)) return fail(moneyError(`values.${i}.amount`, INT));
    total += BigInt(v.amount);
  }
  if (total > SAFE || total < -SAFE) return fail(moneyError('values', ['add up to more than 2^53 − 1 minor units, where amounts stop being exact', '合计超过 2^53 − 1 分，无法精确表示', '合計超過 2^53 − 1 分，無法精確表示']));
  return money(Number(total), currency);
}

/**
 * `a − b`, for the same currency (a variance is `actual − budget`).
 *
 * @example
 * subtractMoney({ amount: 500, currency: 'CNY' }, { amount: 800, currency: 'CNY' })
 * //=> { ok: true, value: { amount: -300, currency: 'CNY' } }
 */
export function subtractMoney(a: Money, b: Money): Result<Money> {
  return sumMoney([a, { amount: -b.amount, currency: b.currency }], a.currency);
}

/**
 * Multiply by an exact fraction `numerator / denominator` and round once with `mode`.
 * Pass rates as fractions (a 6% fee is `{ numerator: 6, denominator: 100 }`) so nothing is lost to
 * floating point.
 *
 * @example
 * multiplyMoney({ amount: 1005, currency: 'CNY' }, { numerator: 1, denominator: 2 }) //=> { ok: true, value: { amount: 503, … } }
 * multiplyMoney({ amount: 1005, currency: 'CNY' }, { numerator: 1, denominator: 2 }, 'half-even') //=> amount 502
 * multiplyMoney({ amount: 1.5, currency: 'CNY' }, { numerator: 1, denominator: 2 }).ok //=> false (invalid-input at value.amount)
 */
export function multiplyMoney(
  value: Money,
  factor: { readonly numerator: number; readonly denominator: number },
  mode: RoundingMode = 'half-up',
): Result<Money> {
  if (!Number.isSafeInteger(value.amount)) return fail(moneyError('value.amount', INT));
  if (!Number.isSafeInteger(factor.numerator)) return fail(moneyError('factor.numerator', INT));
  if (!Number.isSafeInteger(factor.denominator) || factor.denominator === 0) {
    return fail(moneyError('factor.denominator', ['must be a non-zero safe integer', '须为非零安全整数', '須為非零安全整數']));
  }
  const out = divideRounded(BigInt(value.amount) * BigInt(factor.numerator), BigInt(factor.denominator), mode);
  return money(Number(out), value.currency);
}

/**
 * Split `total` into parts proportional to integer `weights` (counts, basis points, days…) so the parts
 * always sum exactly to `total`. Uses the largest-remainder method: each part gets its floor share, then
 * the leftover minor units go one each to the largest remainders (earlier parts win ties). A zero weight
 * always gets zero. Negative totals are split by magnitude and negated.
 *
 * @example
 * allocate({ amount: 100, currency: 'CNY' }, [1, 1, 1])
 * //=> { ok: true, value: [{ amount: 34, … }, { amount: 33, … }, { amount: 33, … }] }
 * allocate({ amount: 1000, currency: 'CNY' }, [0, 0]).ok //=> false (weights must not all be zero)
 */
export function allocate(total: Money, weights: readonly number[]): Result<Money[]> {
  if (!Number.isSafeInteger(total.amount)) return fail(moneyError('total.amount', INT));
  const counts = allocateInteger(total.amount, weights);
  if (!counts.ok) return counts;
  return ok(counts.value.map((amount) => ({ amount, currency: total.currency })));
}

/**
 * The integer core of {@link allocate}: split a whole number (a count, a target of followers) into parts
 * proportional to integer weights that sum exactly.
 *
 * @example
 * allocateInteger(10, [1, 2]) //=> { ok: true, value: [3, 7] }
 */
export function allocateInteger(total: number, weights: readonly number[]): Result<number[]> {
  if (!Number.isSafeInteger(total)) return fail(moneyError('total', INT));
  if (weights.length === 0) return fail(moneyError('weights', ['must not be empty', '不能为空', '不能為空']));
  let sum = 0n;
  for (const [i, w] of weights.entries()) {
    if (!Number.isSafeInteger(w) || w < 0) return fail(moneyError(`weights.${i}`, POSITIVE));
    sum += BigInt(w);
  }
  if (sum === 0n) return fail(moneyError('weights', ['must not all be zero', '不能全为零', '不能全為零']));
  const sign = total < 0 ? -1n : 1n;
  const magnitude = BigInt(Math.abs(total));
  const shares = weights.map((w) => (magnitude * BigInt(w)) / sum);
  const remainders = weights.map((w, index) => ({ index, rem: (magnitude * BigInt(w)) % sum }));
  let left = magnitude - shares.reduce((a, b) => a + b, 0n);
  remainders.sort((a, b) => (a.rem === b.rem ? a.index - b.index : a.rem > b.rem ? -1 : 1));
  for (const r of remainders) {
    if (left === 0n) break;
    if (weights[r.index] === 0) continue;
    shares[r.index] = (shares[r.index] ?? 0n) + 1n;
    left -= 1n;
  }
  return ok(shares.map((s) => {
    const n = Number(s * sign);
    return n === 0 ? 0 : n;
  }));
}

const EXPONENT: Readonly<Record<string, number>> = { JPY: 0, KRW: 0, VND: 0, CLP: 0, ISK: 0 };

/**
 * Format money for people, as the major unit with its code: exact, no floating point.
 *
 * @example
 * formatMoney({ amount: 123456, currency: 'CNY' }) //=> 'CNY 1,234.56'
 * formatMoney({ amount: -5, currency: 'CNY' }) //=> 'CNY -0.05'
 */
export function formatMoney(value: Money): string {
  const exp = EXPONENT[value.currency] ?? 2;
  const negative = value.amount < 0;
  const digits = String(Math.abs(value.amount)).padStart(exp + 1, '0');
  const major = digits.slice(0, digits.length - exp).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const minor = exp > 0 ? `.${digits.slice(digits.length - exp)}` : '';
  return `${value.currency} ${negative ? '-' : ''}${major}${minor}`;
}
