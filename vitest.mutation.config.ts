// The test run Stryker drives for each mutant: the unit tests of the sources, without the host tests
// (Postgres, Chromium, edge runtime) and the text checks of docs and structure, which exercise hosts
// or read files rather than run the rules, and would only slow every mutant down.
import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: ['test/hosts/**', 'test/docs.test.ts', 'test/structure.test.ts', '**/node_modules/**'],
    },
  }),
);
