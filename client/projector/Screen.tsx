// The beamer's screen for a view: the join slide when nothing is on screen, else the activity's
// stage (its kind's, from kinds/projector.tsx) beside the join panel, in the event's theme.
import { useLayoutEffect } from 'preact/hooks';
import type { EventInfo, RoomSummary } from '../../shared/model.js';
import { ConnStatus } from '../components/ConnStatus.js';
import { ProjectorNotice } from '../components/NoticeBanner.js';
import { Timer } from '../components/Timer.js';
import { PROJECTOR_STAGE, PROJECTOR_WHOLE } from '../kinds/projector.js';
import { applyProjectorBrand } from '../lib/brand.js';
import { t } from '../lib/i18n.js';
import type { Connection } from '../lib/connection.js';
import { partFor } from '../lib/kind-table.js';
import { joinPath } from '../lib/route.js';
import type { ViewStore } from '../lib/store.js';
import { JoinPanel, JoinSlide } from './Join.js';

interface ScreenProps {
  event: EventInfo;
  room: RoomSummary;
  view: ViewStore;
  /** The live beamer's connection; a preview (Preview.tsx) has none. */
  conn?: Connection;
}

/** What the beamer shows of a view: the live one's, or a chair's preview of the next item. */
export function ProjectorScreen({ event, room, view, conn }: ScreenProps) {
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

  const visit = view.room.value?.visit ?? null;
  const join = { code: event.code, roomId: room.id, joinUrl, name, logoUrl: info.logoUrl };

  // A kind may take the whole screen (the join slide on the agenda).
  const whole = activity ? partFor(PROJECTOR_WHOLE, activity, join) : null;
  if (!activity || whole) {
    // Nothing on screen ("Alleen de code tonen"): the whole screen is the join moment.
    return (
      <div class="projector projector--join">
        {whole ?? <JoinSlide {...join} />}
        <Timer view={view} variant="projector" />
        {conn && <ConnStatus conn={conn} />}
        <ProjectorNotice room={view.room.value} />
      </div>
    );
  }

  return (
    <div class="projector">
      <main class="projector__stage">
        {/* At a location with visits: whose work this is (ROT-9). */}
        {visit && (
          <p class="projector__visit" data-testid="projector-visit">
            {t('visit.onScreen', { group: visit.groupName })}
          </p>
        )}
        {partFor(PROJECTOR_STAGE, activity, view)}
      </main>
      <JoinPanel {...join} />
      <Timer view={view} variant="projector" />
      {conn && <ConnStatus conn={conn} />}
      <ProjectorNotice room={view.room.value} />
    </div>
  );
}
