// The content step bundled for the browser and run in headless Chromium (Debian's `chromium`, driven by
// playwright-core), in a page whose Content Security Policy forbids eval: its answers must be the ones
// Node gives for the same record, command and time.
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StepResult } from 'marketing-governance/core';
import { preview, type PreviewInput } from '../../examples/browser/preview.js';
import { approvedItem, people, submitted, view } from '../content/helpers.js';
import { bundle } from './bundle.js';

// `.ci/run` installs Debian's chromium where it is missing; only a machine where that is impossible skips.
const executablePath = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const present = existsSync(executablePath);
if (!present) console.warn(`[browser] skipped: no Chromium at ${executablePath} (install Debian's chromium, or set CHROMIUM_PATH)`);

const staff = Object.values(people);
const at = '2026-03-02T02:00:00.000Z';

let browser: Browser | undefined;
let page: Page;
beforeAll(async () => {
  if (!present) return;
  const script = await bundle('examples/browser/preview.ts', 'governance');
  browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
  page = await browser.newPage();
  // The page is served with a Content Security Policy that allows its inline scripts and forbids eval
  // and new Function: a library that generated code from strings would fail here. The address is
  // answered by the test itself; nothing goes to the network.
  const probe = `window.evalProbe = (() => { try { return eval('1 + 1'); } catch (e) { return String(e); } })();`;
  const html = `<!doctype html><html><head><meta charset="utf-8"></head><body><script>${probe}</script><script>${script.replaceAll('</script', '<\\/script')}</script></body></html>`;
  await page.route('https://app.test/', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers: { 'content-security-policy': "script-src 'unsafe-inline'" }, body: html }),
  );
  await page.goto('https://app.test/');
}, 120_000);
afterAll(async () => {
  await browser?.close();
});

const inBrowser = (input: PreviewInput): Promise<StepResult> =>
  page.evaluate((i) => (globalThis as unknown as { governance: { preview: typeof preview } }).governance.preview(i), input) as Promise<StepResult>;
// Both sides as JSON: what crosses the page boundary, and what a host stores.
const json = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

describe('content step in a real browser', () => {
  it.skipIf(!present)('CW-3: in Chromium under a no-eval policy, an editor’s approval and an author’s refused approval are what Node answers', async () => {
    expect(await page.evaluate('navigator.userAgent')).toMatch(/Chrom/);
    // The page's own scripts run under its policy (the test's `evaluate` calls are exempt, as devtools are).
    expect(await page.evaluate(() => (globalThis as unknown as { evalProbe: unknown }).evalProbe)).toMatch(/EvalError/);

    const record = submitted();
    const { stage, hash } = view(record);
    const approve = { record, command: { id: 'b-1', type: 'approve', stage, hash }, actor: people.editor.id, staff, now: at } as PreviewInput;
    const accepted = await inBrowser(approve);
    expect(accepted).toEqual(json(preview(approve)));
    expect(accepted).toMatchObject({ ok: true, replayed: false, record: { revision: record.revision + 1 }, audit: { actor: { id: people.editor.id }, from: 'review:editor', rules: ['CW-3', 'CW-4'] } });

    const own = { ...approve, command: { ...approve.command, id: 'b-2' }, actor: people.author.id } as PreviewInput;
    const refused = await inBrowser(own);
    expect(refused).toEqual(json(preview(own)));
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden', rule: 'CW-3' } });
  }, 120_000);

  it.skipIf(!present)('CW-6: publishing in the browser records time and platform as Node does', async () => {
    const record = approvedItem();
    const publish = { record, command: { id: 'b-3', type: 'publish', externalId: 'wb-4711', url: 'https://weibo.com/1/abc' }, actor: people.editor.id, staff, now: at } as PreviewInput;
    const fromNode = json(preview(publish));
    expect(fromNode).toMatchObject({ ok: true, audit: { command: 'publish', to: 'published', at } });
    expect(await inBrowser(publish)).toEqual(fromNode);
  }, 120_000);
});
