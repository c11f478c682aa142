// The printable report in a browser, for the report tests: the seeded event made before a
// describe block's tests (its sockets closed after them), and the report loaded until the
// harvest the chair sent has reached the plenary.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { late } from './late.js';
import { seedReportEvent, type SeededEvent } from './report-event.js';
import type { TestServer } from './server.js';

/** seedReportEvent with these rooms before the tests of the describe block it is called in. */
export function useReportEvent(srv: TestServer, names: string[]): SeededEvent {
  let seeded: SeededEvent | undefined;
  beforeAll(async () => {
    seeded = await seedReportEvent(srv, names);
  }, 60_000);
  afterAll(() => {
    for (const c of seeded?.clients ?? []) c.close();
  });
  return late('the report event', () => seeded);
}

/** Loads the report again until it lists `items` harvested statements (sent a moment ago). */
export async function loadReport(page: Page, url: string, items = 1): Promise<void> {
  await expect
    .poll(
      async () => {
        await page.goto(url);
        return page.getByTestId('report-harvest-item').count();
      },
      { timeout: 20_000 },
    )
    .toBe(items);
}
