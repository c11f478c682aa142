// The socket to the server: hello, reconnect with backoff, ping, the browser's offline events.
import { signal } from '@preact/signals';
import {
  CloseCode,
  PROTOCOL_VERSION,
  type ClientMessage,
  type HelloMessage,
  type ServerMessage,
  type VisitView,
} from '../../shared/protocol.js';
import type { Language, Role } from '../../shared/model.js';
import { getParticipantToken, keepParticipantToken } from './identity.js';
import { ViewStore } from './store.js';

export type ConnStatus = 'connecting' | 'online' | 'offline' | 'failed';
/** Why the connection gave up: each needs a different message, none is helped by retrying. */
export type Failure = 'reload' | 'not_found' | 'forbidden' | 'revoked';

export interface ConnectionOptions {
  role: Role;
  eventCode: string;
  roomId?: string;
  participantId?: string;
  key?: string;
  language?: () => Language;
  onParticipantId?: (id: string) => void;
  /** Participants: the join code of the group they travel with (ROT-5). */
  group?: string;
}

const BACKOFF_START_MS = 500;
const BACKOFF_CAP_MS = 10_000;
const PING_EVERY_MS = 20_000;
/** Silence this long on an established socket means the network died without telling us. */
const DEAD_AFTER_MS = 45_000;
/** A socket that does not reach the snapshot this fast is stuck (captive portal, bad proxy). */
const HANDSHAKE_TIMEOUT_MS = 15_000;
const WATCH_EVERY_MS = 5_000;

type Listener = (msg: ServerMessage) => void;

export class Connection {
  readonly status = signal<ConnStatus>('connecting');
  readonly failure = signal<Failure | null>(null);
  readonly view = new ViewStore();
  /** Where the participant's group is now, for a phone that travels with one (ROT-6). */
  readonly visit = signal<VisitView | null>(null);
  /** The last seq applied; sent in hello so the server can tell how far behind we are. */
  seq = 0;

  private ws: WebSocket | null = null;
  private ready = false;
  private stopped = false;
  private attempt = 0;
  private lastHeard = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private pingTimer: ReturnType<typeof setInterval> | undefined;
  private watchTimer: ReturnType<typeof setInterval> | undefined;
  private readonly listeners = new Set<Listener>();
  private readonly readyListeners = new Set<() => void>();

  constructor(private readonly opts: ConnectionOptions) {}

  /** The event and the chair key this page speaks for: what its HTTP requests need too. */
  get eventCode(): string {
    return this.opts.eventCode;
  }
  get key(): string | undefined {
    return this.opts.key;
  }

  start(): void {
    this.stopped = false;
    window.addEventListener('online', this.wake);
    window.addEventListener('offline', this.lost);
    document.addEventListener('visibilitychange', this.wake);
    this.open();
  }

  stop(): void {
    this.stopped = true;
    window.removeEventListener('online', this.wake);
    window.removeEventListener('offline', this.lost);
    document.removeEventListener('visibilitychange', this.wake);
    clearTimeout(this.retryTimer);
    this.drop();
  }

  /** True between the snapshot and the next disconnect: commands sent now will be answered. */
  isReady(): boolean {
    return this.ready;
  }

  /** Sends when ready; returns false otherwise so the caller (the outbox) keeps the frame. */
  send(msg: ClientMessage): boolean {
    if (!this.ready || !this.ws || this.ws.readyState !== WebSocket.OPEN) return false;
    this.ws.send(JSON.stringify(msg));
    return true;
  }

  onMessage(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Called after every successful (re)connect, once the snapshot is applied. */
  onReady(listener: () => void): () => void {
    this.readyListeners.add(listener);
    return () => this.readyListeners.delete(listener);
  }

  private url(): string {
    const scheme = window.location.protocol === 'https:' ? 'wss:' : 'ws:';
    return `${scheme}//${window.location.host}/ws`;
  }

  private open(): void {
    if (this.stopped || this.ws) return;
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    if (this.status.value !== 'offline') this.status.value = 'connecting';
    let ws: WebSocket;
    try {
      ws = new WebSocket(this.url());
    } catch {
      this.scheduleReconnect();
      return;
    }
    this.ws = ws;
    this.lastHeard = Date.now();
    ws.onopen = () => this.sendHello(ws);
    ws.onmessage = (ev) => this.receive(ev.data);
    ws.onclose = (ev) => this.closed(ws, ev.code);
    ws.onerror = () => {
      // onclose follows and decides what to do.
    };
    this.watchTimer = setInterval(this.watch, WATCH_EVERY_MS);
  }

  private sendHello(ws: WebSocket): void {
    const { role, eventCode, roomId, participantId, key, language } = this.opts;
    const hello: HelloMessage = { type: 'hello', protocol: PROTOCOL_VERSION, role, eventCode };
    if (roomId) hello.roomId = roomId;
    if (participantId) {
      hello.participantId = participantId;
      const token = getParticipantToken(eventCode);
      if (token) hello.token = token;
    }
    if (key) hello.key = key;
    if (this.opts.group) hello.group = this.opts.group;
    if (this.seq > 0) hello.lastSeq = this.seq;
    if (language) hello.language = language();
    ws.send(JSON.stringify(hello));
  }

  private receive(data: unknown): void {
    if (typeof data !== 'string') return;
    let msg: ServerMessage;
    try {
      msg = JSON.parse(data) as ServerMessage;
    } catch {
      return;
    }
    if (typeof msg !== 'object' || msg === null || typeof msg.type !== 'string') return;
    this.lastHeard = Date.now();
    if (typeof msg.seq === 'number') this.seq = msg.seq;
    switch (msg.type) {
      case 'welcome':
        this.view.applyWelcome(msg);
        if (msg.participantId) this.opts.onParticipantId?.(msg.participantId);
        if (msg.identity) keepParticipantToken(this.opts.eventCode, msg.identity.token);
        break;
      case 'event':
        this.view.applyEvent(msg);
        break;
      case 'snapshot':
        this.view.applySnapshot(msg);
        this.becomeReady();
        break;
      case 'update':
        this.view.applyUpdate(msg);
        break;
      case 'mine':
        this.view.applyMine(msg);
        break;
      case 'pong':
        this.view.applyPong(msg);
        break;
      case 'visit':
        this.visit.value = msg.visit;
        break;
      default:
        break;
    }
    for (const l of this.listeners) l(msg);
  }

  private becomeReady(): void {
    const first = !this.ready;
    this.ready = true;
    this.attempt = 0;
    this.status.value = 'online';
    clearInterval(this.pingTimer);
    this.pingTimer = setInterval(() => this.send({ type: 'ping', t: Date.now() }), PING_EVERY_MS);
    if (first) for (const l of this.readyListeners) l();
  }

  private closed(ws: WebSocket, code: number): void {
    if (ws !== this.ws) return;
    this.detach();
    this.afterClose(code);
  }

  private afterClose(code: number): void {
    if (this.stopped) return;
    const failure = failureFor(code);
    if (failure) {
      this.failure.value = failure;
      this.status.value = 'failed';
      return;
    }
    this.status.value = 'offline';
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.stopped || this.retryTimer !== undefined) return;
    const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_START_MS * 2 ** this.attempt);
    this.attempt += 1;
    // Full jitter on the upper half: a restarted server is not hit by every phone at once.
    const delay = ceiling / 2 + Math.random() * (ceiling / 2);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      this.open();
    }, delay);
  }

  private readonly watch = (): void => {
    const limit = this.ready ? DEAD_AFTER_MS : HANDSHAKE_TIMEOUT_MS;
    if (this.ws && Date.now() - this.lastHeard > limit) {
      // close() on a dead network can take minutes to fire onclose, so stop waiting for it.
      this.drop();
      this.afterClose(1006);
    }
  };

  /**
   * The browser says the network is gone: say so at once rather than after the silence limit,
   * and stop trusting the socket (on a dead network its close can take minutes). What is sent
   * from now on waits in the outbox; back online, `wake` reconnects without waiting.
   */
  private readonly lost = (): void => {
    if (this.stopped || this.status.value === 'failed') return;
    clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
    this.drop();
    this.status.value = 'offline';
    this.scheduleReconnect();
  };

  /** Back online or back in view: do not wait out the backoff. */
  private readonly wake = (): void => {
    if (document.visibilityState === 'hidden') return;
    if (this.status.value === 'offline' && !this.ws && !this.stopped) {
      this.attempt = 0;
      this.open();
    }
  };

  private detach(): void {
    clearInterval(this.pingTimer);
    clearInterval(this.watchTimer);
    this.pingTimer = undefined;
    this.watchTimer = undefined;
    this.ready = false;
    this.ws = null;
  }

  private drop(): void {
    const ws = this.ws;
    if (!ws) return;
    ws.onopen = null;
    ws.onmessage = null;
    ws.onclose = null;
    ws.onerror = null;
    try {
      ws.close();
    } catch {
      // Already closing.
    }
    this.detach();
  }
}

function failureFor(code: number): Failure | null {
  switch (code) {
    case CloseCode.ProtocolMismatch:
      return 'reload';
    case CloseCode.NotFound:
      return 'not_found';
    case CloseCode.BadHello:
      return 'forbidden';
    case CloseCode.Revoked:
      return 'revoked';
    default:
      return null;
  }
}
