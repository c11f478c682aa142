import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Browser tests on a busy 2-core machine can take over a minute; a hang still fails.
    testTimeout: 120_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Two cores: integration and browser tests start real servers; keep them from starving.
    maxWorkers: 2,
  },
});
