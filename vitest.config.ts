import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const src = fileURLToPath(new URL('./src', import.meta.url));

export default defineConfig({
  // The examples import the package by name, as a host does; tests run them against the sources.
  resolve: {
    alias: [
      { find: /^marketing-governance$/, replacement: `${src}/index.ts` },
      { find: /^marketing-governance\/([a-z-]+)\/locale\/([a-zA-Z-]+)$/, replacement: `${src}/$1/locale/$2.ts` },
      { find: /^marketing-governance\/([a-z-]+)$/, replacement: `${src}/$1/index.ts` },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // Every test has a time budget that holds on a busy 2-core machine; slow ones (property and
    // model-based tests) set their own, larger, in their `it(…, timeout)`.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
