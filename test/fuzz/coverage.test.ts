// The fuzz list covers every exported function of every subpath: each is an entry, or is named in
// `notFuzzed` with the reason it takes no outside input.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fuzzEntries, notFuzzed } from '../support/fuzz-entries.js';

const subpaths = (JSON.parse(readFileSync(new URL('../../domains.json', import.meta.url), 'utf8')) as { subpaths: Array<{ name: string }> }).subpaths.map((s) => s.name);

describe('fuzz coverage', () => {
  it.each(subpaths)('every exported function of %s is fuzzed or named as taking no outside input', async (subpath) => {
    const mod = (await import(`../../src/${subpath}/index.ts`)) as Record<string, unknown>;
    const functions = Object.keys(mod).filter((k) => typeof mod[k] === 'function').map((k) => `${subpath}.${k}`);
    const fuzzed = new Set(fuzzEntries.map((e) => `${e.subpath}.${e.name}`));
    expect(functions.filter((f) => !fuzzed.has(f) && !Object.hasOwn(notFuzzed, f))).toEqual([]);
    // Nothing listed that is not exported (a renamed function would otherwise keep a stale entry).
    const exported = new Set(functions);
    expect([...fuzzed, ...Object.keys(notFuzzed)].filter((f) => f.startsWith(`${subpath}.`) && !exported.has(f))).toEqual([]);
  });
});
