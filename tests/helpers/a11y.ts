// The axe audit every accessibility test runs: WCAG 2.0, 2.1 and 2.2, levels A and AA, zero
// violations allowed. A failure lists each rule with the first elements it found.

import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Waits until every finite animation and transition on the page has finished (an endless one,
 * such as a pulsing dot, never does and is left out): a state, not a pause.
 */
export async function animationsDone(page: Page): Promise<void> {
  // Polled on an interval, not on animation frames: a page in the background gets none.
  await page.waitForFunction(
    () =>
      document
        .getAnimations()
        .every(
          (a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity,
        ),
    undefined,
    { polling: 50 },
  );
}

/** Audits the page once its transitions have finished (so axe reads the final colours). */
export async function audit(page: Page, label: string): Promise<void> {
  await animationsDone(page);
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
  expect(summary, label).toEqual([]);
}
