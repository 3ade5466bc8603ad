// Cold import: fresh node processes, each timing one dynamic import from its own start, so nothing is
// cached between runs. Ours (the built package, which loads its peers too) against the peers alone, the
// least any host of the library loads; printed as the ratio of medians. `node bench/cold-import.mjs`
// runs it alone (after `npm run build`); bench/run.mjs runs it with the rest.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const peers = Object.keys(pkg.peerDependencies);

function once(specifiers) {
  const urls = specifiers.map((s) => (s.startsWith('.') ? pathToFileURL(`${root}/${s}`).href : s));
  const code = `const t = performance.now(); await Promise.all(${JSON.stringify(urls)}.map((u) => import(u))); process.stdout.write(String(performance.now() - t));`;
  return Number(execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root, encoding: 'utf8' }));
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Runs ours and the peers alone alternately in fresh processes; returns the medians in ms. */
export function coldImport(specifier, runs) {
  once([specifier]); // warm the disk cache, not the process
  const o = [];
  const b = [];
  for (let i = 0; i < runs; i++) {
    o.push(once([specifier]));
    b.push(once(peers));
  }
  return { ours: median(o), baseline: median(b) };
}

/** Prints the root line and, with `perSubpath`, a line per subpath of package.json exports. */
export function coldImportLines({ runs = 15, perSubpath = true } = {}) {
  const line = (name, { ours, baseline }, goal) =>
    console.log(`${name}: ${(ours / baseline).toFixed(2)}x (ours ${ours.toFixed(1)} ms vs baseline ${baseline.toFixed(1)} ms, median of ${runs} fresh processes${goal ? `; goal ${goal}` : ''})`);
  line(`cold import('${pkg.name}') vs importing its peers alone`, coldImport(pkg.exports['.'].import.default, runs), '≤ 1.3x');
  if (!perSubpath) return;
  for (const [key, target] of Object.entries(pkg.exports)) {
    if (key === '.' || typeof target === 'string') continue;
    line(`  cold import('${pkg.name}${key.slice(1)}') vs its peers alone`, coldImport(target.import.default, Math.ceil(runs / 2)));
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) coldImportLines();
