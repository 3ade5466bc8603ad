// Packs the package as npm would publish it, installs the tarball with its peers into a throw-away
// consumer, and imports every subpath as ESM and requires it as CJS. First it checks that every
// relative link in the Markdown files the tarball ships (README, guides, examples) points at a file
// the tarball ships too, so the README read from node_modules or the registry has no dead links.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix, resolve } from 'node:path';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const subpaths = Object.keys(pkg.exports).filter((k) => k !== './package.json');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const dir = mkdtempSync(join(tmpdir(), 'mg-consumer-'));
try {
  const packed = JSON.parse(execFileSync(npm, ['pack', '--json', '--pack-destination', dir], { encoding: 'utf8' }));
  const tarball = resolve(dir, packed[0].filename);
  const shipped = new Set(packed[0].files.map((f) => f.path));
  const dead = [];
  for (const md of [...shipped].filter((f) => f.endsWith('.md'))) {
    for (const [, target] of readFileSync(md, 'utf8').matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^([a-z]+:|#)/i.test(target)) continue;
      const path = posix.normalize(posix.join(dirname(md), decodeURI(target.split('#')[0])));
      if (!shipped.has(path) && ![...shipped].some((f) => f.startsWith(`${path.replace(/\/$/, '')}/`))) dead.push(`${md}: ${target}`);
    }
  }
  if (dead.length > 0) throw new Error(`links to files the tarball does not ship:\n${dead.join('\n')}`);
  console.log(`links ok: ${[...shipped].filter((f) => f.endsWith('.md')).length} Markdown files in the tarball`);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, version: '0.0.0' }));
  const peers = Object.keys(pkg.peerDependencies).map((name) => `${name}@${pkg.devDependencies[name]}`);
  execFileSync(npm, ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', tarball, ...peers], { cwd: dir, stdio: 'inherit' });
  const names = subpaths.map((s) => (s === '.' ? pkg.name : `${pkg.name}/${s.slice(2)}`));
  const esm = names.map((n, i) => `import * as m${i} from '${n}'; if (Object.keys(m${i}).length === 0) throw new Error('${n}: no exports');`).join('\n');
  writeFileSync(join(dir, 'esm.mjs'), `${esm}\nimport { allocate } from '${pkg.name}/core';\nif (allocate({ amount: 100, currency: 'CNY' }, [1, 2]).value[1].amount !== 67) throw new Error('esm allocate');\nconsole.log('esm ok: ${names.join(', ')}');\n`);
  const cjs = names.map((n) => `if (Object.keys(require('${n}')).length === 0) throw new Error('${n}: no exports');`).join('\n');
  writeFileSync(join(dir, 'cjs.cjs'), `${cjs}\nconst { defaultPolicy, parsePolicy } = require('${pkg.name}/policy');\nif (!parsePolicy(defaultPolicy).ok) throw new Error('cjs policy');\nconsole.log('cjs ok: ${names.join(', ')}');\n`);
  execFileSync(process.execPath, ['esm.mjs'], { cwd: dir, stdio: 'inherit' });
  execFileSync(process.execPath, ['cjs.cjs'], { cwd: dir, stdio: 'inherit' });
} finally {
  rmSync(dir, { recursive: true, force: true });
}
