import { describe, expect, it } from 'vitest';
import { chairKey } from '../helpers/server.js';
import { TestClient } from '../helpers/ws-client.js';
import { asParticipant, useTestServer } from '../helpers/scenario.js';

const srv = useTestServer();

interface RoomLinks {
  id: string;
  chairUrl: string;
}

const REVOKED = 'Deze link werkt niet meer — vraag de organisator om een nieuwe.';

describe('revoking a chair link', () => {
  it('[ROOM-4] a new event link closes only the chairs that came in with the old one', async () => {
    const ev = await srv.createEvent('Zestig tafels');
    const admin = { authorization: `Bearer ${srv.adminToken}` };
    const added = await fetch(`${srv.url}/api/events/${ev.code}/rooms`, {
      method: 'POST',
      headers: { ...admin, 'content-type': 'text/csv' },
      body: 'naam\nTafel 1\nTafel 2',
    });
    const [t1, t2] = ((await added.json()) as { rooms: RoomLinks[] }).rooms as [
      RoomLinks,
      RoomLinks,
    ];
    const chair = (roomId: string | undefined, key: string) =>
      TestClient.connect(srv.url, {
        role: 'chair',
        eventCode: ev.code,
        ...(roomId ? { roomId } : {}),
        key,
      });
    const eventKey = chairKey(ev.chairUrl);
    const room1 = await chair(t1.id, chairKey(t1.chairUrl));
    const room2 = await chair(t2.id, chairKey(t2.chairUrl));
    const wide1 = await chair(t1.id, eventKey);
    const widePlenary = await chair(undefined, eventKey);
    const phone = await asParticipant(srv, ev, 'revoke-phone', { roomId: t1.id });

    const rotated = await fetch(`${srv.url}/api/events/${ev.code}/chair-link`, {
      method: 'POST',
      headers: admin,
    });
    expect(rotated.status).toBe(200);
    const { chairUrl: freshUrl } = (await rotated.json()) as { chairUrl: string };
    for (const c of [wide1, widePlenary]) {
      await c.until(() => c.closed !== null);
      expect(c.closed).toEqual({ code: 4005, reason: REVOKED });
    }
    // The room chairs go on working: a command of each is stored.
    for (const c of [room1, room2]) {
      expect(await c.command({ type: 'activity.show', activityId: null })).toMatchObject({
        type: 'ack',
      });
      expect(c.closed).toBeNull();
    }
    expect(phone.closed).toBeNull();
    // The old event link is refused at the door and on the page, which says what to do.
    const refused = await chair(t1.id, eventKey);
    expect(refused.closed?.code).toBe(4001);
    const page = await fetch(ev.chairUrl.replace(srv.publicUrl, srv.url));
    expect(page.status).toBe(403);
    expect(await page.text()).toContain('vraag de organisator om een nieuwe');

    // A room's new link closes that room's link chairs only, not the event-wide ones there.
    const wideAgain = await chair(t1.id, chairKey(freshUrl));
    const roomRotated = await fetch(`${srv.url}/api/events/${ev.code}/chair-link`, {
      method: 'POST',
      headers: { ...admin, 'content-type': 'application/json' },
      body: JSON.stringify({ roomId: t1.id }),
    });
    expect(roomRotated.status).toBe(200);
    await room1.until(() => room1.closed !== null);
    expect(room1.closed).toEqual({ code: 4005, reason: REVOKED });
    expect(await wideAgain.command({ type: 'activity.show', activityId: null })).toMatchObject({
      type: 'ack',
    });
    expect(room2.closed).toBeNull();
    for (const c of [room2, wideAgain, phone]) c.close();
  });
});
