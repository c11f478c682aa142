// Slow venue Wi-Fi for one browser page: every frame from the server reaches the page 300–1,500 ms
// late (seeded, so a failure can be replayed), in the order it was sent. Frames from the page go
// out at once, so the server decides as fast as ever and only the screen lags behind.

import type { Page } from 'playwright-core';
import { rng } from './chaos.js';

/** The chaos tests' seeded generator (mulberry32), so the delays are the same on every run. */
export const seeded = rng;

export async function delayServerFrames(
  page: Page,
  opts: { minMs: number; maxMs: number; seed: number },
): Promise<void> {
  const rng = seeded(opts.seed);
  await page.routeWebSocket(/\/ws$/, (ws) => {
    const server = ws.connectToServer();
    // Each frame is due after its own delay but never before the one sent ahead of it.
    let last = 0;
    server.onMessage((message) => {
      const due = Math.max(Date.now() + opts.minMs + rng() * (opts.maxMs - opts.minMs), last + 1);
      last = due;
      setTimeout(() => ws.send(message), due - Date.now());
    });
  });
}
