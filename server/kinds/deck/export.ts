// A deck item in the exports (DECK-12): the JSON export names the deck and the range, the
// Markdown its title and slides, the CSV has no rows and the printed report leaves it out. The
// PDF itself is never in an export, so an import leaves deck items out.

import type { DeckActivity } from '../../../shared/deck-item.js';
import type { ActivityExportBase, DeckExport } from '../../domain/harvest.js';
import { escapeMarkdown as md } from '../qa/qa-export.js';
import type { T } from '../kind.js';

export function deckHarvest(
  _state: unknown,
  a: DeckActivity,
  base: ActivityExportBase,
): DeckExport {
  const { deckId, deckTitle, pages, from, to } = a.config;
  return { ...base, kind: 'deck', deckId, deckTitle, pages, from, to };
}

export const deckMarkdown = (a: DeckExport, t: T): string[] => [
  `### ${md(a.title)}`,
  '',
  t('deckshow.range', { from: a.from, to: a.to, total: a.pages }),
  '',
];
