// The clock on the screens, for the clock tests: the time a timer shows, and the organizer's
// day plan filled in and saved through its panel.

import type { Locator, Page } from 'playwright-core';

/** The seconds a timer shows ("4:05" → 245), the first in `scope` (a selector) if given. */
export async function timerSeconds(page: Page, scope = ''): Promise<number> {
  const text =
    (await page.locator(`${scope} [data-testid="timer-time"]`).first().textContent()) ?? '';
  const [m, s] = text.split(':').map(Number) as [number, number];
  return m * 60 + s;
}

/** Adds the items (label, "HH:MM") to the plan panel and saves; waits until it says saved. */
export async function savePlan(
  panel: Locator,
  items: readonly (readonly [string, string])[],
  timeout?: number,
): Promise<void> {
  for (const [label, start] of items) {
    await panel.getByTestId('plan-add').click();
    await panel.getByTestId('plan-label').last().fill(label);
    await panel.getByTestId('plan-start').last().fill(start);
  }
  await panel.getByTestId('plan-save').click();
  await panel.getByTestId('plan-saved').waitFor(timeout === undefined ? {} : { timeout });
}
