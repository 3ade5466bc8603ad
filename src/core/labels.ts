/**
 * The languages every label is written in. The seeds are Chinese (simplified and traditional); many users read English.
 *
 * @example
 * const locale: Locale = 'zh-TW';
 */
export type Locale = 'zh-CN' | 'zh-TW' | 'en';

/** Every {@link Locale}, in a stable order.
 * @example LOCALES //=> ['zh-CN', 'zh-TW', 'en'] */
export const LOCALES: readonly Locale[] = ['zh-CN', 'zh-TW', 'en'];

/** Locale names, each in its own language.
 * @example localeLabels['zh-TW'].en //=> 'Traditional Chinese' */
export const localeLabels = {
  'zh-CN': { 'zh-CN': '简体中文', 'zh-TW': '簡體中文', en: 'Simplified Chinese' },
  'zh-TW': { 'zh-CN': '繁体中文', 'zh-TW': '繁體中文', en: 'Traditional Chinese' },
  en: { 'zh-CN': '英文', 'zh-TW': '英文', en: 'English' },
} as const;

/**
 * One text in each {@link Locale}.
 *
 * @example
 * const l: Labels = { 'zh-CN': '法务部门', 'zh-TW': '法務部門', en: 'Legal' };
 */
export type Labels = { readonly [L in Locale]: string };

/**
 * An enumeration of codes whose labels live elsewhere: in the locale modules of its domain, so that
 * code that only computes ships no label text (`marketing-governance/kpi/locale/en` labels the KPI
 * enumerations). Build it with {@link codeEnum}; the values array feeds `z.enum(...)`.
 *
 * @example
 * const e: CodeEnum<'high' | 'low'> = codeEnum('riskLevel', ['high', 'low']);
 */
export interface CodeEnum<V extends string> {
  /** A name for messages and docs, and the key of its labels in a locale module, for example `riskLevel`. */
  readonly name: string;
  /** The values, in declaration order. */
  readonly values: readonly [V, ...V[]];
  /** Whether `value` is one of {@link CodeEnum.values}. */
  is(value: unknown): value is V;
}

/**
 * An enumeration whose values each carry {@link Labels}. Build it with {@link labelledEnum}; the
 * values array feeds `z.enum(...)`, so the schema and the labels can never drift apart.
 *
 * @example
 * const e: LabelledEnum<'high' | 'low'> = labelledEnum('riskLevel', {
 *   high: { 'zh-CN': '高', 'zh-TW': '高', en: 'High' },
 *   low: { 'zh-CN': '低', 'zh-TW': '低', en: 'Low' },
 * });
 */
export interface LabelledEnum<V extends string> extends CodeEnum<V> {
  /** The labels of each value. */
  readonly labels: { readonly [K in V]: Labels };
  /** The label of `value` in `locale` (default `en`); a value outside the enumeration is returned as is. */
  label(value: V, locale?: Locale): string;
}

/**
 * The value type of a {@link CodeEnum} or {@link LabelledEnum}.
 *
 * @example
 * type Level = EnumValue<typeof level>; // 'high' | 'low'
 */
export type EnumValue<E> = E extends CodeEnum<infer V> ? V : never;

/**
 * Define an enumeration of codes, labelled in its domain's locale modules (see {@link CodeEnum}).
 *
 * @example
 * const level = codeEnum('level', ['high', 'low']);
 * level.values //=> ['high', 'low']
 * level.is('medium') //=> false
 */
export function codeEnum<const V extends string>(name: string, values: readonly [V, ...V[]]): CodeEnum<V> {
  const set = new Set<string>(values);
  return { name, values, is: (value: unknown): value is V => typeof value === 'string' && set.has(value) };
}

/**
 * Define a labelled enumeration. The label record is the single source of the values.
 *
 * @example
 * const level = labelledEnum('level', {
 *   high: { 'zh-CN': '高', 'zh-TW': '高', en: 'High' },
 *   low: { 'zh-CN': '低', 'zh-TW': '低', en: 'Low' },
 * });
 * level.values //=> ['high', 'low']
 * level.label('high', 'zh-CN') //=> '高'
 */
export function labelledEnum<const V extends string>(
  name: string,
  labels: { readonly [K in V]: Labels },
): LabelledEnum<V> {
  const values = Object.keys(labels) as V[];
  if (values.length === 0) throw new TypeError(`labelledEnum ${name}: no values`);
  const set = new Set<string>(values);
  return {
    name,
    values: values as [V, ...V[]],
    labels,
    is: (value: unknown): value is V => typeof value === 'string' && set.has(value),
    // A value outside the enumeration (from data a host built) is shown as itself, never crashes a report.
    label: (value: V, locale: Locale = 'en') => (set.has(value) ? labels[value][locale] : String(value)),
  };
}

/**
 * The label of `key` in a label record, falling back to the key itself for values a host added
 * without labels (so a report never prints `undefined`).
 *
 * @example
 * labelOf({ a: { 'zh-CN': '甲', 'zh-TW': '甲', en: 'A' } }, 'a', 'zh-CN') //=> '甲'
 * labelOf({}, 'custom', 'en') //=> 'custom'
 */
export function labelOf(
  labels: { readonly [key: string]: Labels | undefined },
  key: string,
  locale: Locale = 'en',
): string {
  // A key or locale that is not a string has no label (and is never converted: that may throw).
  if (typeof key !== 'string') return '';
  const found = Object.hasOwn(labels, key) && typeof locale === 'string' ? labels[key]?.[locale] : undefined;
  return typeof found === 'string' ? found : key;
}
