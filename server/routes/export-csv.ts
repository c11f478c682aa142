// The harvest as one flat CSV table, for people who open it in a spreadsheet: one row per
// statement, per poll option (or scale value, or cloud word) per round, plus voters and means.
// Each kind gives its own rows (kinds/<kind>/export.ts).

import { withoutBidiControls } from '../../shared/text-check.js';
import type { RoomExport } from '../domain/harvest.js';
import { CSV_COLUMNS, type CsvRow } from '../kinds/csv.js';
import { kindOf } from '../kinds/index.js';
import { deckCsvRows, type DeckSummary } from './export-decks.js';
import { csvDecimal, csvHeader, csvWord, localTime, type CsvOptions } from './export-csv-lang.js';
import { visitHeading, visitSections } from '../domain/harvest-visits.js';

export { CSV_COLUMNS };

/** A row; `visit` only in an export with a location that had visits (ROT-31). */
type Row = CsvRow & { visit?: string };
type Column = keyof Row;

/**
 * Quotes a cell (RFC 4180). A participant's text that starts like a formula is prefixed with an
 * apostrophe, so a spreadsheet shows it instead of running it.
 */

export function csvCell(value: string | number | null | undefined, sep: string): string {
  if (value === null || value === undefined) return '';
  // Without bidi overrides first, so none can hide a formula or turn the row around (ABUSE-7).
  let s = withoutBidiControls(String(value));
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return s.includes('"') || s.includes(sep) || /[\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Translated words, local decimals and times, quoted cells. */
function line(row: Row, opts: CsvOptions, columns: readonly Column[]): string {
  return columns
    .map((c) => {
      let v = row[c];
      if (
        typeof v === 'string' &&
        (c === 'kind' || c === 'record' || c === 'status' || c === 'answered')
      )
        v = csvWord(v, opts.lang);
      if (c === 'created_at' && typeof v === 'string') v = localTime(v, opts.timeZone);
      if ((c === 'percent' || c === 'mean' || c === 'spread') && typeof v === 'number')
        v = csvDecimal(v, opts.lang);
      return csvCell(v, opts.sep);
    })
    .join(opts.sep);
}

const DEFAULTS: CsvOptions = { sep: ',', lang: 'en', timeZone: 'Europe/Amsterdam' };

/** `decks`: each room's decks, a row each after the room's activities (DECK-23). */
export function harvestCsv(
  rooms: RoomExport[],
  options: Partial<CsvOptions> = {},
  decks?: ReadonlyMap<string, readonly DeckSummary[]>,
): string {
  const opts = { ...DEFAULTS, ...options };
  // A last column names the visit, only when a location had visits: other exports stay as they were.
  const columns: readonly Column[] = rooms.some((r) => r.visits?.length)
    ? [...CSV_COLUMNS, 'visit']
    : CSV_COLUMNS;
  const lines = [columns.map((c) => csvCell(csvHeader(c, opts), opts.sep)).join(opts.sep)];
  for (const room of rooms) {
    for (const s of visitSections(room.activities, room.visits)) {
      const visit = room.visits?.length ? visitHeading(s, opts.lang, opts.timeZone) : undefined;
      for (const a of s.activities) {
        const base: Row = { room: room.name, activity: a.title, kind: a.kind };
        if (visit !== undefined) base.visit = visit;
        for (const row of kindOf(a.kind).csvRows(base, a)) lines.push(line(row, opts, columns));
      }
    }
    for (const row of deckCsvRows(room.name, decks?.get(room.id) ?? []))
      lines.push(line(row, opts, columns));
  }
  // The byte order mark makes spreadsheet programs read the file as UTF-8 (ë, é, emoji).
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
