// The beamer in a hall, for the hall tests: the smallest projector they check, and the page's
// clock held so that only the test turns the wall's pages.

import type { Page } from 'playwright-core';
import { WALL_DWELL } from '../../shared/wall-order.js';

/** The smallest beamer the hall tests check (the largest is PROJECTOR, 1920×1080). */
export const HALL_SMALL = { width: 1280, height: 720 };

/**
 * Stops the page's clock a second into the next period (a page's dwell by default), so from
 * then on only runFor turns the pages. The jump is shorter than the connection's silence limit.
 */
export async function pauseOnPage(page: Page, period = WALL_DWELL.default * 1000): Promise<void> {
  const now = await page.evaluate(() => Date.now());
  await page.clock.pauseAt(Math.ceil(now / period) * period + 1000);
}
