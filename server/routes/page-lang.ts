// Each page loads the strings of one language only (NET-3). The server knows which one the page
// will start in (the person's own choice, kept in a cookie, else the event's language), so it
// says so on <html> and preloads that language's chunk with the page's own scripts: the strings
// arrive in the same round trip instead of one after.

import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import { LANGUAGES, type Language } from '../../shared/model.js';

/** Set by the client when the person switches language (client/lib/i18n.ts). */
export const LANG_COOKIE = 'vonk_lang';

function isLanguage(v: unknown): v is Language {
  return typeof v === 'string' && (LANGUAGES as readonly string[]).includes(v);
}

/** The person's own choice first, then the event's language, then Dutch. */
export function pageLanguage(c: Context, eventLanguage?: Language): Language {
  const chosen = getCookie(c, LANG_COOKIE);
  return isLanguage(chosen) ? chosen : (eventLanguage ?? 'nl');
}

type Manifest = Record<string, { file: string }>;

/** The built chunk of each language's strings, from Vite's manifest; re-read after a rebuild. */
export function languageChunks(clientDir: string): (lang: Language) => string | null {
  const file = join(clientDir, '.vite', 'manifest.json');
  let cached: { mtime: number; manifest: Manifest } | null = null;
  return (lang) => {
    try {
      const mtime = statSync(file).mtimeMs;
      if (!cached || cached.mtime !== mtime) {
        cached = { mtime, manifest: JSON.parse(readFileSync(file, 'utf8')) as Manifest };
      }
      const entry = cached.manifest[`../shared/i18n/${lang}.ts`];
      return entry ? `/${entry.file}` : null;
    } catch {
      return null;
    }
  };
}

/** Text for an HTML attribute value in double quotes. */
function attribute(s: string): string {
  return s.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/**
 * The page's HTML with its language on <html>, a preload of that language's strings and, for
 * the join page, the event's public info as JSON in a <meta> (data, never script: the pages have
 * no inline script at all), which saves the phone a round trip before it can open its socket.
 */
export function withLanguage(
  html: string,
  lang: Language,
  chunk: string | null,
  eventInfo?: unknown,
): string {
  let head = html.replace(/<html lang="[a-z]+"/, `<html lang="${lang}"`);
  const extra: string[] = [];
  if (chunk) extra.push(`<link rel="modulepreload" crossorigin href="${chunk}">`);
  if (eventInfo !== undefined) {
    extra.push(`<meta name="vonk-event" content="${attribute(JSON.stringify(eventInfo))}">`);
  }
  if (extra.length) head = head.replace('</head>', `  ${extra.join('\n    ')}\n  </head>`);
  return head;
}
