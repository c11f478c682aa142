// The preview of a rooms import (ROOM-9): what would be created, with every problem, and
// nothing created.

import { describe, expect, it } from 'vitest';
import { ROOMS_CSV } from '../helpers/report-kinds.js';
import { useEvent } from '../helpers/scenario.js';

const { srv, ev } = useEvent('Sociale Top');

const post = (body: string, type = 'text/csv', preview = true) =>
  fetch(`${srv.url}/api/events/${ev.code}/rooms${preview ? '?preview' : ''}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${srv.adminToken}`, 'content-type': type },
    body,
  });

const roomCount = async () =>
  (
    (await (
      await fetch(`${srv.url}/api/events/${ev.code}/overview`, {
        headers: { authorization: `Bearer ${srv.adminToken}` },
      })
    ).json()) as unknown[]
  ).length;

describe('rooms import preview', () => {
  it('[ROOM-9] the 54-room file: count, arrangements, first rows; nothing created', async () => {
    const res = await post(ROOMS_CSV);
    expect(res.status).toBe(200);
    const p = (await res.json()) as {
      count: number;
      arrangements: { name: string; rooms: number }[];
      first: { name: string; location: string }[];
      problems: unknown[];
    };
    expect(p.count).toBe(54);
    expect(p.arrangements).toHaveLength(18);
    expect(p.arrangements[0]).toEqual({ name: 'Arrangement 1', rooms: 3 });
    expect(p.first.map((r) => r.name)).toEqual([
      'Groep 1',
      'Groep 2',
      'Groep 3',
      'Groep 4',
      'Groep 5',
    ]);
    expect(p.first[0]!.location).toBe('Wijkcentrum Oudegracht');
    expect(p.problems).toEqual([]);
    expect(await roomCount()).toBe(1);
  });

  it('[ROOM-9][ROOM-3] problems with their lines, also names the event already has', async () => {
    const bad = await (await post('naam,locatie\nTafel 1,Hal\n,Gang')).json();
    expect(bad.problems).toEqual([expect.objectContaining({ line: 3 })]);
    expect(bad.count).toBe(0);
    expect((await post('naam\nTafel 9')).status).toBe(200);
    expect((await post('naam\nTafel 9', 'text/csv', false)).status).toBe(201);
    const clash = await (await post('naam\nTafel 8\nTafel 9')).json();
    expect(clash.count).toBe(2);
    expect(clash.problems).toEqual([{ line: 3, message: 'a room named "Tafel 9" already exists' }]);
    const json = await (
      await post(JSON.stringify({ rooms: [{ name: 'Tafel 9' }] }), 'application/json')
    ).json();
    expect(json.problems).toEqual([{ line: 1, message: 'a room named "Tafel 9" already exists' }]);
    expect(await roomCount()).toBe(2);
    const anon = await fetch(`${srv.url}/api/events/${ev.code}/rooms?preview`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: 'naam\nX',
    });
    expect(anon.status).toBe(401);
  });
});
