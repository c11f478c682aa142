// The chair's moderation commands and the undo offer each one leaves behind.
import { signal } from '@preact/signals';
import type { StatementView } from '../../shared/model.js';
import type { ModerationAction } from '../../shared/protocol.js';
import type { MessageKey } from '../lib/i18n.js';
import type { Session } from '../lib/session.js';

export interface UndoOffer {
  statementId: string;
  /** The action that puts things back as they were. */
  action: ModerationAction;
  /** What was just done, for the "Goedgekeurd — Ongedaan maken" line. */
  done: MessageKey;
  at: number;
}

export const UNDO_MS = 8_000;

const DONE: Record<ModerationAction, MessageKey> = {
  approve: 'chair.did.approve',
  reject: 'chair.did.reject',
  hide: 'chair.did.hide',
  pin: 'chair.did.pin',
  unpin: 'chair.did.unpin',
  requeue: 'chair.did.requeue',
  edit: 'chair.did.edit',
  group: 'chair.did.group',
};

/** The inverse depends on where the statement came from: approving a hidden one undoes to hide. */
function inverse(before: StatementView, action: ModerationAction): ModerationAction | null {
  switch (action) {
    case 'approve':
      if (before.status === 'hidden') return 'hide';
      if (before.status === 'rejected') return 'reject';
      return before.status === 'pending' ? 'requeue' : null;
    case 'edit':
      // The corrected text stays; undo takes it off the wall and back to the queue.
      return 'requeue';
    case 'reject':
      return before.status === 'approved' ? 'approve' : 'requeue';
    case 'hide':
      return 'approve';
    case 'pin':
      return 'unpin';
    case 'unpin':
      return 'pin';
    case 'requeue':
      if (before.status === 'rejected') return 'reject';
      return before.status === 'approved' ? 'approve' : null;
    case 'group':
      // A label is changed again by typing; there is nothing to undo.
      return null;
  }
}

export class Moderator {
  readonly undo = signal<UndoOffer | null>(null);

  constructor(private readonly session: Session) {}

  /** Sends a statement to the plenary's harvest wall, or takes it back. */
  harvest(s: StatementView, on: boolean): void {
    this.session.outbox.push({ type: 'statement.harvest', statementId: s.id, on });
  }

  act(before: StatementView, action: ModerationAction, text?: string): void {
    this.session.outbox.push({
      type: 'statement.moderate',
      statementId: before.id,
      action,
      ...(text !== undefined ? { text } : {}),
    });
    const back = inverse(before, action);
    this.undo.value = back
      ? { statementId: before.id, action: back, done: DONE[action], at: Date.now() }
      : null;
  }

  undoLast(): void {
    const offer = this.undo.value;
    if (!offer) return;
    this.undo.value = null;
    this.session.outbox.push({
      type: 'statement.moderate',
      statementId: offer.statementId,
      action: offer.action,
    });
  }

  dismiss(offer: UndoOffer): void {
    if (this.undo.value === offer) this.undo.value = null;
  }
}
