// The organizer's notice to many rooms in Chromium (NOTICE-1, 3, 4, 5, 6): the organizer sends it
// from the event page, a projector and a phone show it, the chair confirms it with "Gezien" and
// the live overview counts the rooms that have not; withdrawn, it leaves the screens. Axe in
// Dutch and English on every screen that shows it.

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit } from '../helpers/a11y.js';
import {
  CHAIR,
  guard,
  haveBrowser,
  launch,
  phoneContext,
  PROJECTOR,
  shot,
} from '../helpers/browser.js';
import { addRooms, type SeededRoom } from '../helpers/report-event.js';
import { GENEROUS, startTestServer, type TestServer } from '../helpers/server.js';

let srv: TestServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

const CSV = ['naam,arrangement', 'Tafel 1,Ochtend', 'Tafel 2,Ochtend', 'Tafel 3,Middag'].join('\n');
const TEXT = 'Nog 5 minuten, daarna terug naar de plenaire zaal';

async function open(url: string, viewport: { width: number; height: number }, locale = 'nl-NL') {
  const context = await browser.newContext({ viewport, locale });
  contexts.push(context);
  const page = await context.newPage();
  const problems = guard(page, srv.url);
  await page.goto(url.replace(srv.publicUrl, srv.url));
  return { page, problems };
}

async function phone(url: string): Promise<{ page: Page; problems: string[] }> {
  const context = await phoneContext(browser);
  contexts.push(context);
  const page = await context.newPage();
  const problems = guard(page, srv.url);
  await page.goto(url.replace(srv.publicUrl, srv.url));
  return { page, problems };
}

async function organizer(code: string, locale = 'nl-NL') {
  const o = await open(`${srv.url}/o?t=${srv.adminToken}`, CHAIR, locale);
  if (locale.startsWith('en')) {
    const sw = o.page.locator('.lang-switch');
    if ((await sw.innerText()).includes('English')) await sw.click();
  }
  await o.page
    .locator(`[data-testid="event-row"][data-code="${code}"] [data-testid="manage-button"]`)
    .click();
  await o.page.getByTestId('notice-send').waitFor();
  return o;
}

describe.skipIf(!haveBrowser)('a notice to every room, in Chromium', () => {
  beforeAll(async () => {
    srv = await startTestServer({ rateLimits: GENEROUS });
    browser = await launch();
  }, 60_000);
  afterAll(async () => {
    for (const c of contexts) await c.close().catch(() => undefined);
    await browser?.close();
    await srv?.stop();
  });

  it('[NOTICE-1][NOTICE-3][NOTICE-4][NOTICE-5][NOTICE-6] sent to an arrangement: projector and phone show it, the chair confirms, the overview counts', async () => {
    const ev = await srv.createEvent('Sociale Top');
    const rooms: SeededRoom[] = await addRooms(srv, ev.code, CSV);
    const t1 = rooms[0]!;
    const org = await organizer(ev.code);
    const beamer = await open(`${srv.url}/p/${ev.code}/${t1.id}`, PROJECTOR);
    const mobile = await phone(`${srv.url}/j/${ev.code}/${t1.id}`);
    const chair = await open(t1.chairUrl, CHAIR);
    await chair.page.getByTestId('shortcut-help-button').waitFor();
    await mobile.page.locator('#main').waitFor();

    // Nothing chosen yet: the form says so and sends nothing.
    await org.page.getByTestId('notice-send').click();
    await expect
      .poll(() => org.page.getByTestId('notice-error').innerText())
      .toBe('Schrijf eerst een bericht.');

    await org.page.getByTestId('notice-text').fill(TEXT);
    await org.page.getByTestId('notice-target').selectOption('arr:Ochtend');
    await org.page.getByTestId('notice-send').click();
    await expect
      .poll(() => org.page.getByTestId('notice-done').innerText())
      .toBe('Verstuurd naar 2 ruimtes.');

    const banner = beamer.page.getByTestId('room-notice');
    await expect.poll(() => banner.innerText()).toBe(TEXT);
    // Readable from the back row: at least the hall minimum (4.3 % of the screen height).
    const size = await banner.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(0.043 * PROJECTOR.height);
    await shot(beamer.page, 'notice-projector');

    const onPhone = mobile.page.getByTestId('room-notice');
    await expect.poll(() => onPhone.innerText()).toContain(TEXT);
    expect(await onPhone.evaluate((el) => el.closest('[role="status"]') !== null)).toBe(true);
    await shot(mobile.page, 'notice-phone');
    await audit(mobile.page, 'phone with a notice nl');
    await audit(beamer.page, 'projector with a notice nl');

    // The overview: two rooms to confirm.
    const unconfirmed = org.page.getByTestId('total-unconfirmed');
    await expect.poll(() => unconfirmed.getAttribute('data-n')).toBe('2');
    await expect.poll(() => unconfirmed.innerText()).toBe('2 niet gezien');

    const bar = chair.page.getByTestId('room-notice');
    await expect.poll(() => bar.innerText()).toContain(TEXT);
    await audit(chair.page, 'chair with a notice nl');
    await shot(chair.page, 'notice-chair');
    await chair.page.getByTestId('room-notice-seen').click();
    await chair.page.getByTestId('room-notice-confirmed').waitFor();
    await expect.poll(() => unconfirmed.getAttribute('data-n')).toBe('1');
    const row = org.page.locator(`[data-testid="overview-row"][data-name="Tafel 1"]`);
    await expect
      .poll(() => row.getByTestId('overview-notice').getAttribute('data-seen'))
      .toBe('true');
    await audit(org.page, 'organizer with a notice nl');
    await org.page.getByTestId('overview-panel').evaluate((el) => el.scrollIntoView());
    await shot(org.page, 'notice-overview');
    await org.page.getByTestId('notice-panel').evaluate((el) => el.scrollIntoView());
    await shot(org.page, 'notice-organizer');

    // Withdrawn: it leaves the beamer and the phone.
    await org.page.reload();
    await org.page
      .locator(`[data-testid="event-row"][data-code="${ev.code}"] [data-testid="manage-button"]`)
      .click();
    await org.page.getByTestId('notice-withdraw').click();
    await expect
      .poll(() => org.page.getByTestId('notice-done').innerText())
      .toBe('Ingetrokken in 2 ruimtes.');
    await expect.poll(() => banner.count()).toBe(0);
    await expect.poll(() => onPhone.count()).toBe(0);
    for (const p of [org, beamer, mobile, chair]) expect(p.problems).toEqual([]);
  }, 120_000);

  it('[NOTICE-1][NOTICE-3][A11Y-1] chosen rooms, in English: the panel, the phone and the chair pass axe', async () => {
    const ev = await srv.createEvent('Social Summit', 'en');
    const rooms = await addRooms(srv, ev.code, CSV);
    const t3 = rooms[2]!;
    const org = await organizer(ev.code, 'en-GB');
    await expect
      .poll(() => org.page.locator('#notice-heading').innerText())
      .toBe('Message to every room');
    const mobile = await phone(`${srv.url}/j/${ev.code}/${t3.id}`);
    const chair = await open(t3.chairUrl, CHAIR, 'en-GB');
    await chair.page.getByTestId('shortcut-help-button').waitFor();
    await org.page.getByTestId('notice-text').fill('Five more minutes, then back to the plenary');
    await org.page.getByTestId('notice-target').selectOption('chosen');
    await org.page.getByTestId('notice-rooms').selectOption([t3.id]);
    await audit(org.page, 'notice panel en');
    await org.page.getByTestId('notice-send').click();
    await expect
      .poll(() => org.page.getByTestId('notice-done').innerText())
      .toBe('Sent to 1 rooms.');
    await expect
      .poll(() => mobile.page.getByTestId('room-notice').innerText())
      .toContain('Five more minutes');
    await audit(mobile.page, 'phone with a notice en');
    await expect.poll(() => chair.page.getByTestId('room-notice-seen').innerText()).toBe('Seen');
    await audit(chair.page, 'chair with a notice en');
  }, 120_000);
});
