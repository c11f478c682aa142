// Optimistic on/off votes of the phone: hearts on statements and upvotes on questions are one
// class, told by a small spec which command, which count and which of `mine` it follows.
import { effect, signal } from '@preact/signals';
import type { QuestionView, StatementView } from '../../shared/model.js';
import type { CommandMessage } from '../../shared/protocol.js';
import type { NewCommand } from '../lib/outbox.js';
import type { Session } from '../lib/session.js';

interface Click {
  /** The server's count when the person tapped; while it is unchanged, our tap is not in it. */
  countAtClick: number;
  delta: number;
}

/** Which command a toggle sends, on which items, with which count, as which of `mine`. */
interface ToggleSpec {
  type: 'heart.set' | 'question.upvote';
  key: 'statementId' | 'questionId';
  items: 'statements' | 'questions';
  count: 'hearts' | 'votes';
  mine: 'hearted' | 'upvoted';
}

type Item = { id: string } & { [count in ToggleSpec['count']]?: number };

/**
 * Optimistic toggles: the button flips at once and the count moves with it, until the server's
 * own count catches up. The server's numbers always win as soon as they change.
 */
export class Toggles<T extends Item> {
  // Private names (#) are shortened by the minifier: this class is on every phone.
  readonly #session: Session;
  readonly #spec: ToggleSpec;
  readonly #clicks = signal<ReadonlyMap<string, Click>>(new Map());

  constructor(session: Session, spec: ToggleSpec) {
    this.#session = session;
    this.#spec = spec;
    const { conn, outbox } = session;
    // An ack is for the view to keep (participant/acks.ts); here only what the count showed.
    outbox.onSettled((s) => {
      const id = this.#target(s.cmd);
      if (id !== undefined && (s.kind === 'error' || s.ack.duplicate)) this.#forget(id);
    });
    effect(() => {
      const items = conn.view[spec.items].value as ReadonlyMap<string, Item>;
      const clicks = this.#clicks.peek();
      let next: Map<string, Click> | null = null;
      for (const [id, click] of clicks) {
        if (items.get(id)?.[spec.count] !== click.countAtClick) {
          next ??= new Map(clicks);
          next.delete(id);
        }
      }
      if (next) this.#clicks.value = next;
    });
  }

  /** The item's id when the command is this toggle's. */
  #target(cmd: CommandMessage): string | undefined {
    return cmd.type === this.#spec.type
      ? (cmd as unknown as Record<string, string>)[this.#spec.key]
      : undefined;
  }

  #serverOn(id: string): boolean {
    return this.#session.conn.view.mine.value[this.#spec.mine].has(id);
  }

  /** The latest not-yet-confirmed command for an item, if any. */
  #pendingOn(id: string): boolean | undefined {
    let on: boolean | undefined;
    for (const cmd of this.#session.outbox.pending.value) {
      if (this.#target(cmd) === id) on = (cmd as { on: boolean }).on;
    }
    return on;
  }

  isOn(id: string): boolean {
    return this.#pendingOn(id) ?? this.#serverOn(id);
  }

  count(item: T): number {
    const n = item[this.#spec.count] as number;
    const click = this.#clicks.value.get(item.id);
    if (!click || click.countAtClick !== n) return n;
    return Math.max(0, n + click.delta);
  }

  toggle(item: T): void {
    const on = !this.isOn(item.id);
    const delta = (on ? 1 : 0) - (this.#serverOn(item.id) ? 1 : 0);
    const next = new Map(this.#clicks.value);
    next.set(item.id, {
      countAtClick: next.get(item.id)?.countAtClick ?? (item[this.#spec.count] as number),
      delta,
    });
    this.#clicks.value = next;
    this.#session.outbox.push({
      type: this.#spec.type,
      [this.#spec.key]: item.id,
      on,
    } as NewCommand);
  }

  #forget(id: string): void {
    if (!this.#clicks.value.has(id)) return;
    const next = new Map(this.#clicks.value);
    next.delete(id);
    this.#clicks.value = next;
  }
}

export type HeartState = Toggles<StatementView>;
export type QaVotes = Toggles<QuestionView>;

/** Hearts on the wall's statements. */
export const heartState = (session: Session): HeartState =>
  new Toggles(session, {
    type: 'heart.set',
    key: 'statementId',
    items: 'statements',
    count: 'hearts',
    mine: 'hearted',
  });

/** Upvotes on a Q&A's questions. */
export const qaVotes = (session: Session): QaVotes =>
  new Toggles(session, {
    type: 'question.upvote',
    key: 'questionId',
    items: 'questions',
    count: 'votes',
    mine: 'upvoted',
  });
