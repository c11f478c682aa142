// The speaker screen's page: the room from the link, then its kind's part (kinds/speaker.tsx).
import { useState } from 'preact/hooks';
import type { EventInfo, RoomSummary } from '../../shared/model.js';
import { Timer } from '../components/Timer.js';
import { ConnStatus } from '../components/ConnStatus.js';
import { LangSwitch } from '../components/LangSwitch.js';
import { SpeakerNotice } from '../components/NoticeBanner.js';
import { speakerPart } from '../kinds/speaker.js';
import { t } from '../lib/i18n.js';
import { usePageSession, useRoomPage, waitingText } from '../lib/page.js';

/**
 * The speaker screen (QA-11): a tablet at the lectern shows the person pitching what the hall
 * asks, in big text, read-only. It receives the projector's view: approved questions only.
 */
export function SpeakerApp() {
  const { state, room } = useRoomPage('s');
  if (state.kind === 'ready' && room) return <Speaker event={state.event} room={room} />;
  return (
    <main class="speaker speaker--message">
      <p class="speaker__message">{t(waitingText(state))}</p>
    </main>
  );
}

function Speaker({ event, room }: { event: EventInfo; room: RoomSummary }) {
  // The speaker link's key lets this screen move a deck's slides (DECK-7); without it, it watches.
  const [key] = useState(() => new URLSearchParams(location.search).get('k') ?? undefined);
  const session = usePageSession({
    role: 'projector',
    eventCode: event.code,
    roomId: room.id,
    key,
  });
  const view = session.conn.view;
  const currentId = view.room.value?.currentActivityId ?? null;
  const activity = currentId ? view.activities.value.get(currentId) : undefined;
  const part = speakerPart(activity);

  return (
    <div class="speaker">
      <header class="speaker__top">
        <span class="brand">{t('app.name')}</span>
        <span class="speaker__pitch" data-testid="speaker-pitch">
          {activity && part ? part.title(activity) : (view.event.value?.name ?? event.name)}
        </span>
        <Timer view={view} variant="speaker" />
        <ConnStatus conn={session.conn} />
        <LangSwitch />
      </header>
      <SpeakerNotice room={view.room.value} />
      <main class="speaker__main">
        {activity && part ? (
          part.main(activity, view, { code: event.code, outbox: key ? session.outbox : null })
        ) : (
          <p class="speaker__message" data-testid="speaker-waiting">
            {t('speaker.waiting')}
          </p>
        )}
      </main>
    </div>
  );
}
