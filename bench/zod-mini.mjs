// What zod/mini would save: the content commands' payload schemas (a representative part: the
// bounded-text helper, ids, policy keys, the content hash, ISO date-times, create / approve / reject /
// schedule / publish / takedown), written once with zod's classic API and once with zod/mini, each
// bundled with esbuild (minified, gzip level 9, zod included) and checked to accept and refuse the same
// inputs. `node bench/zod-mini.mjs`; the figures are in docs/bundle-size.md.
import { build } from 'esbuild';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const dir = `${root}/.tmp/zod-mini`;

const classic = `import * as z from 'zod';
const hidden = /[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u2069\\ufeff]/u;
const said = (en) => ({ message: en });
const text = (max, blank = false) => {
  const base = z.string().max(max * 3, { ...said('too long'), abort: true }).normalize('NFC').max(max, said('too long')).refine((s) => !hidden.test(s), said('hidden'));
  return blank ? base : base.refine((s) => s.trim().length > 0, said('blank'));
};
const list = (item, max) => z.array(item).max(max, said('too many'));
const policyKey = z.string().max(100).regex(/^[a-z_][a-z0-9_-]*(\\.[a-z_][a-z0-9_-]*)*$/, said('key'));
const hash = z.string().length(64).regex(/^[0-9a-f]{64}$/);
const isoDateTime = z.codec(z.iso.datetime({ offset: true }).max(40), z.date(), { decode: (v) => new Date(v), encode: (d) => d.toISOString() });
const reasonText = text(2000);
export const payloads = {
  create: z.strictObject({
    title: text(200, true).default(''), body: text(20000, true).default(''), format: z.enum(['text', 'image', 'video']),
    channel: policyKey, tags: list(text(50), 50).default([]), advertising: z.boolean().default(false), riskLevel: z.enum(['low', 'medium', 'high']),
    media: list(z.union([text(2000), z.strictObject({ url: text(2000), kind: z.enum(['image', 'video']) })]), 100).optional(),
  }),
  approve: z.strictObject({ stage: policyKey, hash, comment: text(2000).optional() }),
  reject: z.strictObject({ stage: policyKey, reason: reasonText }),
  schedule: z.strictObject({ publishAt: isoDateTime }),
  publish: z.strictObject({ externalId: text(500), url: z.url().max(2000).optional(), emergency: z.boolean().optional() }),
  takedown: z.strictObject({ reason: reasonText, emergency: z.boolean().default(false), notice: text(2000).optional() }),
};
`;

const mini = `import * as z from 'zod/mini';
const hidden = /[\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f-\\u009f\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u2069\\ufeff]/u;
const said = (en) => ({ message: en });
const text = (max, blank = false) => {
  const checks = [z.maxLength(max * 3, { ...said('too long'), abort: true }), z.normalize('NFC'), z.maxLength(max, said('too long')), z.refine((s) => !hidden.test(s), said('hidden'))];
  return z.string().check(...checks, ...(blank ? [] : [z.refine((s) => s.trim().length > 0, said('blank'))]));
};
const list = (item, max) => z.array(item).check(z.maxLength(max, said('too many')));
const policyKey = z.string().check(z.maxLength(100), z.regex(/^[a-z_][a-z0-9_-]*(\\.[a-z_][a-z0-9_-]*)*$/, said('key')));
const hash = z.string().check(z.length(64), z.regex(/^[0-9a-f]{64}$/));
const isoDateTime = z.codec(z.iso.datetime({ offset: true }).check(z.maxLength(40)), z.date(), { decode: (v) => new Date(v), encode: (d) => d.toISOString() });
const reasonText = text(2000);
export const payloads = {
  create: z.strictObject({
    title: z._default(text(200, true), ''), body: z._default(text(20000, true), ''), format: z.enum(['text', 'image', 'video']),
    channel: policyKey, tags: z._default(list(text(50), 50), []), advertising: z._default(z.boolean(), false), riskLevel: z.enum(['low', 'medium', 'high']),
    media: z.optional(list(z.union([text(2000), z.strictObject({ url: text(2000), kind: z.enum(['image', 'video']) })]), 100)),
  }),
  approve: z.strictObject({ stage: policyKey, hash, comment: z.optional(text(2000)) }),
  reject: z.strictObject({ stage: policyKey, reason: reasonText }),
  schedule: z.strictObject({ publishAt: isoDateTime }),
  publish: z.strictObject({ externalId: text(500), url: z.optional(z.url().check(z.maxLength(2000))), emergency: z.optional(z.boolean()) }),
  takedown: z.strictObject({ reason: reasonText, emergency: z._default(z.boolean(), false), notice: z.optional(text(2000)) }),
};
`;

// The same verdicts from both: inputs each schema should accept and refuse.
const samples = [
  ['create', { format: 'text', channel: 'weibo', riskLevel: 'low', title: '新品', tags: ['a'] }],
  ['create', { format: 'text', channel: 'Weibo', riskLevel: 'low' }],
  ['create', { format: 'text', channel: 'weibo', riskLevel: 'low', media: ['https://x/1.png', { url: 'u', kind: 'image' }] }],
  ['create', { format: 'text', channel: 'weibo', riskLevel: 'low', extra: 1 }],
  ['approve', { stage: 'legal', hash: 'a'.repeat(64) }],
  ['approve', { stage: 'legal', hash: 'A'.repeat(64) }],
  ['reject', { stage: 'legal', reason: '   ' }],
  ['reject', { stage: 'legal', reason: '夸大疗效\u200b' }],
  ['reject', { stage: 'legal', reason: 'x'.repeat(2001) }],
  ['schedule', { publishAt: '2026-03-01T09:00:00+08:00' }],
  ['schedule', { publishAt: '2026-03-01 09:00' }],
  ['publish', { externalId: 'wb-1', url: 'https://weibo.com/1' }],
  ['publish', { externalId: 'wb-1', url: 'not a url' }],
  ['takedown', { reason: '平台通知' }],
];

mkdirSync(dir, { recursive: true });
try {
  const results = {};
  for (const [name, source] of [['classic', classic], ['mini', mini]]) {
    writeFileSync(`${dir}/${name}.mjs`, source);
    const out = await build({ entryPoints: [`${dir}/${name}.mjs`], bundle: true, minify: true, format: 'esm', write: false, logLevel: 'silent', absWorkingDir: root });
    const { payloads } = await import(pathToFileURL(`${dir}/${name}.mjs`).href);
    results[name] = {
      gz: gzipSync(out.outputFiles[0].contents, { level: 9 }).length,
      verdicts: samples.map(([type, input]) => payloads[type].safeParse(input).success),
    };
  }
  if (JSON.stringify(results.classic.verdicts) !== JSON.stringify(results.mini.verdicts)) throw new Error(`the two schemas disagree: ${JSON.stringify(results)}`);
  const kb = (n) => `${(n / 1024).toFixed(2)} KB`;
  console.log(`content command schemas, zod/mini vs zod classic: ${(results.mini.gz / results.classic.gz).toFixed(2)}x (mini ${kb(results.mini.gz)} vs classic ${kb(results.classic.gz)}, min+gz with zod; same verdicts on ${samples.length} inputs, ${results.mini.verdicts.filter(Boolean).length} accepted)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
