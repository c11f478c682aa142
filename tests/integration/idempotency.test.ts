// Templates and content sent again with the same Idempotency-Key land once per room
// (CONTENT-5, CONTENT-6): a re-send after a 503 or a lost answer does not add them twice.

import { describe, expect, it } from 'vitest';
import { DILEMMA, useEventWithRooms } from '../helpers/rooms-event.js';

const { srv, ev, rooms } = useEventWithRooms('Twee keer', 'naam\nTafel 1\nTafel 2\n');

function post(path: string, body: unknown, key?: string) {
  return fetch(`${srv.url}/api/events/${ev.code}/${path}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${srv.adminToken}`,
      'content-type': 'application/json',
      ...(key === undefined ? {} : { 'idempotency-key': key }),
    },
    body: JSON.stringify(body),
  });
}

async function agendas(): Promise<number[]> {
  return Promise.all(rooms.map(async (r) => (await srv.registry.get(r.id))!.state.agenda.length));
}

describe('Idempotency-Key on writes into many rooms', () => {
  it('[CONTENT-5] a template sent twice with one key lands once per room; with two keys twice', async () => {
    const start = await agendas();
    const body = { template: 'rondetafel', rooms: rooms.map((r) => r.id) };
    const first = await post('template', body, 'form-aaaaaaaa-1');
    expect(first.status).toBe(200);
    const once = await agendas();
    const added = once.map((n, i) => n - start[i]!);
    expect(added.every((n) => n > 0)).toBe(true);
    const again = await post('template', body, 'form-aaaaaaaa-1');
    expect(again.status).toBe(200);
    expect(await agendas()).toEqual(once);
    // Another submission, another key: added again.
    expect((await post('template', body, 'form-bbbbbbbb-2')).status).toBe(200);
    expect(await agendas()).toEqual(once.map((n, i) => n + added[i]!));
  }, 60_000);

  it('[CONTENT-6] content sent twice with one key lands once per room, keeping its content id', async () => {
    const start = await agendas();
    const body = { rooms: rooms.map((r) => r.id), content: DILEMMA };
    const first = await post('content', body, 'form-cccccccc-3');
    expect(first.status).toBe(200);
    const { contentId } = (await first.json()) as { contentId: string };
    const once = await agendas();
    expect(once.every((n, i) => n > start[i]!)).toBe(true);
    const again = await post('content', body, 'form-cccccccc-3');
    expect(again.status).toBe(200);
    expect(((await again.json()) as { contentId: string }).contentId).toBe(contentId);
    expect(await agendas()).toEqual(once);
    expect((await post('content', body, 'form-dddddddd-4')).status).toBe(200);
    expect(await agendas()).toEqual(once.map((n, i) => n + (n - start[i]!)));
  }, 60_000);

  it('[CONTENT-7] a malformed key is refused and nothing is added', async () => {
    const start = await agendas();
    for (const key of ['short', 'x'.repeat(37), 'met spatie erin', 'ümlaut-key-123']) {
      for (const [path, body] of [
        ['template', { template: 'rondetafel', rooms: 'all' }],
        ['content', { rooms: 'all', content: DILEMMA }],
      ] as const) {
        const res = await post(path, body, key);
        expect(res.status, `${path} ${key}`).toBe(400);
        const answer = (await res.json()) as { error: { code: string; field?: string } };
        expect(answer.error).toMatchObject({ code: 'invalid', field: 'Idempotency-Key' });
      }
    }
    expect(await agendas()).toEqual(start);
  }, 60_000);
});
