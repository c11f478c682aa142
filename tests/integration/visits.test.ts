import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RoomOverview } from '../../shared/model.js';
import type { RotationPlan } from '../../shared/rotation.js';
import type { PlannedVisits } from '../../shared/visit.js';
import { GENEROUS } from '../helpers/server.js';
import { useSockets, useTestServer } from '../helpers/scenario.js';
import type { TestClient } from '../helpers/ws-client.js';

// The full Sociale Top has 13 phones in each of 54 groups (702 sockets); on a shared machine the
// day runs with fewer phones per group, every group and location alike.
const PHONES = process.env.CI === 'true' ? 13 : 2;
const SLOTS = 3;
const WAIT = 60_000;

const srv = useTestServer({ rateLimits: GENEROUS });
const sockets = useSockets(srv);
const api = (path: string, init: RequestInit & { json?: unknown } = {}) =>
  fetch(`${srv.url}/api${path}`, {
    ...init,
    headers: {
      authorization: `Bearer ${srv.adminToken}`,
      ...(init.json !== undefined ? { 'content-type': 'application/json' } : {}),
    },
    ...(init.json !== undefined ? { body: JSON.stringify(init.json) } : {}),
  });
const chairKey = (url: string) => new URL(url).searchParams.get('k')!;

async function sociaalTop() {
  const ev = await srv.createEvent('Sociale Top');
  const res = await fetch(`${srv.url}/api/events/${ev.code}/rooms`, {
    method: 'POST',
    headers: { authorization: `Bearer ${srv.adminToken}`, 'content-type': 'text/csv' },
    body: readFileSync('tests/fixtures/sociale-top-rooms.csv', 'utf8'),
  });
  expect(res.status).toBe(201);
  expect(
    (await api(`/events/${ev.code}/rotation/generate`, { method: 'POST', json: {} })).status,
  ).toBe(201);
  const { plan } = (await (await api(`/events/${ev.code}/rotation`)).json()) as {
    plan: RotationPlan;
  };
  return { ev, plan };
}

const overview = async (code: string) => {
  const rows = (await (await api(`/events/${code}/overview`)).json()) as RoomOverview[];
  return new Map(rows.map((r) => [r.id, r]));
};

/** Whose statement it is: ids are `s-<group>-<slot>-<phone>`. */
const groupOf = (statementId: string) => statementId.split('-')[1];

describe('a simulated Sociale Top: visits at every location', () => {
  it('[ROT-7][ROT-8][ROT-9][ROT-11][ROT-13] 54 groups, 3 slots: stamped, separated, labelled', async () => {
    const { ev, plan } = await sociaalTop();
    const key = chairKey(ev.chairUrl);
    const locations = [...new Set(plan.visits.map((v) => v.roomId))];
    expect(locations).toHaveLength(54);
    const chairs = new Map<string, TestClient>();
    const projectors = new Map<string, TestClient>();
    await Promise.all(
      locations.map(async (roomId) => {
        chairs.set(roomId, await sockets.chair(ev, { roomId }));
        projectors.set(roomId, await sockets.projector(ev, { roomId }));
      }),
    );
    const phones = new Map<string, TestClient[]>(plan.groups.map((g) => [g.id, []]));
    const join = (groupCode: string, pid: string) =>
      sockets.participant(ev, pid, { group: groupCode });
    await Promise.all(
      plan.groups.flatMap((g) =>
        Array.from({ length: PHONES }, async (_, i) => {
          phones.get(g.id)!.push(await join(g.code, `phone-${g.id}-${i}-xxxx`));
        }),
      ),
    );
    const where = (groupId: string, slot: number) =>
      plan.visits.find((v) => v.groupId === groupId && v.slot === slot)!.roomId;
    const moveTimes: number[] = [];

    for (let slot = 0; slot < SLOTS; slot++) {
      if (slot > 0) {
        // The slot changes: every phone hears where its group goes now, within 2 s.
        const t0 = performance.now();
        const from = new Map([...phones.values()].flat().map((p) => [p, p.messages.length]));
        expect(
          (await api(`/events/${ev.code}/rotation/next`, { method: 'POST', json: {} })).status,
        ).toBe(200);
        await Promise.all(
          [...phones.values()].flat().map(async (p) => {
            const i = await p.waitFor(
              (m) => m.type === 'visit' && m.visit.slot === slot,
              WAIT,
              from.get(p),
            );
            const at = p.receivedAt[p.messages.indexOf(i)]!;
            moveTimes.push(at - t0);
          }),
        );
      }
      // The organizer's overview (ROT-33): in the first slot every group's phones are at its
      // location already, waiting for the chair; later they are still at the previous one: late.
      const before = await overview(ev.code);
      for (const roomId of locations) {
        const row = before.get(roomId)!;
        if (slot === 0) {
          expect(row.waiting).toMatchObject({ slot, phones: PHONES });
          expect(row.late).toBeUndefined();
        } else expect(row.late).toMatchObject({ slot, reason: 'elsewhere', phones: PHONES });
        expect(row.visit?.n).toBe(slot === 0 ? undefined : slot);
      }
      // Each location's chair asks the plan who is due and starts that group's visit.
      await Promise.all(
        locations.map(async (roomId) => {
          const res = await fetch(
            `${srv.url}/api/events/${ev.code}/visits?room=${roomId}&k=${key}`,
          );
          expect(res.status).toBe(200);
          const due = (await res.json()) as PlannedVisits;
          expect(due.slot).toBe(slot);
          const here = due.here!;
          expect(where(here.groupId, slot)).toBe(roomId);
          const ack = await chairs.get(roomId)!.command({
            type: 'visit.start',
            groupId: here.groupId,
            groupName: here.groupName,
            groupNumber: here.groupNumber,
            slot,
          });
          expect(ack.type).toBe('ack');
        }),
      );
      const after = await overview(ev.code);
      for (const roomId of locations) {
        expect(after.get(roomId)!.late).toBeUndefined();
        expect(after.get(roomId)!.waiting).toBeUndefined();
        expect(after.get(roomId)!.visit?.n).toBe(slot + 1);
      }
      // The phones follow their group (a reconnect with the group code), and post.
      for (const [groupId, list] of phones) {
        const code = plan.groups.find((g) => g.id === groupId)!.code;
        if (slot > 0) {
          const moved = await Promise.all(
            list.map((p, i) => {
              p.close();
              return join(code, `phone-${groupId}-${i}-xxxx`);
            }),
          );
          list.splice(0, list.length, ...moved);
        }
      }
      await Promise.all(
        [...phones.entries()].flatMap(([groupId, list]) =>
          list.map(async (p, i) => {
            expect(p.room?.id).toBe(where(groupId, slot));
            await p.until(() => p.room?.visit?.groupId === groupId, WAIT);
            const wall = p.activities.get(p.room!.currentActivityId!)!;
            const ack = await p.command({
              type: 'statement.submit',
              id: `s-${groupId}-${slot}-${i}`,
              activityId: wall.id,
              text: `Oplossing van ${groupId} in ronde ${slot + 1}`,
            });
            expect(ack.type).toBe('ack');
          }),
        ),
      );
      // The chairs let them through (the walls are moderated first).
      await Promise.all(
        locations.map(async (roomId) => {
          const chair = chairs.get(roomId)!;
          const mine = (id: string) => id.split('-')[2] === String(slot);
          await chair.until(
            () => [...chair.statements.keys()].filter(mine).length === PHONES,
            WAIT,
          );
          for (const st of chair.statements.values()) {
            if (!mine(st.id) || st.status !== 'pending') continue;
            const ack = await chair.command({
              type: 'statement.moderate',
              statementId: st.id,
              action: 'approve',
            });
            expect(ack.type).toBe('ack');
          }
        }),
      );
      // Every phone and projector holds its own group's work, all of it, and nothing else.
      await Promise.all(
        [...phones.entries()].flatMap(([groupId, list]) =>
          list.map(async (p) => {
            await p.until(() => p.statements.size === PHONES, WAIT);
            for (const id of p.statements.keys()) expect(groupOf(id)).toBe(groupId);
          }),
        ),
      );
      await Promise.all(
        plan.groups.map(async (g) => {
          const beamer = projectors.get(where(g.id, slot))!;
          await beamer.until(() => beamer.statements.size === PHONES, WAIT);
          for (const id of beamer.statements.keys()) expect(groupOf(id)).toBe(g.id);
        }),
      );
    }

    // The chair still has every visit's work, each stamped with its own visit.
    for (const roomId of locations) {
      const chair = chairs.get(roomId)!;
      await chair.until(() => chair.statements.size === SLOTS * PHONES, WAIT);
      for (const st of chair.statements.values()) {
        const slot = Number(st.id.split('-')[2]);
        expect(st.visit).toBe(slot + 1);
        expect(where(groupOf(st.id)!, slot)).toBe(roomId);
      }
      expect(chair.room?.visits?.map((v) => v.n)).toEqual([1, 2, 3]);
    }
    // The harvest labels every location's visits A1–A3 style, and every statement with its visit.
    const exported = (await (await api(`/events/${ev.code}/export.json`)).json()) as {
      rooms: {
        id: string;
        visits?: { label: string; group: string; slot: number }[];
        activities: { statements: { id: string; visit?: string }[] }[];
      }[];
    };
    const letters = new Set<string>();
    for (const room of exported.rooms.filter((r) => locations.includes(r.id))) {
      const labels = room.visits!.map((v) => v.label);
      const letter = labels[0]!.replace(/\d+$/, '');
      letters.add(letter);
      expect(labels).toEqual([`${letter}1`, `${letter}2`, `${letter}3`]);
      for (const st of room.activities.flatMap((a) => a.statements)) {
        expect(st.visit).toBe(`${letter}${Number(st.id.split('-')[2]) + 1}`);
      }
    }
    expect(letters.size).toBe(54);
    const slowest = Math.max(...moveTimes);
    console.warn(
      `simulated day: ${plan.groups.length * PHONES} phones, slowest move ${slowest.toFixed(0)} ms`,
    );
    expect(slowest).toBeLessThan(2000);
  }, 600_000);
});

describe('bad input around visits', () => {
  it('[ROT-7][ROT-10] coded errors: a phone or a bad frame cannot start a visit; the plan needs a room and a key', async () => {
    const { ev, plan } = await sociaalTop();
    const roomId = plan.visits[0]!.roomId;
    const phone = await sockets.participant(ev, 'phone-bad-input-xxxx', { roomId });
    const start = {
      type: 'visit.start' as const,
      groupId: 'g1',
      groupName: 'Groep 1',
      groupNumber: 1,
      slot: 0,
    };
    expect(await phone.command(start)).toMatchObject({ type: 'error', code: 'forbidden' });
    const chair = await sockets.chair(ev, { roomId });
    expect(await chair.command({ ...start, groupNumber: 0 })).toMatchObject({ type: 'error' });
    expect(await chair.command({ ...start, slot: 24 })).toMatchObject({ type: 'error' });
    expect(await chair.command(start)).toMatchObject({ type: 'ack' });
    expect(await chair.command(start)).toMatchObject({ type: 'error', code: 'visit_running' });

    const key = chairKey(ev.chairUrl);
    const visits = (q: string) => fetch(`${srv.url}/api/events/${ev.code}/visits${q}`);
    expect((await visits(`?k=${key}`)).status).toBe(400);
    expect((await visits(`?room=${roomId}`)).status).toBe(401);
    expect((await visits(`?room=${roomId}&k=wrong`)).status).toBe(403);
    expect((await visits(`?room=nope&k=${key}`)).status).toBe(404);
    const ok = (await (await visits(`?room=${roomId}&k=${key}`)).json()) as PlannedVisits;
    expect(ok.planned.map((v) => v.slot)).toEqual([0, 1, 2]);
    expect(ok.next?.slot).toBe(1);

    // An event without a plan: nothing planned, and the rooms work as before.
    const plain = await srv.createEvent('Zonder plan');
    const rooms = (await (
      await fetch(`${srv.url}/api/events`, {
        headers: { authorization: `Bearer ${srv.adminToken}` },
      })
    ).json()) as { code: string; rooms: { id: string }[] }[];
    const first = rooms.find((e) => e.code === plain.code)!.rooms[0]!.id;
    const none = await fetch(
      `${srv.url}/api/events/${plain.code}/visits?room=${first}&k=${chairKey(plain.chairUrl)}`,
    );
    expect(await none.json()).toEqual({
      slot: null,
      slots: 0,
      here: null,
      next: null,
      planned: [],
    });
  });
});

describe('visit starts checked against the plan', () => {
  it("[ROT-34] an unknown group or one the plan puts elsewhere is refused with a code; override starts it; names are the plan's", async () => {
    const { ev, plan } = await sociaalTop();
    const roomId = plan.visits[0]!.roomId;
    const here = plan.visits.find((v) => v.roomId === roomId && v.slot === 0)!;
    const away = plan.visits.find((v) => v.roomId !== roomId && v.slot === 0)!;
    const group = (id: string) => plan.groups.find((g) => g.id === id)!;
    const chair = await sockets.chair(ev, { roomId });
    const start = (groupId: string, extra: object = {}) =>
      chair.command({
        type: 'visit.start',
        groupId,
        groupName: 'Verkeerde naam',
        groupNumber: 999,
        slot: 0,
        ...extra,
      });
    expect(await start('no-such-group')).toMatchObject({
      type: 'error',
      code: 'unknown_group',
      field: 'groupId',
    });
    const elsewhere = await start(away.groupId);
    expect(elsewhere).toMatchObject({ type: 'error', code: 'visit_elsewhere', field: 'groupId' });
    expect((elsewhere as { message: string }).message).toContain(group(away.groupId).name);
    expect(await start(here.groupId, { slot: plan.slots.length })).toMatchObject({
      type: 'error',
      field: 'slot',
    });
    expect(chair.room?.visit ?? null).toBeNull();
    // The group that is due here: started, under the plan's name and number.
    expect(await start(here.groupId)).toMatchObject({ type: 'ack' });
    await chair.until(() => chair.room?.visit?.groupId === here.groupId);
    expect(chair.room!.visit).toMatchObject({
      groupName: group(here.groupId).name,
      groupNumber: group(here.groupId).number,
    });
    // The other group came to this table anyway: the chair says so.
    expect(await start(away.groupId, { override: true })).toMatchObject({ type: 'ack' });
    await chair.until(() => chair.room?.visit?.groupId === away.groupId);
    expect(chair.room!.visit!.groupName).toBe(group(away.groupId).name);
  });
});

describe('the harvest of a visit', () => {
  it('[ROT-11] an item sent to the plenary says its location and visit', async () => {
    const { ev, plan } = await sociaalTop();
    const roomId = plan.visits[0]!.roomId;
    const chair = await sockets.chair(ev, { roomId });
    const plenary = await sockets.chair(ev);
    const start = (n: number, slot: number) =>
      chair.command({
        type: 'visit.start',
        groupId: `g${n}`,
        groupName: `Groep ${n}`,
        groupNumber: n,
        slot,
      });
    await start(1, 0);
    await start(3, 1);
    const phone = await sockets.participant(ev, 'phone-harvest-xxxx', { roomId });
    await phone.until(() => phone.room?.visit?.n === 2);
    const posted = await phone.command({
      type: 'statement.submit',
      id: 'harvest-of-visit-2',
      activityId: phone.room!.currentActivityId!,
      text: 'Een buurthuiskamer',
    });
    expect(posted).toMatchObject({ type: 'ack' });
    await chair.until(() => chair.statements.has('harvest-of-visit-2'));
    const approved = await chair.command({
      type: 'statement.moderate',
      statementId: 'harvest-of-visit-2',
      action: 'approve',
    });
    expect(approved).toMatchObject({ type: 'ack' });
    const sent = await chair.command({
      type: 'statement.harvest',
      statementId: 'harvest-of-visit-2',
      on: true,
    });
    expect(sent).toMatchObject({ type: 'ack' });
    await plenary.until(() =>
      [...plenary.statements.values()].some((s) => s.text === 'Een buurthuiskamer'),
    );
    const item = [...plenary.statements.values()].find((s) => s.text === 'Een buurthuiskamer')!;
    // Wijkcentrum Oudegracht is the event's first location: A.
    expect(item.source).toMatchObject({ roomId, visit: 'A2' });
  });
});
