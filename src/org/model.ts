import * as z from 'zod';
import type { ActorRef } from '../core/actor.js';
import { idString } from '../core/schema.js';

/**
 * A person acting in a workflow (ORG-2, ORG-4): home department, positions held, and other bodies sat on
 * (for example the leadership group).
 *
 * @example
 * ActorSchema.parse({ id: 'u-1', department: 'legal', positions: ['legal-counsel'] });
 */
export const ActorSchema = z.object({
  id: idString,
  department: idString,
  positions: z.array(idString),
  memberOf: z.array(idString).optional(),
});
/** See {@link ActorSchema}. @example const a: Actor = { id: 'u-1', department: 'legal', positions: ['head'] }; */
export type Actor = ActorRef;

