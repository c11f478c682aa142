import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { VisitMessage } from '../../shared/protocol.js';
import type { RotationPlan } from '../../shared/rotation.js';
import { GENEROUS } from '../helpers/server.js';
import { asParticipant, useTestServer } from '../helpers/scenario.js';
import type { TestClient } from '../helpers/ws-client.js';

const srv = useTestServer({ rateLimits: GENEROUS });
const auth = (extra: Record<string, string> = {}) => ({
  authorization: `Bearer ${srv.adminToken}`,
  ...extra,
});
const api = (path: string, init: RequestInit & { json?: unknown } = {}) =>
  fetch(`${srv.url}/api${path}`, {
    ...init,
    headers: auth(init.json !== undefined ? { 'content-type': 'application/json' } : {}),
    ...(init.json !== undefined ? { body: JSON.stringify(init.json) } : {}),
  });
const csv = (path: string, body: string) =>
  fetch(`${srv.url}/api${path}`, {
    method: 'POST',
    headers: auth({ 'content-type': 'text/csv' }),
    body,
  });

interface PlanAnswer {
  plan: RotationPlan | null;
  slot: number | null;
  rooms: { id: string; name: string; location: string | null }[];
}

async function sociaalTop() {
  const ev = await srv.createEvent('Sociale Top');
  const res = await csv(
    `/events/${ev.code}/rooms`,
    readFileSync('tests/fixtures/sociale-top-rooms.csv', 'utf8'),
  );
  expect(res.status).toBe(201);
  return ev;
}

const visitFrames = (c: TestClient) =>
  c.messages.filter((m): m is VisitMessage => m.type === 'visit');

describe('rotation plan over HTTP', () => {
  it('[ROT-2] generate: a preview creates nothing; then the carousel of 54 groups', async () => {
    const ev = await sociaalTop();
    const slots = [
      { start: '10:00', end: '10:45' },
      { start: '11:00', end: '11:45' },
      { start: '12:00', end: '12:45' },
    ];
    const pre = await api(`/events/${ev.code}/rotation/generate?preview`, {
      method: 'POST',
      json: { slots },
    });
    expect(pre.status).toBe(200);
    expect(await pre.json()).toMatchObject({ groups: 54, slots: 3, locations: 54, visits: 162 });
    expect(
      ((await (await api(`/events/${ev.code}/rotation`)).json()) as PlanAnswer).plan,
    ).toBeNull();

    const made = await api(`/events/${ev.code}/rotation/generate`, {
      method: 'POST',
      json: { slots },
    });
    expect(made.status).toBe(201);
    const { plan } = (await made.json()) as PlanAnswer;
    expect(plan!.groups).toHaveLength(54);
    expect(plan!.slots[2]).toEqual({ index: 2, start: '12:00', end: '12:45' });
  });

  it('[ROT-3] an import with problems: every problem with its line, and nothing created', async () => {
    const ev = await sociaalTop();
    const file = [
      'groep;ronde;locatie;start;eind',
      'Rood;1;Wijkcentrum Oudegracht;10:00;10:45',
      'Rood;1;Basisschool Oudegracht;10:00;10:45',
      'Blauw;1;Wijkcentrum Oudegracht;10:00;10:45',
      'Groen;2;Stadhuis;10:30;11:15',
      'Geel;3;Basisschool Oudegracht;13:00;12:00',
    ].join('\n');
    const pre = await csv(`/events/${ev.code}/rotation/import?preview`, file);
    expect(pre.status).toBe(200);
    const preview = (await pre.json()) as { groups: number; problems: { line: number }[] };
    expect(preview.groups).toBe(0);
    expect(preview.problems.map((p) => p.line)).toEqual([3, 4, 5, 5, 6]);

    const res = await csv(`/events/${ev.code}/rotation/import`, file);
    expect(res.status).toBe(400);
    const body = (await res.json()) as {
      error: { code: string; message: string; problems: { line: number; message: string }[] };
    };
    expect(body.error.code).toBe('invalid_plan');
    expect(body.error.message).toMatch(/^line 3: group "Rood" is already at/);
    expect(body.error.problems.find((p) => p.line === 5)?.message).toMatch(
      /unknown location "Stadhuis"/,
    );
    expect(
      ((await (await api(`/events/${ev.code}/rotation`)).json()) as PlanAnswer).plan,
    ).toBeNull();

    const good = await csv(
      `/events/${ev.code}/rotation/import`,
      'group,slot,location\nRood,1,Wijkcentrum Oudegracht\nRood,2,Basisschool Oudegracht\n',
    );
    expect(good.status).toBe(201);
  });

  it('[ROT-4] the organizer fixes a row; a fix that clashes is refused with the problem', async () => {
    const ev = await sociaalTop();
    await api(`/events/${ev.code}/rotation/generate`, { method: 'POST', json: {} });
    const { plan, rooms } = (await (await api(`/events/${ev.code}/rotation`)).json()) as PlanAnswer;
    const g1 = plan!.groups[0]!;
    const taken = plan!.visits.find((x) => x.slot === 0 && x.groupId === 'g2')!.roomId;
    const clash = await api(`/events/${ev.code}/rotation/visits`, {
      method: 'PATCH',
      json: { groupId: g1.id, slot: 0, roomId: taken },
    });
    expect(clash.status).toBe(409);
    expect(((await clash.json()) as { error: { code: string } }).error.code).toBe('plan_conflict');
    const free = rooms.find((r) => !plan!.visits.some((x) => x.slot === 0 && x.roomId === r.id))!;
    const fixed = await api(`/events/${ev.code}/rotation/visits`, {
      method: 'PATCH',
      json: { groupId: g1.id, slot: 0, roomId: free.id },
    });
    expect(fixed.status).toBe(200);
    const after = (await fixed.json()) as PlanAnswer;
    expect(after.plan!.visits).toContainEqual({ groupId: g1.id, slot: 0, roomId: free.id });
    // The badges stay valid: the codes did not change.
    expect(after.plan!.groups[0]!.code).toBe(g1.code);
    const bad = await api(`/events/${ev.code}/rotation/visits`, {
      method: 'PATCH',
      json: { groupId: 'g999', slot: 0, roomId: free.id },
    });
    expect(bad.status).toBe(404);
  });
});

describe('phones that follow their group', () => {
  it('[ROT-5][ROT-6] a phone joined by its group code moves with it at the slot change', async () => {
    const ev = await sociaalTop();
    await api(`/events/${ev.code}/rotation/generate`, { method: 'POST', json: {} });
    const { plan } = (await (await api(`/events/${ev.code}/rotation`)).json()) as PlanAnswer;
    const g5 = plan!.groups[4]!;
    const at = (slot: number) =>
      plan!.visits.find((x) => x.groupId === g5.id && x.slot === slot)!.roomId;

    // The group's card: /g/CODE leads to where the group is.
    const card = await fetch(`${srv.url}/g/${g5.code}`, { redirect: 'manual' });
    expect(card.status).toBe(302);
    expect(card.headers.get('location')).toBe(`/j/${ev.code}/${at(0)}?group=${g5.code}`);

    // Asking for another room does not matter: a traveler lands where the group is.
    const phone = await asParticipant(srv, ev, 'phone-g5-aaaa', { group: g5.code, roomId: at(2) });
    expect(phone.room?.id).toBe(at(0));
    await phone.waitFor((m) => m.type === 'visit');
    expect(visitFrames(phone)[0]!.visit).toMatchObject({
      groupName: 'Groep 5',
      slot: 0,
      roomId: at(0),
      location: 'Jongerencentrum Lombokplein',
    });
    const other = await asParticipant(srv, ev, 'phone-g6-aaaa', { group: plan!.groups[5]!.code });
    await other.waitFor((m) => m.type === 'visit');

    // Something posted at the first location…
    const wall = [...phone.activities.values()].find((a) => a.kind === 'wall')!;
    const posted = await phone.command({
      type: 'statement.submit',
      id: 'posted-at-first-location',
      activityId: wall.id,
      text: 'Meer buurtwerkers op straat',
    });
    expect(posted.type).toBe('ack');

    const next = await api(`/events/${ev.code}/rotation/next`, { method: 'POST', json: {} });
    expect(next.status).toBe(200);
    const moved = (await phone.waitFor(
      (m) => m.type === 'visit' && m.visit.slot === 1,
    )) as VisitMessage;
    expect(moved.visit.roomId).toBe(at(1));
    // Every group gets its own frame, with its own location.
    const theirs = (await other.waitFor(
      (m) => m.type === 'visit' && m.visit.slot === 1,
    )) as VisitMessage;
    expect(theirs.visit.groupId).toBe('g6');
    expect(theirs.visit.roomId).not.toBe(moved.visit.roomId);

    // The phone follows (a reconnect with its group code lands in the new location).
    phone.close();
    const again = await asParticipant(srv, ev, 'phone-g5-aaaa', { group: g5.code });
    expect(again.room?.id).toBe(at(1));
    again.close();
    other.close();
    // …stays there, the participant's own, and nothing of it moved along.
    const back = await asParticipant(srv, ev, 'phone-g5-aaaa', { roomId: at(0) });
    await back.until(() => back.mine.own.some((x) => x.id === 'posted-at-first-location'));
    const there = await asParticipant(srv, ev, 'phone-g5-aaaa', { roomId: at(1) });
    await there.waitFor((m) => m.type === 'mine');
    expect(there.mine.own).toEqual([]);
    back.close();
    there.close();
  });

  it('[ROT-5] an unknown group code is refused with a coded error, not let in elsewhere', async () => {
    const ev = await sociaalTop();
    const phone = await asParticipant(srv, ev, 'phone-nogroup', { group: 'ZZZZZZZZ' });
    expect(phone.closed).not.toBeNull();
    expect(phone.messages.find((m) => m.type === 'error')).toMatchObject({ code: 'not_found' });
    const card = await fetch(`${srv.url}/g/ZZZZZZZZ`, { redirect: 'manual' });
    expect(card.status).toBe(404);
  });
});
