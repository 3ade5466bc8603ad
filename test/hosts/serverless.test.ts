// The serverless example bundled and run inside the `edge-runtime` package's sandbox (Vercel's Edge
// Runtime: web APIs only, no Node built-ins, no code generation from strings), driven by fetch events.
import { EdgeRuntime } from 'edge-runtime';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundle } from './bundle.js';

const plan = { theme: '春季新品', form: '图文', audience: '25-35 岁城市女性', expectedEffect: '阅读 1 万，转化 200' };
const newItem = (id: string) => ({ id, type: 'create', format: 'text', channel: 'weibo', riskLevel: 'low', title: '春季新品上市', body: '新品介绍……', plan });

let runtime: EdgeRuntime;
beforeAll(async () => {
  runtime = new EdgeRuntime({ initialCode: await bundle('examples/serverless/edge.ts') });
}, 120_000);

interface Reply {
  status: number;
  body: Record<string, any>;
}
async function call(method: 'GET' | 'POST', path: string, who: string | undefined, body?: unknown, raw?: string): Promise<Reply> {
  const res = await runtime.dispatchFetch(`https://edge.test${path}`, {
    method,
    headers: who ? { authorization: `Bearer token-${who}` } : {},
    ...(method === 'POST' ? { body: raw ?? JSON.stringify(body) } : {}),
  });
  return { status: res.status, body: (await res.json()) as Record<string, any> };
}
const post = (path: string, who: string, body: unknown) => call('POST', path, who, body);
const read = async (id: string) => (await call('GET', `/content/${id}`, 'u-author')).body;

describe('serverless handler in the edge runtime', () => {
  it('CW-3: in a sandbox without code generation, an item is created, submitted and signed through fetch events; a retried command is its first outcome', async () => {
    // The sandbox is what the edge platforms enforce: no eval, no Function constructor, no Node.
    expect(() => runtime.evaluate('eval("1 + 1")')).toThrow(/Code generation from strings disallowed/);
    expect(() => runtime.evaluate('new Function("return 1")')).toThrow(/Code generation from strings disallowed/);
    expect(runtime.evaluate('typeof process === "undefined" && typeof require === "undefined"')).toBe(true);
    expect((await post('/content/edge-1', 'u-author', newItem('e1-create'))).status).toBe(201);
    expect((await post('/content/edge-1', 'u-author', { id: 'e1-start', type: 'start-creation' })).status).toBe(200);
    const submitted = await post('/content/edge-1', 'u-author', { id: 'e1-submit', type: 'submit' });
    expect(submitted.status).toBe(200);
    expect(submitted.body['effects'].map((e: { topic: string }) => e.topic)).toEqual(['content.review-requested', 'content.review-deadline']);
    const inReview = await read('edge-1');
    expect(inReview).toMatchObject({ revision: 3, state: 'review', stage: 'editor' });

    const approve = { id: 'e1-approve', type: 'approve', stage: inReview['stage'], hash: inReview['hash'] };
    const signed = await post('/content/edge-1', 'u-editor', approve);
    expect(signed).toMatchObject({ status: 200, body: { revision: 4, replayed: false, audit: { actor: { id: 'u-editor' }, from: 'review:editor', to: 'review:department-head' } } });
    const retried = await post('/content/edge-1', 'u-editor', approve);
    expect(retried).toMatchObject({ status: 200, body: { revision: 4, replayed: true, audit: { commandId: 'e1-approve' } } });
    expect(await read('edge-1')).toMatchObject({ revision: 4, stage: 'department-head' });
  }, 60_000);

  it('ORG-4: refusals are typed errors with the status httpStatusOf gives, in three languages', async () => {
    await post('/content/edge-2', 'u-author', newItem('e2-create'));
    // Not in this state: 409 with what the state takes.
    const early = await post('/content/edge-2', 'u-author', { id: 'e2-early', type: 'submit' });
    expect(early).toMatchObject({ status: 409, body: { error: { code: 'not-allowed', state: 'planning', accepts: expect.arrayContaining(['start-creation']) } } });
    // Bad input: 422 naming the field.
    expect(await post('/content/edge-2', 'u-author', { id: 'e2-x', type: 'no-such-command' })).toMatchObject({ status: 422, body: { error: { code: 'invalid-input', issues: [{ path: ['type'] }] } } });
    expect(await call('POST', '/content/edge-2', 'u-author', undefined, '{"id": ')).toMatchObject({ status: 422, body: { error: { code: 'invalid-input' } } });
    // A command id reused for another command, and a second create: 409 conflict.
    expect((await post('/content/edge-2', 'u-author', { id: 'e2-start', type: 'start-creation' })).status).toBe(200);
    expect(await post('/content/edge-2', 'u-author', { id: 'e2-start', type: 'edit', title: '改' })).toMatchObject({ status: 409, body: { error: { code: 'conflict', commandId: 'e2-start' } } });
    expect(await post('/content/edge-2', 'u-author', newItem('e2-create-again'))).toMatchObject({ status: 409, body: { error: { code: 'conflict' } } });
    // Not a right of the author: 403 naming the rule (CW-3: the editor stage is the content editor's).
    expect((await post('/content/edge-2', 'u-author', { id: 'e2-submit', type: 'submit' })).status).toBe(200);
    const inReview = await read('edge-2');
    const notTheirs = await post('/content/edge-2', 'u-author', { id: 'e2-approve', type: 'approve', stage: inReview['stage'], hash: inReview['hash'] });
    expect(notTheirs).toMatchObject({ status: 403, body: { error: { code: 'forbidden', rule: 'CW-3' } } });
    expect(Object.keys(notTheirs.body['error'].messages).sort()).toEqual(['en', 'zh-CN', 'zh-TW']);
    // Unknown item: 404; nobody signed in: 401, and a body's claim about who acts changes nothing.
    expect(await post('/content/missing', 'u-author', { id: 'm-1', type: 'submit' })).toMatchObject({ status: 404, body: { error: { code: 'not-found' } } });
    expect((await call('GET', '/content/missing', 'u-author')).status).toBe(404);
    expect((await call('POST', '/content/edge-2', undefined, { id: 'e2-anon', type: 'approve', actor: 'u-editor', stage: inReview['stage'], hash: inReview['hash'] })).status).toBe(401);
    expect(await read('edge-2')).toMatchObject({ revision: 3, state: 'review', stage: 'editor' });
  }, 60_000);
});
