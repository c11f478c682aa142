// The phone's page: the room picker, then the room's activity on screen (its kind's view, from
// kinds/phone.tsx), the open Q&As, and the connection's state.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { EventInfo, QaActivity } from '../../shared/model.js';
import { Announcer } from '../components/Announcer.js';
import { ConnStatus } from '../components/ConnStatus.js';
import { TopBar } from '../components/TopBar.js';
import { NoticeBar } from '../components/NoticeBar.js';
import { PhoneNotice } from '../components/NoticeBanner.js';
import { UnknownCode } from '../home/Home.js';
import { partFor } from '../lib/kind-table.js';
import { PHONE_VIEWS } from '../kinds/phone.js';
import { pickRoom } from '../lib/api.js';
import { t } from '../lib/i18n.js';
import { joinPath, queryParam, readRoute } from '../lib/route.js';
import type { VisitView } from '../../shared/protocol.js';
import { VisitLine } from './VisitLine.js';
import { startSession, type Session } from '../lib/session.js';
import { keepAcked } from './acks.js';
import { EventBrand } from './EventBrand.js';
import { heartState, qaVotes } from './toggles.js';
import { OfflineShell } from './OfflineShell.js';
import { QaOthers } from '../kinds/qa/QaOthers.js';
import { useEventInfo } from '../lib/useEventInfo.js';
import { Timer } from '../components/Timer.js';
import { Privacy, RoomPicker } from './RoomPicker.js';

export function ParticipantApp() {
  const route = useMemo(() => readRoute('j'), []);
  // A phone that travels with its group (ROT-5): the server picks the room, and a slot change
  // moves the phone to the group's next location (ROT-6).
  const group = useMemo(() => queryParam('group') ?? undefined, []);
  const [moved, setMoved] = useState<VisitView | null>(null);
  const state = useEventInfo(route.code);
  if (state.kind === 'not_found') return <UnknownCode code={route.code} />;
  if (state.kind !== 'ready') {
    return (
      <div class="participant">
        <TopBar />
        <p class="conn conn--banner" role="status">
          {t(state.kind === 'offline' ? 'conn.offline' : 'common.loading')}
        </p>
      </div>
    );
  }
  // The event code alone, and more than one room: the participant picks where they are.
  if (!route.roomId && !group && state.event.rooms.length > 1)
    return <RoomPicker event={state.event} />;
  const wanted = moved?.roomId ?? route.roomId;
  const room = pickRoom(state.event, wanted);
  if (!room) return <UnknownCode code={route.code} />;
  return (
    <Joined
      key={room.id}
      event={state.event}
      roomId={room.id}
      explicitRoom={wanted === room.id}
      group={group}
      moved={moved}
      onMove={setMoved}
    />
  );
}

interface JoinedProps {
  event: EventInfo;
  roomId: string;
  explicitRoom: boolean;
  group?: string | undefined;
  /** The visit that brought the phone here at a slot change, if one did. */
  moved?: VisitView | null;
  onMove?: (visit: VisitView) => void;
}

function Joined({ event, roomId, explicitRoom, group, moved, onMove }: JoinedProps) {
  const [session] = useState<Session>(() =>
    startSession({
      role: 'participant',
      eventCode: event.code,
      roomId,
      ...(group ? { group } : {}),
    }),
  );
  // Own commands count as own from the ack on (acks.ts); hearts and upvotes flip at once.
  useState(() => keepAcked(session));
  const [hearts] = useState(() => heartState(session));
  const [votes] = useState(() => qaVotes(session));
  // A Q&A the participant picked from the open ones; otherwise the phone follows the screen.
  const [chosenQa, setChosenQa] = useState<string | null>(null);
  useEffect(() => {
    // A hand-typed lowercase code works, but the address bar should show the real one.
    const canonical = joinPath(event.code, explicitRoom ? roomId : undefined);
    if (window.location.pathname !== canonical) {
      window.history.replaceState(null, '', canonical + window.location.search);
    }
    return () => session.conn.stop();
  }, []);
  const { conn } = session;
  const visit = conn.visit.value;
  const unsent = session.outbox.pending.value.length;
  useEffect(() => {
    // The group is elsewhere: join its location (this session ends as the page remounts),
    // once what was written here has reached this room: nothing posted is left behind.
    if (visit && visit.roomId !== roomId && unsent === 0) onMove?.(visit);
  }, [visit, unsent]);
  if (conn.failure.value === 'not_found') return <UnknownCode code={event.code} />;
  const room = conn.view.room.value;
  const activity =
    room?.currentActivityId != null
      ? conn.view.activities.value.get(room.currentActivityId)
      : undefined;
  const draftKey = `vonk.draft.${event.code}.${roomId}`;
  const openQas = [...conn.view.activities.value.values()]
    .filter((a): a is QaActivity => a.kind === 'qa' && a.config.open)
    .sort((a, b) => a.order - b.order);
  const chosen = openQas.find((a) => a.id === chosenQa && a.id !== activity?.id);
  // Another group's visit still runs here: nothing of theirs on this phone (ROT-9).
  const otherVisit = !!visit && !!room?.visit && room.visit.groupId !== visit.groupId;
  const shown = otherVisit ? undefined : (chosen ?? activity);

  return (
    <div class="participant">
      <TopBar skip>
        <EventBrand event={conn.view.event.value ?? event} />
        <span class="topbar__event">
          {conn.view.event.value?.name ?? event.name}
          {/* A traveler's room is its location, named by its place, not the group it is for. */}
          {visit ? ` · ${visit.location}` : event.rooms.length > 1 && room && ` · ${room.name}`}
        </span>
        {event.rooms.length > 1 && (
          <a class="topbar__switch" href={joinPath(event.code)} data-testid="switch-room">
            {t('rooms.switch')}
          </a>
        )}
      </TopBar>
      <ConnStatus conn={conn} />
      <NoticeBar />
      <Announcer />
      <main id="main" class="participant__main" tabIndex={-1}>
        {visit && (
          <VisitLine
            visit={visit}
            moved={moved?.slot === visit.slot}
            waiting={!!room?.visit && room.visit.groupId !== visit.groupId}
          />
        )}
        <PhoneNotice room={room} />
        <Timer view={conn.view} variant="phone" />
        {!room ? (
          <OfflineShell session={session} />
        ) : (
          <>
            {chosen && (
              <button
                type="button"
                class="btn btn--wide qa-back"
                data-testid="qa-back"
                onClick={() => setChosenQa(null)}
              >
                ← {t('qa.back')}
              </button>
            )}
            <QaOthers
              // A fresh (folded) list whenever what the phone shows changes.
              key={shown?.id ?? 'none'}
              open={openQas.filter((a) => a.id !== shown?.id)}
              expanded={!shown}
              onChoose={(id) => {
                setChosenQa(id);
                window.scrollTo(0, 0);
              }}
            />
            {!shown ? (
              <p class="waiting" data-testid="waiting">
                {t('wall.waiting')}
              </p>
            ) : (
              partFor(PHONE_VIEWS, shown, { session, draftKey, hearts, votes })
            )}
          </>
        )}
        <Privacy event={conn.view.event.value ?? event} />
      </main>
    </div>
  );
}
