// The organizer's notice to many rooms in Chromium (NOTICE-1, 3, 4, 5, 6): the organizer sends it
// from the event page, a projector and a phone show it, the chair confirms it with "Gezien" and
// the live overview counts the rooms that have not; withdrawn, it leaves the screens. Axe in
// Dutch and English on every screen that shows it.

import { describe, expect, it } from 'vitest';
import { audit } from '../helpers/a11y.js';
import { haveBrowser, PROJECTOR, shot } from '../helpers/browser.js';
import { addRooms, type SeededRoom } from '../helpers/report-event.js';
import { GENEROUS } from '../helpers/server.js';
import { manageButton, useStage, type Screen } from '../helpers/screens.js';

const stage = useStage({ config: { rateLimits: GENEROUS }, timeout: 60_000 });
const { srv } = stage;

const CSV = ['naam,arrangement', 'Tafel 1,Ochtend', 'Tafel 2,Ochtend', 'Tafel 3,Middag'].join('\n');
const TEXT = 'Nog 5 minuten, daarna terug naar de plenaire zaal';

const open = (screen: Screen, url: string, locale = 'nl-NL') =>
  stage.open(screen, { url: url.replace(srv.publicUrl, srv.url), context: { locale } });

const organizer = (code: string, locale = 'nl-NL') =>
  stage.organizer(code, {
    context: { locale },
    english: locale.startsWith('en'),
    ready: 'notice-send',
  });

describe.skipIf(!haveBrowser)('a notice to every room, in Chromium', () => {
  it('[NOTICE-1][NOTICE-3][NOTICE-4][NOTICE-5][NOTICE-6] sent to an arrangement: projector and phone show it, the chair confirms, the overview counts', async () => {
    const ev = await srv.createEvent('Sociale Top');
    const rooms: SeededRoom[] = await addRooms(srv, ev.code, CSV);
    const t1 = rooms[0]!;
    const org = await organizer(ev.code);
    const beamer = await open('projector', `${srv.url}/p/${ev.code}/${t1.id}`);
    const mobile = await open('phone', `${srv.url}/j/${ev.code}/${t1.id}`);
    const chair = await open('chair', t1.chairUrl);
    await chair.getByTestId('shortcut-help-button').waitFor();
    await mobile.locator('#main').waitFor();

    // Nothing chosen yet: the form says so and sends nothing.
    await org.getByTestId('notice-send').click();
    await expect
      .poll(() => org.getByTestId('notice-error').innerText())
      .toBe('Schrijf eerst een bericht.');

    await org.getByTestId('notice-text').fill(TEXT);
    await org.getByTestId('notice-target').selectOption('arr:Ochtend');
    await org.getByTestId('notice-send').click();
    await expect
      .poll(() => org.getByTestId('notice-done').innerText())
      .toBe('Verstuurd naar 2 ruimtes.');

    const banner = beamer.getByTestId('room-notice');
    await expect.poll(() => banner.innerText()).toBe(TEXT);
    // Readable from the back row: at least the hall minimum (4.3 % of the screen height).
    const size = await banner.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(size).toBeGreaterThanOrEqual(0.043 * PROJECTOR.height);
    await shot(beamer, 'notice-projector');

    const onPhone = mobile.getByTestId('room-notice');
    await expect.poll(() => onPhone.innerText()).toContain(TEXT);
    expect(await onPhone.evaluate((el) => el.closest('[role="status"]') !== null)).toBe(true);
    await shot(mobile, 'notice-phone');
    await audit(mobile, 'phone with a notice nl');
    await audit(beamer, 'projector with a notice nl');

    // The overview: two rooms to confirm.
    const unconfirmed = org.getByTestId('total-unconfirmed');
    await expect.poll(() => unconfirmed.getAttribute('data-n')).toBe('2');
    await expect.poll(() => unconfirmed.innerText()).toBe('2 niet gezien');

    const bar = chair.getByTestId('room-notice');
    await expect.poll(() => bar.innerText()).toContain(TEXT);
    await audit(chair, 'chair with a notice nl');
    await shot(chair, 'notice-chair');
    await chair.getByTestId('room-notice-seen').click();
    await chair.getByTestId('room-notice-confirmed').waitFor();
    await expect.poll(() => unconfirmed.getAttribute('data-n')).toBe('1');
    const row = org.locator(`[data-testid="overview-row"][data-name="Tafel 1"]`);
    await expect
      .poll(() => row.getByTestId('overview-notice').getAttribute('data-seen'))
      .toBe('true');
    await audit(org, 'organizer with a notice nl');
    await org.getByTestId('overview-panel').evaluate((el) => el.scrollIntoView());
    await shot(org, 'notice-overview');
    await org.getByTestId('notice-panel').evaluate((el) => el.scrollIntoView());
    await shot(org, 'notice-organizer');

    // Withdrawn: it leaves the beamer and the phone.
    await org.reload();
    await manageButton(org, ev.code).click();
    await org.getByTestId('notice-withdraw').click();
    await expect
      .poll(() => org.getByTestId('notice-done').innerText())
      .toBe('Ingetrokken in 2 ruimtes.');
    await expect.poll(() => banner.count()).toBe(0);
    await expect.poll(() => onPhone.count()).toBe(0);
    expect(stage.problems).toEqual([]);
  }, 120_000);

  it('[NOTICE-1][NOTICE-3][A11Y-1] chosen rooms, in English: the panel, the phone and the chair pass axe', async () => {
    const ev = await srv.createEvent('Social Summit', 'en');
    const rooms = await addRooms(srv, ev.code, CSV);
    const t3 = rooms[2]!;
    const org = await organizer(ev.code, 'en-GB');
    await expect
      .poll(() => org.locator('#notice-heading').innerText())
      .toBe('Message to every room');
    const mobile = await open('phone', `${srv.url}/j/${ev.code}/${t3.id}`);
    const chair = await open('chair', t3.chairUrl, 'en-GB');
    await chair.getByTestId('shortcut-help-button').waitFor();
    await org.getByTestId('notice-text').fill('Five more minutes, then back to the plenary');
    await org.getByTestId('notice-target').selectOption('chosen');
    await org.getByTestId('notice-rooms').selectOption([t3.id]);
    await audit(org, 'notice panel en');
    await org.getByTestId('notice-send').click();
    await expect.poll(() => org.getByTestId('notice-done').innerText()).toBe('Sent to 1 rooms.');
    await expect
      .poll(() => mobile.getByTestId('room-notice').innerText())
      .toContain('Five more minutes');
    await audit(mobile, 'phone with a notice en');
    await expect.poll(() => chair.getByTestId('room-notice-seen').innerText()).toBe('Seen');
    await audit(chair, 'chair with a notice en');
  }, 120_000);
});
