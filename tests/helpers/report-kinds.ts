// The 54-room Sociale Top with every activity kind filled in two rooms, for the report's
// content checks: Groep 1 has a wall of 11 statements with hearts (one sent to the plenary), a
// dilemma poll with votes and a dilemma round with contributions in each step; Groep 2 has a
// Q&A. Every other room stays empty, as most tables do between sessions.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { addRooms, type SeededRoom } from './report-event.js';
import { castVotes, DILEMMA, dilemmaConfig, expectAck, startPoll } from './polls.js';
import type { CreatedEvent, TestServer } from './server.js';
import { TestClient } from './ws-client.js';
import { newActivity } from './scenario.js';

export const ROOMS_CSV = readFileSync(
  fileURLToPath(new URL('../fixtures/sociale-top-rooms.csv', import.meta.url)),
  'utf8',
);

/** Wall texts "Punt 01" … "Punt 11"; hearts: 07 three, 03 two, 10 one. */
export const WALL_TEXTS = Array.from(
  { length: 11 },
  (_, i) => `Punt ${String(i + 1).padStart(2, '0')}`,
);
export const HEARTS: Record<string, number> = { 'Punt 07': 3, 'Punt 03': 2, 'Punt 10': 1 };
/** The order the report prints them in: hearts, then time. */
export const WALL_ORDER = [...WALL_TEXTS].sort((a, b) => (HEARTS[b] ?? 0) - (HEARTS[a] ?? 0));
export const STEP_TEXTS = [
  'Wie betaalt de begeleiding straks?',
  'Bij ons werkte een buurtteam goed',
  'Samen met werkgevers een leerbaan maken',
];
export const REJECTED_STEP = 'Afgewezen bijdrage';
export const QA_TEXTS = ['Hoe lang duurt de pilot?', 'Wie betaalt de buurtkamer?'];

export interface KindsEvent {
  ev: CreatedEvent;
  rooms: SeededRoom[];
  clients: TestClient[];
}

export async function seedKindsEvent(
  srv: TestServer,
  name = 'Sociale Top 2026',
): Promise<KindsEvent> {
  const ev = await srv.createEvent(name);
  const rooms = await addRooms(srv, ev.code, ROOMS_CSV);
  const clients: TestClient[] = [];
  const connect = async (room: SeededRoom, role: 'chair' | 'participant', who = '') => {
    const c = await TestClient.connect(srv.url, {
      role,
      eventCode: ev.code,
      roomId: room.id,
      ...(role === 'chair' ? { key: room.key } : { participantId: `kinds-${room.id}-${who}-x` }),
    });
    clients.push(c);
    return c;
  };
  const [g1, g2] = rooms as [SeededRoom, SeededRoom];
  const chair = await connect(g1, 'chair');
  const people = await Promise.all([1, 2, 3, 4].map((n) => connect(g1, 'participant', `p${n}`)));
  const [a, b, c, d] = people as [TestClient, TestClient, TestClient, TestClient];
  const ids = new Map<string, string>();
  for (const text of WALL_TEXTS) {
    const ack = await a.command({ type: 'statement.submit', activityId: a.currentWallId(), text });
    expectAck(ack);
    const id = (ack as { id: string }).id;
    ids.set(text, id);
    expectAck(
      await chair.command({ type: 'statement.moderate', statementId: id, action: 'approve' }),
    );
  }
  for (const [text, n] of Object.entries(HEARTS)) {
    for (const who of [b, c, d].slice(0, n)) {
      expectAck(await who.command({ type: 'heart.set', statementId: ids.get(text)!, on: true }));
    }
  }
  expectAck(
    await chair.command({ type: 'statement.harvest', statementId: ids.get('Punt 07')!, on: true }),
  );

  const poll = await startPoll(chair, dilemmaConfig());
  await castVotes(poll, [
    [a, 'd0'],
    [b, 'd0'],
    [c, 'd1'],
  ]);

  const round = await newActivity(chair, {
    kind: 'round',
    title: 'Dilemmaronde',
    config: { dilemma: DILEMMA.question, moderation: 'pre' },
  });
  expectAck(await chair.command({ type: 'activity.show', activityId: round }));
  const contribute = async (phase: number, text: string, approve: boolean) => {
    if (phase > 0)
      expectAck(await chair.command({ type: 'round.control', activityId: round, phase }));
    await a.until(() => {
      const act = a.activities.get(round);
      return act?.kind === 'round' && act.config.phase === phase;
    });
    const ack = await a.command({ type: 'statement.submit', activityId: round, text, phase });
    expectAck(ack);
    const statementId = (ack as { id: string }).id;
    expectAck(
      await chair.command({
        type: 'statement.moderate',
        statementId,
        action: approve ? 'approve' : 'reject',
      }),
    );
  };
  await contribute(0, STEP_TEXTS[0]!, true);
  await contribute(0, REJECTED_STEP, false);
  await contribute(1, STEP_TEXTS[1]!, true);
  await contribute(2, STEP_TEXTS[2]!, true);

  const chair2 = await connect(g2, 'chair');
  const [q1, q2] = await Promise.all([
    connect(g2, 'participant', 'q1'),
    connect(g2, 'participant', 'q2'),
  ]);
  const qaId = await newActivity(chair2, {
    kind: 'qa',
    title: 'Vragen aan de wethouder',
    config: { pitch: 'De buurtkamer', speaker: 'Bram', moderation: 'post', open: true },
  });
  const asked: string[] = [];
  for (const [who, text] of [
    [q1!, QA_TEXTS[0]!],
    [q2!, QA_TEXTS[1]!],
  ] as const) {
    const ack = await who.command({ type: 'question.ask', activityId: qaId, text });
    expectAck(ack);
    asked.push((ack as { id: string }).id);
  }
  expectAck(await q1!.command({ type: 'question.upvote', questionId: asked[1]!, on: true }));
  return { ev, rooms, clients };
}
