// Setting up many rooms at once: agenda templates from the CSV and for every room at once
// (ROOM-7). An event recreated from its own JSON export (EXPORT-5) is in import.test.ts.

import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../shared/limits.js';
import { chairKey, GENEROUS } from '../helpers/server.js';
import { asRoomChair, useTestServer } from '../helpers/scenario.js';
import { current, kinds, organizerApi } from '../helpers/setup-api.js';

const srv = useTestServer({ rateLimits: GENEROUS });
const { auth, post, exportOf } = organizerApi(srv);

describe('agenda templates', () => {
  it('[ROOM-7] the CSV names each room’s template; the room starts with that agenda', async () => {
    const ev = await srv.createEvent('Themamiddag');
    const csv = [
      'naam;locatie;gespreksleider;sjabloon',
      'Tafel 1;Zaal A;Anja;rondetafel',
      'Pitch 1;Zaal B;Henk;Pitch',
      'Tafel 2;Zaal C;;',
      'Tafel 3;Zaal D;;round table',
    ].join('\n');
    const res = await post(
      `/api/events/${ev.code}/rooms`,
      csv,
      auth({ 'content-type': 'text/csv' }),
    );
    expect(res.status).toBe(201);
    const file = await exportOf(ev.code);
    const byName = new Map(file.rooms.map((r) => [r.name, r]));
    const t1 = byName.get('Tafel 1')!;
    expect(kinds(t1)).toEqual(['wall', 'poll', 'round']);
    expect(current(t1)?.kind).toBe('wall');
    expect(t1.activities[1]!.config).toMatchObject({
      pollKind: 'dilemma',
      question: 'Welke kant kies jij?',
      resultsMode: 'hidden',
    });
    const phases = (t1.activities[2]!.config as { phases: { title: string }[] }).phases;
    expect(phases.map((p) => p.title)).toEqual([
      'Verhelderende vragen',
      'Ervaringen delen',
      'Oplossingsrichtingen',
    ]);
    const p1 = byName.get('Pitch 1')!;
    expect(kinds(p1)).toEqual(['qa', 'poll']);
    expect(current(p1)?.kind).toBe('qa');
    expect(p1.activities[1]!.config).toMatchObject({ pollKind: 'scale' });
    expect(kinds(byName.get('Tafel 2')!)).toEqual(['wall']);
    expect(kinds(byName.get('Tafel 3')!)).toEqual(['wall', 'poll', 'round']);
  });

  it('[ROOM-7] an unknown template is named with its line, and no room is created', async () => {
    const ev = await srv.createEvent('Sjabloonfout');
    const csv = 'naam,sjabloon\nTafel 1,rondetafel\nTafel 2,kaartspel\n';
    const res = await post(
      `/api/events/${ev.code}/rooms`,
      csv,
      auth({ 'content-type': 'text/csv' }),
    );
    expect(res.status).toBe(400);
    const body = (await res.json()) as {
      error: { code: string; problems: { line: number; message: string }[] };
    };
    expect(body.error.code).toBe('invalid_rooms');
    expect(body.error.problems).toEqual([
      { line: 3, message: expect.stringContaining('unknown template "kaartspel"') },
    ]);
    expect((await exportOf(ev.code)).rooms).toHaveLength(1);
  });

  it('[ROOM-7] a template is added to 60 rooms at once, live, and never to the plenary', async () => {
    const ev = await srv.createEvent('Sociale Top');
    const names = Array.from({ length: 60 }, (_, i) => `Groep ${i + 1}`);
    const made = await post(`/api/events/${ev.code}/rooms`, {
      rooms: names.map((name) => ({ name })),
    });
    expect(made.status).toBe(201);
    const { rooms } = (await made.json()) as { rooms: { id: string; chairUrl: string }[] };
    // The chair of room 3 watches the agenda while the organizer applies the template.
    const chair = await asRoomChair(srv, ev, rooms[2]!);
    await chair.until(() => chair.room !== null);
    expect(chair.activities.size).toBe(1);

    const res = await post(`/api/events/${ev.code}/template`, { template: 'rondetafel' });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { template: string; rooms: { id: string; added: number }[] };
    expect(body.template).toBe('rondetafel');
    expect(body.rooms).toHaveLength(60);
    // Each room had its wall: the template adds the dilemma poll and the round.
    expect(body.rooms.every((r) => r.added === 2)).toBe(true);
    await chair.until(() => chair.activities.size === 3);
    expect([...chair.activities.values()].map((a) => a.kind).sort()).toEqual([
      'poll',
      'round',
      'wall',
    ]);

    const file = await exportOf(ev.code);
    const plenary = file.rooms.find((r) => r.kind === 'plenary')!;
    expect(kinds(plenary)).toEqual(['wall']);
    for (const r of file.rooms.filter((x) => x.kind === 'room')) {
      expect(kinds(r)).toEqual(['wall', 'poll', 'round']);
      // What was on screen stays on screen.
      expect(current(r)?.kind).toBe('wall');
    }
    chair.close();
  });

  it('[ROOM-7] a chosen room list, "all", and every refusal: nothing half-applied', async () => {
    const ev = await srv.createEvent('Sjablonen');
    const made = await post(`/api/events/${ev.code}/rooms`, {
      rooms: [{ name: 'A' }, { name: 'B' }],
    });
    const { rooms } = (await made.json()) as { rooms: { id: string }[] };
    const a = rooms[0]!.id;
    const b = rooms[1]!.id;
    const path = `/api/events/${ev.code}/template`;

    expect((await post(path, { template: 'pitch', rooms: [a] })).status).toBe(200);
    expect((await post(path, { template: 'muur', rooms: 'all' })).status).toBe(200);
    let file = await exportOf(ev.code);
    const byId = new Map(file.rooms.map((r) => [r.id, r]));
    expect(kinds(byId.get(a)!)).toEqual(['wall', 'qa', 'poll']);
    expect(kinds(byId.get(b)!)).toEqual(['wall']);

    const refused = async (
      body: unknown,
      status: number,
      code: string,
      headers?: Record<string, string>,
    ) => {
      const res = await post(path, body, headers);
      expect(res.status, JSON.stringify(body)).toBe(status);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe(code);
    };
    await refused({ template: 'kaartspel' }, 400, 'invalid');
    await refused({ template: 'pitch', rooms: ['nope'] }, 404, 'not_found');
    await refused({ template: 'pitch', rooms: 'some' }, 400, 'invalid');
    await refused({ template: 'pitch', extra: 1 }, 400, 'invalid');
    await refused({ template: 'pitch' }, 401, 'unauthorized', {
      'content-type': 'application/json',
    });
    const chairOnly = {
      'content-type': 'application/json',
      authorization: `Bearer ${chairKey(ev.chairUrl)}`,
    };
    await refused({ template: 'pitch' }, 401, 'unauthorized', chairOnly);

    // Fill room A's agenda to one short of full; then a template for A and B is refused whole.
    let count = 3;
    while (count + 2 <= LIMITS.activitiesPerRoom - 1) {
      expect((await post(path, { template: 'pitch', rooms: [a] })).status).toBe(200);
      count += 2;
    }
    await refused({ template: 'pitch', rooms: [b, a] }, 409, 'agenda_full');
    file = await exportOf(ev.code);
    const after = new Map(file.rooms.map((r) => [r.id, r]));
    expect(after.get(a)!.activities).toHaveLength(count);
    expect(kinds(after.get(b)!)).toEqual(['wall']);
  });
});
