// Templates and content sent again with the same Idempotency-Key land once per room
// (CONTENT-5, CONTENT-6): a re-send after a 503 or a lost answer does not add them twice.

import { describe, expect, it } from 'vitest';
import { nanoid } from 'nanoid';
import { LIMITS } from '../../shared/limits.js';
import { planActivities } from '../../server/domain/setup.js';
import { templateChanges, templateTodo, type TemplateOp } from '../../server/rooms/server-ops.js';
import type { LiveRoom } from '../../server/rooms/room.js';
import { addRooms } from '../helpers/report-event.js';
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

/** Adds `n` scale polls to a room's agenda, as a chair would. */
async function addPolls(live: LiveRoom, n: number): Promise<void> {
  const specs = Array.from({ length: n }, (_, i) => ({
    kind: 'poll' as const,
    title: `Vraag ${i + 1}`,
    config: { pollKind: 'scale' as const, question: `Vraag ${i + 1}?` },
  }));
  const planned = planActivities(live.state, specs, () => nanoid(10));
  if (!planned.ok) throw new Error(planned.error.message);
  await live.write({
    t: 'changes',
    changes: planned.value.map((event) => ({ clientId: nanoid(), event })),
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

  it('[ORG-20] a template sent again to a nearly full agenda counts only what is missing', async () => {
    const ev2 = await srv.createEvent('Bijna vol');
    const [room] = await addRooms(srv, ev2.code, 'naam\nTafel vol\n');
    const live = (await srv.registry.get(room!.id))!;
    // Fill the agenda up to where the template just fits (the room has its wall already).
    const fits = templateTodo(live.state, {
      t: 'template',
      template: 'rondetafel',
      language: 'nl',
      request: 'probe',
    }).length;
    const fill = LIMITS.activitiesPerRoom - fits - live.state.agenda.length;
    await addPolls(live, fill);
    const send = (key: string) =>
      fetch(`${srv.url}/api/events/${ev2.code}/template`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${srv.adminToken}`,
          'content-type': 'application/json',
          'idempotency-key': key,
        },
        body: JSON.stringify({ template: 'rondetafel', rooms: [room!.id] }),
      });
    expect((await send('vol-aaaaaaaa-1')).status).toBe(200);
    expect(live.state.agenda.length).toBe(LIMITS.activitiesPerRoom);
    // The answer was lost on bad Wi-Fi: the same submission again lands once, not 409.
    const again = await send('vol-aaaaaaaa-1');
    expect(again.status).toBe(200);
    expect(((await again.json()) as { rooms: { added: number }[] }).rooms[0]!.added).toBe(0);
    expect(live.state.agenda.length).toBe(LIMITS.activitiesPerRoom);
    // A new submission has no room left: refused whole, nothing added.
    const other = await send('vol-bbbbbbbb-2');
    expect(other.status).toBe(409);
    expect(((await other.json()) as { error: { code: string } }).error.code).toBe('agenda_full');
    expect(live.state.agenda.length).toBe(LIMITS.activitiesPerRoom);
  }, 60_000);

  it('[ORG-20] the same request planned again adds nothing, its own wall not counted as one the room had', async () => {
    const ev3 = await srv.createEvent('Verwijderd');
    const [room] = await addRooms(srv, ev3.code, 'naam\nTafel weg\n');
    const live = (await srv.registry.get(room!.id))!;
    const op = { t: 'template', template: 'rondetafel', language: 'nl', request: 'key-weg-aaaa1' };
    const first = templateChanges(live.state, op as TemplateOp);
    await live.write(op as TemplateOp);
    const added = first.map((c) => (c.event as { activity: { id: string } }).activity.id);
    expect(added.every((id) => live.state.activities.has(id))).toBe(true);
    // The same request planned again: nothing left to add, not even the template's own wall.
    expect(templateChanges(live.state, op as TemplateOp)).toEqual([]);
    expect(templateTodo(live.state, op as TemplateOp, (id) => live.hasClientId(id))).toEqual([]);
  }, 60_000);

  it('[ORG-23] content sent again after the first request stopped before it kept what it sent', async () => {
    const ev4 = await srv.createEvent('Half verstuurd');
    const two = await addRooms(srv, ev4.code, 'naam\nTafel A\nTafel B\n');
    const live = await Promise.all(two.map(async (r) => (await srv.registry.get(r.id))!));
    const body = { rooms: two.map((r) => r.id), content: DILEMMA };
    const send = () =>
      fetch(`${srv.url}/api/events/${ev4.code}/content`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${srv.adminToken}`,
          'content-type': 'application/json',
          'idempotency-key': 'half-aaaaaaaa-1',
        },
        body: JSON.stringify(body),
      });
    expect((await send()).status).toBe(200);
    // The request stopped after the rooms took it, before the record of what was sent was kept.
    const eventId = (await srv.store.getEventByCode(ev4.code))!.id;
    await srv.store.putSetting(`content:${eventId}:key-half-aaaaaaaa-1`, '{}');
    // Table A's agenda is full now; table B has room left.
    await addPolls(live[0]!, LIMITS.activitiesPerRoom - live[0]!.state.agenda.length);
    const before = live.map((l) => l.state.agenda.length);
    const again = await send();
    expect(again.status).toBe(200);
    expect(((await again.json()) as { contentId: string }).contentId).toBe('key-half-aaaaaaaa-1');
    expect(live.map((l) => l.state.agenda.length)).toEqual(before);
  }, 60_000);
});
