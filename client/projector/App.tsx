// The beamer page: the room's live screen (Screen.tsx) over its own socket, or, framed in the
// chair console with ?mirror&preview, the preview of the next item (Preview.tsx).
import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { EventInfo, RoomSummary } from '../../shared/model.js';
import { pickRoom } from '../lib/api.js';
import { applyProjectorBrand, themeOverride } from '../lib/brand.js';
import { t, type MessageKey } from '../lib/i18n.js';
import { readRoute } from '../lib/route.js';
import { startSession } from '../lib/session.js';
import { useEventInfo } from '../lib/useEventInfo.js';
import { PreviewProjector } from './Preview.js';
import { ProjectorScreen } from './Screen.js';

export function ProjectorApp() {
  const route = useMemo(() => readRoute('p'), []);
  const state = useEventInfo(route.code);
  // A mirror of the beamer (framed in the chair console) leaves fullscreen to the real one.
  const query = useMemo(() => new URLSearchParams(window.location.search), []);
  const mirror = query.has('mirror');
  // A chair's preview of the item ← / → would show: drawn from the console's data (Preview.tsx).
  const preview = mirror && query.has('preview');
  useFullscreenShortcut(!mirror);
  // Before the event is known (loading, unknown code) only the link's ?theme= counts.
  useLayoutEffect(() => void applyProjectorBrand(themeOverride(), null), []);
  if (state.kind === 'ready') {
    const room = pickRoom(state.event, route.roomId);
    if (room && preview) return <PreviewProjector event={state.event} room={room} />;
    if (room) return <Projector event={state.event} room={room} />;
  }
  const text: MessageKey =
    state.kind === 'offline'
      ? 'conn.offline'
      : state.kind === 'loading'
        ? 'common.loading'
        : 'error.not_found';
  return (
    <div class="projector projector--message">
      <p class="projector__message">{t(text)}</p>
    </div>
  );
}

/** No visible controls on a beamer, but a double click or F still goes fullscreen. */
function useFullscreenShortcut(on: boolean): void {
  useEffect(() => {
    if (!on) return;
    const toggle = () => {
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
      else void document.documentElement.requestFullscreen?.().catch(() => undefined);
    };
    const onKey = (e: KeyboardEvent) => {
      if ((e.key === 'f' || e.key === 'F') && !e.ctrlKey && !e.metaKey && !e.altKey) toggle();
    };
    document.addEventListener('dblclick', toggle);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('dblclick', toggle);
      document.removeEventListener('keydown', onKey);
    };
  }, []);
}

function Projector({ event, room }: { event: EventInfo; room: RoomSummary }) {
  const [session] = useState(() =>
    startSession({ role: 'projector', eventCode: event.code, roomId: room.id }),
  );
  useEffect(() => () => session.conn.stop(), []);
  return <ProjectorScreen event={event} room={room} view={session.conn.view} conn={session.conn} />;
}
