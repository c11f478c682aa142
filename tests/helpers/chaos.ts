// Shared by the seeded chaos tests: a replayable random source and the seats (roles with a
// socket that comes and goes) that the storm connects, drops and reconnects.

import { TestClient } from './ws-client.js';
import { GENEROUS, startTestServer, type TestServer } from './server.js';

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
