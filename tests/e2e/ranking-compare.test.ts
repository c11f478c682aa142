// The plenary's ranking next to the locations' live (RANK-11): two locations ranked the same
// directions; the plenary's chair turns on "Per locatie" and sees the table, the projector at
// 1920×1080 shows it once revealed, in type the back row reads.

import { describe, expect, it } from 'vitest';
import { audit } from '../helpers/a11y.js';
import { haveBrowser, shot } from '../helpers/browser.js';
import { expectAck } from '../helpers/polls.js';
import { addRooms } from '../helpers/report-event.js';
import { asChair, asParticipant, asRoomChair } from '../helpers/scenario.js';
import { useStage } from '../helpers/screens.js';
import type { TestClient } from '../helpers/ws-client.js';

const stage = useStage();
const { srv } = stage;

const LIST = [
  'Eén loket voor alle hulp',
  'Buurtcoach op school',
  'Budget per wijk',
  'Huisbezoek binnen een week',
  'Samen eten in de wijk',
];

async function rank(chair: TestClient, phones: TestClient[], shift: number, reveal: boolean) {
  const created = await chair.command({
    type: 'activity.create',
    kind: 'ranking',
    title: 'Welke richting eerst?',
    config: { mode: 'order', items: LIST.map((label, i) => ({ id: `i${i}`, label })) },
  });
  expectAck(created);
  const rankingId = (created as { id: string }).id;
  expectAck(await chair.command({ type: 'activity.show', activityId: rankingId }));
  expectAck(await chair.command({ type: 'ranking.control', rankingId, action: 'open' }));
  for (const [k, phone] of phones.entries()) {
    const order = LIST.map((_, i) => `i${(i + shift + k) % LIST.length}`);
    expectAck(await phone.command({ type: 'ranking.ballot', rankingId, order }));
  }
  if (reveal)
    expectAck(await chair.command({ type: 'ranking.control', rankingId, action: 'reveal' }));
}

describe.skipIf(!haveBrowser)('ranking per location on the chair and the projector', () => {
  it('[RANK-11] the chair turns on "Per locatie"; the projector shows the places per location next to the plenary', async () => {
    const ev = await srv.createEvent('Sociale Top');
    const rooms = await addRooms(
      srv,
      ev.code,
      'naam,locatie\nWijkcentrum Oudegracht,Oudegracht\nTheater Lombokplein,Lombokplein\nBibliotheek Kanaalstraat,Kanaalstraat',
    );
    const sockets: TestClient[] = [];
    const phones = async (n: number, tag: string, roomId?: string) => {
      const out = await Promise.all(
        Array.from({ length: n }, (_, i) =>
          asParticipant(srv, ev, `compare-e2e-${tag}-${i}`, roomId ? { roomId } : {}),
        ),
      );
      sockets.push(...out);
      return out;
    };
    for (const [i, room] of rooms.entries()) {
      const chair = await asRoomChair(srv, ev, room);
      sockets.push(chair);
      await rank(chair, await phones(2, `loc${i}`, room.id), i + 1, false);
    }
    const plenary = await asChair(srv, ev);
    sockets.push(plenary);
    await rank(plenary, await phones(4, 'plen'), 0, true);

    const projector = await stage.open('projector', { url: ev.projectorUrl });
    await projector.getByTestId('ranking-result').first().waitFor({ timeout: 30_000 });
    const chair = await stage.open('chair', { url: ev.chairUrl });
    await chair.getByTestId('agenda-item').filter({ hasText: 'Welke richting eerst?' }).click();
    await chair.getByTestId('ranking-compare-toggle').click();
    await expect
      .poll(() => chair.getByTestId('ranking-compare-row').count(), { timeout: 30_000 })
      .toBe(5);
    expect(await chair.getByTestId('ranking-compare-toggle').getAttribute('aria-pressed')).toBe(
      'true',
    );
    const head = await chair.locator('[data-testid="ranking-compare"] thead').innerText();
    for (const name of [
      'Plenair',
      'Wijkcentrum Oudegracht',
      'Theater Lombokplein',
      'Bibliotheek Kanaalstraat',
    ])
      expect(head).toContain(name);
    await audit(chair, 'chair ranking per location');
    await chair.getByTestId('ranking-compare').scrollIntoViewIfNeeded();
    await shot(chair, 'ranking-compare-chair');

    // The projector follows: the table instead of the single list, large enough for the back row.
    const rows = projector.getByTestId('ranking-compare-row');
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(5);
    const size = await rows
      .first()
      .locator('th')
      .evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    expect(size).toBeGreaterThanOrEqual(1080 * 0.043 - 0.5);
    const last = await rows.last().boundingBox();
    expect(last!.y + last!.height).toBeLessThanOrEqual(1080);
    // Each row: the item, the plenary's place, then one place per location.
    const cells = await rows.first().locator('td').allInnerTexts();
    expect(cells).toHaveLength(4);
    await audit(projector, 'projector ranking per location');
    await shot(projector, 'ranking-compare-projector-1920');

    // Off again: the projector shows the plenary's own result.
    await chair.getByTestId('ranking-compare-toggle').click();
    await expect
      .poll(() => projector.getByTestId('ranking-compare').count(), { timeout: 30_000 })
      .toBe(0);
    expect(await projector.getByTestId('ranking-result').count()).toBe(5);
    for (const s of sockets) s.close();
  }, 240_000);
});
