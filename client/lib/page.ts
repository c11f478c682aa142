// What every page of one room (projector, speaker, chair) starts with: the room from its link,
// the event's state while it loads, and one live session for as long as the page is open.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { RoomSummary } from '../../shared/model.js';
import { pickRoom } from './api.js';
import type { MessageKey } from './i18n.js';
import { readRoute } from './route.js';
import { startSession, type Session, type SessionOptions } from './session.js';
import { useEventInfo, type EventState } from './useEventInfo.js';

export interface RoomPage {
  state: EventState;
  /** The link's room (or the plenary), once the event is known and has it. */
  room: RoomSummary | null;
}

/** The event and room of `/<prefix>/CODE[/ROOM]`; `load` false asks for nothing (no chair key). */
export function useRoomPage(prefix: string, load = true): RoomPage {
  const route = useMemo(() => readRoute(prefix), []);
  const state = useEventInfo(load ? route.code : '');
  const room = state.kind === 'ready' ? (pickRoom(state.event, route.roomId) ?? null) : null;
  return { state, room };
}

/** What a read-only screen says while there is no room to show. */
export function waitingText(state: EventState): MessageKey {
  if (state.kind === 'offline') return 'conn.offline';
  return state.kind === 'loading' ? 'common.loading' : 'error.not_found';
}

/** A session started with the page's first paint and stopped when the page goes. */
export function usePageSession(opts: SessionOptions): Session {
  const [session] = useState(() => startSession(opts));
  useEffect(() => () => session.conn.stop(), []);
  return session;
}
