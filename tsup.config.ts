import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { defineConfig, type Options } from 'tsup';
import { pureAnnotations } from './scripts/pure-annotations.js';

// One entry per subpath of package.json `exports` (so a subpath added there, a locale module
// included, is built without editing this file): `./dist/esm/kpi/index.js` is built from
// `src/kpi/index.ts`.
type Target = { import: { default: string } };
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { exports: Record<string, Target | string> };
const entry: Record<string, string> = Object.fromEntries(
  Object.values(pkg.exports)
    .filter((t): t is Target => typeof t !== 'string')
    .map((t) => {
      const out = t.import.default.replace(/^\.\/dist\/esm\//, '').replace(/\.js$/, '');
      return [out, `src/${out}.ts`];
    }),
);

// A package that does not declare itself free of side effects (`sideEffects` in its package.json) is
// kept by a consumer's bundler wherever it is imported, even when nothing imported is used. Each such
// package (today `@date-fns/tz`) is imported through a one-line re-export of our own, built as its own
// file under dist/*/vendor: a shared chunk then imports that file, which `sideEffects: false` lets a
// bundler drop, so the policy revision step does not load @date-fns/tz because evaluation due dates do.
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? sources(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : []));
const imported = new Set(
  sources('src').flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/^(?:import|export)\s(?!type\b)[^'"]*?from\s+'([^.'][^']*)'/gm)].map(([, spec]) => spec!.split('/').slice(0, spec!.startsWith('@') ? 2 : 1).join('/')),
  ),
);
const withSideEffects = [...imported].filter((name) => {
  const { sideEffects } = JSON.parse(readFileSync(join('node_modules', name, 'package.json'), 'utf8')) as { sideEffects?: unknown };
  // zod lists only its compile helpers (`["./compile.js", …]`), which the library does not import.
  return !(sideEffects === false || (Array.isArray(sideEffects) && !sideEffects.some((f) => /index/.test(String(f)))));
});
const facades = new Map<string, string>();
for (const name of withSideEffects) {
  const file = resolve('.tmp/vendor', `${name.replace(/^@/, '').replace(/\//g, '-')}.ts`);
  mkdirSync(dirname(file), { recursive: true });
  // The names the sources import, re-exported by name (a bundler cannot see through `export *` of a
  // package it leaves external).
  const names = new Set(
    sources('src').flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(new RegExp(`^import\\s+\\{([^}]*)\\}\\s+from\\s+'${name}';`, 'gm'))].flatMap(([, list]) =>
        list!.split(',').map((n) => n.trim()).filter((n) => n && !n.startsWith('type ')),
      ),
    ),
  );
  writeFileSync(file, `export { ${[...names].sort().join(', ')} } from '${name}';\n`);
  entry[`vendor/${basename(file, '.ts')}`] = file;
  facades.set(name, file);
}

// Bundled with code splitting: each subpath is one file and the modules two subpaths share sit in
// shared chunks, so a cold import loads a few files instead of one per source module. Consumers'
// bundlers still drop what a subpath does not use: `sideEffects: false` drops unused chunks, and the
// top-level constants inside a used chunk are marked pure (scripts/pure-annotations.ts);
// scripts/check-bundles.mjs checks that light imports carry no zod or xstate. CommonJS is split too
// (tsup's splitting for cjs): without it each subpath would carry its own copy of core, and a host
// requiring two subpaths would load both copies.
const common: Options = {
  entry,
  bundle: true,
  splitting: true,
  target: 'node20',
  sourcemap: false,
  clean: false,
  dts: false,
  esbuildPlugins: [pureAnnotations(facades)],
  esbuildOptions(options) {
    options.chunkNames = 'chunks/[name]-[hash]';
  },
};

export default defineConfig([
  { ...common, format: 'esm', outDir: 'dist/esm' },
  { ...common, format: 'cjs', outDir: 'dist/cjs', outExtension: () => ({ js: '.js' }) },
]);
