// Commands with client-made ids, kept until acked and sent again after a reconnect.
import { signal } from '@preact/signals';
import { nanoid } from 'nanoid';
import {
  ErrorCode,
  type AckMessage,
  type CommandMessage,
  type ErrorMessage,
} from '../../shared/protocol.js';
import type { Connection } from './connection.js';
import { errorKey } from './i18n.js';
import { showNotice } from './notice.js';
import { readJson, writeJson, writeString } from './storage.js';

/** A command as the caller writes it; the outbox gives it its id. */
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
export type NewCommand = DistributiveOmit<CommandMessage, 'id'>;

interface Entry {
  cmd: CommandMessage;
  /** When it was first queued, so week-old leftovers are not replayed into a new event. */
  at: number;
}

export type Settled =
  | { kind: 'ack'; cmd: CommandMessage; ack: AckMessage }
  | { kind: 'error'; cmd: CommandMessage; error: ErrorMessage };

const MAX_AGE_MS = 24 * 60 * 60 * 1000;
const RATE_LIMIT_RETRY_MS = 3_000;

function isEntryList(v: unknown): v is Entry[] {
  return (
    Array.isArray(v) &&
    v.every(
      (e: unknown) =>
        typeof e === 'object' &&
        e !== null &&
        typeof (e as Entry).at === 'number' &&
        typeof (e as Entry).cmd === 'object' &&
        (e as Entry).cmd !== null &&
        typeof (e as Entry).cmd.id === 'string' &&
        typeof (e as Entry).cmd.type === 'string',
    )
  );
}

export function outboxKey(eventCode: string, roomId: string, role: string): string {
  return `vonk.outbox.${eventCode}.${roomId}.${role}`;
}

/**
 * Commands waiting for the server's answer. They survive disconnects and reloads and are sent
 * again, in order, after every reconnect; the server answers a repeated id with a duplicate ack,
 * so resending is always safe.
 */
export class Outbox {
  /** What is not yet confirmed, oldest first. */
  readonly pending = signal<readonly CommandMessage[]>([]);
  private entries: Entry[];
  private readonly settledListeners = new Set<(s: Settled) => void>();

  constructor(
    private readonly conn: Connection,
    private readonly storageKey: string,
  ) {
    const now = Date.now();
    this.entries = (readJson(storageKey, isEntryList) ?? []).filter((e) => now - e.at < MAX_AGE_MS);
    this.publish();
    conn.onReady(() => this.flush());
    conn.onMessage((msg) => {
      if (msg.type === 'ack') this.settle(msg.id, { kind: 'ack', ack: msg });
      else if (msg.type === 'error' && msg.id !== undefined) this.failed(msg.id, msg);
      else if (msg.type === 'error') showNotice(errorKey(msg.code));
    });
  }

  /** Queues a command and sends it now if the connection is ready. Returns its id. */
  push(command: NewCommand): string {
    const cmd = { ...command, id: nanoid() } as CommandMessage;
    this.entries.push({ cmd, at: Date.now() });
    this.publish();
    this.conn.send(cmd);
    return cmd.id;
  }

  onSettled(listener: (s: Settled) => void): () => void {
    this.settledListeners.add(listener);
    return () => this.settledListeners.delete(listener);
  }

  private flush(): void {
    for (const e of this.entries) if (!this.conn.send(e.cmd)) return;
  }

  private failed(id: string, error: ErrorMessage): void {
    const entry = this.entries.find((e) => e.cmd.id === id);
    if (!entry) return;
    switch (error.code) {
      case ErrorCode.NotHello:
        // Arrived before the server had our hello; the next ready sends it again.
        return;
      case ErrorCode.DuplicateId:
        // The server already has this id: nothing was lost, nothing to tell.
        this.remove(id);
        return;
      case ErrorCode.RateLimited:
        // Throwing the person's words away for being quick would be unkind; try again later.
        showNotice(errorKey(error.code));
        setTimeout(() => {
          if (this.entries.includes(entry)) this.conn.send(entry.cmd);
        }, error.retryAfterMs ?? RATE_LIMIT_RETRY_MS);
        return;
      default:
        showNotice(errorKey(error.code));
        this.settle(id, { kind: 'error', error });
    }
  }

  private settle(
    id: string,
    outcome: { kind: 'ack'; ack: AckMessage } | { kind: 'error'; error: ErrorMessage },
  ): void {
    const entry = this.entries.find((e) => e.cmd.id === id);
    if (!entry) return;
    this.remove(id);
    const settled: Settled =
      outcome.kind === 'ack'
        ? { kind: 'ack', cmd: entry.cmd, ack: outcome.ack }
        : { kind: 'error', cmd: entry.cmd, error: outcome.error };
    for (const l of this.settledListeners) l(settled);
  }

  private remove(id: string): void {
    this.entries = this.entries.filter((e) => e.cmd.id !== id);
    this.publish();
  }

  private publish(): void {
    this.pending.value = this.entries.map((e) => e.cmd);
    if (this.entries.length === 0) writeString(this.storageKey, null);
    else writeJson(this.storageKey, this.entries);
  }
}
