// Dates, times, numbers and percentages as each language writes them (rule FMT-1): Dutch
// "1.234,5", "62%", "5 maart 2026, 14:07"; British English "1,234.5", "5 March 2026, 14:07".
// Intl does the work; this file only pins the locale per language so every screen and the
// export agree. No DOM or Node imports: the server's Markdown export uses it too.

import type { Language } from './model.js';

export const LOCALES: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

export interface DateOptions {
  /** An IANA zone; the device's own zone when left out. */
  timeZone?: string;
}

// Intl objects are costly to build and these run on every render of a busy wall.
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(lang: Language, opts: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${lang}|${JSON.stringify(opts)}`;
  let f = cache.get(key) as Intl.NumberFormat | undefined;
  if (!f) cache.set(key, (f = new Intl.NumberFormat(LOCALES[lang], opts)));
  return f;
}

function dateFormat(lang: Language, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${lang}|${JSON.stringify(opts)}`;
  let f = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(LOCALES[lang], opts)));
  return f;
}

/** A count or measure: "1.234" / "1,234"; at most `digits` decimals. */
export function formatNumber(n: number, lang: Language, digits = 0): string {
  return numberFormat(lang, { maximumFractionDigits: digits }).format(n);
}

/** A percentage given as 0–100, rounded to whole percents unless `digits` says otherwise. */
export function formatPercent(percent: number, lang: Language, digits = 0): string {
  return numberFormat(lang, { style: 'percent', maximumFractionDigits: digits }).format(
    percent / 100,
  );
}

/** "5 maart 2026" / "5 March 2026". */
export function formatDate(ms: number, lang: Language, opts: DateOptions = {}): string {
  return dateFormat(lang, { dateStyle: 'long', ...zone(opts) }).format(ms);
}

/** "14:07" in both languages: the 24-hour clock is usual in the Netherlands and on programmes. */
export function formatTime(ms: number, lang: Language, opts: DateOptions = {}): string {
  return dateFormat(lang, {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    ...zone(opts),
  }).format(ms);
}

/** "5 mrt 2026, 14:07" / "5 Mar 2026, 14:07". */
export function formatDateTime(ms: number, lang: Language, opts: DateOptions = {}): string {
  return `${dateFormat(lang, { dateStyle: 'medium', ...zone(opts) }).format(ms)}, ${formatTime(ms, lang, opts)}`;
}

const zone = (opts: DateOptions) => (opts.timeZone ? { timeZone: opts.timeZone } : {});
