// "Zet een stemming na dia N" (DECK-9): the deck item keeps slides from…N, a second item of the
// same deck takes N+1…to, and a new poll (or a Q&A or a wall, DECK-36) stands between them. Plain commands in order; the
// room's socket handles one after the other, so each move finds the item it names.

import type { DeckActivity } from '../../../shared/deck-item.js';
import type { ActivityView } from '../../../shared/model.js';
import type { NewCommand } from '../../lib/outbox.js';

/** What can stand between the two parts of a split deck. */
export type BetweenKind = 'poll' | 'qa' | 'wall';

/** Sends the split through `push` (which returns the command's id); the new item's id, or null. */
export function splitDeck(
  push: (cmd: NewCommand) => string,
  a: DeckActivity,
  after: number,
  agenda: readonly ActivityView[],
  title: string,
  kind: BetweenKind = 'poll',
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
  const between = push({ type: 'activity.create', kind, title, config: {} } as NewCommand);
  push({ type: 'activity.move', activityId: between, index: at + 1 });
  return between;
}
