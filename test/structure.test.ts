// The project's structure, checked against the one list of subpaths (domains.json): layering of imports,
// the shape of every domain folder, and the package exports, API-doc entry points, size budgets and
// guides that must follow the list.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tsFiles } from './support/files.js';
import domains from '../domains.json' with { type: 'json' };
import pkg from '../package.json' with { type: 'json' };
import typedoc from '../typedoc.json' with { type: 'json' };

const subpaths = domains.subpaths;
const rank: Record<string, number> = { core: 0, org: 1, domain: 2, policy: 3 };
const layerOf = (top: string) => (top === 'index.ts' ? 4 : rank[subpaths.find((s) => s.name === top)?.layer ?? 'missing'] ?? -1);


describe('structure', () => {
  it('every source folder is a subpath of the list, and imports run only down the layers: core ← org ← domains ← policy', () => {
    const tops = readdirSync('src').filter((n) => statSync(join('src', n)).isDirectory());
    expect(tops.sort()).toEqual(subpaths.map((s) => s.name).sort());
    const against: string[] = [];
    for (const f of tsFiles('src')) {
      const from = relative('src', f).split('/');
      for (const m of readFileSync(f, 'utf8').matchAll(/(?:import|export)\s[^'"]*?from\s+['"](\.[^'"]+)['"]/g)) {
        const target = normalize(join(dirname(f), m[1]!)).replace(/\.js$/, '.ts');
        const to = relative('src', target).split('/');
        if (from[0] === to[0]) continue;
        const [a, b] = [layerOf(from[0]!), layerOf(to[0]!)];
        if (b > a) against.push(`${f} -> ${target} (runs back up)`);
        else if (a === 2 && b === 2 && to.slice(1).join('/') !== 'index.ts') against.push(`${f} -> ${target} (another domain's internals)`);
      }
    }
    expect(against).toEqual([]);
  });

  it('every domain folder has the files its shape needs, so a new domain is written by filling in the same files', () => {
    const shapes: Record<string, string[]> = {
      workflow: ['model.ts', 'policy.ts', 'record.ts', 'machine.ts', 'aggregate.ts', 'queries.ts', 'labels.ts', 'diagram.ts', 'index.ts'],
      calculation: ['model.ts', 'policy.ts', 'labels.ts', 'index.ts'],
    };
    for (const d of subpaths.filter((s) => s.layer === 'domain')) {
      const present = readdirSync(join('src', d.name));
      expect({ domain: d.name, missing: shapes[d.shape!]!.filter((f) => !present.includes(f)) }).toEqual({ domain: d.name, missing: [] });
    }
  });

  it('package.json exports, TypeDoc entry points, size budgets and guides follow the list of subpaths', () => {
    // A domain's locale modules are subpaths of their own (`kpi/locale/en`), kept out of the root index.
    const locales = subpaths.flatMap((s) => ((s as { locales?: string[] }).locales ?? []).map((code) => `${s.name}/locale/${code}`));
    const entries = [...subpaths.map((s) => ({ name: s.name, file: `${s.name}/index` })), ...locales.map((name) => ({ name, file: name }))];
    expect(Object.keys(pkg.exports).sort()).toEqual(['.', './package.json', ...entries.map((e) => `./${e.name}`)].sort());
    for (const e of entries) {
      expect(pkg.exports[`./${e.name}` as keyof typeof pkg.exports]).toEqual({
        import: { types: `./dist/esm/${e.file}.d.ts`, default: `./dist/esm/${e.file}.js` },
        require: { types: `./dist/cjs/${e.file}.d.ts`, default: `./dist/cjs/${e.file}.js` },
      });
    }
    expect([...typedoc.entryPoints].sort()).toEqual(entries.map((e) => `src/${e.file}.ts`).sort());
    // TypeScript on `"module": "commonjs"` (node10 resolution) reads no `exports`: `typesVersions`
    // gives it each subpath's declarations, the same file `require` resolves to.
    const typesVersions = (pkg as { typesVersions?: Record<string, Record<string, string[]>> }).typesVersions?.['*'] ?? {};
    for (const s of subpaths) expect(typesVersions[s.name], `typesVersions for ${s.name}`).toEqual([`./dist/cjs/${s.name}/index.d.ts`]);
    for (const [key, target] of Object.entries(pkg.exports as Record<string, { require?: { types: string } } | string>)) {
      if (key === '.' || typeof target === 'string') continue;
      expect(typesVersions[key.slice(2)], `typesVersions for ${key}`).toEqual([target.require!.types]);
    }
    const budgets = createRequire(import.meta.url)('../.size-limit.cjs') as Array<{ path: string }>;
    for (const e of entries) expect(budgets.some((b) => b.path === `./dist/esm/${e.file}.js`), `size budget for ${e.name}`).toBe(true);
    for (const s of subpaths) expect(existsSync(s.guide), s.guide).toBe(true);
    const index = readFileSync('src/index.ts', 'utf8');
    for (const s of subpaths) expect(index).toContain(`'./${s.name}/index.js'`);
    const readme = readFileSync('README.md', 'utf8');
    for (const e of entries) expect(readme).toContain(`marketing-governance/${e.name}`);
    // The install line names each peer with its range, so a copied line installs versions that work.
    const install = readme.split('\n').find((l) => l.startsWith('npm install marketing-governance')) ?? '';
    for (const [name, range] of Object.entries(pkg.peerDependencies)) expect(install, 'README install line').toContain(` ${name}@${range}`);
  });
});
