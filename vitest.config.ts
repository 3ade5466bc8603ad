import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // Every test has a time budget that holds on a busy 2-core machine; slow ones (property and
    // model-based tests) set their own, larger, in their `it(…, timeout)`.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
