// The test run Stryker drives for each mutant: the unit tests of the sources, without the host tests
// (Postgres, Chromium, edge runtime) and the text checks of docs, structure and sources, which exercise
// hosts or read files rather than run the rules (a source read under Stryker is its instrumented copy).
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: ['test/hosts/**', 'test/docs.test.ts', 'test/structure.test.ts', 'test/**/source-text.test.ts', '**/node_modules/**'],
    },
  }),
);
