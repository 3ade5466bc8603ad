import * as z from 'zod';
import type { Labels } from './labels.js';
import { hasHiddenCharacters, LIMITS } from './text.js';

/**
 * Attach trilingual wording to a custom zod check, so an `invalid-input` can say why in every locale.
 * The English text is zod's `message`; the others travel in `params.messages`.
 *
 * @example
 * said('must not be x', '不得为 x', '不得為 x').params.messages['zh-TW'] //=> '不得為 x'
 * z.string().refine((s) => s !== 'x', said('must not be x', '不得为 x', '不得為 x'))
 */
export function said(en: string, zhCN: string, zhTW: string): { message: string; params: { messages: Labels } } {
  return { message: en, params: { messages: { 'zh-CN': zhCN, 'zh-TW': zhTW, en } } };
}

/**
 * A host-chosen identifier (record, command, person): NFC-normalised, 1–200 characters, no surrounding
 * spaces, no control or invisible characters. Two ids that look the same compare equal.
 *
 * @example
 * idString.parse('item-42') //=> 'item-42'
 * idString.safeParse('u-1\u200b').success //=> false
 */
export const idString = z
  .string()
  // A cheap bound first, so that nothing below reads a huge string (NFC can lengthen a text, rarely).
  .max(LIMITS.id * 3, { ...said(`must be at most ${LIMITS.id} characters`, `最多 ${LIMITS.id} 个字符`, `最多 ${LIMITS.id} 個字元`), abort: true })
  .normalize('NFC')
  .max(LIMITS.id, said(`must be at most ${LIMITS.id} characters`, `最多 ${LIMITS.id} 个字符`, `最多 ${LIMITS.id} 個字元`))
  .refine((s) => s.trim().length > 0, said('must not be blank', '不能为空', '不能為空'))
  .refine((s) => s.trim() === s, said('must not start or end with spaces', '首尾不能有空格', '首尾不能有空格'))
  .refine((s) => !hasHiddenCharacters(s), said('must not contain control or invisible characters', '不能包含控制字符或不可见字符', '不能包含控制字元或不可見字元'));

/**
 * Free text a person writes (a reason, a comment): NFC-normalised, at most `max` characters, no control
 * or invisible characters (tabs and line breaks are fine), and, unless `blank` is allowed, not blank.
 *
 * @example
 * text(2000).parse('夸大疗效，违反广告法') //=> '夸大疗效，违反广告法'
 * text(2000).safeParse('   ').success //=> false
 */
export function text(max: number, options: { readonly blank?: boolean } = {}) {
  // Schemas are immutable, so one per bound is shared: the sections build hundreds of text fields when
  // the package loads, and building each anew was a tenth of a cold import's own time.
  const key = `${max}:${options.blank === true}`;
  let schema = texts.get(key);
  if (!schema) texts.set(key, (schema = textSchema(max, options.blank === true)));
  return schema;
}
const texts = new Map<string, ReturnType<typeof textSchema>>();
function textSchema(max: number, blank: boolean) {
  const base = z
    .string()
    .max(max * 3, { ...said(`must be at most ${max} characters`, `最多 ${max} 个字符`, `最多 ${max} 個字元`), abort: true })
    .normalize('NFC')
    .max(max, said(`must be at most ${max} characters`, `最多 ${max} 个字符`, `最多 ${max} 個字元`))
    .refine((s) => !hasHiddenCharacters(s, true), said('must not contain control or invisible characters', '不能包含控制字符或不可见字符', '不能包含控制字元或不可見字元'));
  return blank ? base : base.refine((s) => s.trim().length > 0, said('must not be blank', '不能为空', '不能為空'));
}

/**
 * A list of at most `max` items.
 *
 * @example
 * list(idString, 3).safeParse(['a', 'b', 'c', 'd']).success //=> false
 */
export function list<T extends z.ZodType>(item: T, max: number = LIMITS.list) {
  return z.array(item).max(max, said(`must have at most ${max} items`, `最多 ${max} 项`, `最多 ${max} 項`));
}

/**
 * A free-text reason (for a rejection, a takedown, an appeal): 1–2000 characters, not blank.
 *
 * @example
 * reasonText.parse('夸大疗效，违反广告法') //=> '夸大疗效，违反广告法'
 */
export const reasonText = text(LIMITS.text);

/**
 * A timestamp: an ISO-8601 string with offset on the wire, a `Date` after parsing.
 *
 * @example
 * isoDateTime.parse('2026-03-01T09:00:00+08:00') //=> Date 2026-03-01T01:00:00.000Z
 * z.encode(isoDateTime, new Date(0)) //=> '1970-01-01T00:00:00.000Z'
 */
export const isoDateTime = z.codec(z.iso.datetime({ offset: true }).max(40), z.date(), {
  decode: (value) => new Date(value),
  encode: (date) => date.toISOString(),
});

/**
 * An identifier a policy defines (department, position, right, stage, channel, metric): lower-case words
 * joined by "-" or "_", optionally namespaced with ".". Ids such as `constructor` or `__proto__` are
 * valid: the library never uses them as keys of plain objects.
 *
 * @example
 * policyKey.parse('content.publish') //=> 'content.publish'
 */
export const policyKey = z
  .string()
  .max(LIMITS.key, said(`must be at most ${LIMITS.key} characters`, `最多 ${LIMITS.key} 个字符`, `最多 ${LIMITS.key} 個字元`))
  .regex(
    /^[a-z_][a-z0-9_-]*(\.[a-z_][a-z0-9_-]*)*$/,
    said('must be lower-case words joined by "-", "_" or "."', '须为小写单词，以 "-"、"_" 或 "." 连接', '須為小寫單詞，以 "-"、"_" 或 "." 連接'),
  );

/**
 * Labels in the three locales, each non-blank and at most 200 characters.
 *
 * @example
 * LabelsSchema.parse({ 'zh-CN': '法务部门', 'zh-TW': '法務部門', en: 'Legal' });
 */
export const LabelsSchema = z.strictObject({ 'zh-CN': text(LIMITS.name), 'zh-TW': text(LIMITS.name), en: text(LIMITS.name) });

/**
 * The id of a person acting on a record (an employee, a service account).
 *
 * @example
 * const id: ActorId = ActorId.parse('u-1001');
 */
export const ActorId = idString.brand<'ActorId'>();
/** See {@link ActorId} (the schema). @example const id: ActorId = ActorId.parse('u-1001'); */
export type ActorId = z.infer<typeof ActorId>;

/**
 * The id of a stored record (a content item, a policy revision…), unique within its kind.
 *
 * @example
 * const id: RecordId = RecordId.parse('policy-2026-01');
 */
export const RecordId = idString.brand<'RecordId'>();
/** See {@link RecordId} (the schema). @example const id: RecordId = RecordId.parse('r-1'); */
export type RecordId = z.infer<typeof RecordId>;

/**
 * The id of a command, chosen by the host (for example the request's idempotency key). A retried command
 * with the same id and the same content returns the earlier outcome.
 *
 * @example
 * const id: CommandId = CommandId.parse('req-7f3a');
 */
export const CommandId = idString.brand<'CommandId'>();
/** See {@link CommandId} (the schema). @example const id: CommandId = CommandId.parse('req-1'); */
export type CommandId = z.infer<typeof CommandId>;
