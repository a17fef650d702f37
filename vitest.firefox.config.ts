import { defineConfig } from 'vitest/config';

// The Firefox smoke suite (tests/firefox): one Firefox, one file, run by `npm test` after the Chromium suite.
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 1,
  },
});
