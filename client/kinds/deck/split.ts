// "Zet een stemming na dia N" (DECK-9): the deck item keeps slides from…N, a second item of the
// same deck takes N+1…to, and a new poll stands between them. Plain commands in order; the
// room's socket handles one after the other, so each move finds the item it names.

import type { DeckActivity } from '../../../shared/deck-item.js';
import type { ActivityView } from '../../../shared/model.js';
import type { NewCommand } from '../../lib/outbox.js';

/** Sends the split through `push` (which returns the command's id); the new poll's id, or null. */
export function splitDeck(
  push: (cmd: NewCommand) => string,
  a: DeckActivity,
  after: number,
  agenda: readonly ActivityView[],
  pollTitle: string,
): string | null {
  const { from, to } = a.config;
  if (after < from || after >= to) return null;
  const at = agenda.findIndex((x) => x.id === a.id);
  push({ type: 'activity.update', activityId: a.id, config: { to: after } });
  const rest = push({
    type: 'activity.create',
    kind: 'deck',
    title: a.title,
    config: {
      deckId: a.config.deckId,
      from: after + 1,
      to,
      joinOverlay: a.config.joinOverlay,
      phoneImage: a.config.phoneImage,
    },
  });
  push({ type: 'activity.move', activityId: rest, index: at + 1 });
  const poll = push({ type: 'activity.create', kind: 'poll', title: pollTitle, config: {} });
  push({ type: 'activity.move', activityId: poll, index: at + 1 });
  return poll;
}
