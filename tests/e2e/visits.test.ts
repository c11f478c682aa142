// A location's chair receives two groups in turn: starting the second visit gives the projector
// and the phones a fresh screen, while the chair can still show the first group's work
// (ROT-7, ROT-9, ROT-10, ROT-12).

import { describe, expect, it } from 'vitest';
import { audit } from '../helpers/a11y.js';
import { haveBrowser, shot } from '../helpers/browser.js';
import { GENEROUS } from '../helpers/server.js';
import { useStage } from '../helpers/screens.js';
import { eventWithRooms, importRotation, nextSlot } from '../helpers/setup-api.js';
import { approveText } from '../helpers/statements.js';
import { TestClient } from '../helpers/ws-client.js';
import { asRoomChair } from '../helpers/scenario.js';

const stage = useStage({ config: { rateLimits: GENEROUS } });
const { srv } = stage;
const WAIT = { timeout: 30_000 };

describe.skipIf(!haveBrowser)('a location chair runs visits', () => {
  it('[ROT-7][ROT-9][ROT-10][ROT-12][ROT-13] the second visit starts fresh on the projector and the phones', async () => {
    const { ev, rooms } = await eventWithRooms(srv, 'Sociale Top bezoeken');
    const plan = await importRotation(srv, ev.code, [
      'groep;ronde;locatie',
      'Groep 5;1;Jongerencentrum Lombokplein',
      'Groep 6;1;Theater Lombokplein',
      'Groep 5;2;Theater Lombokplein',
      'Groep 6;2;Jongerencentrum Lombokplein',
    ]);
    const [g5, g6] = plan.groups;
    const here = plan.visits.find((x) => x.groupId === g5!.id && x.slot === 0)!.roomId;
    const room = rooms.find((r) => r.id === here)!;
    const moderator = await asRoomChair(srv, ev, room);
    const approve = (text: string) => approveText(moderator, text);

    const chair = await stage.open('chair');
    await chair.goto(room.chairUrl.replace(srv.publicUrl, srv.url));
    const beamer = await stage.open('projector');
    await beamer.goto(`${srv.url}/p/${ev.code}/${here}`);

    // Visit 1: Groep 5 is due; the chair starts it.
    const start = chair.getByTestId('visit-start');
    await expect.poll(() => start.innerText(), WAIT).toBe('Start bezoek van Groep 5');
    expect(await chair.getByTestId('visit-next').innerText()).toBe('Daarna: Groep 6 (ronde 2)');
    await start.click();
    await expect
      .poll(() => chair.getByTestId('visit-running').innerText(), WAIT)
      .toBe('Nu: bezoek 1 · Groep 5');
    const first = await TestClient.connect(srv.url, {
      role: 'participant',
      eventCode: ev.code,
      participantId: 'phone-groep-5-a',
      group: g5!.code,
    });
    await first.until(() => first.room?.visit?.groupId === g5!.id);
    const wallId = first.room!.currentActivityId!;
    await first.command({
      type: 'statement.submit',
      activityId: wallId,
      text: 'Buurtwerkers op straat (groep 5)',
    });
    await approve('Buurtwerkers op straat (groep 5)');
    await expect
      .poll(() => beamer.getByTestId('projector-item').allInnerTexts(), WAIT)
      .toEqual([expect.stringContaining('groep 5')]);
    first.close();

    // The slot changes: Groep 6 comes here. Its phone waits for the chair, showing nothing of 5.
    await nextSlot(srv, ev.code);
    const phone = await stage.open('phone');
    await phone.goto(`${srv.url}/g/${g6!.code}`);
    await expect
      .poll(() => phone.getByTestId('visit-location').innerText(), WAIT)
      .toBe('Hier: Jongerencentrum Lombokplein');
    expect(await phone.getByTestId('visit-group').innerText()).toContain('Jouw groep: Groep 6');
    expect(await phone.locator('.topbar__event').innerText()).toContain(
      'Jongerencentrum Lombokplein',
    );
    await phone.getByTestId('visit-wait').waitFor(WAIT);
    expect(await phone.locator('.participant__main').innerText()).not.toContain('groep 5');

    // The organizer's overview: Groep 6's phone is here, so it is not late but waits for the
    // chair (ROT-33); the late group's reason is in the integration tests.
    const org = await stage.organizer(ev.code);
    const row = org.locator(`[data-testid="overview-row"][data-name="${room.name}"]`);
    await expect
      .poll(() => row.getByTestId('overview-waiting').innerText(), WAIT)
      .toBe('Groep 6 is er (1 telefoon), bezoek nog niet gestart');
    expect(await row.getByTestId('overview-late').count()).toBe(0);
    expect(await row.getByTestId('overview-visit').innerText()).toContain('Bezoek 1: Groep 5');
    await row.scrollIntoViewIfNeeded();
    await shot(org, 'visit-overview');

    // The slot change reached the chair's console by itself (ROT-32, no reload): Groep 6 is due;
    // starting it clears the screens.
    await expect
      .poll(() => chair.getByTestId('visit-start').innerText(), WAIT)
      .toBe('Start bezoek van Groep 6');
    await chair.getByTestId('visit-start').click();
    await expect
      .poll(() => chair.getByTestId('visit-running').innerText(), WAIT)
      .toBe('Nu: bezoek 2 · Groep 6');
    await expect.poll(() => beamer.getByTestId('projector-item').count(), WAIT).toBe(0);
    await expect.poll(() => row.getByTestId('overview-waiting').count(), WAIT).toBe(0);
    expect(await beamer.getByTestId('projector-visit').innerText()).toBe('Bezoek van Groep 6');
    await expect.poll(() => phone.getByTestId('visit-wait').count(), WAIT).toBe(0);
    await phone.getByTestId('statement-input').fill('Een huiskamer in de wijk (groep 6)');
    await phone.getByTestId('send-button').click();
    await approve('Een huiskamer in de wijk (groep 6)');
    await expect
      .poll(() => beamer.getByTestId('projector-item').allInnerTexts(), WAIT)
      .toEqual([expect.stringContaining('groep 6')]);
    await expect
      .poll(() => phone.getByTestId('wall-item').allInnerTexts(), WAIT)
      .toEqual([expect.stringContaining('groep 6')]);

    // The chair sees this visit's work, and the earlier one's on request.
    const chairWall = chair.getByTestId('chair-wall').getByTestId('wall-item');
    await expect.poll(() => chairWall.count(), WAIT).toBe(1);
    await chair.getByTestId('visit-earlier').check();
    await expect.poll(() => chairWall.count(), WAIT).toBe(2);
    await chair.getByTestId('visit-earlier').uncheck();

    await audit(chair, 'chair visit bar');
    await audit(phone, 'phone at a location');
    await shot(chair, 'visit-chair');
    await shot(beamer, 'visit-projector');
    await shot(phone, 'visit-phone');
    moderator.close();
    await audit(org, 'overview with visits');
    for (const p of [chair, beamer, phone, org]) await p.context().close();
  }, 240_000);
});
