// The organizer's live overview socket (/ws/overview) for tests: every frame kept, and `rows`
// the view the screen would hold (updates applied, removed rooms dropped).

import WebSocket from 'ws';
import type { RoomOverview } from '../../shared/model.js';
import type { OverviewServerMessage } from '../../shared/overview.js';

export interface OverviewOptions {
  headers?: Record<string, string>;
  /** False: the socket does not answer the server's pings (a laptop gone without a close). */
  autoPong?: boolean;
}

/** Opens /ws/overview on `baseUrl` and sends `hello` (a frame, or raw text as it is). */
export async function overviewSocket(
  baseUrl: string,
  hello: string | Record<string, unknown>,
  opts: OverviewOptions = {},
) {
  const ws = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}/ws/overview`, {
    headers: opts.headers ?? {},
    autoPong: opts.autoPong ?? true,
  });
  const frames: OverviewServerMessage[] = [];
  const rows = new Map<string, RoomOverview>();
  let closed: number | null = null;
  const waiters: (() => void)[] = [];
  const wake = () => waiters.splice(0).forEach((w) => w());
  ws.on('message', (data) => {
    const msg = JSON.parse(data.toString()) as OverviewServerMessage;
    frames.push(msg);
    if (msg.type === 'overview') for (const r of msg.rows) rows.set(r.id, r);
    if (msg.type === 'overview.update') {
      for (const r of msg.rows) rows.set(r.id, r);
      for (const id of msg.removed) rows.delete(id);
    }
    wake();
  });
  ws.on('close', (code) => {
    closed = code;
    wake();
  });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  ws.send(typeof hello === 'string' ? hello : JSON.stringify(hello));
  /** Waits for a state of the overview, woken by each frame (and every 100 ms). */
  const until = async (cond: () => boolean, ms = 10_000) => {
    const end = Date.now() + ms;
    while (!cond()) {
      if (Date.now() > end) throw new Error('timed out waiting for the overview');
      await new Promise<void>((r) => {
        waiters.push(r);
        setTimeout(r, 100);
      });
    }
  };
  return { ws, frames, rows, until, closed: () => closed };
}

/** The overview socket of server `s` for event `code`, with the organizer token in the hello. */
export const organizerOverview = (
  s: { url: string; adminToken: string | null },
  code: string,
  opts: OverviewOptions = {},
) => overviewSocket(s.url, { type: 'overview.hello', eventCode: code, token: s.adminToken }, opts);
