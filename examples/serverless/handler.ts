// A serverless content API on web standards only (`Request` in, `Response` out): it runs on Node, Deno,
// Cloudflare Workers and Vercel's Edge Runtime alike. Refusals are the library's typed errors with the
// status `httpStatusOf` gives; who acts comes from `authenticate`, never from the body.
import {
  httpStatusOf,
  invalidInput,
  issue,
  runCommand,
  runCreate,
  words,
  type Directory,
  type Effect,
  type GovernanceError,
  type RecordStore,
} from 'marketing-governance/core';
import { CONTENT_KIND, contentStep, createContentItem, readContentItem, type ContentCommand, type CreateContentCommand } from 'marketing-governance/content';
import type { Policy } from 'marketing-governance/policy';

/** What the handler needs from its host. */
export interface ContentApiHost {
  readonly store: RecordStore;
  readonly policy: Policy;
  readonly directory: Directory;
  /** The id of the signed-in person (from a session or a verified token), or `undefined`. */
  readonly authenticate: (req: Request) => Promise<string | undefined>;
  /** The host's clock; the default is the system clock. */
  readonly clock?: () => Date;
  /** Queue an effect for delivery (an outbox); with a Postgres store the save has queued it already. */
  readonly perform?: (effect: Effect) => Promise<void>;
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8' } });
const refusal = (error: GovernanceError) => json({ error }, httpStatusOf(error));

/**
 * `POST /content/:id` with a command (`create` makes the item), `GET /content/:id` reads it.
 */
export function createContentApi(host: ContentApiHost): (req: Request) => Promise<Response> {
  const clock = host.clock ?? (() => new Date());
  return async (req) => {
    const match = /^\/content\/([^/]+)$/.exec(new URL(req.url).pathname);
    if (!match) return json({ error: { code: 'no-route', message: 'Not found' } }, 404);
    const actor = await host.authenticate(req);
    if (actor === undefined) return json({ error: { code: 'unauthenticated', message: 'Sign in first' } }, 401);
    const id = decodeURIComponent(match[1]!);

    if (req.method === 'GET') {
      const record = await host.store.load(CONTENT_KIND, id);
      if (!record) return json({ error: { code: 'not-found', message: `No content item ${id}` } }, 404);
      const view = readContentItem(record);
      return view.ok ? json({ revision: view.value.revision, state: view.value.state, stage: view.value.stage ?? null, hash: view.value.hash }) : refusal(view.error);
    }
    if (req.method !== 'POST') return json({ error: { code: 'method-not-allowed', message: 'Use GET or POST' } }, 405);

    let command: unknown;
    try {
      command = await req.json();
    } catch {
      return refusal(invalidInput([issue([], words('the body must be a JSON command', '请求体须为 JSON 格式的命令', '請求主體須為 JSON 格式的命令'))]));
    }
    const ctx = { policy: host.policy, actor, directory: host.directory, now: clock() };
    const isCreate = typeof command === 'object' && command !== null && (command as { type?: unknown }).type === 'create';
    const r = isCreate
      ? await runCreate(host.store, () => createContentItem(id, command as CreateContentCommand, ctx))
      : await runCommand(host.store, CONTENT_KIND, id, (record) => contentStep(record, command as ContentCommand, ctx));
    if (!r.ok) return refusal(r.error);
    if (!r.replayed && host.perform) for (const effect of r.effects) await host.perform(effect);
    return json(
      { revision: r.record.revision, replayed: r.replayed, audit: r.audit ?? null, effects: r.effects.map((e) => ({ id: e.id, type: e.type, topic: e['topic'] ?? null })) },
      isCreate && !r.replayed ? 201 : 200,
    );
  };
}
