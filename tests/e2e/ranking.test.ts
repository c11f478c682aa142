// The plenary ranks the harvested solution directions (RANK-*): three rooms each harvest three
// directions, the plenary chair fills a ranking from the harvest with one button and opens it,
// phones put the nine in order with the up/down buttons, and the projector shows the result
// only after the chair reveals it. Axe on every screen, phone in Dutch and English.

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { audit } from '../helpers/a11y.js';
import { CHAIR, guard, haveBrowser, phoneContext, shot } from '../helpers/browser.js';
import { addRooms } from '../helpers/report-event.js';
import { asChair, asParticipant } from '../helpers/scenario.js';
import { useStage } from '../helpers/screens.js';
import { postApproved } from '../helpers/statements.js';
import { TestClient } from '../helpers/ws-client.js';

const stage = useStage();
const { srv, browser, problems } = stage;

const DIRECTIONS = [
  ['Vaste contactpersoon per gezin', 'Wachtlijst openbaar maken', 'Samen eten in de wijk'],
  ['Buurtcoach op school', 'Eén loket voor alle hulp', 'Vrijwilligers beter ondersteunen'],
  ['Budget per wijk', 'Huisbezoek binnen een week', 'Jongeren zelf laten meebeslissen'],
];

async function harvestNine(code: string, rooms: { id: string; key: string }[]) {
  for (const [i, room] of rooms.entries()) {
    const p = await asParticipant(srv, { code }, `rank-e2e-${i}-abcdef`, { roomId: room.id });
    const chair = await TestClient.connect(srv.url, {
      role: 'chair',
      eventCode: code,
      roomId: room.id,
      key: room.key,
    });
    for (const text of DIRECTIONS[i]!) {
      const id = await postApproved(p, chair, text);
      await chair.command({ type: 'statement.harvest', statementId: id, on: true });
    }
    p.close();
    chair.close();
  }
}

async function joinPlenary(lang: 'nl' | 'en', url: string): Promise<Page> {
  const context = await phoneContext(browser);
  await context.addInitScript((l) => localStorage.setItem('vonk.lang', l), lang);
  const page = await context.newPage();
  problems.push(...guard(page, srv.url));
  await page.goto(url);
  await page.getByTestId('room-choice').first().click();
  return page;
}

const labels = (page: Page) =>
  page
    .getByTestId('ranking-item')
    .evaluateAll((els) =>
      els.map((e) => e.querySelector('.rank-item__label')?.lastChild?.textContent ?? ''),
    );

describe.skipIf(!haveBrowser)('the plenary ranks the harvested directions', () => {
  it('[RANK-1][RANK-5][RANK-7][RANK-8] nine harvested directions ranked on phones with the up/down buttons; the projector shows the result after reveal', async () => {
    const ev = await srv.createEvent('Sociale Top');
    const rooms = await addRooms(srv, ev.code, 'naam\nTafel A\nTafel B\nTafel C\n');
    await harvestNine(ev.code, rooms);
    const plenary = await asChair(srv, ev);
    await plenary.until(
      () => [...plenary.statements.values()].filter((s) => s.source).length === 9,
    );
    const created = (await plenary.command({
      type: 'activity.create',
      kind: 'ranking',
      title: 'Welke richting eerst?',
      config: {},
    })) as { id: string };
    const rankingId = created.id;

    // The chair fills the list from the harvest with one button and opens it (on screen too).
    const chairCtx = await browser.newContext({ viewport: CHAIR });
    const chair = await chairCtx.newPage();
    problems.push(...guard(chair, srv.url));
    await chair.goto(ev.chairUrl);
    await chair.getByTestId('agenda-item').filter({ hasText: 'Welke richting eerst?' }).click();
    await chair.getByTestId('ranking-fill').click();
    await expect
      .poll(() => chair.getByTestId('ranking-panel-items').locator('li').count(), {
        timeout: 15_000,
      })
      .toBe(9);
    expect(await chair.getByTestId('ranking-panel-items').textContent()).toContain('Tafel B');
    const projector = await stage.open('projector', { url: ev.projectorUrl });
    await chair.getByTestId('ranking-open').click();
    await plenary.until(() => {
      const a = plenary.activities.get(rankingId);
      return (
        a?.kind === 'ranking' && a.state === 'open' && plenary.room?.currentActivityId === rankingId
      );
    }, 15_000);
    await projector.getByTestId('projector-ranking').waitFor({ timeout: 20_000 });
    expect(await projector.getByTestId('projector-ranking').getAttribute('data-revealed')).toBe(
      'no',
    );
    await audit(chair, 'chair ranking');
    await shot(chair, 'ranking-chair');

    // Two phones, Dutch and English: the nine directions with labelled up/down buttons.
    const phoneNl = await joinPlenary('nl', `${srv.url}/j/${ev.code}`);
    const phoneEn = await joinPlenary('en', `${srv.url}/j/${ev.code}`);
    for (const phone of [phoneNl, phoneEn]) {
      await phone.getByTestId('ranking-list').waitFor({ timeout: 20_000 });
      expect(await phone.getByTestId('ranking-item').count()).toBe(9);
    }
    const first = await labels(phoneNl);
    const last = first[8]!;
    const up = phoneNl.getByRole('button', { name: `Zet ${last} hoger` });
    expect(await up.count()).toBe(1);
    expect(await phoneEn.getByRole('button', { name: `Move ${last} up` }).count()).toBe(1);
    // Eight presses bring the last to the top; the buttons keep the focus and say the place.
    await up.click();
    for (let i = 0; i < 7; i++) await phoneNl.keyboard.press('Enter');
    await expect.poll(async () => (await labels(phoneNl))[0]).toBe(last);
    await expect
      .poll(() => phoneNl.locator('[aria-live]').allTextContents())
      .toContainEqual(expect.stringContaining(`${last} staat nu op plaats 1 van 9`));
    await shot(phoneNl, 'ranking-phone-390');
    await audit(phoneNl, 'phone ranking nl');
    await audit(phoneEn, 'phone ranking en');
    // Fits one thumb on 390 px: nothing wider than the screen.
    expect(await phoneNl.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      390,
    );
    await phoneNl.getByTestId('ranking-send').click();
    await phoneNl.getByTestId('ranking-sent').waitFor({ timeout: 15_000 });
    // The English phone moves its second item down once, then sends.
    const second = (await labels(phoneEn))[1]!;
    await phoneEn.getByRole('button', { name: `Move ${second} down` }).click();
    await phoneEn.getByTestId('ranking-send').click();
    await phoneEn.getByTestId('ranking-sent').waitFor({ timeout: 15_000 });
    await plenary.until(() => plenary.rankings.get(rankingId)?.rounds[0]?.voters === 2, 15_000);

    // Hidden until the chair reveals; then the projector shows the result, best first.
    expect(await projector.getByTestId('ranking-result').count()).toBe(0);
    await chair.getByTestId('ranking-reveal').click();
    await projector.getByTestId('ranking-result').first().waitFor({ timeout: 20_000 });
    expect(await projector.getByTestId('ranking-result').count()).toBe(9);
    const top = plenary.rankings
      .get(rankingId)!
      .rounds[0]!.items.reduce((a, b) => ((a.mean ?? 99) <= (b.mean ?? 99) ? a : b));
    const topLabel = plenary.activities.get(rankingId)!;
    const topText =
      topLabel.kind === 'ranking'
        ? topLabel.config.items.find((i) => i.id === top.itemId)!.label
        : '';
    expect(await projector.getByTestId('ranking-result').first().textContent()).toContain(topText);
    // Readable from the back: the result's text is at least the hall minimum (4.3 % of 1080).
    const size = await projector
      .locator('.rank-results__label')
      .first()
      .evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    expect(size).toBeGreaterThanOrEqual(1080 * 0.043 - 0.5);
    // All nine fit on the stage, none cut off below.
    const lastRow = await projector.getByTestId('ranking-result').last().boundingBox();
    expect(lastRow!.y + lastRow!.height).toBeLessThanOrEqual(1080);
    await audit(projector, 'projector ranking result');
    await shot(projector, 'ranking-projector-1920');
    // The phones get the result too.
    await phoneNl.getByTestId('ranking-results').waitFor({ timeout: 15_000 });
    await shot(phoneNl, 'ranking-phone-result-390', true);
    expect(problems).toEqual([]);
    plenary.close();
  });

  it('[RANK-7][RANK-2] tap-to-order sets the order in the order tapped; points show what is left and send at exactly 100', async () => {
    const ev = await srv.createEvent('Punten en tikken');
    const plenary = await asChair(srv, ev);
    const items = ['Noord', 'Oost', 'Zuid', 'West'].map((label, i) => ({ id: `i${i}`, label }));
    const make = async (mode: 'order' | 'points') => {
      const { id } = (await plenary.command({
        type: 'activity.create',
        kind: 'ranking',
        title: mode === 'order' ? 'Tikken' : 'Punten',
        config: { mode, items, resultsMode: 'live' },
      })) as { id: string };
      await plenary.command({ type: 'activity.show', activityId: id });
      await plenary.command({ type: 'ranking.control', rankingId: id, action: 'open' });
      return id;
    };
    const tapId = await make('order');
    const phone = await stage.open('phone', { url: `${srv.url}/j/${ev.code}` });
    await phone.getByTestId('ranking-list').waitFor({ timeout: 20_000 });
    await phone.getByTestId('ranking-tap-mode').click();
    for (const label of ['West', 'Zuid', 'Oost', 'Noord']) {
      await phone.getByTestId('ranking-tap').filter({ hasText: label }).click();
    }
    await phone.getByTestId('ranking-list').waitFor();
    expect(await labels(phone)).toEqual(['West', 'Zuid', 'Oost', 'Noord']);
    await phone.getByTestId('ranking-send').click();
    await plenary.until(
      () =>
        plenary.rankings.get(tapId)?.rounds[0]?.items.find((i) => i.itemId === 'i3')?.mean === 1,
      15_000,
    );
    // Live results: the phone shows them after its ballot.
    await phone.getByTestId('ranking-results').waitFor({ timeout: 15_000 });

    const pointsId = await make('points');
    await phone.getByTestId('ranking-points').waitFor({ timeout: 20_000 });
    const inputs = phone.getByTestId('ranking-points-input');
    await inputs.nth(0).fill('60');
    await inputs.nth(1).fill('30');
    expect(await phone.getByTestId('points-left').textContent()).toBe('Nog 10 punten te verdelen');
    expect(await phone.getByTestId('ranking-send').isDisabled()).toBe(true);
    await audit(phone, 'phone points');
    await phone.getByRole('button', { name: '+ 5 · Zuid' }).click();
    await phone.getByRole('button', { name: '+ 5 · West' }).click();
    expect(await phone.getByTestId('points-left').textContent()).toBe('Nog 0 punten te verdelen');
    await shot(phone, 'ranking-phone-points-390');
    await phone.getByTestId('ranking-send').click();
    await phone.getByTestId('ranking-sent').waitFor({ timeout: 15_000 });
    await plenary.until(
      () =>
        plenary.rankings
          .get(pointsId)
          ?.rounds[0]?.items.map((i) => i.total)
          .join() === '60,30,5,5',
      15_000,
    );
    expect(problems).toEqual([]);
    plenary.close();
  });
});
