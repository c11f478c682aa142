// Decks in the Markdown and the printed report (DECK-24, DECK-25): titles are escaped like every
// user text, pages are counted in the report's language, and a pitch's Q&A sits by its deck.

import { describe, expect, it } from 'vitest';
import {
  deckCsvRows,
  deckHtml,
  deckMarkdown,
  type DeckSummary,
} from '../../server/routes/export-decks.js';
import { harvestMarkdown } from '../../server/routes/export-md.js';
import { reportHtml } from '../../server/routes/report-html.js';
import { exportRoom } from '../helpers/export-room.js';

const XSS = `<img src=x onerror="alert(1)">*_`;
const deck = (title: string, pages: number): DeckSummary => ({
  id: `d-${pages}`,
  title,
  pages,
  bytes: 1234,
  createdAt: '2026-12-07T10:00:00.000Z',
});

describe('decks in the exports', () => {
  it('[DECK-25] a deck title is escaped in the report; pages speak the language', () => {
    const html = deckHtml([deck(XSS, 1), deck('Tweede', 12)], 'nl', 'd0');
    expect(html).not.toContain('<img');
    expect(html).toContain('&#60;img');
    expect(html).toContain('1 pagina<');
    expect(html).toContain('12 pagina’s');
    expect(deckHtml([deck('Two', 2)], 'en', 'd0')).toContain('2 pages');
    expect(deckHtml([], 'nl', 'd0')).toBe('');
  });

  it('[DECK-24] Markdown escapes a deck title and lists the decks before the Q&A', () => {
    expect(deckMarkdown([deck(XSS, 3)], 'nl').join('\n')).toContain('**\\<img src=x');
    const md = harvestMarkdown(
      'Pitches',
      'nl',
      [
        {
          id: 'r1',
          name: 'Zaal',
          kind: 'plenary',
          activities: [],
        },
      ],
      new Map([['r1', [deck('De burger centraal', 3)]]]),
    );
    expect(md).toContain('## Zaal\n\n### Presentatie\n\n- **De burger centraal** (3 pagina’s)');
  });

  it('[DECK-23] a CSV row per deck: title as the activity, pages as the count', () => {
    expect(deckCsvRows('Zaal', [deck('Pitch', 7)])).toEqual([
      {
        room: 'Zaal',
        activity: 'Pitch',
        record: 'deck',
        count: 7,
        created_at: '2026-12-07T10:00:00.000Z',
      },
    ]);
  });

  it('[DECK-25] a room without contributions names its decks in the quiet rooms’ table', () => {
    const html = reportHtml({
      lang: 'nl',
      event: { name: 'Dag', createdAt: 0 },
      rooms: [exportRoom('Tafel 1', { id: 'r1', decks: [deck('Stil', 1)] })],
      harvest: [],
      participants: 0,
      contributions: 0,
      complete: true,
    });
    expect(html).toContain('<th scope="col">Presentatie</th>');
    expect(html).toContain('<td>Stil (1 pagina)</td>');
  });
});
