// The deck item's ActivityKind: a room's pitch deck on the agenda, a range of its slides,
// moved slide by slide by the chair or the speaker (DECK-6…12).

import type { DeckGoto } from '../../../shared/deck-item.js';
import type { ActivityKind } from '../kind.js';
import { deckHarvest, deckMarkdown } from './export.js';
import {
  applyImaged,
  decideGoto,
  deckPatch,
  findDeckItem,
  newDeckItem,
  type DeckEvent,
} from './deck.js';

export const deck: ActivityKind<'deck', DeckGoto, DeckEvent> = {
  kind: 'deck',
  create: (_state, cmd, order) => newDeckItem(cmd, order),
  patch: (_state, a, patch) => deckPatch(a, patch),
  update(state, a, patch) {
    state.activities.set(a.id, { ...a, config: { ...a.config, ...patch } });
    return [{ kind: 'activity', id: a.id }];
  },
  commands: { 'deck.goto': true },
  events: { 'deck.moved': true, 'deck.imaged': true },
  decide: decideGoto,
  apply(state, e) {
    if (e.type === 'deck.imaged') return applyImaged(state, e);
    const a = findDeckItem(state, e.activityId);
    if (!a) return [];
    state.activities.set(a.id, { ...a, config: { ...a.config, slide: e.slide } });
    return [{ kind: 'activity', id: a.id }];
  },
  harvest: deckHarvest,
  markdown: deckMarkdown,
  csvRows: () => [],
  reportHtml: () => '',
  contributed: () => false,
  printed: false,
  imported: false,
};
