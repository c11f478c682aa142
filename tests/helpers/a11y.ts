// The axe audit every accessibility test runs: WCAG 2.0, 2.1 and 2.2, levels A and AA, zero
// violations allowed. A failure lists each rule with the first elements it found.

import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Audits the page as it is after `settleMs` (for transitions to finish). */
export async function audit(page: Page, label: string, settleMs = 0): Promise<void> {
  if (settleMs > 0) await page.waitForTimeout(settleMs);
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
