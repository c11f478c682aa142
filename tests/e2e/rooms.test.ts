// Setting up a Sociale Top: upload rooms, print table cards, a phone lands in its room.

import { animationsDone, audit } from '../helpers/a11y.js';
import { describe, expect, it } from 'vitest';
import { GENEROUS } from '../helpers/server.js';
import { CHAIR, guard, haveBrowser, shot } from '../helpers/browser.js';
import { TestClient } from '../helpers/ws-client.js';
import { manageEvent, useStage } from '../helpers/screens.js';
import { eventWithRooms } from '../helpers/setup-api.js';

const stage = useStage({ config: { rateLimits: GENEROUS } });
const { srv, browser } = stage;

describe.skipIf(!haveBrowser)('many rooms in Chromium', () => {
  it('[JOIN-5] the organizer makes a demo event with one click; its links work', async () => {
    const org = await stage.open('chair');
    await org.goto(`${srv.url}/o?t=${srv.adminToken}`);
    const before = await org.getByTestId('event-row').count();
    await org.getByTestId('demo-button').click();
    await expect.poll(() => org.getByTestId('event-row').count()).toBe(before + 1);
    const href = await org.getByTestId('event-projector-link').first().getAttribute('href');
    const beamer = await stage.open('projector');
    await beamer.goto(href!.replace(srv.publicUrl, srv.url));
    // The demo wall already has statements on it.
    await expect.poll(() => beamer.getByTestId('projector-item').count()).toBeGreaterThan(2);
    await beamer.context().close();
    await org.context().close();
  });

  it('[ROOM-2][ROOM-1][ROOM-9] upload 54 rooms after a preview, print cards with a QR each, a phone lands in table 12', async () => {
    const ev = await srv.createEvent('Sociale Top 2026');
    const org = await stage.open('chair');
    const problems = guard(org, srv.url);
    await manageEvent(org, srv, ev.code);
    await org.getByTestId('event-detail').waitFor();

    // First a broken list: the problem and its line are shown, nothing is made.
    await org.getByTestId('rooms-input').fill('naam,locatie\nTafel 1,Hal\n,Gang');
    await org.getByTestId('rooms-submit').click();
    await expect.poll(() => org.getByTestId('rooms-problems').innerText()).toContain('3');
    // Then the real file.
    await org.getByTestId('rooms-file').setInputFiles('tests/fixtures/sociale-top-rooms.csv');
    await expect.poll(() => org.getByTestId('rooms-input').inputValue()).toContain('Groep 54');
    await org.getByTestId('rooms-submit').click();
    // A preview first (ROOM-9): nothing is created until the organizer says so.
    await expect.poll(() => org.getByTestId('rooms-preview-count').innerText()).toBe('Ruimtes: 54');
    expect(await org.getByTestId('rooms-preview-arrangements').innerText()).toContain(
      'Arrangementen: 18',
    );
    expect(await org.getByTestId('rooms-preview').locator('tbody tr').count()).toBe(5);
    await audit(org, 'rooms preview');
    await org.getByTestId('rooms-create').click();
    await expect.poll(() => org.getByTestId('rooms-added').innerText()).toContain('54');
    await expect.poll(() => org.getByTestId('overview-row').count()).toBe(55);
    await shot(org, 'organizer-overview');

    const cards = await stage.open('chair');
    await cards.goto(`${srv.url}/o/${ev.code}/cards?t=${srv.adminToken}`);
    expect(await cards.getByTestId('table-card').count()).toBe(55);
    expect(await cards.locator('[data-testid="table-card"] svg').count()).toBe(55);
    const card12 = cards.getByTestId('table-card').filter({ hasText: 'Groep 12' });
    expect(await card12.innerText()).toContain('Voedselbank Overvecht');
    await shot(cards, 'table-cards');
    const pdf = await cards.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
    const unauthorized = await fetch(`${srv.url}/o/${ev.code}/cards?t=wrong`);
    expect(unauthorized.status).toBe(401);

    // The QR on table 12 is that room's join link: a phone lands there and posts.
    const rooms = (await (
      await fetch(`${srv.url}/api/events`, {
        headers: { authorization: `Bearer ${srv.adminToken}` },
      })
    ).json()) as {
      code: string;
      rooms: { id: string; name: string; joinUrl: string; chairUrl: string }[];
    }[];
    const t12 = rooms.find((e) => e.code === ev.code)!.rooms.find((r) => r.name === 'Groep 12')!;
    const cardText = await card12.innerText();
    expect(cardText).toContain(t12.joinUrl);
    const phone = await stage.open('phone');
    await phone.goto(t12.joinUrl);
    await expect
      .poll(() => phone.getByTestId('conn-status').getAttribute('data-status'))
      .toBe('online');
    expect(await phone.locator('.topbar__event').innerText()).toContain('Groep 12');
    await phone.getByTestId('statement-input').fill('Meer burgerkracht in de wijk');
    await phone.getByTestId('send-button').click();
    const chair = await TestClient.connect(srv.url, {
      role: 'chair',
      eventCode: ev.code,
      roomId: t12.id,
      key: new URL(t12.chairUrl).searchParams.get('k') ?? '',
    });
    await chair.until(() =>
      [...chair.statements.values()].some((s) => s.text === 'Meer burgerkracht in de wijk'),
    );

    // The organizer's overview shows table 12 has one waiting.
    await expect
      .poll(
        () =>
          org
            .locator(
              '[data-testid="overview-row"][data-name="Groep 12"] [data-testid="overview-pending"]',
            )
            .innerText(),
        { timeout: 8000 },
      )
      .toBe('1');
    // The room's chair approves it and sends it to the plenary; the plenary beamer shows it.
    const chairPage = await stage.open('chair');
    await chairPage.goto(t12.chairUrl.replace(srv.publicUrl, srv.url));
    await chairPage.getByTestId('queue-item').first().waitFor();
    await chairPage.getByTestId('approve-button').first().click();
    const onWall = chairPage
      .getByTestId('chair-wall')
      .getByTestId('wall-item')
      .filter({ hasText: 'Meer burgerkracht in de wijk' });
    await onWall.getByTestId('harvest-button').click();
    await expect
      .poll(() => onWall.getByTestId('harvest-button').getAttribute('aria-pressed'))
      .toBe('true');
    const plenaryChair = await TestClient.connect(srv.url, {
      role: 'chair',
      eventCode: ev.code,
      key: new URL(ev.chairUrl).searchParams.get('k') ?? '',
    });
    await plenaryChair.until(() =>
      [...plenaryChair.activities.values()].some(
        (a) => a.kind === 'wall' && a.config.harvest === true,
      ),
    );
    const harvestWall = [...plenaryChair.activities.values()].find(
      (a) => a.kind === 'wall' && a.config.harvest,
    )!;
    await plenaryChair.command({ type: 'activity.show', activityId: harvestWall.id });
    const beamer = await stage.open('projector');
    await beamer.goto(ev.projectorUrl.replace(srv.publicUrl, srv.url));
    const harvested = beamer
      .getByTestId('projector-item')
      .filter({ hasText: 'Meer burgerkracht in de wijk' });
    await harvested.waitFor();
    expect(await harvested.getByTestId('projector-room').innerText()).toBe('Groep 12');
    await animationsDone(beamer);
    await shot(beamer, 'plenary-harvest');
    plenaryChair.close();

    // The event code alone: a list of rooms to pick from.
    await phone.goto(`${srv.url}/j/${ev.code}`);
    await phone.getByTestId('room-picker').waitFor();
    expect(await phone.getByTestId('room-choice').count()).toBe(55);
    await shot(phone, 'room-picker');
    expect(problems).toEqual([]);
    chair.close();
  }, 90_000);

  it('[ROOM-7][EXPORT-5] the organizer adds the round-table template to every room, then imports the event again', async () => {
    const { ev, rooms } = await eventWithRooms(
      srv,
      'Dilemmatafels',
      'naam;locatie\nTafel 1;Zaal A\nTafel 2;Zaal B\nTafel 3;Zaal C\n',
    );
    const auth = { authorization: `Bearer ${srv.adminToken}` };
    const context = await browser.newContext({ viewport: CHAIR });
    const org = await context.newPage();
    const problems = guard(org, srv.url);
    // The chair of table 2 has the console open while the organizer applies the template.
    const chairPage = await context.newPage();
    problems.push(...guard(chairPage, srv.url));
    await chairPage.goto(rooms[1]!.chairUrl.replace(srv.publicUrl, srv.url));
    await expect.poll(() => chairPage.getByTestId('agenda-item').count()).toBe(1);

    await manageEvent(org, srv, ev.code);
    await org.getByTestId('template-rondetafel').check();
    await org.getByTestId('template-apply').click();
    await expect
      .poll(() => org.getByTestId('template-done').innerText())
      .toBe('Sjabloon toegepast op 3 ruimtes.');
    await org.getByTestId('template-done').scrollIntoViewIfNeeded();
    await shot(org, 'organizer-template');
    // Live on the chair's console: the dilemma poll and the three-step round.
    await expect.poll(() => chairPage.getByTestId('agenda-item').count()).toBe(3);

    // The export, imported through the page: a new event with the same rooms and agendas.
    const file = await (
      await fetch(`${srv.url}/api/events/${ev.code}/export.json`, { headers: auth })
    ).text();
    await org.getByTestId('event-import-file').setInputFiles({
      name: 'vonk-export.json',
      mimeType: 'application/json',
      buffer: Buffer.from(file),
    });
    await expect
      .poll(() => org.getByTestId('event-import-done').innerText())
      .toBe('Bijeenkomst Dilemmatafels geïmporteerd: 4 ruimtes.');
    // The managed event's card is not repeated below its panel (ORG-1): only the copy is listed.
    const rows = org.getByTestId('event-row').filter({ hasText: 'Dilemmatafels' });
    await expect.poll(() => rows.count()).toBe(1);
    const code = await rows.first().getAttribute('data-code');
    expect(code).not.toBe(ev.code);
    const copy = (await (
      await fetch(`${srv.url}/api/events/${code}/export.json`, { headers: auth })
    ).json()) as { rooms: { name: string; activities: { kind: string }[] }[] };
    expect(copy.rooms.map((r) => [r.name, r.activities.map((a) => a.kind).join(',')])).toEqual([
      ['Plenaire zaal', 'wall'],
      ['Tafel 1', 'wall,poll,round'],
      ['Tafel 2', 'wall,poll,round'],
      ['Tafel 3', 'wall,poll,round'],
    ]);
    // A broken file: the reason is shown, nothing is made.
    await org.getByTestId('event-import-file').setInputFiles({
      name: 'kapot.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ format: 'vonk-event', version: 9 })),
    });
    await expect
      .poll(() => org.getByTestId('event-import-error').innerText())
      .toContain('version: this Vonk reads version 1');
    expect(await rows.count()).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  }, 90_000);

  it('[ROOM-5] the organizer renames the event and sets its end; the deletion date follows, also on the phone', async () => {
    const ev = await srv.createEvent('Werktitel');
    const context = await browser.newContext({
      viewport: CHAIR,
      locale: 'nl-NL',
      timezoneId: 'Europe/Amsterdam',
    });
    const org = await context.newPage();
    const problems = guard(org, srv.url);
    await manageEvent(org, srv, ev.code);
    await org.getByTestId('settings-name').fill('Sociale Top Utrecht');
    await org.getByTestId('settings-ends').fill('2026-03-05T17:30');
    await org.getByTestId('settings-save').click();
    await org.getByTestId('settings-saved').waitFor();
    // RETENTION_DAYS is 30 in the test server: 5 March 17:30 + 30 days.
    await expect
      .poll(() => org.getByTestId('settings-delete').innerText())
      .toBe('Alles van deze bijeenkomst wordt automatisch gewist op 4 apr 2026, 18:30.');
    expect(await org.locator('#detail-heading').innerText()).toBe('Sociale Top Utrecht');
    // The card is not repeated below the panel (ORG-1); closed, the list shows the new name.
    const card = org.locator(`[data-testid="event-row"][data-code="${ev.code}"]`);
    expect(await card.count()).toBe(0);
    await org.locator('.event-detail__head button').click();
    expect(await card.locator('h3').innerText()).toBe('Sociale Top Utrecht');
    await card.getByTestId('manage-button').click();
    await org.getByTestId('settings-delete').scrollIntoViewIfNeeded();
    await shot(org, 'organizer-settings');
    // A bad name is refused with the server's reason; nothing changes.
    await org.getByTestId('settings-name').fill(' ');
    expect(await org.getByTestId('settings-save').isDisabled()).toBe(true);

    const phone = await stage.open('phone');
    await phone.goto(ev.joinUrl.replace(srv.publicUrl, srv.url));
    await phone.getByTestId('privacy').locator('summary').click();
    await expect.poll(() => phone.getByTestId('privacy').innerText()).toContain('4 april 2026');
    expect(problems).toEqual([]);
    await phone.context().close();
    await context.close();
  }, 90_000);
});
