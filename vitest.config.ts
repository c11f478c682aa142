import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Browser tests on a busy 2-core machine can take over a minute; a hang still fails.
    testTimeout: 120_000,
    hookTimeout: 60_000,
    // Tests wait for states, not for time: a poll gives up after 30 s, not vitest's 1 s, so a
    // busy machine slows a test down instead of failing it.
    expect: { poll: { timeout: 30_000 } },
    pool: 'forks',
    // Two cores: integration and browser tests start real servers; keep them from starving.
    maxWorkers: 2,
  },
});
