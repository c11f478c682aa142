// Sending a deck to Vonk (DECK-20, DECK-21): XMLHttpRequest, because fetch cannot report how
// far an upload is; the browser's own checks first (empty, over 50 MB), then every code the
// server may answer as a sentence a volunteer understands.

import { DECK_LIMITS, type DeckInfo } from '../../shared/deck.js';
import { t, type MessageKey } from '../lib/i18n.js';

/** Who asks: the organizer (its token as a header, or the session cookie) or a chair (`?k=`). */
export interface DeckAuth {
  headers?: Record<string, string>;
  chairKey?: string;
}

export type Sent = { ok: true; deck: DeckInfo } | { ok: false; status: number; code: string };

/** The codes with a sentence of their own; anything else names its HTTP status. */
const KNOWN = new Set([
  'not_pdf',
  'too_large',
  'pdf_invalid',
  'pdf_encrypted',
  'pdf_no_pages',
  'pdf_too_many_pages',
  'pdf_page_size',
  'pdf_too_deep',
  'pdf_too_complex',
  'busy',
  'invalid',
  'unauthorized',
  'forbidden',
  'not_found',
  'network',
  'empty',
  'choose',
]);

export function deckError(code: string, status = 0): string {
  return KNOWN.has(code)
    ? t(`deckup.error.${code}` as MessageKey)
    : t('deckup.error.other', { status });
}

/** An API path of decks with the chair's key added when a chair asks. */
export function deckApi(path: string, auth: DeckAuth, query: Record<string, string> = {}): string {
  const q = new URLSearchParams(query);
  if (auth.chairKey) q.set('k', auth.chairKey);
  const s = q.toString();
  return s ? `${path}?${s}` : path;
}

/** What the browser refuses before a byte is sent, or null when the file may go. */
export function precheck(file: File | null): string | null {
  if (!file) return 'choose';
  if (file.size === 0) return 'empty';
  if (file.size > DECK_LIMITS.maxBytes) return 'too_large';
  return null;
}

/** Uploads `file`, reporting the share sent (0…1) as it goes. */
export function sendDeck(
  url: string,
  file: File,
  auth: DeckAuth,
  onProgress: (share: number) => void,
): Promise<Sent> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.setRequestHeader('Content-Type', 'application/pdf');
    for (const [k, v] of Object.entries(auth.headers ?? {})) xhr.setRequestHeader(k, v);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(e.loaded / e.total);
    };
    xhr.onerror = () => resolve({ ok: false, status: 0, code: 'network' });
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        body = null;
      }
      if (xhr.status === 201 && body && typeof body === 'object' && 'deck' in body)
        return resolve({ ok: true, deck: (body as { deck: DeckInfo }).deck });
      const code =
        body && typeof body === 'object' && 'error' in body
          ? String((body as { error: { code?: unknown } }).error.code ?? '')
          : '';
      resolve({ ok: false, status: xhr.status, code: code || `http_${xhr.status}` });
    };
    xhr.send(file);
  });
}
