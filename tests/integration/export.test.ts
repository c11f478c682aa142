import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../server/routes/export-csv.js';
import { castVotes, DILEMMA, dilemmaConfig, expectAck, startPoll } from '../helpers/polls.js';
import { chairKey } from '../helpers/server.js';
import { TestClient } from '../helpers/ws-client.js';
import { asParticipant, useEvent } from '../helpers/scenario.js';

const { srv, ev } = useEvent('Oogst');
let key: string;
const clients: TestClient[] = [];

interface Harvest {
  event: { code: string; name: string };
  rooms: {
    name: string;
    activities: {
      kind: string;
      title: string;
      pollKind?: string;
      rounds?: {
        round: number;
        voters: number;
        options?: { label: string; count: number; percent: number }[];
        mean?: number | null;
        words?: { word: string; count: number }[];
      }[];
      statements: { text: string; name: string | null; status: string; hearts: number }[];
    }[];
  }[];
}

beforeAll(async () => {
  key = chairKey(ev.chairUrl);
  const chair = await TestClient.connect(srv.url, { role: 'chair', eventCode: ev.code, key });
  const people = await Promise.all(
    [1, 2, 3].map((n) => asParticipant(srv, ev, `harvest-${n}-xyz`)),
  );
  clients.push(chair, ...people);
  const [ann, bob, cor] = people as [TestClient, TestClient, TestClient];

  // The wall: one approved statement with a heart, one rejected, one that looks like a formula.
  const wallId = ann.currentWallId();
  const post = async (who: TestClient, text: string, name?: string) => {
    const ack = await who.command({ type: 'statement.submit', activityId: wallId, text, name });
    expectAck(ack);
    return (ack as { id: string }).id;
  };
  const kept = await post(ann, 'Niet vinken, maar vonken', 'Anja');
  const gone = await post(bob, 'Weg ermee');
  const formula = await post(cor, '=HYPERLINK("http://x")');
  for (const [id, action] of [
    [kept, 'approve'],
    [gone, 'reject'],
    [formula, 'approve'],
  ] as const) {
    expectAck(await chair.command({ type: 'statement.moderate', statementId: id, action }));
  }
  expectAck(await bob.command({ type: 'heart.set', statementId: kept, on: true }));

  // A dilemma over two rounds, with a "why".
  const dilemma = await startPoll(chair, dilemmaConfig());
  await castVotes(dilemma, [
    [ann, 'd0'],
    [bob, 'd0'],
    [cor, 'd1'],
  ]);
  expectAck(
    await ann.command({ type: 'statement.submit', activityId: dilemma, text: 'Zorg gaat voor' }),
  );
  expectAck(await chair.command({ type: 'poll.control', pollId: dilemma, action: 'newRound' }));
  expectAck(await bob.command({ type: 'poll.vote', pollId: dilemma, optionIds: ['d1'] }));
  expectAck(await chair.command({ type: 'poll.control', pollId: dilemma, action: 'close' }));

  // A scale and a cloud.
  const scale = await startPoll(chair, { pollKind: 'scale' });
  expectAck(await ann.command({ type: 'poll.vote', pollId: scale, value: 4 }));
  expectAck(await bob.command({ type: 'poll.vote', pollId: scale, value: 5 }));
  const cloud = await startPoll(chair, { pollKind: 'cloud' });
  expectAck(await ann.command({ type: 'poll.vote', pollId: cloud, words: ['Samen', 'tijd'] }));
  expectAck(await bob.command({ type: 'poll.vote', pollId: cloud, words: ['samen!'] }));
});
afterAll(async () => {
  for (const c of clients) c.close();
});

/** The English CSV's header: the column names, the time column with its zone (EXPORT-8). */
const EN_HEADER = CSV_COLUMNS.map((c) =>
  c === 'created_at' ? 'created_at (Europe/Amsterdam)' : c,
);

const url = (ext: string, q = '') =>
  `${srv.url}/api/events/${ev.code.toLowerCase()}/export.${ext}${q}`;

describe('export of the harvest', () => {
  it('[EXPORT-1] one activity’s own CSV: only its rows; an unknown activity is 404', async () => {
    const body = (await (await fetch(url('json', `?k=${key}`))).json()) as {
      rooms: { activities: { id: string; kind: string; title: string }[] }[];
    };
    const scale = body.rooms[0]!.activities[2]!;
    const res = await fetch(url('csv', `?k=${key}&activity=${scale.id}&lang=en`));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toContain(`${scale.id}.csv"`);
    const lines = (await res.text())
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(EN_HEADER.join(','));
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines.slice(1)) expect(line).toMatch(/^Plenaire zaal,Stemming,poll,/);
    expect(lines).toContain('Plenaire zaal,Stemming,poll,1,mean,,,,4.5,,,,,,,,');
    expect(lines.some((l) => l.includes('samen'))).toBe(false);
    const missing = await fetch(url('csv', `?k=${key}&activity=nope`));
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { error: { field: string } }).error.field).toBe('activity');
  });

  it('[EXPORT-1] JSON has every activity: statements, and each poll per round', async () => {
    const res = await fetch(url('json', `?k=${key}`));
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="vonk-/);
    const body = (await res.json()) as Harvest;
    expect(body.event).toMatchObject({ code: ev.code, name: 'Oogst' });
    const [wall, dilemma, scale, cloud] = body.rooms[0]!.activities;
    expect(wall?.statements.map((s) => [s.text, s.status, s.hearts])).toEqual([
      ['Niet vinken, maar vonken', 'approved', 1],
      ['Weg ermee', 'rejected', 0],
      ['=HYPERLINK("http://x")', 'approved', 0],
    ]);
    expect(dilemma?.pollKind).toBe('dilemma');
    expect(
      dilemma?.rounds?.map((r) => [r.round, r.voters, r.options?.map((o) => o.count)]),
    ).toEqual([
      [1, 3, [2, 1]],
      [2, 1, [0, 1]],
    ]);
    expect(dilemma?.rounds?.[0]?.options?.[0]).toMatchObject({
      label: DILEMMA.options[0]!.label,
      percent: 66.7,
    });
    expect(dilemma?.statements.map((s) => [s.text, s.status])).toEqual([
      ['Zorg gaat voor', 'pending'],
    ]);
    expect(scale?.rounds?.[0]?.mean).toBe(4.5);
    expect(cloud?.rounds?.[0]?.words).toEqual([
      { word: 'samen', count: 2 },
      { word: 'tijd', count: 1 },
    ]);
  });

  it('[EXPORT-1] CSV has the same harvest as rows, safe to open in a spreadsheet', async () => {
    const res = await fetch(url('csv', '?lang=en'), {
      headers: { authorization: `Bearer ${srv.adminToken}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const text = await res.text();
    const lines = text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(EN_HEADER.join(','));
    expect(text).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(lines).toContain(
      `Plenaire zaal,Stemming,poll,1,option,${DILEMMA.options[0]!.label},2,66.7,,,,,,,,,`,
    );
    expect(lines).toContain('Plenaire zaal,Stemming,poll,1,mean,,,,4.5,,,,,,,,');
    expect(lines).toContain('Plenaire zaal,Stemming,poll,1,word,samen,2,,,,,,,,,,');
    expect(lines.some((l) => l.includes(',statement,') && l.includes('Anja'))).toBe(true);
    const semi = await (await fetch(url('csv', `?k=${key}&sep=semicolon&lang=en`))).text();
    expect(semi).toContain(EN_HEADER.join(';'));
  });

  it('[EXPORT-2] without the chair key or organizer token there is no export', async () => {
    expect((await fetch(url('json'))).status).toBe(401);
    expect((await fetch(url('csv'))).status).toBe(401);
    const wrong = await fetch(url('json', '?k=wrong'));
    expect(wrong.status).toBe(403);
    expect(((await wrong.json()) as { error: { code: string } }).error.code).toBe('forbidden');
    const badToken = await fetch(url('csv'), { headers: { authorization: 'Bearer nope' } });
    expect(badToken.status).toBe(401);
    expect(await badToken.text()).not.toContain('vonken');
    expect((await fetch(`${srv.url}/api/events/AAAAAA/export.json?k=${key}`)).status).toBe(404);
    expect((await fetch(url('json', '?t=not-the-token'))).status).toBe(401);
  });

  it('[EXPORT-2] the organizer token also works as ?t=, for links that are opened', async () => {
    const res = await fetch(url('md', `?t=${srv.adminToken}`));
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Niet vinken, maar vonken');
  });

  it('[EXPORT-1] the JSON is versioned and complete: room setup and every activity config', async () => {
    const res = await fetch(url('json'), {
      headers: { authorization: `Bearer ${srv.adminToken}` },
    });
    const body = (await res.json()) as {
      format: string;
      version: number;
      complete: boolean;
      event: { language: string; accentColor: string | null };
      rooms: {
        kind: string;
        order: number;
        location: string | null;
        chairName: string | null;
        currentActivityId: string | null;
        activities: { id: string; kind: string; config: Record<string, unknown> }[];
      }[];
    };
    expect(body).toMatchObject({ format: 'vonk-event', version: 1, complete: true });
    expect(body.event).toMatchObject({ language: 'nl', accentColor: null });
    const [room] = body.rooms;
    expect(room).toMatchObject({ kind: 'plenary', order: 0, location: null, chairName: null });
    const [wall, dilemma] = room!.activities;
    expect(wall!.config).toMatchObject({ moderation: 'pre', maxLength: 140, open: true });
    expect(dilemma!.config).toMatchObject({
      pollKind: 'dilemma',
      question: DILEMMA.question,
      resultsMode: 'hidden',
      askWhy: true,
    });
    expect(room!.activities.map((a) => a.id)).toContain(room!.currentActivityId);
  });
});
