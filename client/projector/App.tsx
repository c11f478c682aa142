// The beamer: the join slide when nothing is on screen, else the activity's stage (its kind's,
// from kinds/projector.tsx) beside the join panel, in the event's theme.
import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { EventInfo, RoomSummary } from '../../shared/model.js';
import { ConnStatus } from '../components/ConnStatus.js';
import { ProjectorNotice } from '../components/NoticeBanner.js';
import { Timer } from '../components/Timer.js';
import { partFor } from '../lib/kind-table.js';
import { PROJECTOR_STAGE, PROJECTOR_WHOLE } from '../kinds/projector.js';
import { pickRoom } from '../lib/api.js';
import { applyProjectorBrand, themeOverride } from '../lib/brand.js';
import { t, type MessageKey } from '../lib/i18n.js';
import { joinPath, readRoute } from '../lib/route.js';
import { startSession } from '../lib/session.js';
import { useEventInfo } from '../lib/useEventInfo.js';
import { JoinPanel, JoinSlide } from './Join.js';

export function ProjectorApp() {
  const route = useMemo(() => readRoute('p'), []);
  const state = useEventInfo(route.code);
  // A mirror of the beamer (framed in the chair console) leaves fullscreen to the real one.
  const mirror = useMemo(() => new URLSearchParams(window.location.search).has('mirror'), []);
  useFullscreenShortcut(!mirror);
  // Before the event is known (loading, unknown code) only the link's ?theme= counts.
  useLayoutEffect(() => void applyProjectorBrand(themeOverride(), null), []);
  if (state.kind === 'ready') {
    const room = pickRoom(state.event, route.roomId);
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
  const { conn } = session;
  const view = conn.view;
  const currentId = view.room.value?.currentActivityId ?? null;
  const activity = currentId !== null ? view.activities.value.get(currentId) : undefined;
  const joinUrl =
    window.location.origin + joinPath(event.code, room.kind === 'plenary' ? undefined : room.id);
  // The event info of the socket is the newest: the organizer's changes arrive there live.
  const info = view.event.value ?? event;
  const name = info.name;
  useLayoutEffect(
    () => void applyProjectorBrand(info.projectorTheme, info.accentColor),
    [info.projectorTheme, info.accentColor],
  );

  const join = { code: event.code, roomId: room.id, joinUrl, name, logoUrl: info.logoUrl };

  // A kind may take the whole screen (the join slide on the agenda).
  const whole = activity ? partFor(PROJECTOR_WHOLE, activity, join) : null;
  if (!activity || whole) {
    // Nothing on screen ("Alleen de code tonen") or the join slide: the join moment.
    return (
      <div class="projector projector--join">
        {whole ?? <JoinSlide {...join} />}
        <Timer view={view} variant="projector" />
        <ConnStatus conn={conn} />
        <ProjectorNotice room={view.room.value} />
      </div>
    );
  }

  return (
    <div class="projector">
      <main class="projector__stage">{partFor(PROJECTOR_STAGE, activity, view)}</main>
      <JoinPanel {...join} />
      <Timer view={view} variant="projector" />
      <ConnStatus conn={conn} />
      <ProjectorNotice room={view.room.value} />
    </div>
  );
}
