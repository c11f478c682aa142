// The CSV in the event's language (EXPORT-8): headers, kinds, record types, statuses and
// yes/no in Dutch or English, decimals as the language writes them and times in the event's
// local zone (TIME_ZONE, Europe/Amsterdam by default) as "2026-03-05 14:07:12", which
// spreadsheets read as a date. The JSON export keeps English keys and ISO times.

import { translate, type MessageKey } from '../../shared/i18n/index.js';
import type { Language } from '../../shared/model.js';
import { KINDS } from '../kinds/index.js';

export interface CsvOptions {
  sep: string;
  lang: Language;
  timeZone: string;
}

/** Values that are words of the export's own vocabulary, translated; anything else as is. */
const WORDS = new Set([
  ...Object.keys(KINDS),
  'statement',
  'deck',
  'voters',
  'option',
  'scale',
  'mean',
  'word',
  'question',
  'pending',
  'approved',
  'rejected',
  'hidden',
  'archived',
  'yes',
  'no',
  'rank',
  'points',
]);

export function csvWord(value: string, lang: Language): string {
  if (lang === 'en' || !WORDS.has(value)) return value;
  return translate(lang, `csv.word.${value}` as MessageKey);
}

export function csvHeader(column: string, opts: CsvOptions): string {
  if (opts.lang === 'en') return column === 'created_at' ? `created_at (${opts.timeZone})` : column;
  const label = translate(opts.lang, `csv.col.${column}` as MessageKey);
  return column === 'created_at' ? `${label} (${opts.timeZone})` : label;
}

const stamps = new Map<string, Intl.DateTimeFormat>();

/** An ISO time as local wall-clock time in the zone: "2026-03-05 14:07:12". */
export function localTime(iso: string, timeZone: string): string {
  let f = stamps.get(timeZone);
  if (!f) {
    // Swedish writes dates as ISO does; only the layout is borrowed, not the language.
    f = new Intl.DateTimeFormat('sv-SE', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    });
    stamps.set(timeZone, f);
  }
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : f.format(ms);
}

/** A decimal as the language writes it, without grouping: 66,7 in Dutch, 66.7 in English. */
export function csvDecimal(n: number, lang: Language): string {
  const s = String(n);
  return lang === 'nl' ? s.replace('.', ',') : s;
}
