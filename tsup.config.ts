import { defineConfig, type Options } from 'tsup';

// One output file per source module (bundle: false) so that consumers' bundlers, with
// `sideEffects: false`, drop every module a subpath does not use: a function that only
// does money arithmetic never pulls in zod or xstate.
const common: Options = {
  entry: ['src/**/*.ts'],
  bundle: false,
  target: 'node20',
  sourcemap: false,
  clean: false,
  dts: false,
};

export default defineConfig([
  { ...common, format: 'esm', outDir: 'dist/esm' },
  { ...common, format: 'cjs', outDir: 'dist/cjs', outExtension: () => ({ js: '.js' }) },
]);
