/**
 * Who acts, as the organisation knows them: an id, a home department, the positions held there, and
 * any other bodies the person sits on (for example the leadership group). The step never reads these
 * from a command: the host authenticates the id, and the department and positions come from the
 * policy's organisation or the host's {@link Directory}.
 *
 * @example
 * const editor: ActorRef = { id: 'u-7', department: 'marketing', positions: ['content-editor'] };
 */
export interface ActorRef {
  readonly id: string;
  readonly department: string;
  readonly positions: readonly string[];
  readonly memberOf?: readonly string[];
}

/**
 * The host's port to its staff directory (HR system, identity provider): who a person is in the
 * organisation right now. Synchronous, because steps are pure: load the entry before calling the step.
 * An unknown person is `undefined`.
 *
 * @example
 * const directory: Directory = { lookup: (id) => staff.get(id) };
 */
export interface Directory {
  /** The person with this id, or `undefined` when the directory does not know them. */
  lookup(actorId: string): ActorRef | undefined;
}

/**
 * A {@link Directory} over a fixed list of people, for tests, demos and hosts that load their staff list
 * once. Ids are compared after NFC normalisation.
 *
 * @example
 * const directory = createDirectory([{ id: 'u-1', department: 'legal', positions: ['legal-counsel'] }]);
 * directory.lookup('u-1')?.department //=> 'legal'
 */
export function createDirectory(people: Iterable<ActorRef>): Directory {
  const byId = new Map<string, ActorRef>();
  for (const p of people) byId.set(p.id.normalize('NFC'), p);
  return { lookup: (id) => byId.get(id.normalize('NFC')) };
}
