// A real WebSocket client that keeps a view the way the browser client does, for tests.

import { nanoid } from 'nanoid';
import WebSocket from 'ws';
import type {
  ActivityView,
  MyVote,
  PollActivity,
  PollResultsView,
  QuestionView,
  RoomView,
  StatementView,
} from '../../shared/model.js';
import {
  PROTOCOL_VERSION,
  type ClientMessage,
  type CommandMessage,
  type HelloMessage,
  type ServerMessage,
} from '../../shared/protocol.js';
import type { MyBallot, RankingResultsView } from '../../shared/ranking.js';

type Hello = Omit<HelloMessage, 'type' | 'protocol'>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
export type NewCommand = DistributiveOmit<CommandMessage, 'id'> & { id?: string };

export class TestClient {
  readonly messages: ServerMessage[] = [];
  /** When each message arrived (performance.now()), by the same index. */
  readonly receivedAt: number[] = [];
  seq = 0;
  room: RoomView | null = null;
  readonly activities = new Map<string, ActivityView>();
  readonly statements = new Map<string, StatementView>();
  /** Poll results this client may see, by poll id. */
  readonly polls = new Map<string, PollResultsView>();
  readonly questions = new Map<string, QuestionView>();
  /** Ranking results this client may see, by ranking id. */
  readonly rankings = new Map<string, RankingResultsView>();
  mine: {
    own: StatementView[];
    hearted: string[];
    votes: MyVote[];
    questions: QuestionView[];
    upvoted: string[];
    ballots?: MyBallot[];
  } = { own: [], hearted: [], votes: [], questions: [], upvoted: [] };
  closed: { code: number; reason: string } | null = null;
  private waiters: (() => void)[] = [];
  private pings = 0;

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data) => this.onMessage(JSON.parse(data.toString()) as ServerMessage));
    ws.on('close', (code, reason) => {
      this.closed = { code, reason: reason.toString() };
      this.wake();
    });
  }

  static async open(baseUrl: string): Promise<TestClient> {
    const ws = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}/ws`);
    await new Promise<void>((resolve, reject) => {
      ws.once('open', () => resolve());
      ws.once('error', reject);
    });
    return new TestClient(ws);
  }

  /** Opens a socket, says hello and waits for the snapshot. */
  static async connect(baseUrl: string, hello: Hello): Promise<TestClient> {
    const c = await TestClient.open(baseUrl);
    c.send({ type: 'hello', protocol: PROTOCOL_VERSION, ...hello });
    await c.waitFor((m) => m.type === 'snapshot' || c.closed !== null);
    return c;
  }

  send(msg: ClientMessage | Record<string, unknown>): void {
    this.ws.send(JSON.stringify(msg));
  }

  sendRaw(raw: string): void {
    this.ws.send(raw);
  }

  /** Sends a command with a fresh id and resolves with its ack or error. */
  async command(cmd: NewCommand): Promise<ServerMessage> {
    const id = cmd.id ?? nanoid();
    const from = this.messages.length;
    this.send({ ...cmd, id } as CommandMessage);
    return this.waitFor((m) => (m.type === 'ack' || m.type === 'error') && m.id === id, 5000, from);
  }

  private onMessage(msg: ServerMessage): void {
    this.messages.push(msg);
    this.receivedAt.push(performance.now());
    this.seq = Math.max(this.seq, msg.seq);
    switch (msg.type) {
      case 'snapshot':
        this.room = msg.room;
        this.activities.clear();
        this.statements.clear();
        this.polls.clear();
        this.questions.clear();
        this.rankings.clear();
        for (const r of msg.rankings ?? []) this.rankings.set(r.id, r);
        for (const a of msg.activities) this.activities.set(a.id, a);
        for (const s of msg.statements) this.statements.set(s.id, s);
        for (const p of msg.polls) this.polls.set(p.id, p);
        for (const q of msg.questions) this.questions.set(q.id, q);
        break;
      case 'welcome':
        this.room = msg.room;
        break;
      case 'update':
        for (const ch of msg.changes) {
          if (ch.kind === 'room') this.room = ch.value;
          else if (ch.kind === 'activity') upsert(this.activities, ch.id, ch.value);
          else if (ch.kind === 'statement') upsert(this.statements, ch.id, ch.value);
          else if (ch.kind === 'question') upsert(this.questions, ch.id, ch.value);
          else if (ch.kind === 'ranking') upsert(this.rankings, ch.id, ch.value);
          else upsert(this.polls, ch.id, ch.value);
        }
        break;
      case 'mine':
        this.mine = {
          own: msg.own,
          hearted: msg.hearted,
          votes: msg.votes,
          questions: msg.questions,
          upvoted: msg.upvoted,
          ...(msg.ballots ? { ballots: msg.ballots } : {}),
        };
        break;
      default:
        break;
    }
    this.wake();
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }

  /** Waits for a message matching the predicate (looking at messages from index `from`). */
  waitFor(pred: (m: ServerMessage) => boolean, timeoutMs = 5000, from = 0): Promise<ServerMessage> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(new Error(`timeout waiting; last: ${JSON.stringify(this.messages.slice(-3))}`)),
        timeoutMs,
      );
      const check = () => {
        const hit = this.messages.slice(from).find(pred);
        if (hit || this.closed) {
          clearTimeout(timer);
          if (hit) resolve(hit);
          else reject(new Error(`closed ${JSON.stringify(this.closed)} while waiting`));
          return;
        }
        this.waiters.push(check);
      };
      check();
    });
  }

  /**
   * A barrier instead of a quiet period: sends a ping and waits for its pong. The server answers
   * a socket's frames in order, so every frame it sent this socket before that is in by then (on
   * one instance; an ack means the change's flush has gone out to every socket).
   */
  async settle(): Promise<void> {
    const t = ++this.pings;
    const from = this.messages.length;
    this.send({ type: 'ping', t });
    await this.waitFor((m) => m.type === 'pong' && m.t === t, 5000, from);
  }

  /** Waits until the client's view satisfies a condition. */
  async until(cond: () => boolean, timeoutMs = 5000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!cond()) {
      if (Date.now() > deadline) throw new Error('condition not met in time');
      await new Promise<void>((r) => {
        this.waiters.push(r);
        setTimeout(r, 50);
      });
    }
  }

  currentWallId(): string {
    const id = this.room?.currentActivityId;
    if (!id) throw new Error('no current activity');
    return id;
  }

  /** A poll this client holds, or an error naming what it holds instead. */
  poll(id: string): PollActivity {
    const a = this.activities.get(id);
    if (a?.kind !== 'poll') throw new Error(`no poll ${id}`);
    return a;
  }

  close(): void {
    this.ws.close();
  }
}

function upsert<T>(map: Map<string, T>, id: string, value: T | null): void {
  if (value === null) map.delete(id);
  else map.set(id, value);
}
