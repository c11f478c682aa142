// The organizer's clock and notice leftovers in Chromium: a laptop in New York enters and sees
// the plan in Amsterdam time (CLOCK-7); an overview on a laptop whose clock is five minutes off
// shows the projector's time left (CLOCK-8); the list of sent notices follows a chair's "Gezien"
// without a reload (NOTICE-11); the clock's screens pass axe in English too (CLOCK-10).

import { describe, expect, it } from 'vitest';
import { audit } from '../helpers/a11y.js';
import { haveBrowser, shot } from '../helpers/browser.js';
import { savePlan, timerSeconds as seconds } from '../helpers/clock.js';
import { addRooms } from '../helpers/report-event.js';
import { GENEROUS } from '../helpers/server.js';
import { useStage, type Screen } from '../helpers/screens.js';

const stage = useStage({
  config: { rateLimits: GENEROUS, timeZone: 'Europe/Amsterdam' },
  timeout: 60_000,
});
const { srv, problems } = stage;

const LONG = 30_000;

/** The device a screen runs on: its language, its time zone, how far its clock is off. */
interface Device {
  locale?: string;
  timezoneId?: string;
  skewMs?: number;
}

const device = (d: Device) => ({
  context: { locale: d.locale ?? 'nl-NL', ...(d.timezoneId ? { timezoneId: d.timezoneId } : {}) },
  clockSkewMs: d.skewMs,
});

const open = (screen: Screen, url: string, d: Device = {}) =>
  stage.open(screen, { url: url.replace(srv.publicUrl, srv.url), ...device(d) });

const organizer = (code: string, d: Device = {}) =>
  stage.organizer(code, { ...device(d), ready: 'overview', timeout: LONG });

/** "HH:MM" in Amsterdam, `minutes` from now. */
const amsterdam = (minutes: number) =>
  new Date(Date.now() + minutes * 60_000).toLocaleTimeString('en-GB', {
    timeZone: 'Europe/Amsterdam',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });

describe.skipIf(!haveBrowser)('the organizer’s clock and notices in Chromium', () => {
  it('[CLOCK-7] a laptop and a chair in New York enter and see the plan in Amsterdam time', async () => {
    const opening = amsterdam(-10);
    const round = amsterdam(20);
    // Around midnight in Amsterdam the plan would wrap; a day's plan has no such thing.
    if (round < opening) return;
    const ev = await srv.createEvent('Sociale Top');
    const page = await organizer(ev.code, { timezoneId: 'America/New_York' });
    const chair = await open('chair', ev.chairUrl, { timezoneId: 'America/New_York' });
    const panel = page.getByTestId('plan-panel');
    await expect
      .poll(() => panel.getByTestId('plan-zone').textContent(), { timeout: LONG })
      .toContain('Europe/Amsterdam');
    await savePlan(
      panel,
      [
        ['Opening', opening],
        ['Ronde 1', round],
      ],
      LONG,
    );
    // Stored as typed: Amsterdam times, not shifted by the laptop's zone.
    const stored = (await (await fetch(`${srv.url}/api/events/${ev.code}/plan`)).json()) as {
      items: { start: string }[];
    };
    expect(stored.items.map((i) => i.start)).toEqual([opening, round]);
    // The screens, six hours behind Amsterdam, still say the opening is on now.
    for (const p of [page, chair]) {
      const nowNext = p.getByTestId('now-next');
      await expect.poll(() => nowNext.textContent(), { timeout: LONG }).toContain('Opening');
      expect(await nowNext.textContent()).toContain(`${round} Ronde 1`);
    }
    await audit(page, 'organizer plan in another zone');
    await panel.evaluate((el) => el.scrollIntoView());
    await shot(page, 'org-clock-plan-zone');
  });

  it('[CLOCK-8] an overview on a laptop five minutes slow shows the projector’s time left', async () => {
    const ev = await srv.createEvent('Klok scheef');
    const [room] = await addRooms(srv, ev.code, ['naam', 'Tafel 1'].join('\n'));
    const projector = await open('projector', `${srv.url}/p/${ev.code}/${room!.id}`);
    const page = await organizer(ev.code, { skewMs: -5 * 60_000 });
    const res = await fetch(`${srv.url}/api/events/${ev.code}/rooms/${room!.id}/timer`, {
      method: 'PUT',
      headers: {
        authorization: `Bearer ${srv.adminToken}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({ durationMs: 10 * 60_000, activityId: null }),
    });
    expect(res.status).toBe(200);
    const row = '[data-testid="overview-row"][data-name="Tafel 1"]';
    await page.locator(`${row} [data-testid="timer"]`).waitFor({ timeout: LONG });
    await projector
      .locator('[data-testid="timer"][data-status="running"]')
      .waitFor({ timeout: LONG });
    // Read together: within a few seconds of each other (the overview ticks once a second);
    // without the correction the overview would show five minutes more.
    const [ov, pr] = await Promise.all([seconds(page, row), seconds(projector)]);
    expect(pr).toBeGreaterThan(8 * 60);
    expect(Math.abs(ov - pr)).toBeLessThanOrEqual(3);
    expect(problems).toEqual([]);
  });

  it('[NOTICE-11] the list of sent notices shows a chair’s confirmation without a reload', async () => {
    const ev = await srv.createEvent('Sociale Top');
    const rooms = await addRooms(
      srv,
      ev.code,
      ['naam,arrangement', 'Tafel 1,Ochtend', 'Tafel 2,Ochtend'].join('\n'),
    );
    const page = await organizer(ev.code);
    const chair = await open('chair', rooms[0]!.chairUrl);
    await chair.getByTestId('shortcut-help-button').waitFor({ timeout: LONG });
    await page.getByTestId('notice-text').fill('Nog 5 minuten, daarna terug naar de plenaire zaal');
    await page.getByTestId('notice-target').selectOption('arr:Ochtend');
    await page.getByTestId('notice-send').click();
    const item = page.getByTestId('notice-active');
    await expect.poll(() => item.getAttribute('data-to-confirm'), { timeout: LONG }).toBe('2');
    expect(await item.getAttribute('data-confirmed')).toBe('0');
    expect(await item.getByTestId('notice-waiting').textContent()).toContain('Tafel 1, Tafel 2');
    const navigations: string[] = [];
    page.on('framenavigated', (f) => navigations.push(f.url()));
    await chair.getByTestId('room-notice-seen').click();
    await expect.poll(() => item.getAttribute('data-confirmed'), { timeout: LONG }).toBe('1');
    expect(await item.getByTestId('notice-receipt').textContent()).toBe(
      '1 van 2 voorzitters zagen het',
    );
    expect(await item.getByTestId('notice-waiting').textContent()).toBe('Nog niet gezien: Tafel 2');
    expect(navigations).toEqual([]);
    await audit(page, 'organizer notice list nl');
    await page.getByTestId('notice-panel').evaluate((el) => el.scrollIntoView());
    await shot(page, 'org-notice-list');
    expect(problems).toEqual([]);
  });

  it('[CLOCK-10] the clock’s screens pass axe in English: projector, phone, chair, speaker', async () => {
    const ev = await srv.createEvent('Social Summit', 'en');
    const locale = { locale: 'en-GB' };
    const chair = await open('chair', ev.chairUrl, locale);
    const projector = await open('projector', ev.projectorUrl, locale);
    const speaker = await open('speaker', ev.speakerUrl, locale);
    const phone = await open('phone', ev.joinUrl);
    await chair.getByTestId('timer-panel').waitFor({ timeout: LONG });
    await chair.locator('[data-testid="timer-preset"][data-minutes="5"]').click();
    for (const p of [chair, projector, speaker, phone])
      await p.locator('[data-testid="timer"][data-status="running"]').waitFor({ timeout: LONG });
    for (const p of [chair, projector, speaker, phone])
      expect(await p.evaluate(() => document.documentElement.lang)).toBe('en');
    for (const [p, name] of [
      [chair, 'chair console'],
      [projector, 'projector'],
      [speaker, 'speaker view'],
      [phone, 'phone'],
    ] as const)
      await audit(p, `${name} with a timer en`);
    await shot(projector, 'org-clock-projector-en');
    await shot(phone, 'org-clock-phone-en');
    expect(problems).toEqual([]);
  });
});
