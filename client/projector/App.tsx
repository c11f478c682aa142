import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { EventInfo, RoomSummary } from '../../shared/model.js';
import { ConnStatus } from '../components/ConnStatus.js';
import { ProjectorNotice } from '../components/NoticeBanner.js';
import { Timer } from '../components/Timer.js';
import { pickRoom } from '../lib/api.js';
import { applyProjectorBrand, themeOverride } from '../lib/brand.js';
import { t, type MessageKey } from '../lib/i18n.js';
import { joinPath, readRoute } from '../lib/route.js';
import { startSession } from '../lib/session.js';
import { approvedFor } from '../lib/store.js';
import { useEventInfo } from '../lib/useEventInfo.js';
import { JoinPanel, JoinSlide } from './Join.js';
import { ProjectorPoll } from './Poll.js';
import { QaStage } from './QaStage.js';
import { ProjectorRound } from './Round.js';
import { ProjectorWall } from './Wall.js';

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

  if (!activity) {
    // Nothing on screen ("Alleen de code tonen"): the whole screen is the join moment.
    return (
      <div class="projector projector--join">
        <JoinSlide
          code={event.code}
          roomId={room.id}
          joinUrl={joinUrl}
          name={name}
          logoUrl={info.logoUrl}
        />
        <Timer view={view} variant="projector" />
        <ConnStatus conn={conn} />
        <ProjectorNotice room={view.room.value} />
      </div>
    );
  }

  return (
    <div class="projector">
      <main class="projector__stage">
        {activity.kind === 'poll' ? (
          <ProjectorPoll key={activity.id} poll={activity} view={view} />
        ) : activity.kind === 'round' ? (
          <ProjectorRound round={activity} statements={view.statements.value} />
        ) : activity.kind === 'qa' ? (
          <QaStage qa={activity} questions={[...view.questions.value.values()]} />
        ) : (
          <>
            <h1 class="projector__prompt">
              {activity.config.prompt.trim() || t('wall.prompt.default')}
            </h1>
            <ProjectorWall
              items={approvedFor(view.statements.value, activity.id)}
              order={activity.config.order}
              dwell={activity.config.dwell}
            />
          </>
        )}
      </main>
      <JoinPanel
        code={event.code}
        roomId={room.id}
        joinUrl={joinUrl}
        name={name}
        logoUrl={info.logoUrl}
      />
      <Timer view={view} variant="projector" />
      <ConnStatus conn={conn} />
      <ProjectorNotice room={view.room.value} />
    </div>
  );
}
