// Plain `ws` clients for the load generator: no deflate, and a frame is only parsed when the
// generator needs what is in it (acks, the projector's tallies). Every frame is counted.

import WebSocket from 'ws';
import { PROTOCOL_VERSION } from '../shared/protocol.js';
import { LOOPBACKS } from './common.js';

/** Every frame received, and the `update` frames the phones received. */
export const counters = { frames: 0, phoneUpdates: 0 };

const startsWith = (data: Buffer, prefix: string) =>
  data.length >= prefix.length && data.toString('latin1', 0, prefix.length) === prefix;

export function isType(data: Buffer, type: string): boolean {
  return startsWith(data, `{"type":"${type}"`);
}

/** A socket from the i-th loopback address (the server limits commands per address). */
export function socket(url: string, i: number): WebSocket {
  return new WebSocket(`${url.replace(/^http/, 'ws')}/ws`, {
    perMessageDeflate: false,
    localAddress: LOOPBACKS[i % LOOPBACKS.length],
  });
}

export interface Phone {
  i: number;
  ws: WebSocket;
  /** performance.now() when the socket was made and when the snapshot arrived. */
  startedAt: number;
  snapshotAt: number;
  /** Option index of the last vote sent, -1 for none. */
  sentOption: number;
  inFlight: boolean;
  onFrame?: (data: Buffer) => void;
}

/** A participant that says hello and resolves when its snapshot arrives. */
export function connectPhone(
  url: string,
  eventCode: string,
  i: number,
  runId: string,
  timeoutMs = 30_000,
  roomId?: string,
): Promise<Phone> {
  const ws = socket(url, i);
  const phone: Phone = {
    i,
    ws,
    startedAt: performance.now(),
    snapshotAt: NaN,
    sentOption: -1,
    inFlight: false,
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`phone ${i}: no snapshot in time`)), timeoutMs);
    ws.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    ws.once('close', (code) => {
      clearTimeout(timer);
      reject(new Error(`phone ${i}: closed with ${code}`));
    });
    ws.once('open', () =>
      ws.send(
        JSON.stringify({
          type: 'hello',
          protocol: PROTOCOL_VERSION,
          role: 'participant',
          eventCode,
          ...(roomId !== undefined ? { roomId } : {}),
          participantId: `bench-${runId}-${i}`,
        }),
      ),
    );
    ws.on('message', (data: Buffer) => {
      counters.frames++;
      if (isType(data, 'update')) counters.phoneUpdates++;
      if (Number.isNaN(phone.snapshotAt) && isType(data, 'snapshot')) {
        phone.snapshotAt = performance.now();
        clearTimeout(timer);
        resolve(phone);
      } else phone.onFrame?.(data);
    });
  });
}

/** Opens sockets in waves, so the bench measures fan-out and not a thundering herd. */
export async function inWaves<T>(n: number, wave: number, open: (i: number) => Promise<T>) {
  const out: T[] = [];
  for (let i = 0; i < n; i += wave) {
    out.push(
      ...(await Promise.all(Array.from({ length: Math.min(wave, n - i) }, (_, j) => open(i + j)))),
    );
  }
  return out;
}

/** A plain client for the baselines: counts what it receives. */
export function countingClient(url: string, i: number): Promise<WebSocket> {
  const ws = socket(url, i);
  ws.on('message', () => counters.frames++);
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
  });
}

export async function closeAll(sockets: WebSocket[]): Promise<void> {
  for (const ws of sockets) ws.terminate();
  await new Promise((r) => setTimeout(r, 500));
}
