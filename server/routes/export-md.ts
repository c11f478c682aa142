// The harvest as a Markdown report: per room, what was on the walls, what the polls showed and
// which questions each pitch got. Only what was public is in it; rejected text never is.
// Each kind writes its own part (kinds/<kind>/export.ts).

import { translate, type MessageKey } from '../../shared/i18n/index.js';
import type { Language } from '../../shared/model.js';
import type { RoomExport } from '../domain/harvest.js';
import { kindOf } from '../kinds/index.js';
import { compareRankings } from '../../shared/ranking-compare.js';
import { comparisonMarkdown } from '../kinds/ranking/compare-export.js';
import { escapeMarkdown as md } from '../kinds/qa/qa-export.js';
import { deckMarkdown, type DeckSummary } from './export-decks.js';
import { visitHeading, visitSections } from '../domain/harvest-visits.js';
import { DEFAULT_TIME_ZONE } from '../../shared/clock.js';

/** A kind's Markdown one heading level deeper, under a visit's heading. */
const deeper = (lines: string[]) => lines.map((l) => l.replace(/^(#+) /gm, '#$1 '));

/**
 * `decks`: each room's decks. A room with decks lists them first, its Q&As right after them
 * (each pitch's questions next to its slides), then its other activities (DECK-24).
 */
export function harvestMarkdown(
  title: string,
  language: Language,
  rooms: RoomExport[],
  decks?: ReadonlyMap<string, readonly DeckSummary[]>,
  timeZone = DEFAULT_TIME_ZONE,
): string {
  const t = (k: MessageKey, p?: Record<string, string | number>) => translate(language, k, p);
  const out = [`# ${md(title)}`, ''];
  for (const room of rooms) {
    out.push(`## ${md(room.name)}`, '');
    const own = decks?.get(room.id) ?? [];
    out.push(...deckMarkdown(own, language));
    const activities = own.length
      ? [
          ...room.activities.filter((a) => a.kind === 'qa'),
          ...room.activities.filter((a) => a.kind !== 'qa'),
        ]
      : room.activities;
    // A location with visits: each contribution under its visit (ROT-31).
    const visits = (room.visits?.length ?? 0) > 0;
    for (const s of visitSections(activities, room.visits)) {
      if (visits) out.push(`### ${md(visitHeading(s, language, timeZone))}`, '');
      for (const a of s.activities) {
        const lines = kindOf(a.kind).markdown(a, t, language);
        out.push(...(visits ? deeper(lines) : lines));
      }
      if (visits && s.activities.length === 0) out.push(md(t('rot3.visit.nothing')), '');
    }
    // The plenary's rankings next to the locations' (RANK-10), right after the plenary.
    if (room.kind === 'plenary')
      out.push(...comparisonMarkdown(compareRankings(rooms), t, language));
  }
  return `${out.join('\n').trim()}\n`;
}
