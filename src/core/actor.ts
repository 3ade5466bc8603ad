/**
 * What the step engine needs to know about who acts: an id, a home department, the positions held there,
 * and any other bodies the person sits on (for example the leadership group). The organisation module
 * validates actors against the policy; the engine only records them in audit entries.
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
