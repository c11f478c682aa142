import { effect, signal } from '@preact/signals';
import type { QuestionView } from '../../shared/model.js';
import type { Session } from '../lib/session.js';

interface Click {
  /** The server's count when the person tapped; while it is unchanged, our tap is not in it. */
  countAtClick: number;
  delta: number;
}

/**
 * Optimistic upvotes, as for hearts: the button flips at once and the count moves with it until
 * the server's own count changes; the server's numbers always win.
 */
export class QaVotes {
  private readonly clicks = signal<ReadonlyMap<string, Click>>(new Map());

  constructor(private readonly session: Session) {
    const { conn, outbox } = session;
    outbox.onSettled((s) => {
      if (s.cmd.type !== 'question.upvote') return;
      if (s.kind === 'ack') conn.view.setUpvoted(s.cmd.questionId, s.cmd.on);
      if (s.kind === 'error' || s.ack.duplicate) this.forget(s.cmd.questionId);
    });
    effect(() => {
      const questions = conn.view.questions.value;
      const clicks = this.clicks.peek();
      let next: Map<string, Click> | null = null;
      for (const [id, click] of clicks) {
        if (questions.get(id)?.votes !== click.countAtClick) {
          next ??= new Map(clicks);
          next.delete(id);
        }
      }
      if (next) this.clicks.value = next;
    });
  }

  private pendingOn(questionId: string): boolean | undefined {
    let on: boolean | undefined;
    for (const cmd of this.session.outbox.pending.value) {
      if (cmd.type === 'question.upvote' && cmd.questionId === questionId) on = cmd.on;
    }
    return on;
  }

  isOn(questionId: string): boolean {
    return this.pendingOn(questionId) ?? this.session.conn.view.mine.value.upvoted.has(questionId);
  }

  count(q: QuestionView): number {
    const click = this.clicks.value.get(q.id);
    if (!click || click.countAtClick !== q.votes) return q.votes;
    return Math.max(0, q.votes + click.delta);
  }

  toggle(q: QuestionView): void {
    const on = !this.isOn(q.id);
    const serverOn = this.session.conn.view.mine.value.upvoted.has(q.id);
    const delta = (on ? 1 : 0) - (serverOn ? 1 : 0);
    const next = new Map(this.clicks.value);
    next.set(q.id, { countAtClick: next.get(q.id)?.countAtClick ?? q.votes, delta });
    this.clicks.value = next;
    this.session.outbox.push({ type: 'question.upvote', questionId: q.id, on });
  }

  private forget(questionId: string): void {
    if (!this.clicks.value.has(questionId)) return;
    const next = new Map(this.clicks.value);
    next.delete(questionId);
    this.clicks.value = next;
  }
}
