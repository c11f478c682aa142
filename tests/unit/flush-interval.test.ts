import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flushInterval } from '../../server/rooms/room.js';

const DEFAULTS = { tickMs: 100, tickMinMs: 40, framesPerSecond: 40_000 };

describe('the coalescing window', () => {
  it('[PROTO-7] grows with the audience between TICK_MIN_MS and TICK_MS', () => {
    expect(flushInterval(12, DEFAULTS)).toBe(40);
    expect(flushInterval(1_600, DEFAULTS)).toBe(40);
    expect(flushInterval(2_000, DEFAULTS)).toBe(50);
    expect(flushInterval(3_000, DEFAULTS)).toBe(75);
    expect(flushInterval(4_000, DEFAULTS)).toBe(100);
    expect(flushInterval(5_000, DEFAULTS)).toBe(100);
  });

  it('[PROTO-7] a fixed window when no minimum is given; TICK_MS 0 sends at once', () => {
    expect(flushInterval(5_000, { tickMs: 100 })).toBe(100);
    expect(flushInterval(1, { tickMs: 100 })).toBe(100);
    expect(flushInterval(5_000, { ...DEFAULTS, tickMs: 0 })).toBe(0);
  });

  it('[PROTO-7] never above TICK_MS, and frames per second stay within budget below it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), (n) => {
        const t = flushInterval(n, DEFAULTS);
        expect(t).toBeLessThanOrEqual(DEFAULTS.tickMs);
        expect(t).toBeGreaterThanOrEqual(DEFAULTS.tickMinMs);
        if (t < DEFAULTS.tickMs)
          expect((n * 1000) / t).toBeLessThanOrEqual(DEFAULTS.framesPerSecond);
      }),
    );
  });
});
