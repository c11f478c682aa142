// A cold overview (ORG-7): after a restart the server loads the event's rooms a few at a time,
// and rooms that load together read the event information once, not once per room.

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { addRooms } from '../helpers/report-event.js';
import { GENEROUS, startTestServer, type TestServer } from '../helpers/server.js';

let srv: TestServer;

beforeAll(async () => {
  srv = await startTestServer({ rateLimits: GENEROUS });
});
afterAll(async () => {
  await srv?.stop();
});

describe('a cold overview', () => {
  it('[ORG-7] loads every room and lists the event rooms a handful of times, not once per room', async () => {
    const ev = await srv.createEvent('Koud overzicht');
    const names = Array.from({ length: 60 }, (_, i) => `Tafel ${i + 1}`);
    await addRooms(srv, ev.code, ['naam', ...names].join('\n'));
    const event = (await srv.store.getEventByCode(ev.code))!;
    srv.registry.evictIdle();
    const list = vi.spyOn(srv.store, 'listRooms');
    try {
      const rows = await srv.registry.overview(event);
      expect(rows.map((r) => r.name)).toEqual(expect.arrayContaining(names));
      expect(rows).toHaveLength(61);
      // One for the overview itself, one shared by the rooms that loaded together.
      expect(list.mock.calls.length).toBeLessThanOrEqual(3);
      // The public event information loads cold rooms the same way.
      srv.registry.evictIdle();
      list.mockClear();
      const res = await fetch(`${srv.url}/api/events/${ev.code}`);
      expect(res.status).toBe(200);
      const info = (await res.json()) as { rooms: { name: string }[] };
      expect(info.rooms).toHaveLength(61);
      expect(list.mock.calls.length).toBeLessThanOrEqual(3);
    } finally {
      list.mockRestore();
    }
  }, 60_000);
});
