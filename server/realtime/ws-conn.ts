import type { WebSocket, WebSocketServer } from 'ws';
import type { Role } from '../../shared/model.js';
import { frameRoleOf, type FrameRole } from '../domain/views.js';
import type { ChairCredential, Conn } from '../rooms/conn.js';

const TEXT = { binary: false } as const;

export class WsConn implements Conn {
  stale = false;
  staleSince = 0;
  readonly viewRole: FrameRole;

  constructor(
    private readonly ws: WebSocket,
    readonly role: Role,
    readonly participantId: string | undefined,
    private readonly onSend?: (bytes: number) => void,
    readonly credential?: ChairCredential,
    readonly identity?: { token: string; since: number },
    readonly groupId?: string,
  ) {
    this.viewRole = frameRoleOf(role);
  }

  send(frame: string): void {
    if (this.ws.readyState !== this.ws.OPEN) return;
    this.ws.send(frame);
    this.onSend?.(Buffer.byteLength(frame));
  }

  write(frame: string | Buffer): void {
    if (this.ws.readyState !== this.ws.OPEN) return;
    // Bytes already encoded go out as they are, as a text frame (not binary, ws's default).
    if (typeof frame === 'string') this.ws.send(frame);
    else this.ws.send(frame, TEXT);
  }

  buffered(): number {
    return this.ws.bufferedAmount;
  }

  close(code: number, reason: string): void {
    closeSocket(this.ws, code, reason);
  }
}

/** Closes politely, and for good if the peer does not answer the close in time. */
export function closeSocket(ws: WebSocket, code: number, reason: string): void {
  if (ws.readyState === ws.CLOSED) return;
  ws.close(code, reason);
  setTimeout(() => ws.terminate(), 2000).unref();
}

/**
 * Ends the sockets whose peer vanished without a close (a phone in a tunnel, a laptop's lid shut):
 * every `everyMs` each socket is pinged, and one that did not answer the previous ping is ended.
 * `watch` a socket when it connects; `onTick` runs before each round.
 */
export function keepAlive(wss: WebSocketServer, everyMs: number, onTick?: () => void) {
  const alive = new WeakMap<WebSocket, boolean>();
  const timer = setInterval(() => {
    onTick?.();
    for (const ws of wss.clients) {
      if (!alive.get(ws)) {
        ws.terminate();
        continue;
      }
      alive.set(ws, false);
      ws.ping();
    }
  }, everyMs);
  timer.unref();
  return {
    watch(ws: WebSocket): void {
      alive.set(ws, true);
      ws.on('pong', () => alive.set(ws, true));
    },
    stop: () => clearInterval(timer),
  };
}
