// The WebSocket endpoint at /ws on the HTTP server's port.

import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { LIMITS } from '../../shared/limits.js';
import { CloseCode } from '../../shared/protocol.js';
import type { overviewSockets } from './overview-ws.js';
import { Session, type SessionDeps } from './session.js';
import { closeSocket, keepAlive } from './ws-conn.js';

export interface RealtimeDeps extends SessionDeps {
  /** Take the client address from X-Forwarded-For (only behind a proxy you trust). */
  trustProxy?: boolean;
  /** The organizer's live overview at /ws/overview (overview-ws.ts). */
  overview?: ReturnType<typeof overviewSockets>;
}

export interface Realtime {
  wss: WebSocketServer;
  /** Closes every socket with the given code (e.g. Restarting on shutdown). */
  closeAll(code: number, reason: string): void;
  connections(): number;
}

const HEARTBEAT_MS = 30_000;

export function attachRealtime(server: Server, deps: RealtimeDeps): Realtime {
  // The transport limit is above the protocol limit, so an oversized frame still gets a coded
  // error from the parser; only a grossly oversized one is cut off by ws (close 1009).
  const wss = new WebSocketServer({ noServer: true, maxPayload: LIMITS.frameBytes * 4 });

  // Sockets whose peer vanished without a close (a phone that went into a tunnel) are ended.
  const heartbeat = keepAlive(wss, HEARTBEAT_MS, () => deps.rateLimiter?.sweep());

  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = (req.url ?? '').split('?')[0];
    if (path === '/ws/overview' && deps.overview) return deps.overview.handle(req, socket, head);
    if (path !== '/ws') {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  });

  wss.on('connection', (ws: WebSocket, req: IncomingMessage) => {
    heartbeat.watch(ws);
    new Session(ws, deps, clientIp(req, deps.trustProxy ?? false));
  });

  wss.on('close', heartbeat.stop);

  return {
    wss,
    closeAll(code = CloseCode.Restarting, reason = 'restarting') {
      for (const ws of wss.clients) closeSocket(ws, code, reason);
      deps.overview?.close();
    },
    connections: () => wss.clients.size,
  };
}

export function clientIp(req: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const fwd = req.headers['x-forwarded-for'];
    const first = (Array.isArray(fwd) ? fwd[0] : fwd)?.split(',')[0]?.trim();
    if (first) return first;
  }
  return req.socket.remoteAddress ?? 'unknown';
}
