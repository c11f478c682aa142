// Calls to the HTTP API with one result shape (ok with the body, or the error's code), the
// event's public info, the room a link names, and the QR code's address.
import type { ApiErrorBody } from '../../shared/api-types.js';
import type { EventInfo, RoomSummary } from '../../shared/model.js';

export type ApiResult<T> =
  | { ok: true; status: number; data: T }
  | { ok: false; status: number; code: string; field?: string }
  /** status 0: the request never got an answer (offline, server down). */
  | { ok: false; status: 0; code: 'network' };

function isErrorBody(v: unknown): v is ApiErrorBody {
  if (typeof v !== 'object' || v === null || !('error' in v)) return false;
  const e = (v as { error: unknown }).error;
  return typeof e === 'object' && e !== null && typeof (e as { code?: unknown }).code === 'string';
}

export async function api<T>(path: string, init?: RequestInit): Promise<ApiResult<T>> {
  let res: Response;
  try {
    res = await fetch(path, { ...init, headers: { Accept: 'application/json', ...init?.headers } });
  } catch {
    return { ok: false, status: 0, code: 'network' };
  }
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    body = null;
  }
  if (res.ok) return { ok: true, status: res.status, data: body as T };
  if (isErrorBody(body)) {
    const { code, field } = body.error;
    return field === undefined
      ? { ok: false, status: res.status, code }
      : { ok: false, status: res.status, code, field };
  }
  return { ok: false, status: res.status, code: res.status === 404 ? 'not_found' : 'internal' };
}

export function fetchEvent(code: string): Promise<ApiResult<EventInfo>> {
  // The rooms as stored: no screen reads what each shows, so no room is loaded for it (ORG-22).
  return api<EventInfo>(`/api/events/${encodeURIComponent(code)}?rooms=brief`);
}

/** The room asked for, else the plenary room, else the first one. */
export function pickRoom(event: EventInfo, roomId: string | undefined): RoomSummary | undefined {
  return (
    (roomId ? event.rooms.find((r) => r.id === roomId) : undefined) ??
    event.rooms.find((r) => r.kind === 'plenary') ??
    event.rooms[0]
  );
}

export function qrPath(code: string, roomId?: string): string {
  const base = `/api/events/${encodeURIComponent(code)}/qr.svg`;
  return roomId ? `${base}?room=${encodeURIComponent(roomId)}` : base;
}
