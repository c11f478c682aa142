// A room's pitch decks in the exports and the report (DECK-23…DECK-25): title and pages (the
// JSON also the size and time), never the PDF itself. In the Markdown and the printed report a
// room's decks come first with the room's Q&As right after them: each pitch's questions next
// to its slides.

import { translate, type MessageKey } from '../../shared/i18n/index.js';
import { formatNumber } from '../../shared/format.js';
import type { Language } from '../../shared/model.js';
import type { CsvRow } from '../kinds/csv.js';
import { escapeMarkdown as md } from '../kinds/qa/qa-export.js';
import type { Store } from '../store/types.js';
import { escapeHtml as e } from './pages.js';

/** A deck as the exports list it: what it is, not its bytes. */
export interface DeckSummary {
  id: string;
  title: string;
  pages: number;
  bytes: number;
  /** ISO time of the upload. */
  createdAt: string;
}

/** The event's decks by room, each room's oldest first. */
export async function decksByRoom(
  store: Store,
  eventId: string,
): Promise<Map<string, DeckSummary[]>> {
  const out = new Map<string, DeckSummary[]>();
  const decks = [...(await store.listDecks(eventId))].sort((a, b) => a.createdAt - b.createdAt);
  for (const d of decks) {
    const list = out.get(d.roomId) ?? [];
    list.push({
      id: d.id,
      title: d.title,
      pages: d.pages,
      bytes: d.size,
      createdAt: new Date(d.createdAt).toISOString(),
    });
    out.set(d.roomId, list);
  }
  return out;
}

/** "3 pagina's" / "3 pages". */
export function pagesLabel(pages: number, lang: Language): string {
  return pages === 1
    ? translate(lang, 'deckup.pages.one')
    : translate(lang, 'deckup.pages.many', { n: formatNumber(pages, lang, 0) });
}

/** One CSV row per deck: its title in the activity column and its pages as the count. */
export function deckCsvRows(room: string, decks: readonly DeckSummary[]): CsvRow[] {
  return decks.map((d) => ({
    room,
    activity: d.title,
    record: 'deck',
    count: d.pages,
    created_at: d.createdAt,
  }));
}

/** The Markdown lines of a room's decks, before its Q&As. */
export function deckMarkdown(decks: readonly DeckSummary[], lang: Language): string[] {
  if (decks.length === 0) return [];
  const t = (k: MessageKey) => translate(lang, k);
  return [
    `### ${t('deckup.report.title')}`,
    '',
    ...decks.map((d) => `- **${md(d.title)}** (${pagesLabel(d.pages, lang)})`),
    '',
  ];
}

/** The printed report's list of a room's decks. */
export function deckHtml(decks: readonly DeckSummary[], lang: Language, id: string): string {
  if (decks.length === 0) return '';
  return `<h3 id="${e(id)}">${e(translate(lang, 'deckup.report.title'))}</h3>
<ul class="decks">${decks
    .map(
      (d) =>
        `<li data-testid="report-deck"><strong>${e(d.title)}</strong> · ${e(pagesLabel(d.pages, lang))}</li>`,
    )
    .join('')}</ul>`;
}

/** A room's decks in the quiet rooms' table: "Titel (3 pagina's)", one after another. */
export function deckCell(decks: readonly DeckSummary[] | undefined, lang: Language): string {
  return (decks ?? []).map((d) => `${d.title} (${pagesLabel(d.pages, lang)})`).join('; ');
}
