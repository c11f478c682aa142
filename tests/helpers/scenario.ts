// The socket scenario client: a real server for the file and real sockets that join it in a
// role. Waiting for a frame or a state is TestClient's (waitFor, until, command).

import { afterAll, beforeAll } from 'vitest';
import type { Config } from '../../server/config.js';
import { late } from './late.js';
import { chairKey, startTestServer, type CreatedEvent, type TestServer } from './server.js';
import { TestClient, type NewCommand } from './ws-client.js';

type Hello = Parameters<typeof TestClient.connect>[1];
type Extra = Omit<Partial<Hello>, 'role' | 'eventCode'>;
type Where = { url: string };
type EventRef = Pick<CreatedEvent, 'code'>;

/** One server for the whole file, started before its tests and stopped after them. */
export function useTestServer(overrides: Partial<Config> = {}): TestServer {
  let srv: TestServer | undefined;
  beforeAll(async () => {
    srv = await startTestServer(overrides);
  });
  afterAll(async () => {
    await srv?.stop();
  });
  return late('the test server', () => srv);
}

/** The event's chair (of the plenary, or of `extra.roomId` with that room's chairUrl). */
export function asChair(
  at: Where,
  ev: EventRef & { chairUrl: string },
  extra: Extra = {},
): Promise<TestClient> {
  return TestClient.connect(at.url, {
    role: 'chair',
    eventCode: ev.code,
    key: chairKey(ev.chairUrl),
    ...extra,
  });
}

/** A chair of one of the event's rooms, by its links. */
export function asRoomChair(
  at: Where,
  ev: EventRef,
  room: { id: string; chairUrl: string },
  extra: Extra = {},
): Promise<TestClient> {
  return asChair(at, { code: ev.code, chairUrl: room.chairUrl }, { roomId: room.id, ...extra });
}

/** A participant with a fixed anonymous id. */
export function asParticipant(
  at: Where,
  ev: EventRef,
  participantId: string,
  extra: Extra = {},
): Promise<TestClient> {
  return TestClient.connect(at.url, {
    role: 'participant',
    eventCode: ev.code,
    participantId,
    ...extra,
  });
}

/** The projector (beamer) of the plenary, or of `extra.roomId`. */
export function asProjector(at: Where, ev: EventRef, extra: Extra = {}): Promise<TestClient> {
  return TestClient.connect(at.url, { role: 'projector', eventCode: ev.code, ...extra });
}

/** An event on the server with its chair already connected. */
export async function eventWithChair(
  srv: TestServer,
  name?: string,
  language?: 'nl' | 'en',
): Promise<{ ev: CreatedEvent; chair: TestClient }> {
  const ev = await srv.createEvent(name, language);
  return { ev, chair: await asChair(srv, ev) };
}

export interface Sockets {
  /** Joins with the hello given; closed after the tests. */
  connect(hello: Hello): Promise<TestClient>;
  chair(ev: EventRef & { chairUrl: string }, extra?: Extra): Promise<TestClient>;
  participant(ev: EventRef, participantId: string, extra?: Extra): Promise<TestClient>;
  projector(ev: EventRef, extra?: Extra): Promise<TestClient>;
}

/** Sockets to a server, every one closed after the tests of the file (or describe block). */
export function useSockets(at: Where): Sockets {
  const clients: TestClient[] = [];
  afterAll(() => {
    for (const c of clients.splice(0)) c.close();
  });
  const track = async (c: Promise<TestClient>) => {
    const client = await c;
    clients.push(client);
    return client;
  };
  return {
    connect: (hello) => track(TestClient.connect(at.url, hello)),
    chair: (ev, extra) => track(asChair(at, ev, extra)),
    participant: (ev, id, extra) => track(asParticipant(at, ev, id, extra)),
    projector: (ev, extra) => track(asProjector(at, ev, extra)),
  };
}

export interface Scene {
  srv: TestServer;
  ev: CreatedEvent;
  /** Joins the scene's event with the hello given (the event code filled in); closed after. */
  connect(hello: Omit<Hello, 'eventCode'> & { eventCode?: string }): Promise<TestClient>;
  /** The event's chair of the plenary (or of `extra.roomId` with that room's `extra.key`). */
  chair(extra?: Extra): Promise<TestClient>;
  participant(participantId: string, extra?: Extra): Promise<TestClient>;
  projector(extra?: Extra): Promise<TestClient>;
}

/**
 * A server and one event on it for the file (or describe block); every socket joined through the
 * scene is closed after its tests, then the server stops.
 */
export function useEvent(
  name?: string,
  overrides: Partial<Config> = {},
  language?: 'nl' | 'en',
): Scene {
  const srv = useTestServer(overrides);
  let ev: CreatedEvent | undefined;
  beforeAll(async () => {
    ev = await srv.createEvent(name, language);
  });
  const sockets = useSockets(srv);
  const event = late('the event', () => ev);
  return {
    srv,
    ev: event,
    connect: (hello) => sockets.connect({ eventCode: event.code, ...hello }),
    chair: (extra) => sockets.chair(event, extra),
    participant: (id, extra) => sockets.participant(event, id, extra),
    projector: (extra) => sockets.projector(event, extra),
  };
}

type NewActivity = Omit<Extract<NewCommand, { type: 'activity.create' }>, 'type' | 'id'>;

/** The chair creates an activity (not shown); expects an ack and resolves with its id. */
export async function newActivity(chair: TestClient, activity: NewActivity): Promise<string> {
  const created = await chair.command({ type: 'activity.create', ...activity } as NewCommand);
  if (created.type !== 'ack') throw new Error(`create: ${JSON.stringify(created)}`);
  return created.id;
}

/** The chair creates an activity and puts it on screen; resolves with its id. */
export async function showNewActivity(chair: TestClient, activity: NewActivity): Promise<string> {
  const id = await newActivity(chair, activity);
  const shown = await chair.command({ type: 'activity.show', activityId: id });
  if (shown.type !== 'ack') throw new Error(`show: ${JSON.stringify(shown)}`);
  return id;
}

/**
 * `c` posts `text` to its current wall (or to `extra.activityId`); expects an ack and resolves
 * with the statement's id.
 */
export async function postStatement(
  c: TestClient,
  text: string,
  extra: { activityId?: string; name?: string } = {},
): Promise<string> {
  const { activityId = c.currentWallId(), ...rest } = extra;
  const ack = await c.command({ type: 'statement.submit', activityId, text, ...rest });
  if (ack.type !== 'ack') throw new Error(`statement: ${JSON.stringify(ack)}`);
  return ack.id;
}

/**
 * `count` results of `make(i)`, started `wave` at a time: hundreds of handshakes at once would
 * measure the join, not what the test is about.
 */
export async function inWaves<T>(
  count: number,
  make: (i: number) => Promise<T>,
  wave = 50,
): Promise<T[]> {
  const all: T[] = [];
  for (let i = 0; i < count; i += wave) {
    const n = Math.min(wave, count - i);
    all.push(...(await Promise.all(Array.from({ length: n }, (_, j) => make(i + j)))));
  }
  return all;
}
