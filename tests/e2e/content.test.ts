// The organizer sends one dilemma to an arrangement from the event page; a chair's console gets
// the dilemma poll and round at once; a new version asks before it replaces a chair's edits
// (CONTENT-1, CONTENT-3). Axe in Dutch and English.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PollActivity, RoundActivity } from '../../shared/model.js';
import { audit } from '../helpers/a11y.js';
import { CHAIR, guard, haveBrowser, shot } from '../helpers/browser.js';
import { expectAck } from '../helpers/polls.js';
import { addRooms, type SeededRoom } from '../helpers/report-event.js';
import { ROOMS_CSV } from '../helpers/report-kinds.js';
import { TestClient } from '../helpers/ws-client.js';
import { useStage } from '../helpers/screens.js';

const stage = useStage({ event: 'Sociale Top 2026' });
const { srv, ev, browser } = stage;

let rooms: SeededRoom[];
const clients: TestClient[] = [];

describe.skipIf(!haveBrowser)('one dilemma to many tables, in Chromium', () => {
  beforeAll(async () => {
    rooms = await addRooms(srv, ev.code, ROOMS_CSV);
  }, 60_000);
  afterAll(async () => {
    for (const c of clients) c.close();
  });

  it('[CONTENT-1][CONTENT-3] the organizer sends a dilemma to Arrangement 3; a chair’s edit is asked about', async () => {
    const g7 = rooms.find((r) => r.name === 'Groep 7')!;
    const chair = await TestClient.connect(srv.url, {
      role: 'chair',
      eventCode: ev.code,
      roomId: g7.id,
      key: g7.key,
    });
    clients.push(chair);
    const context = await browser.newContext({ viewport: CHAIR, locale: 'nl-NL' });
    const page = await context.newPage();
    const problems = guard(page, srv.url);
    await page.goto(`${srv.url}/o?t=${srv.adminToken}`);
    await page
      .locator(`[data-testid="event-row"][data-code="${ev.code}"] [data-testid="manage-button"]`)
      .click();
    await page.getByTestId('content-question').fill('De wachtlijst groeit. Wat doen we?');
    await page.getByTestId('content-option-0').fill('Iedereen een beetje hulp');
    await page.getByTestId('content-drawback-0').fill('Niemand krijgt genoeg');
    await page.getByTestId('content-option-1').fill('Eerst de zwaarste gevallen');
    // The second drawback is missing: refused, nothing sent.
    await page.getByTestId('content-target').selectOption('Arrangement 3');
    await page.getByTestId('content-send').click();
    await expect.poll(() => page.getByTestId('content-error').innerText()).toContain('drawback');
    expect([...chair.activities.values()].map((a) => a.kind)).toEqual(['wall']);

    await page.getByTestId('content-drawback-1').fill('De rest wacht nog langer');
    await page.getByTestId('content-send').click();
    await expect
      .poll(() => page.getByTestId('content-done').innerText())
      .toBe('Verstuurd naar 3 ruimtes.');
    await chair.until(() => [...chair.activities.values()].some((a) => a.kind === 'round'));
    const poll = [...chair.activities.values()].find((a) => a.kind === 'poll') as PollActivity;
    const round = [...chair.activities.values()].find((a) => a.kind === 'round') as RoundActivity;
    expect(poll.config.question).toBe('De wachtlijst groeit. Wat doen we?');
    expect(round.config.dilemma).toBe(poll.config.question);

    // The chair adapts their copy; the organizer sends a new version.
    expectAck(
      await chair.command({ type: 'activity.update', activityId: poll.id, title: 'Onze versie' }),
    );
    await page.getByTestId('content-question').fill('De wachtlijst groeit snel. Wat doen we?');
    expect(await page.getByTestId('content-send').innerText()).toBe('Nieuwe versie versturen');
    await page.getByTestId('content-send').click();
    const ask = page.getByTestId('content-edited');
    await expect.poll(() => ask.innerText()).toContain('Groep 7');
    await audit(page, 'content panel nl');
    await ask.evaluate((el) => el.scrollIntoView());
    await shot(page, 'content-panel');
    await page.getByTestId('content-overwrite-unedited').click();
    await expect
      .poll(() => page.getByTestId('content-done').innerText())
      .toBe('Verstuurd naar 3 ruimtes.');
    expect((chair.activities.get(poll.id) as PollActivity).title).toBe('Onze versie');
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);

  it('[CONTENT-1][A11Y-1] the panel passes axe in English', async () => {
    const context = await browser.newContext({ viewport: CHAIR, locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(`${srv.url}/o?t=${srv.adminToken}`);
    const sw = page.locator('.lang-switch');
    if ((await sw.innerText()).includes('English')) await sw.click();
    await page
      .locator(`[data-testid="event-row"][data-code="${ev.code}"] [data-testid="manage-button"]`)
      .click();
    await page.getByTestId('content-send').waitFor();
    expect(await page.locator('#content-heading').innerText()).toBe('One dilemma to every table');
    await audit(page, 'content panel en');
    await context.close();
  }, 60_000);
});
