// Setting up many rooms at once: agenda templates from the CSV and for every room at once
// (ROOM-7), and an event recreated from its own JSON export (EXPORT-5).

import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../shared/limits.js';
import type { ActivityView } from '../../shared/model.js';
import { chairKey, GENEROUS } from '../helpers/server.js';
import { asParticipant, asRoomChair, useTestServer } from '../helpers/scenario.js';

const srv = useTestServer({ rateLimits: GENEROUS });
const auth = (extra: Record<string, string> = {}): Record<string, string> => ({
  authorization: `Bearer ${srv.adminToken}`,
  ...extra,
});

interface ExportActivity {
  id: string;
  kind: ActivityView['kind'];
  title: string;
  config: Record<string, unknown>;
  statements?: unknown[];
}
interface ExportRoom {
  id: string;
  name: string;
  kind: 'plenary' | 'room';
  location: string | null;
  arrangement: string | null;
  chairName: string | null;
  order: number;
  currentActivityId: string | null;
  activities: ExportActivity[];
}
interface ExportFile {
  format: string;
  version: number;
  complete: boolean;
  event: {
    code: string;
    name: string;
    language: string;
    accentColor: string | null;
    projectorTheme: string | null;
  };
  rooms: ExportRoom[];
}
interface Links {
  code: string;
  name: string;
  chairUrl: string;
  rooms: { id: string; name: string; kind: string; chairUrl: string }[];
}

const post = (
  path: string,
  body: unknown,
  headers: Record<string, string> = auth({ 'content-type': 'application/json' }),
) =>
  fetch(`${srv.url}${path}`, {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

async function exportOf(code: string): Promise<ExportFile> {
  const res = await fetch(`${srv.url}/api/events/${code}/export.json`, { headers: auth() });
  expect(res.status).toBe(200);
  return (await res.json()) as ExportFile;
}

const kinds = (r: ExportRoom) => r.activities.map((a) => a.kind);
const current = (r: ExportRoom) => r.activities.find((a) => a.id === r.currentActivityId);
const eventCount = async () =>
  ((await (await fetch(`${srv.url}/api/events`, { headers: auth() })).json()) as unknown[]).length;

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

describe('an event recreated from its export', () => {
  it('[EXPORT-5] the import recreates rooms, agendas, settings and what is on screen, without contributions', async () => {
    const ev = await srv.createEvent('Sociale Top 2026');
    await fetch(`${srv.url}/api/events/${ev.code}`, {
      method: 'PATCH',
      headers: auth({ 'content-type': 'application/json' }),
      body: JSON.stringify({ accentColor: '#1a6b3c', projectorTheme: 'light' }),
    });
    const csv =
      'naam;locatie;gespreksleider;arrangement;sjabloon\nTafel 1;Zaal A;Anja;Noord;rondetafel\nPitch 1;Zaal B;Henk;;pitch\n';
    const made = await post(
      `/api/events/${ev.code}/rooms`,
      csv,
      auth({ 'content-type': 'text/csv' }),
    );
    const { rooms } = (await made.json()) as { rooms: { id: string; chairUrl: string }[] };
    // The chair of Tafel 1 edits the dilemma, the round's steps, and puts the round on screen;
    // a participant posts (contributions are not part of the setup).
    const chair = await asRoomChair(srv, ev, rooms[0]!);
    await chair.until(() => chair.activities.size === 3);
    const poll = [...chair.activities.values()].find((x) => x.kind === 'poll')!;
    const round = [...chair.activities.values()].find((x) => x.kind === 'round')!;
    expect(
      await chair.command({
        type: 'activity.update',
        activityId: poll.id,
        config: {
          question: 'Het budget voor dagbesteding daalt. Wat doen we?',
          options: [
            { id: 'a', label: 'Stoppen', drawback: 'Mensen zitten thuis' },
            { id: 'b', label: 'Voortzetten', drawback: 'Werkgevers blijven achter' },
          ],
        },
      }),
    ).toMatchObject({ type: 'ack' });
    expect(
      await chair.command({
        type: 'activity.update',
        activityId: round.id,
        config: {
          dilemma: 'Wie beslist over de wijkbudgetten?',
          phases: [
            { id: 'q', title: 'Vragen', prompt: 'Wat wil je weten?' },
            { id: 's', title: 'Oplossingen', prompt: 'Wat kan er beter?' },
          ],
          moderation: 'post',
        },
      }),
    ).toMatchObject({ type: 'ack' });
    expect(await chair.command({ type: 'activity.show', activityId: round.id })).toMatchObject({
      type: 'ack',
    });
    expect(
      await chair.command({ type: 'round.control', activityId: round.id, phase: 1 }),
    ).toMatchObject({
      type: 'ack',
    });
    const phone = await asParticipant(srv, ev, 'setup-phone-1', { roomId: rooms[0]!.id });
    await phone.until(() => phone.room !== null);
    expect(
      await phone.command({
        type: 'statement.submit',
        activityId: round.id,
        text: 'Samen met de wijkraad',
        phase: 1,
      }),
    ).toMatchObject({ type: 'ack' });
    chair.close();
    phone.close();

    const before = await exportOf(ev.code);
    const res = await post('/api/events/import', before);
    expect(res.status).toBe(201);
    const links = (await res.json()) as Links;
    expect(links.code).not.toBe(ev.code);
    expect(links.name).toBe('Sociale Top 2026');
    expect(links.rooms.map((r) => r.name)).toEqual(before.rooms.map((r) => r.name));
    const oldKeys = new Set([...rooms.map((r) => chairKey(r.chairUrl)), chairKey(ev.chairUrl)]);
    for (const r of links.rooms) expect(oldKeys.has(chairKey(r.chairUrl))).toBe(false);

    const after = await exportOf(links.code);
    expect(after.event).toMatchObject({
      name: before.event.name,
      language: 'nl',
      accentColor: '#1a6b3c',
      projectorTheme: 'light',
    });
    expect(after.rooms).toHaveLength(before.rooms.length);
    before.rooms.forEach((b, i) => {
      const a = after.rooms[i]!;
      expect(a.id).not.toBe(b.id);
      for (const k of ['name', 'kind', 'location', 'arrangement', 'chairName', 'order'] as const) {
        expect(a[k], `${b.name}.${k}`).toEqual(b[k]);
      }
      expect(a.activities.map((x) => [x.kind, x.title])).toEqual(
        b.activities.map((x) => [x.kind, x.title]),
      );
      expect(a.activities.findIndex((x) => x.id === a.currentActivityId)).toBe(
        b.activities.findIndex((x) => x.id === b.currentActivityId),
      );
      a.activities.forEach((x, j) => {
        const y = b.activities[j]!;
        // The setup is the same; how far the room got (a round's step, open) starts afresh.
        const { phase: _p1, open: _o1, ...setupA } = x.config;
        const { phase: _p2, open: _o2, ...setupB } = y.config;
        expect(setupA, `${b.name} activity ${j}`).toEqual(setupB);
        expect(x.statements ?? []).toEqual([]);
      });
    });
    const tafel = after.rooms.find((r) => r.name === 'Tafel 1')!;
    expect(current(tafel)?.kind).toBe('round');
    expect(current(tafel)?.config).toMatchObject({
      phase: 0,
      open: true,
      dilemma: 'Wie beslist over de wijkbudgetten?',
    });
    expect(
      (before.rooms.find((r) => r.name === 'Tafel 1')!.activities[2]!.statements ?? []).length,
    ).toBe(1);
  });

  it('[EXPORT-5] a bad file gets a clear error naming where, and no event is created', async () => {
    const ev = await srv.createEvent('Basis');
    const good = await exportOf(ev.code);
    const n = await eventCount();
    const clone = () => JSON.parse(JSON.stringify(good)) as ExportFile & Record<string, unknown>;
    const refused = async (
      body: unknown,
      status: number,
      code: string,
      message?: RegExp,
      headers = auth({ 'content-type': 'application/json' }),
    ) => {
      const res = await post('/api/events/import', body, headers);
      const text = await res.text();
      expect(res.status, text).toBe(status);
      const err = (JSON.parse(text) as { error: { code: string; message: string } }).error;
      expect(err.code).toBe(code);
      if (message) expect(err.message).toMatch(message);
    };
    await refused('{"format": ', 400, 'invalid', /not JSON/);
    await refused(
      { ...clone(), format: 'other' },
      400,
      'invalid_import',
      /^format: not a Vonk event export/,
    );
    await refused(
      { ...clone(), version: 2 },
      400,
      'invalid_import',
      /^version: this Vonk reads version 1/,
    );
    const noName = clone();
    noName.rooms[0]!.name = ' ';
    await refused(noName, 400, 'invalid_import', /^rooms\.0\.name: a room needs a name/);
    const twoPlenaries = clone();
    twoPlenaries.rooms.push({ ...twoPlenaries.rooms[0]!, name: 'Tweede zaal' });
    await refused(twoPlenaries, 400, 'invalid_import', /exactly one plenary room, not 2/);
    const badPoll = clone();
    badPoll.rooms[0]!.activities.push({
      id: 'x',
      kind: 'poll',
      title: 'Kapot',
      config: { pollKind: 'raden' },
    });
    await refused(
      badPoll,
      400,
      'invalid_import',
      /room "Plenaire zaal", activity 2 \(config\.pollKind\)/,
    );
    const badKind = clone();
    badKind.rooms[0]!.activities[0]!.kind = 'quiz' as 'wall';
    await refused(badKind, 400, 'invalid_import', /^rooms\.0\.activities\.0\.kind: kind is one of/);
    await refused(clone(), 401, 'unauthorized', undefined, { 'content-type': 'application/json' });
    await refused(
      JSON.stringify(clone()),
      415,
      'unsupported_type',
      undefined,
      auth({ 'content-type': 'text/plain' }),
    );
    await refused('x'.repeat(17 * 1024 * 1024), 413, 'too_large');
    expect(await eventCount()).toBe(n);
  });
});
