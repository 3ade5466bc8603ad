// The content API as an edge function (a fetch-event worker). The staff list and tokens stand in for the
// host's identity provider, and the in-memory store for a database reached over HTTP; everything else
// is what a deployment runs. `npm test` bundles this file and runs it inside the `edge-runtime` package,
// which, like the edge platforms, refuses code generation from strings (`eval`, `new Function`).
import { createDirectory, createMemoryStore, type ActorRef } from 'marketing-governance/core';
import { defaultPolicy, parsePolicy } from 'marketing-governance/policy';
import { createContentApi } from './handler.js';

declare const self: {
  addEventListener(type: 'fetch', listener: (event: { readonly request: Request; respondWith(response: Promise<Response>): void }) => void): void;
};

const staff: ActorRef[] = [
  { id: 'u-author', department: 'marketing', positions: ['staff'] },
  { id: 'u-editor', department: 'marketing', positions: ['content-editor'] },
  { id: 'u-mkt-head', department: 'marketing', positions: ['head'] },
  { id: 'u-legal', department: 'legal', positions: ['legal-counsel'] },
];
const tokens = new Map(staff.map((p) => [`token-${p.id}`, p.id]));

// An invalid policy stops the function at cold start, listing every problem, before any request runs.
const policy = parsePolicy(defaultPolicy);
if (!policy.ok) throw new Error(policy.error.message);

const api = createContentApi({
  store: createMemoryStore(),
  policy: policy.value,
  directory: createDirectory(staff),
  authenticate: async (req) => tokens.get((req.headers.get('authorization') ?? '').replace(/^Bearer /, '')),
});

self.addEventListener('fetch', (event) => event.respondWith(api(event.request)));
