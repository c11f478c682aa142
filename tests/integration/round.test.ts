// The three-step dilemma round against a real server: real sockets, real HTTP exports.

import { beforeAll, describe, expect, it } from 'vitest';
import type { RoundActivity } from '../../shared/model.js';
import { chairKey, GENEROUS } from '../helpers/server.js';
import { TestClient } from '../helpers/ws-client.js';
import {
  asChair,
  asParticipant,
  newActivity,
  postStatement,
  useEvent,
} from '../helpers/scenario.js';

const DILEMMA =
  'De sociale werkvoorziening verdwijnt en het budget voor dagbesteding daalt. Wat doen we?';

interface RoomLinks {
  id: string;
  name: string;
  chairUrl: string;
}

const { srv, ev } = useEvent('Sociale Top', { rateLimits: GENEROUS });
let t7: RoomLinks;
let t8: RoomLinks;

beforeAll(async () => {
  const res = await fetch(`${srv.url}/api/events/${ev.code}/rooms`, {
    method: 'POST',
    headers: { authorization: `Bearer ${srv.adminToken}`, 'content-type': 'text/csv' },
    body: 'naam\nTafel 7\nTafel 8',
  });
  [t7, t8] = ((await res.json()) as { rooms: RoomLinks[] }).rooms as [RoomLinks, RoomLinks];
});

const connect = (role: 'chair' | 'projector' | 'participant', room: RoomLinks, who = '') =>
  TestClient.connect(srv.url, {
    role,
    eventCode: ev.code,
    roomId: room.id,
    ...(role === 'chair' ? { key: chairKey(room.chairUrl) } : {}),
    ...(role === 'participant'
      ? { participantId: `round-${who}-${Math.random().toString(36).slice(2)}` }
      : {}),
  });

/** A round on screen at a table; the chair, a projector and a phone connected. */
async function table(room: RoomLinks, moderation: 'pre' | 'post' = 'pre') {
  const chair = await connect('chair', room);
  const created = await chair.command({
    type: 'activity.create',
    kind: 'round',
    title: 'Dagbesteding',
    config: { dilemma: DILEMMA, moderation },
  });
  expect(created.type).toBe('ack');
  const id = (created as { id: string }).id;
  await chair.command({ type: 'activity.show', activityId: id });
  const projector = await connect('projector', room);
  const phone = await connect('participant', room, 'phone');
  const round = (c: TestClient) => c.activities.get(id) as RoundActivity | undefined;
  return {
    chair,
    projector,
    phone,
    id,
    round,
    close: () => [chair, projector, phone].forEach((c) => c.close()),
  };
}

describe('dilemma round over the socket', () => {
  it('[ROUND-3] a step move reaches the phone and the projector', async () => {
    const { chair, projector, phone, id, round, close } = await table(t7);
    expect(round(phone)?.config.phase).toBe(0);
    expect(round(projector)?.config.phases.map((p) => p.title)).toEqual([
      'Verhelderende vragen',
      'Ervaringen delen',
      'Oplossingsrichtingen',
    ]);
    expect(await chair.command({ type: 'round.control', activityId: id, phase: 1 })).toMatchObject({
      type: 'ack',
    });
    await phone.until(() => round(phone)?.config.phase === 1);
    await projector.until(() => round(projector)?.config.phase === 1);
    expect(await chair.command({ type: 'round.control', activityId: id, phase: 3 })).toMatchObject({
      type: 'error',
      code: 'invalid',
      field: 'phase',
    });
    expect(await phone.command({ type: 'round.control', activityId: id, phase: 0 })).toMatchObject({
      type: 'error',
      code: 'forbidden',
    });
    close();
  });

  it('[ROUND-2][ROUND-5] a post goes into the current step; pending never reaches participants', async () => {
    const { chair, projector, phone, id, close } = await table(t7, 'pre');
    const other = await connect('participant', t7, 'other');
    const sid = await postStatement(phone, 'Wie betaalt de begeleiding nu?', { activityId: id });
    await chair.until(() => chair.statements.get(sid)?.status === 'pending');
    expect(chair.statements.get(sid)?.phase).toBe(0);
    await phone.until(() => phone.mine.own.some((s) => s.id === sid));
    expect(phone.mine.own.find((s) => s.id === sid)).toMatchObject({ status: 'pending', phase: 0 });
    // Nobody but the chair and its author has seen it.
    for (const c of [projector, other, phone]) {
      expect(
        c.messages.some((m) => JSON.stringify(m).includes('Wie betaalt') && m.type !== 'mine'),
      ).toBe(false);
    }
    await chair.command({ type: 'statement.moderate', statementId: sid, action: 'approve' });
    await projector.until(() => projector.statements.get(sid)?.status === 'approved');
    await other.until(() => other.statements.get(sid)?.phase === 0);
    // Step 2: a new contribution goes there; one written for step 1 is refused.
    await chair.command({ type: 'round.control', activityId: id, phase: 1 });
    await phone.until(() => (phone.activities.get(id) as RoundActivity).config.phase === 1);
    expect(
      await phone.command({ type: 'statement.submit', activityId: id, text: 'Te laat', phase: 0 }),
    ).toMatchObject({ type: 'error', code: 'phase_moved' });
    const second = await phone.command({
      type: 'statement.submit',
      activityId: id,
      text: 'Bij ons werkte een buurtteam goed',
      phase: 1,
    });
    const sid2 = (second as { id: string }).id;
    await chair.until(() => chair.statements.get(sid2)?.phase === 1);
    other.close();
    close();
  });

  it('[ROUND-4] a closed round refuses contributions with round_closed, and opens again', async () => {
    const { chair, phone, id, round, close } = await table(t7, 'post');
    await chair.command({ type: 'round.control', activityId: id, close: true });
    await phone.until(() => round(phone)?.config.open === false);
    const refused = await phone.command({
      type: 'statement.submit',
      activityId: id,
      text: 'Nog één',
    });
    expect(refused).toMatchObject({ type: 'error', code: 'round_closed' });
    await chair.command({ type: 'round.control', activityId: id, open: true });
    await phone.until(() => round(phone)?.config.open === true);
    expect(
      (await phone.command({ type: 'statement.submit', activityId: id, text: 'Nu wel' })).type,
    ).toBe('ack');
    close();
  });

  it('[ROUND-9][PROTO-5] a reconnecting phone gets the round at its current step', async () => {
    const { chair, phone, id, round, close } = await table(t7, 'post');
    const sent = await phone.command({
      type: 'statement.submit',
      activityId: id,
      text: 'Stap één',
    });
    const sid = (sent as { id: string }).id;
    const lastSeq = phone.seq;
    phone.close();
    await chair.command({ type: 'round.control', activityId: id, phase: 2 });
    const back = await asParticipant(srv, ev, `round-back-${Math.random().toString(36).slice(2)}`, {
      roomId: t7.id,
      lastSeq,
    });
    expect(round(back)?.config.phase).toBe(2);
    expect(back.statements.get(sid)).toMatchObject({ status: 'approved', phase: 0 });
    back.close();
    close();
  });

  it('[ROUND-3] a chair of another table cannot open this table at all', async () => {
    const intruder = await TestClient.connect(srv.url, {
      role: 'chair',
      eventCode: ev.code,
      roomId: t8.id,
      key: chairKey(t7.chairUrl),
    });
    await intruder.until(() => intruder.closed !== null);
    expect(intruder.closed?.code).toBe(4001);
    expect(intruder.messages.map((m) => m.type)).toEqual(['error']);
  });

  it('[ROUND-7] a harvested contribution reaches the plenary labelled with room and step', async () => {
    const { chair, phone, id, close } = await table(t8, 'post');
    await chair.command({ type: 'round.control', activityId: id, phase: 1 });
    await phone.until(() => (phone.activities.get(id) as RoundActivity).config.phase === 1);
    const sent = await phone.command({
      type: 'statement.submit',
      activityId: id,
      text: 'Samen met de werkgever een plek zoeken',
    });
    const sid = (sent as { id: string }).id;
    const plenary = await asChair(srv, ev);
    expect(
      await chair.command({ type: 'statement.harvest', statementId: sid, on: true }),
    ).toMatchObject({
      type: 'ack',
    });
    const find = () =>
      [...plenary.statements.values()].find(
        (s) => s.text === 'Samen met de werkgever een plek zoeken',
      );
    await plenary.until(() => find() !== undefined);
    expect(find()).toMatchObject({
      status: 'approved',
      source: { roomId: t8.id, roomName: 'Tafel 8', step: 'Ervaringen delen' },
    });
    plenary.close();
    close();
  });

  it('[ROUND-8][ROUND-6] the exports group contributions by step, field by field', async () => {
    const fresh = await srv.createEvent('Export ronde');
    const chair = await asChair(srv, fresh);
    const id = await newActivity(chair, {
      kind: 'round',
      title: 'Vergoeding',
      config: { dilemma: DILEMMA, moderation: 'pre' },
    });
    await chair.command({ type: 'activity.show', activityId: id });
    const phone = await asParticipant(srv, fresh, 'export-phone-1');
    const post = async (text: string) =>
      (
        (await phone.command({ type: 'statement.submit', activityId: id, text, name: 'Ans' })) as {
          id: string;
        }
      ).id;
    const a = await post('Hoeveel dagdelen gaat het om?');
    const rejected = await post('Weggooien');
    await chair.command({ type: 'round.control', activityId: id, phase: 2 });
    await phone.until(() => (phone.activities.get(id) as RoundActivity).config.phase === 2);
    const c = await post('Een kleine vergoeding, = gelijk voor iedereen');
    await chair.command({ type: 'statement.moderate', statementId: a, action: 'approve' });
    await chair.command({ type: 'statement.moderate', statementId: rejected, action: 'reject' });
    await chair.command({ type: 'statement.moderate', statementId: c, action: 'approve' });
    // An added fourth step keeps the others' contributions where they were.
    const phases = (chair.activities.get(id) as RoundActivity).config.phases;
    expect(
      await chair.command({
        type: 'activity.update',
        activityId: id,
        config: { phases: [...phases, { id: 'p4', title: 'Afspraken', prompt: 'Wie doet wat?' }] },
      }),
    ).toMatchObject({ type: 'ack' });

    const key = chairKey(fresh.chairUrl);
    const json = (await (
      await fetch(`${srv.url}/api/events/${fresh.code}/export.json?k=${key}`)
    ).json()) as {
      rooms: { activities: Record<string, unknown>[] }[];
    };
    const exported = json.rooms[0]!.activities.find((x) => x.id === id) as Record<string, unknown>;
    expect(exported).toMatchObject({
      kind: 'round',
      title: 'Vergoeding',
      dilemma: DILEMMA,
      phase: 2,
      open: true,
    });
    const steps = exported.phases as {
      index: number;
      title: string;
      prompt: string;
      contributions: { id: string; text: string; name: string; status: string; phase: number }[];
    }[];
    expect(steps.map((s) => [s.index, s.title])).toEqual([
      [0, 'Verhelderende vragen'],
      [1, 'Ervaringen delen'],
      [2, 'Oplossingsrichtingen'],
      [3, 'Afspraken'],
    ]);
    expect(steps[3]!.prompt).toBe('Wie doet wat?');
    expect(steps[0]!.contributions).toHaveLength(1);
    expect(steps[0]!.contributions[0]).toMatchObject({
      id: a,
      text: 'Hoeveel dagdelen gaat het om?',
      name: 'Ans',
      status: 'approved',
      phase: 0,
    });
    expect(steps[1]!.contributions).toEqual([]);
    expect(steps[2]!.contributions.map((x) => x.id)).toEqual([c]);
    expect(steps[3]!.contributions).toEqual([]);
    // Every contribution, the rejected one too, in `statements` with its step.
    const all = exported.statements as { id: string; status: string; phase: number }[];
    expect(all.map((x) => [x.id, x.status, x.phase])).toEqual([
      [a, 'approved', 0],
      [rejected, 'rejected', 0],
      [c, 'approved', 2],
    ]);

    const csv = await (
      await fetch(`${srv.url}/api/events/${fresh.code}/export.csv?k=${key}&lang=en`)
    ).text();
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    const header = lines[0]!.split(',');
    expect(header.at(-1)).toBe('phase');
    expect(header.slice(0, 3)).toEqual(['room', 'activity', 'kind']);
    const rows = lines.slice(1).filter((l) => l.includes(',round,'));
    expect(rows).toHaveLength(3);
    const cell = (line: string, col: string) => {
      const cells = line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((x) => x.replace(/,$/, ''));
      return cells[header.indexOf(col)];
    };
    expect(rows.map((r) => cell(r, 'phase'))).toEqual([
      'Verhelderende vragen',
      'Verhelderende vragen',
      'Oplossingsrichtingen',
    ]);
    expect(rows.map((r) => cell(r, 'status'))).toEqual(['approved', 'rejected', 'approved']);
    expect(cell(rows[0]!, 'record')).toBe('statement');
    expect(cell(rows[0]!, 'activity')).toBe('Vergoeding');
    expect(cell(rows[0]!, 'name')).toBe('Ans');

    const md = await (await fetch(`${srv.url}/api/events/${fresh.code}/export.md?k=${key}`)).text();
    const section = (title: string) => md.indexOf(`#### Stap ${title}`);
    expect(section('1: Verhelderende vragen')).toBeGreaterThan(0);
    expect(section('2: Ervaringen delen')).toBeGreaterThan(section('1: Verhelderende vragen'));
    expect(section('3: Oplossingsrichtingen')).toBeGreaterThan(section('2: Ervaringen delen'));
    const step1 = md.slice(section('1: Verhelderende vragen'), section('2: Ervaringen delen'));
    expect(step1).toContain('Hoeveel dagdelen gaat het om?');
    expect(md).not.toContain('Weggooien');
    const step3 = md.slice(section('3: Oplossingsrichtingen'), section('4: Afspraken'));
    expect(step3).toContain('Een kleine vergoeding');
    chair.close();
    phone.close();
  });
});
