// After tsup (JavaScript) and tsc (declarations): mark dist/cjs as CommonJS and give it the same
// declarations, so `require` resolves types under a CommonJS scope and `import` under ESM.
import { cpSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

function copyDeclarations(from, to) {
  for (const name of readdirSync(from)) {
    const src = join(from, name);
    if (statSync(src).isDirectory()) copyDeclarations(src, join(to, name));
    else if (name.endsWith('.d.ts')) cpSync(src, join(to, name));
  }
}
copyDeclarations('dist/esm', 'dist/cjs');
writeFileSync('dist/cjs/package.json', JSON.stringify({ type: 'commonjs' }) + '\n');
writeFileSync('dist/esm/package.json', JSON.stringify({ type: 'module', sideEffects: false }) + '\n');
