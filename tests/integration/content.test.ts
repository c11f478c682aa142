// Content to many rooms at once (CONTENT-1…4), against a real server with the 54-room file.

import { afterAll, describe, expect, it } from 'vitest';
import type { PollActivity, RoundActivity } from '../../shared/model.js';
import { expectAck } from '../helpers/polls.js';
import { ROOMS_CSV } from '../helpers/report-kinds.js';
import { DILEMMA, singlePoll, useEventWithRooms } from '../helpers/rooms-event.js';
import { TestClient } from '../helpers/ws-client.js';

const { srv, ev, rooms } = useEventWithRooms('Sociale Top', ROOMS_CSV);
const clients: TestClient[] = [];

afterAll(async () => {
  for (const c of clients) c.close();
});

const send = (body: unknown) =>
  fetch(`${srv.url}/api/events/${ev.code}/content`, {
    method: 'POST',
    headers: { authorization: `Bearer ${srv.adminToken}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

const chairOf = async (name: string) => {
  const room = rooms.find((r) => r.name === name)!;
  const c = await TestClient.connect(srv.url, {
    role: 'chair',
    eventCode: ev.code,
    roomId: room.id,
    key: room.key,
  });
  clients.push(c);
  return c;
};

const kinds = (c: TestClient) => [...c.activities.values()].map((a) => a.kind).sort();

describe('content to many rooms', () => {
  it('[CONTENT-1] a dilemma to one arrangement: a dilemma poll and a round with the same text, in those rooms only', async () => {
    const g4 = await chairOf('Groep 4');
    const g1 = await chairOf('Groep 1');
    const res = await send({ rooms: { arrangement: 'Arrangement 2' }, content: DILEMMA });
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      contentId: string;
      rooms: { name: string; result: string }[];
    };
    expect(body.rooms.map((r) => [r.name, r.result])).toEqual([
      ['Groep 4', 'create'],
      ['Groep 5', 'create'],
      ['Groep 6', 'create'],
    ]);
    await g4.until(() => kinds(g4).join() === 'poll,round,wall');
    const poll = [...g4.activities.values()].find((a) => a.kind === 'poll') as PollActivity;
    const round = [...g4.activities.values()].find((a) => a.kind === 'round') as RoundActivity;
    expect(poll.config.pollKind).toBe('dilemma');
    expect(poll.config.question).toBe(DILEMMA.question);
    expect(poll.config.options.map((o) => [o.label, o.drawback])).toEqual(
      DILEMMA.options.map((o) => [o.label, o.drawback]),
    );
    expect(round.config.dilemma).toBe(DILEMMA.question);
    expect(round.config.phases.map((p) => p.title)).toEqual([
      'Verhelderende vragen',
      'Ervaringen delen',
      'Oplossingsrichtingen',
    ]);
    // Another arrangement got nothing.
    expect(kinds(g1)).toEqual(['wall']);
  });

  it('[CONTENT-2] bad input is refused whole and nothing is sent', async () => {
    const g7 = await chairOf('Groep 7');
    const cases: [unknown, number, string | undefined][] = [
      [
        { rooms: 'all', content: { ...DILEMMA, options: [DILEMMA.options[0]] } },
        400,
        'content.options',
      ],
      [
        {
          rooms: 'all',
          content: { ...DILEMMA, options: [{ label: 'A', drawback: 'x' }, { label: 'B' }] },
        },
        400,
        'content.options.1.drawback',
      ],
      [{ rooms: { arrangement: 'Arrangement 99' }, content: DILEMMA }, 404, 'rooms.arrangement'],
      [{ rooms: ['nope'], content: DILEMMA }, 404, 'rooms'],
      [
        { rooms: 'all', content: { kind: 'wall', prompt: 'x'.repeat(10_000) } },
        400,
        'content.prompt',
      ],
      [{ rooms: 'all', content: { kind: 'video' } }, 400, 'content.kind'],
    ];
    for (const [body, status, field] of cases) {
      const res = await send(body);
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(status);
      const err = (await res.json()) as { error: { field?: string; message: string } };
      expect(err.error.field).toBe(field);
      expect(err.error.message.length).toBeGreaterThan(0);
    }
    expect(kinds(g7)).toEqual(['wall']);
    const anon = await fetch(`${srv.url}/api/events/${ev.code}/content`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ rooms: 'all', content: DILEMMA }),
    });
    expect(anon.status).toBe(401);
  });

  it('[CONTENT-3] sending an edited version asks before it overwrites a room’s own edits', async () => {
    const g10 = await chairOf('Groep 10');
    const g11 = await chairOf('Groep 11');
    const first = (await (
      await send({
        contentId: 'wachtlijst',
        rooms: { arrangement: 'Arrangement 4' },
        content: DILEMMA,
      })
    ).json()) as { rooms: unknown[] };
    expect(first.rooms).toHaveLength(3);
    await g10.until(() => kinds(g10).includes('round'));
    // Groep 10's chair adapts their copy of the poll.
    const poll10 = [...g10.activities.values()].find((a) => a.kind === 'poll')!;
    expectAck(
      await g10.command({
        type: 'activity.update',
        activityId: poll10.id,
        title: 'Onze wachtlijst',
      }),
    );

    const edited = { ...DILEMMA, question: 'De wachtlijst groeit snel. Wat doen we?' };
    const ask = await send({
      contentId: 'wachtlijst',
      rooms: { arrangement: 'Arrangement 4' },
      content: edited,
    });
    expect(ask.status).toBe(409);
    const why = (await ask.json()) as { error: { code: string; rooms: { name: string }[] } };
    expect(why.error.code).toBe('local_edits');
    expect(why.error.rooms.map((r) => r.name)).toEqual(['Groep 10']);

    const keep = (await (
      await send({
        contentId: 'wachtlijst',
        rooms: { arrangement: 'Arrangement 4' },
        content: edited,
        overwrite: 'unedited',
      })
    ).json()) as { rooms: { name: string; result: string }[] };
    expect(keep.rooms.map((r) => [r.name, r.result])).toEqual([
      ['Groep 10', 'kept'],
      ['Groep 11', 'update'],
      ['Groep 12', 'update'],
    ]);
    const round11 = () =>
      [...g11.activities.values()].find((a) => a.kind === 'round') as RoundActivity;
    await g11.until(() => round11()?.config.dilemma === edited.question);
    // No second copy: the same two activities, updated.
    expect(kinds(g11)).toEqual(['poll', 'round', 'wall']);
    expect((g10.activities.get(poll10.id) as PollActivity).config.question).toBe(DILEMMA.question);

    const all = await send({
      contentId: 'wachtlijst',
      rooms: { arrangement: 'Arrangement 4' },
      content: edited,
      overwrite: 'all',
    });
    expect(all.status).toBe(200);
    await g10.until(
      () => (g10.activities.get(poll10.id) as PollActivity).config.question === edited.question,
    );
    expect(g10.activities.get(poll10.id)!.title).toBe('Dilemma');
  });

  it('[CONTENT-4] a poll and a wall question to every room', async () => {
    const g20 = await chairOf('Groep 20');
    const before = kinds(g20).length;
    const poll = await send({
      rooms: 'all',
      title: 'Stemming',
      content: singlePoll('Komt u terug?', 'Ja', 'Nee'),
    });
    expect(poll.status).toBe(200);
    expect(((await poll.json()) as { rooms: unknown[] }).rooms).toHaveLength(55);
    const wall = await send({
      rooms: 'parallel',
      content: { kind: 'wall', prompt: 'Wat neem je mee?' },
    });
    expect(((await wall.json()) as { rooms: unknown[] }).rooms).toHaveLength(54);
    await g20.until(() => kinds(g20).length === before + 2);
    expect(
      [...g20.activities.values()].some(
        (a) => a.kind === 'wall' && a.config.prompt === 'Wat neem je mee?',
      ),
    ).toBe(true);
  });
});
