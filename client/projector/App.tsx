// The beamer page: the room's live screen (Screen.tsx) over its own socket, or, framed in the
// chair console with ?mirror&preview, the preview of the next item (Preview.tsx).
import { useEffect, useLayoutEffect, useMemo } from 'preact/hooks';
import type { EventInfo, RoomSummary } from '../../shared/model.js';
import { applyProjectorBrand, themeOverride } from '../lib/brand.js';
import { t } from '../lib/i18n.js';
import { usePageSession, useRoomPage, waitingText } from '../lib/page.js';
import { PreviewProjector } from './Preview.js';
import { ProjectorScreen } from './Screen.js';

export function ProjectorApp() {
  const { state, room } = useRoomPage('p');
  // A mirror of the beamer (framed in the chair console) leaves fullscreen to the real one.
  const query = useMemo(() => new URLSearchParams(window.location.search), []);
  const mirror = query.has('mirror');
  // A chair's preview of the item ← / → would show: drawn from the console's data (Preview.tsx).
  const preview = mirror && query.has('preview');
  useFullscreenShortcut(!mirror);
  // Before the event is known (loading, unknown code) only the link's ?theme= counts.
  useLayoutEffect(() => void applyProjectorBrand(themeOverride(), null), []);
  if (state.kind === 'ready' && room) {
    if (preview) return <PreviewProjector event={state.event} room={room} />;
    return <Projector event={state.event} room={room} />;
  }
  return (
    <div class="projector projector--message">
      <p class="projector__message">{t(waitingText(state))}</p>
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
  const session = usePageSession({ role: 'projector', eventCode: event.code, roomId: room.id });
  return <ProjectorScreen event={event} room={room} view={session.conn.view} conn={session.conn} />;
}
