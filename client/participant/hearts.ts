import { effect, signal } from '@preact/signals';
import type { StatementView } from '../../shared/model.js';
import type { Session } from '../lib/session.js';

interface Click {
  /** The server's count when the person tapped; while it is unchanged, our tap is not in it. */
  countAtClick: number;
  delta: number;
}

/**
 * Optimistic hearts: the button flips at once and the count moves with it, until the server's
 * own count catches up. The server's numbers always win as soon as they change.
 */
export class HeartState {
  private readonly clicks = signal<ReadonlyMap<string, Click>>(new Map());

  constructor(private readonly session: Session) {
    const { conn, outbox } = session;
    outbox.onSettled((s) => {
      if (s.cmd.type !== 'heart.set') return;
      if (s.kind === 'ack') conn.view.setHearted(s.cmd.statementId, s.cmd.on);
      if (s.kind === 'error' || s.ack.duplicate) this.forget(s.cmd.statementId);
    });
    effect(() => {
      const statements = conn.view.statements.value;
      const clicks = this.clicks.peek();
      let next: Map<string, Click> | null = null;
      for (const [id, click] of clicks) {
        if (statements.get(id)?.hearts !== click.countAtClick) {
          next ??= new Map(clicks);
          next.delete(id);
        }
      }
      if (next) this.clicks.value = next;
    });
  }

  /** The latest not-yet-confirmed heart.set for a statement, if any. */
  private pendingOn(statementId: string): boolean | undefined {
    let on: boolean | undefined;
    for (const cmd of this.session.outbox.pending.value) {
      if (cmd.type === 'heart.set' && cmd.statementId === statementId) on = cmd.on;
    }
    return on;
  }

  isOn(statementId: string): boolean {
    return (
      this.pendingOn(statementId) ?? this.session.conn.view.mine.value.hearted.has(statementId)
    );
  }

  count(s: StatementView): number {
    const click = this.clicks.value.get(s.id);
    if (!click || click.countAtClick !== s.hearts) return s.hearts;
    return Math.max(0, s.hearts + click.delta);
  }

  toggle(s: StatementView): void {
    const on = !this.isOn(s.id);
    const serverOn = this.session.conn.view.mine.value.hearted.has(s.id);
    const delta = (on ? 1 : 0) - (serverOn ? 1 : 0);
    const next = new Map(this.clicks.value);
    const existing = next.get(s.id);
    next.set(s.id, { countAtClick: existing?.countAtClick ?? s.hearts, delta });
    this.clicks.value = next;
    this.session.outbox.push({ type: 'heart.set', statementId: s.id, on });
  }

  private forget(statementId: string): void {
    if (!this.clicks.value.has(statementId)) return;
    const next = new Map(this.clicks.value);
    next.delete(statementId);
    this.clicks.value = next;
  }
}
