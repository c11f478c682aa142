// An event recreated from its own JSON export (EXPORT-5): rooms, agendas, settings and what is
// on screen, without contributions.

import { describe, expect, it } from 'vitest';
import { chairKey, GENEROUS } from '../helpers/server.js';
import { asParticipant, asRoomChair, useTestServer } from '../helpers/scenario.js';
import { current, organizerApi, type ExportFile, type Links } from '../helpers/setup-api.js';

const srv = useTestServer({ rateLimits: GENEROUS });
const { auth, post, exportOf, eventCount } = organizerApi(srv);

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
