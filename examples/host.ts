// The README's host: a serverless handler that runs any content command. It type-checks under
// `strict` with the rest of the project (tsconfig includes examples/), and the README shows this file.
import { createDirectory, httpStatusOf, runCommand, type ActorRef, type RecordStore } from 'marketing-governance/core';
import { CONTENT_KIND, contentStep, type ContentCommand } from 'marketing-governance/content';
import { parsePolicy } from 'marketing-governance/policy';

declare function loadPolicyJson(): Promise<unknown>;
declare function loadStaff(): Promise<ActorRef[]>; // your HR system or identity provider
declare function authenticate(req: Request): Promise<{ userId: string }>;
declare function perform(effect: { readonly id: string; readonly type: string }): Promise<void>;
declare const store: RecordStore; // load + compare-and-set save on `revision`

const loaded = parsePolicy(await loadPolicyJson()); // refuses an invalid policy, listing every problem
if (!loaded.ok) throw new Error(loaded.error.message);
const policy = loaded.value;
const directory = createDirectory(await loadStaff());

export async function handle(req: Request): Promise<Response> {
  const { userId } = await authenticate(req); // who acts comes from the host, never from the body
  const { itemId, command } = (await req.json()) as { itemId: string; command: ContentCommand };
  const ctx = { policy, actor: userId, directory, now: new Date() };
  const r = await runCommand(store, CONTENT_KIND, itemId, (record) => contentStep(record, command, ctx));
  if (!r.ok) return Response.json(r.error, { status: httpStatusOf(r.error) }); // { code, rule, messages }
  if (!r.replayed) for (const effect of r.effects) await perform(effect); // ids are stable: dedupe on retry
  return Response.json({ revision: r.record.revision, audit: r.audit });
}
