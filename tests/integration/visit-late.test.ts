// ROT-33: the overview counts a group as arrived when its phones are connected at the location,
// and says why a group is late: none of its phones connected, or still at another location.

import { afterAll, describe, expect, it } from 'vitest';
import type { RoomOverview } from '../../shared/model.js';
import { GENEROUS } from '../helpers/server.js';
import { asParticipant, useTestServer } from '../helpers/scenario.js';
import { organizerFetch, threeLocations } from '../helpers/visit-event.js';
import type { TestClient } from '../helpers/ws-client.js';

const srv = useTestServer({ rateLimits: GENEROUS });
const open: TestClient[] = [];
afterAll(() => {
  for (const c of open.splice(0)) c.close();
});

describe('the late group on the overview', () => {
  it('[ROT-33] late without a phone, waiting once its phones are here, late "still at …" after the slot moved on', async () => {
    const { ev, plan } = await threeLocations(srv, 'Te laat of niet');
    const rows = async () => {
      const res = await organizerFetch(srv, `/events/${ev.code}/overview`);
      return new Map(((await res.json()) as RoomOverview[]).map((r) => [r.id, r]));
    };
    const g = plan.groups[0]!;
    const where = (slot: number) =>
      plan.visits.find((v) => v.groupId === g.id && v.slot === slot)!.roomId;
    expect((await rows()).get(where(0))!.late).toEqual({
      groupName: g.name,
      slot: 0,
      reason: 'absent',
    });
    const phone = await asParticipant(srv, ev, 'phone-late-xxxx', { group: g.code });
    open.push(phone);
    const first = (await rows()).get(where(0))!;
    expect(first.late).toBeUndefined();
    expect(first.waiting).toEqual({ groupName: g.name, slot: 0, phones: 1 });

    expect(
      (await organizerFetch(srv, `/events/${ev.code}/rotation/next`, 'POST', '{}')).status,
    ).toBe(200);
    await phone.waitFor((m) => m.type === 'visit' && m.visit.slot === 1, 10_000);
    // The phone has not moved yet: the group is late at its next location, and the overview
    // says where its phones still are.
    const next = (await rows()).get(where(1))!;
    expect(next.late).toEqual({
      groupName: g.name,
      slot: 1,
      reason: 'elsewhere',
      at: 'Wijkcentrum',
      phones: 1,
    });
    expect(next.waiting).toBeUndefined();
  });
});
