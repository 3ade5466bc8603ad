import * as z from 'zod';

/**
 * A timestamp: an ISO-8601 string with offset on the wire, a `Date` in code. `decode` (and `parse`)
 * turns the string into a `Date`; `encode` turns it back. A `Date` given directly is accepted too.
 *
 * @example
 * isoDateTime.parse('2026-03-01T09:00:00+08:00') //=> Date 2026-03-01T01:00:00.000Z
 * z.encode(isoDateTime, new Date(0)) //=> '1970-01-01T00:00:00.000Z'
 */
export const isoDateTime = z.codec(
  z.union([z.iso.datetime({ offset: true }), z.date()]),
  z.date(),
  {
    decode: (value) => (value instanceof Date ? value : new Date(value)),
    encode: (date) => date.toISOString(),
  },
);

/**
 * A non-empty identifier string without surrounding spaces, at most 200 characters. Ids come from the host.
 *
 * @example
 * idString.parse('item-42') //=> 'item-42'
 */
export const idString = z
  .string()
  .min(1, 'must not be empty')
  .max(200, 'must be at most 200 characters')
  .refine((s) => s.trim() === s, 'must not start or end with spaces');

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
 * The id of a command, chosen by the host (for example the request id). A retried command with the same id
 * is a no-op that returns the earlier outcome.
 *
 * @example
 * const id: CommandId = CommandId.parse('req-7f3a');
 */
export const CommandId = idString.brand<'CommandId'>();
/** See {@link CommandId} (the schema). @example const id: CommandId = CommandId.parse('req-1'); */
export type CommandId = z.infer<typeof CommandId>;

/**
 * A free-text reason (for a rejection, a takedown, an appeal): 1–2000 characters, not only spaces.
 *
 * @example
 * reasonText.parse('夸大疗效，违反广告法') //=> '夸大疗效，违反广告法'
 */
export const reasonText = z
  .string()
  .max(2000, 'must be at most 2000 characters')
  .refine((s) => s.trim().length > 0, 'a reason is required');
