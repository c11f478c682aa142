// Shared by the seeded chaos tests: a replayable random source and the seats (roles with a
// socket that comes and goes) that the storm connects, drops and reconnects.

import { afterAll } from 'vitest';
import { TestClient } from './ws-client.js';
import { chairKey, GENEROUS, startTestServer, type TestServer } from './server.js';

/** mulberry32: a tiny seeded PRNG, so a failure can be replayed with the same seed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Seat {
  role: 'participant' | 'chair' | 'projector';
  participantId?: string;
  client: TestClient | null;
}

/** The chair, the projector, then one seat per participant id (an id twice: a second device). */
export function seats(participantIds: string[]): Seat[] {
  return [
    { role: 'chair', client: null },
    { role: 'projector', client: null },
    ...participantIds.map((participantId) => ({
      role: 'participant' as const,
      participantId,
      client: null,
    })),
  ];
}

/**
 * (Re)connects a seat. With `resume`, a seat that had a socket says the last seq it saw, as a
 * phone does after a reconnect.
 */
export async function connectSeat(
  url: string,
  eventCode: string,
  chairKey: string,
  s: Seat,
  resume = false,
): Promise<void> {
  s.client = await TestClient.connect(url, {
    role: s.role,
    eventCode,
    ...(s.participantId ? { participantId: s.participantId } : {}),
    ...(s.role === 'chair' ? { key: chairKey } : {}),
    ...(resume && s.client ? { lastSeq: s.client.seq } : {}),
  });
}

/** The server restarted on the same port with the same data: everyone is cut off. */
export async function restartServer(srv: TestServer): Promise<TestServer> {
  const port = srv.port;
  await srv.close();
  return startTestServer({ rateLimits: GENEROUS, dataDir: srv.dataDir, port });
}

/** The seats without an open socket. */
export const offline = (all: Seat[]) => all.filter((s) => !s.client || s.client.closed);

/**
 * The storm's server: each seed starts its own with a fresh event, a restart swaps it, and the
 * one still running when the file ends is stopped.
 */
export function useStormServer() {
  let current: TestServer | undefined;
  let restarts = 0;
  afterAll(async () => {
    await current?.stop();
  });
  const srv = (): TestServer => {
    if (!current) throw new Error('the storm server is not running');
    return current;
  };
  return {
    srv,
    /**
     * A new server and an event named `name` on it; `connect` (re)joins a seat to that event on
     * whichever server runs now, resuming from its last seq when `resume` is set.
     */
    async start(name: string, resume = false) {
      current = await startTestServer({ rateLimits: GENEROUS });
      const ev = await current.createEvent(name);
      const key = chairKey(ev.chairUrl);
      const connect = (s: Seat) => connectSeat(srv().url, ev.code, key, s, resume);
      /** Connects the seat again unless it is online. */
      const rejoin = async (s: Seat) => {
        if (offline([s]).length) await connect(s);
      };
      /** Connects one of the offline seats again, the one `pick` chooses (if any is offline). */
      const rejoinOne = async (seats: Seat[], pick: (xs: Seat[]) => Seat | undefined) => {
        const s = pick(offline(seats));
        if (s) await connect(s);
      };
      restarts = 0;
      return { ev, connect, rejoin, rejoinOne };
    },
    async restart() {
      current = await restartServer(srv());
      restarts++;
    },
    /** How often the server was restarted since `start`. */
    restarts: () => restarts,
    async stop() {
      await current?.stop();
      current = undefined;
    },
  };
}
