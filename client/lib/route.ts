// The pages' paths: join, projector, chair and speaker links, exports and the report.
import { normalizeCode } from '../../shared/limits.js';

export interface PageRoute {
  code: string;
  roomId: string | undefined;
}

/** Reads `/<prefix>/CODE[/ROOM]` from the address bar; the code is normalized (case, dashes). */
export function readRoute(prefix: string): PageRoute {
  const parts = window.location.pathname.split('/').filter((p) => p.length > 0);
  const start = parts[0] === prefix ? 1 : 0;
  const rawCode = safeDecode(parts[start] ?? '');
  const rawRoom = safeDecode(parts[start + 1] ?? '');
  return { code: normalizeCode(rawCode), roomId: rawRoom || undefined };
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

export function queryParam(name: string): string | null {
  return new URLSearchParams(window.location.search).get(name);
}

export function joinPath(code: string, roomId?: string): string {
  return `/j/${encodeURIComponent(code)}${roomId ? `/${encodeURIComponent(roomId)}` : ''}`;
}

export function projectorPath(code: string, roomId?: string): string {
  return `/p/${encodeURIComponent(code)}${roomId ? `/${encodeURIComponent(roomId)}` : ''}`;
}

/** The harvest download; Dutch spreadsheets expect `;` between the columns. */
export function exportPath(
  code: string,
  ext: 'csv' | 'json' | 'md',
  key: string,
  semicolon = false,
  activityId?: string,
) {
  const q = new URLSearchParams({ k: key });
  if (semicolon) q.set('sep', 'semicolon');
  if (activityId) q.set('activity', activityId);
  return `/api/events/${encodeURIComponent(code)}/export.${ext}?${q.toString()}`;
}

/** The printable report (EXPORT-4): a chair's key (`k`) or the organizer's token (`t`). */
export function reportPath(
  code: string,
  auth: { k: string } | { t: string } | Record<string, never>,
  lang: string,
) {
  const q = new URLSearchParams({ ...auth, lang });
  return `/r/${encodeURIComponent(code)}?${q.toString()}`;
}

/** The speaker screen; with the chair's key it moves the slides of a deck on screen (DECK-7). */
export function speakerPath(code: string, roomId?: string, key?: string): string {
  const path = `/s/${encodeURIComponent(code)}${roomId ? `/${encodeURIComponent(roomId)}` : ''}`;
  return key ? `${path}?k=${encodeURIComponent(key)}` : path;
}
