// An event with content in its rooms, for the tests of the printable report and the exports:
// per room an approved and a rejected statement, and a dilemma poll with votes; the first room
// sends its statement to the plenary; the last room gets a Q&A with two ranked questions.

import { castVotes, expectAck, startPoll } from './polls.js';
import { chairKey, type CreatedEvent, type TestServer } from './server.js';
import { TestClient } from './ws-client.js';
import { asParticipant, newActivity } from './scenario.js';

export interface SeededRoom {
  id: string;
  name: string;
  chairUrl: string;
  key: string;
}

export interface SeededEvent {
  ev: CreatedEvent;
  rooms: SeededRoom[];
  clients: TestClient[];
}

export interface SeedTexts {
  statement: (room: string) => string;
  rejected: (room: string) => string;
  option: (room: string, n: number) => string;
  question: (room: string) => string;
  /** The name under each statement; "Anja" unless told. */
  author?: string;
}

export const DEFAULT_TEXTS: SeedTexts = {
  statement: (room) => `Samen sterk in ${room}`,
  rejected: (room) => `Afgewezen tekst uit ${room}`,
  option: (room, n) => `Keuze ${n} van ${room}`,
  question: (room) => `Wie betaalt dit in ${room}?`,
};

export async function addRooms(
  srv: TestServer,
  code: string,
  body: string,
  type = 'text/csv',
): Promise<SeededRoom[]> {
  const res = await fetch(`${srv.url}/api/events/${code}/rooms`, {
    method: 'POST',
    headers: { authorization: `Bearer ${srv.adminToken}`, 'content-type': type },
    body,
  });
  if (res.status !== 201) throw new Error(`rooms: ${res.status} ${await res.text()}`);
  const { rooms } = (await res.json()) as { rooms: Omit<SeededRoom, 'key'>[] };
  return rooms.map((r) => ({ ...r, key: chairKey(r.chairUrl) }));
}

export async function seedReportEvent(
  srv: TestServer,
  names: string[],
  texts: SeedTexts = DEFAULT_TEXTS,
  eventName = 'Sociale Top',
): Promise<SeededEvent> {
  const ev = await srv.createEvent(eventName);
  const rooms = await addRooms(
    srv,
    ev.code,
    JSON.stringify({ rooms: names.map((name, i) => ({ name, chair: `Voorzitter ${i + 1}` })) }),
    'application/json',
  );
  const clients: TestClient[] = [];
  for (const [i, room] of rooms.entries()) {
    const chair = await TestClient.connect(srv.url, {
      role: 'chair',
      eventCode: ev.code,
      roomId: room.id,
      key: room.key,
    });
    const people = await Promise.all(
      [1, 2, 3].map((n) => asParticipant(srv, ev, `report-${i}-${n}-xyz`, { roomId: room.id })),
    );
    clients.push(chair, ...people);
    const [a, b, c] = people as [TestClient, TestClient, TestClient];
    const post = async (text: string) => {
      const ack = await a.command({
        type: 'statement.submit',
        activityId: a.currentWallId(),
        text,
        name: texts.author ?? 'Anja',
      });
      expectAck(ack);
      return (ack as { id: string }).id;
    };
    const kept = await post(texts.statement(room.name));
    const gone = await post(texts.rejected(room.name));
    expectAck(
      await chair.command({ type: 'statement.moderate', statementId: kept, action: 'approve' }),
    );
    expectAck(
      await chair.command({ type: 'statement.moderate', statementId: gone, action: 'reject' }),
    );
    expectAck(await b.command({ type: 'heart.set', statementId: kept, on: true }));
    if (i === 0)
      expectAck(await chair.command({ type: 'statement.harvest', statementId: kept, on: true }));

    const poll = await startPoll(chair, {
      pollKind: 'single',
      question: `Wat kiest ${room.name}?`,
      options: [1, 2].map((n) => ({ id: `o${n}`, label: texts.option(room.name, n) })),
    });
    await castVotes(poll, [
      [a, 'o1'],
      [b, 'o1'],
      [c, 'o2'],
    ]);

    if (i === rooms.length - 1) {
      const qa = await newActivity(chair, {
        kind: 'qa',
        title: 'Vragen',
        config: { pitch: 'De buurtkamer', speaker: 'Bram', moderation: 'post', open: true },
      });
      const ask = async (who: TestClient, text: string) => {
        const ack = await who.command({ type: 'question.ask', activityId: qa, text });
        expectAck(ack);
        return (ack as { id: string }).id;
      };
      const low = await ask(a, 'Hoe lang duurt het?');
      const high = await ask(b, texts.question(room.name));
      expectAck(await c.command({ type: 'question.upvote', questionId: high, on: true }));
      expectAck(await a.command({ type: 'question.upvote', questionId: high, on: true }));
      expectAck(
        await chair.command({ type: 'question.moderate', questionId: high, action: 'answer' }),
      );
      void low;
    }
  }
  return { ev, rooms, clients };
}
