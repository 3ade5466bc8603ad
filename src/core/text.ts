// Bounds and character rules shared by the schemas and by zod-free code (the organisation's checks),
// kept apart from the schemas so that importing them loads no zod.

/**
 * The most any string or list in a command or policy may hold. Every schema in the library takes its
 * bounds from here, so a 100 MB title is refused as `invalid-input` before anything reads it.
 *
 * @example
 * LIMITS.title //=> 300
 */
export const LIMITS = {
  /** Ids chosen by hosts (records, commands, people). */
  id: 200,
  /** Ids chosen by policies (departments, positions, rights, stages, channels, metrics). */
  key: 80,
  /** A name or a short label. */
  name: 200,
  /** A title. */
  title: 300,
  /** A reason, a comment, a reference, a summary. */
  text: 2000,
  /** A content body. */
  body: 200_000,
  /** A URL or a media reference. */
  url: 2000,
  /** A short list (tags, departments of a grant, signers of a stage). */
  list: 100,
  /** A long list (rights, positions, members of an organisation, budget lines). */
  longList: 10_000,
} as const;

// C0/C1 controls, and invisible characters that make two ids look equal: zero-width space, non-joiner,
// joiner, word joiner, byte-order mark, and the bidirectional overrides that reorder what a reader sees.
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/u;
const HIDDEN_IN_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/u;

/**
 * Whether a string carries control, zero-width or direction-override characters (tabs and line breaks
 * excepted when `text` is true).
 *
 * @example
 * hasHiddenCharacters('u-1\u200b') //=> true
 * hasHiddenCharacters('第一行\n第二行', true) //=> false
 */
export function hasHiddenCharacters(s: string, text = false): boolean {
  return (text ? HIDDEN_IN_TEXT : HIDDEN).test(s);
}


/**
 * What a message quotes of a value from outside: a string as it is, any other value by its type name.
 * Only a string is quoted because another value may not even convert to one (an object whose
 * `toString` is not a function throws inside a template string).
 *
 * @example
 * shown('2026-W10') //=> '2026-W10'
 * shown({ toString: 'x' }) //=> 'object'
 */
export const shown = (value: unknown): string => (typeof value === 'string' ? value : typeof value);
