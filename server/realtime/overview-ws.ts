// The organizer's live overview over its own socket, /ws/overview (ROOM-8). The first frame says
// which event; the organizer token comes in that frame or from the session cookie. One hub per
// event looks for changes every OVERVIEW_TICK_MS and sends each subscriber only the rows that
// changed, serialised once: nothing is sent while nothing changes, and a change is on screen
// well within a second, however many rooms (tested with 600).

import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import type { RoomOverview } from '../../shared/model.js';
import { OVERVIEW_TICK_MS, type OverviewServerMessage } from '../../shared/overview.js';
import { CloseCode, ErrorCode } from '../../shared/protocol.js';
import type { Admission, EventRecord } from '../rooms/admission.js';
import type { RoomRegistry } from '../rooms/registry.js';
import { closeSocket, keepAlive } from './ws-conn.js';

export interface OverviewDeps {
  /** Finds the event of the hello's join code (the transport never reads the store). */
  admission: Pick<Admission, 'findEvent'>;
  registry: RoomRegistry;
  /** Whether the request carries the organizer's session cookie, or the token is right. */
  authorize(req: IncomingMessage, token: string | undefined): boolean;
  /** How often each socket is pinged; one that did not answer the previous ping is closed. */
  heartbeatMs?: number | undefined;
}

const HELLO_TIMEOUT_MS = 10_000;
const HELLO_MAX_BYTES = 1024;
const HEARTBEAT_MS = 30_000;

class EventHub {
  readonly sockets = new Set<WebSocket>();
  private last = new Map<string, string>();
  private timer: NodeJS.Timeout | null = null;
  private busy = false;

  constructor(
    private readonly event: EventRecord,
    private readonly registry: RoomRegistry,
    private readonly onEmpty: () => void,
  ) {}

  async add(ws: WebSocket): Promise<void> {
    const rows = await this.registry.overview(this.event);
    if (ws.readyState !== ws.OPEN) {
      if (this.sockets.size === 0) this.stop();
      return;
    }
    if (this.sockets.size === 0) this.remember(rows);
    this.sockets.add(ws);
    send(ws, { type: 'overview', rows, serverTime: Date.now() });
    ws.on('close', () => {
      this.sockets.delete(ws);
      if (this.sockets.size === 0) this.stop();
    });
    this.timer ??= setInterval(() => void this.tick(), OVERVIEW_TICK_MS);
    this.timer.unref();
  }

  private remember(rows: RoomOverview[]): void {
    this.last = new Map(rows.map((r) => [r.id, JSON.stringify(r)]));
  }

  private async tick(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      const rows = await this.registry.overview(this.event);
      const changed: RoomOverview[] = [];
      const seen = new Set<string>();
      for (const r of rows) {
        seen.add(r.id);
        const json = JSON.stringify(r);
        if (this.last.get(r.id) !== json) changed.push(r);
        this.last.set(r.id, json);
      }
      const removed = [...this.last.keys()].filter((id) => !seen.has(id));
      for (const id of removed) this.last.delete(id);
      if (changed.length === 0 && removed.length === 0) return;
      const frame = JSON.stringify({
        type: 'overview.update',
        rows: changed,
        removed,
        serverTime: Date.now(),
      });
      for (const ws of this.sockets) if (ws.readyState === ws.OPEN) ws.send(frame);
    } catch {
      // The event was deleted or the store is away: the next tick tries again.
    } finally {
      this.busy = false;
    }
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.onEmpty();
  }
}

function send(ws: WebSocket, msg: OverviewServerMessage): void {
  if (ws.readyState === ws.OPEN) ws.send(JSON.stringify(msg));
}

export function overviewSockets(deps: OverviewDeps) {
  const wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  const hubs = new Map<string, EventHub>();

  const refuse = (ws: WebSocket, close: number, code: string, message: string) => {
    send(ws, { type: 'error', code, message });
    closeSocket(ws, close, message);
  };

  // An organizer's laptop that went away without a close (lid shut, Wi-Fi gone) is ended, so
  // its hub stops when nobody watches (ROOM-11).
  const heartbeat = keepAlive(wss, deps.heartbeatMs ?? HEARTBEAT_MS);

  wss.on('connection', (ws: WebSocket, req: IncomingMessage) => {
    heartbeat.watch(ws);
    const timer = setTimeout(
      () => closeSocket(ws, CloseCode.HelloTimeout, 'no hello'),
      HELLO_TIMEOUT_MS,
    );
    ws.once('message', (data: Buffer) => {
      clearTimeout(timer);
      void (async () => {
        if (data.length > HELLO_MAX_BYTES)
          return refuse(ws, CloseCode.BadHello, ErrorCode.TooLarge, 'hello too large');
        let hello: unknown;
        try {
          hello = JSON.parse(data.toString());
        } catch {
          return refuse(ws, CloseCode.BadHello, ErrorCode.BadFrame, 'not JSON');
        }
        const h = hello as { type?: unknown; eventCode?: unknown; token?: unknown };
        if (h.type !== 'overview.hello' || typeof h.eventCode !== 'string')
          return refuse(
            ws,
            CloseCode.BadHello,
            ErrorCode.Invalid,
            'expected overview.hello with eventCode',
          );
        const token = typeof h.token === 'string' ? h.token : undefined;
        if (!deps.authorize(req, token))
          return refuse(ws, CloseCode.BadHello, ErrorCode.Unauthorized, 'wrong organizer token');
        const event = await deps.admission.findEvent(h.eventCode);
        if (!event) return refuse(ws, CloseCode.NotFound, ErrorCode.NotFound, 'no such event');
        if (ws.readyState !== ws.OPEN) return;
        let hub = hubs.get(event.id);
        if (!hub) {
          hub = new EventHub(event, deps.registry, () => hubs.delete(event.id));
          hubs.set(event.id, hub);
        }
        await hub.add(ws);
        // Anything after the hello is not part of this socket's protocol.
        ws.on('message', () =>
          send(ws, {
            type: 'error',
            code: ErrorCode.Invalid,
            message: 'only overview.hello is sent',
          }),
        );
      })().catch(() => closeSocket(ws, CloseCode.Restarting, 'overview failed'));
    });
  });

  return {
    wss,
    handle(req: IncomingMessage, socket: Duplex, head: Buffer): void {
      wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
    },
    close(): void {
      heartbeat.stop();
      for (const hub of hubs.values()) hub.stop();
      for (const ws of wss.clients) closeSocket(ws, CloseCode.Restarting, 'restarting');
    },
  };
}
