// The content step in a web page: a client previews whether a command would be accepted, and why not,
// before it sends it; the server runs the same step again and its answer is the one that counts. The
// step is pure (no I/O, no Node built-ins, no code generation), so the same code runs in both places.
import { createDirectory, type ActorRef, type StoredRecord } from 'marketing-governance/core';
import { contentStep, type ContentCommand } from 'marketing-governance/content';
import { defaultPolicy, type Policy } from 'marketing-governance/policy';

/** What the page holds: the record as last loaded, the command the user is about to send, and who they are. */
export interface PreviewInput {
  readonly record: StoredRecord;
  readonly command: ContentCommand;
  readonly actor: string;
  readonly staff: readonly ActorRef[];
  /** ISO time; the server's clock decides when the command is really sent. */
  readonly now: string;
  readonly policy?: Policy;
}

export function preview(input: PreviewInput) {
  return contentStep(input.record, input.command, {
    policy: input.policy ?? defaultPolicy,
    actor: input.actor,
    directory: createDirectory(input.staff),
    now: new Date(input.now),
  });
}
