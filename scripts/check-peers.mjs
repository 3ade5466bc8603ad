// The peer ranges are the versions the package really works with: packs it as npm would publish it,
// installs the tarball with the LOWEST version each peer range allows (from the registry, through
// npm's cache), then type-checks a consumer that imports every subpath of package.json exports under
// three resolutions (ESM node16, bundler, CommonJS node10) with the declarations checked
// (skipLibCheck off), and imports and requires every subpath at run time.
// `node scripts/check-peers.mjs zod@4.0.0` tries another version of a peer (to see a floor fail).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const started = performance.now();
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

// `^4.3.0` → `4.3.0`: the floor of a caret or tilde range, or of `>=`.
const floors = Object.fromEntries(
  Object.entries(pkg.peerDependencies).map(([name, range]) => {
    const m = /^(?:\^|~|>=)?\s*(\d+\.\d+\.\d+)$/.exec(range.trim());
    if (!m) throw new Error(`${name}: cannot read the floor of the peer range ${range}`);
    return [name, m[1]];
  }),
);
for (const arg of process.argv.slice(2)) {
  const at = arg.lastIndexOf('@');
  if (at <= 0 || !(arg.slice(0, at) in floors)) throw new Error(`${arg}: expected <peer>@<version>, a peer of ${Object.keys(floors).join(', ')}`);
  floors[arg.slice(0, at)] = arg.slice(at + 1);
}

const subpaths = Object.entries(pkg.exports)
  .filter(([, target]) => typeof target !== 'string')
  .map(([key]) => (key === '.' ? pkg.name : `${pkg.name}/${key.slice(2)}`));
const imports = subpaths.map((s, i) => `import * as m${i} from '${s}';`).join('\n');
const consumer = `${imports}\nexport const modules = [${subpaths.map((_, i) => `m${i}`).join(', ')}];\n`;

const dir = mkdtempSync(join(tmpdir(), 'mg-peers-'));
let failed = false;
try {
  const packed = JSON.parse(execFileSync(npm, ['pack', '--json', '--pack-destination', dir], { encoding: 'utf8' }));
  const tarball = resolve(dir, packed[0].filename);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'consumer', private: true, version: '0.0.0' }));
  const peers = Object.entries(floors).map(([name, version]) => `${name}@${version}`);
  console.log(`peers at their floors: ${peers.join(', ')}`);
  // A version tried from the command line may lie outside the range: npm is told to install it anyway.
  const outside = process.argv.length > 2 ? ['--legacy-peer-deps'] : [];
  execFileSync(npm, ['install', '--no-audit', '--no-fund', '--prefer-offline', '--save-exact', '--loglevel=error', ...outside, tarball, ...peers], { cwd: dir, stdio: 'inherit' });

  // A common consumer's settings (`tsc --init`'s strict, esModuleInterop; the DOM library, which
  // xstate's declarations use for AbortSignal), with every declaration checked.
  const common = { strict: true, noEmit: true, skipLibCheck: false, esModuleInterop: true, types: [], lib: ['ES2022', 'DOM'], target: 'ES2022' };
  const setups = [
    { name: 'ESM, node16', file: 'esm.mts', options: { module: 'node16', moduleResolution: 'node16' } },
    { name: 'bundler', file: 'bundler.ts', options: { module: 'esnext', moduleResolution: 'bundler' } },
    { name: 'CommonJS, node10', file: 'cjs.ts', options: { module: 'commonjs', moduleResolution: 'node10' } },
  ];
  for (const s of setups) {
    writeFileSync(join(dir, s.file), consumer);
    writeFileSync(join(dir, `tsconfig.${s.file}.json`), JSON.stringify({ compilerOptions: { ...common, ...s.options }, files: [s.file] }));
    try {
      execFileSync(process.execPath, [tsc, '-p', `tsconfig.${s.file}.json`], { cwd: dir, encoding: 'utf8' });
      console.log(`types ok (${s.name})`);
    } catch (e) {
      const lines = `${e.stdout}${e.stderr}`.trim().split('\n');
      console.error(`FAIL types (${s.name}) with ${peers.join(', ')}:\n${lines.slice(0, 30).join('\n')}${lines.length > 30 ? `\n… ${lines.length - 30} more lines` : ''}`);
      failed = true;
    }
  }

  // Run time: every subpath imported as ESM and required as CommonJS; a policy parsed (zod) and an
// evaluation due date computed in the policy's time zone (date-fns with @date-fns/tz).
  writeFileSync(join(dir, 'run.mjs'), `${imports}\nfor (const m of [${subpaths.map((_, i) => `m${i}`).join(', ')}]) if (Object.keys(m).length === 0) throw new Error('no exports');\nconst { parsePolicy, defaultPolicy, evaluationDue } = m${subpaths.indexOf(`${pkg.name}/policy`)};\nif (!parsePolicy(defaultPolicy).ok) throw new Error('parsePolicy');\nconst due = evaluationDue([], { policy: defaultPolicy, effectiveFrom: '2026-01-01T00:00:00+08:00' }, new Date('2027-01-02T00:00:00Z'));\nif (!due.ok || due.value.overdueSince !== '2026-12-31T16:00:00.000Z') throw new Error('evaluationDue (date-fns with @date-fns/tz): ' + JSON.stringify(due));\n`);
  writeFileSync(join(dir, 'run.cjs'), `${subpaths.map((s) => `if (Object.keys(require('${s}')).length === 0) throw new Error('${s}');`).join('\n')}\n`);
  for (const file of ['run.mjs', 'run.cjs']) {
    try {
      execFileSync(process.execPath, [file], { cwd: dir, encoding: 'utf8' });
      console.log(`run ok (${file})`);
    } catch (e) {
      console.error(`FAIL run (${file}) with ${peers.join(', ')}:\n${e.stderr}`);
      failed = true;
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(`check:peers ${failed ? 'failed' : 'ok'} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
if (failed) process.exit(1);
