// The live overview's socket (/ws/overview, ROOM-8): one hello, then every row once and after
// that only the rows that changed. Reconnects with backoff; a refused hello is final. Every frame
// carries the server's time, so the overview's timers count with the server's clock (CLOCK-8).

import { signal } from '@preact/signals';
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { RoomOverview } from '../../shared/model.js';
import type { OverviewHello, OverviewServerMessage } from '../../shared/overview.js';
import { CloseCode } from '../../shared/protocol.js';
import { clockOffset } from '../../shared/clock.js';

export type OverviewStatus = 'connecting' | 'live' | 'offline' | 'refused';

const BACKOFF_START_MS = 500;
const BACKOFF_CAP_MS = 8000;
/** A skew that moved less than this since the last frame is kept as it was. */
const OFFSET_JITTER_MS = 500;

export function overviewUrl(): string {
  const proto = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${proto}//${location.host}/ws/overview`;
}

export function connectOverview(eventCode: string, token: string) {
  const rows = signal<RoomOverview[] | null>(null);
  const status = signal<OverviewStatus>('connecting');
  /** What to add to Date.now() to get the server's time (CLOCK-3, CLOCK-8). */
  const offset = signal(0);
  let ws: WebSocket | null = null;
  let stopped = false;
  let attempt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let byId = new Map<string, RoomOverview>();

  const open = () => {
    status.value = 'connecting';
    const sock = new WebSocket(overviewUrl());
    ws = sock;
    sock.onopen = () => {
      const hello: OverviewHello = {
        type: 'overview.hello',
        eventCode,
        ...(token ? { token } : {}),
      };
      sock.send(JSON.stringify(hello));
    };
    sock.onmessage = (ev: MessageEvent<string>) => {
      const receivedAt = Date.now();
      const msg = JSON.parse(ev.data) as OverviewServerMessage;
      if ('serverTime' in msg && typeof msg.serverTime === 'number') {
        // Only a real change of the skew is passed on: the page is not redrawn for jitter.
        const next = clockOffset(msg.serverTime, receivedAt);
        if (Math.abs(next - offset.value) > OFFSET_JITTER_MS) offset.value = next;
      }
      if (msg.type === 'overview') {
        attempt = 0;
        byId = new Map(msg.rows.map((r) => [r.id, r]));
        rows.value = msg.rows;
        status.value = 'live';
      } else if (msg.type === 'overview.update') {
        for (const r of msg.rows) byId.set(r.id, r);
        for (const id of msg.removed) byId.delete(id);
        rows.value = [...byId.values()];
      }
    };
    sock.onclose = (ev) => {
      if (stopped || ws !== sock) return;
      if (ev.code === CloseCode.BadHello || ev.code === CloseCode.NotFound) {
        status.value = 'refused';
        return;
      }
      status.value = 'offline';
      const wait = Math.min(BACKOFF_CAP_MS, BACKOFF_START_MS * 2 ** attempt++);
      timer = setTimeout(open, wait * (0.5 + Math.random() / 2));
    };
  };
  open();
  return {
    rows,
    status,
    offset,
    stop() {
      stopped = true;
      clearTimeout(timer);
      ws?.close();
    },
  };
}

export function useOverview(eventCode: string, token: string) {
  const live = useMemo(() => connectOverview(eventCode, token), [eventCode, token]);
  useEffect(() => () => live.stop(), [live]);
  return live;
}

export type OverviewLive = ReturnType<typeof connectOverview>;

/**
 * True from the frame after the overview first drew its rows (or learnt it cannot get them):
 * the rest of the event's panel waits for it, so the overview paints first (ORG-21). Watches the
 * signals without reading them in render, so the caller is not redrawn on every update.
 */
export function useAfterOverview(live: OverviewLive): boolean {
  const [done, setDone] = useState(false);
  useEffect(() => {
    if (done) return;
    let frame = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = () => {
      if (frame || (live.rows.peek() === null && live.status.peek() === 'connecting')) return;
      // After the frame that paints the rows: a timeout from inside rAF runs after that paint.
      frame = requestAnimationFrame(() => {
        timer = setTimeout(() => setDone(true), 0);
      });
    };
    const offRows = live.rows.subscribe(check);
    const offStatus = live.status.subscribe(check);
    return () => {
      offRows();
      offStatus();
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [live, done]);
  return done;
}
