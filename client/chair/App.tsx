// The chair's page: the room from the link and its key, then the console (or why not).
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { EventInfo, RoomSummary } from '../../shared/model.js';
import { ErrorCode } from '../../shared/protocol.js';
import { TopBar } from '../components/TopBar.js';
import { t, type MessageKey } from '../lib/i18n.js';
import { usePageSession, useRoomPage, waitingText } from '../lib/page.js';
import { queryParam } from '../lib/route.js';
import { Console } from './Console.js';

export function ChairApp() {
  const key = useMemo(() => queryParam('k') ?? '', []);
  const { state, room } = useRoomPage('c', key !== '');
  if (!key || state.kind === 'forbidden') return <Forbidden />;
  if (state.kind === 'ready' && room)
    return <Chair event={state.event} room={room} chairKey={key} />;
  return <Message text={waitingText(state)} />;
}

function Chair({
  event,
  room,
  chairKey,
}: {
  event: EventInfo;
  room: RoomSummary;
  chairKey: string;
}) {
  const session = usePageSession({
    role: 'chair',
    eventCode: event.code,
    roomId: room.id,
    key: chairKey,
  });
  // A command refused as forbidden means this link no longer counts: say so kindly, once,
  // instead of a notice per key press (CHAIR-5).
  const [refused, setRefused] = useState(false);
  useEffect(
    () =>
      session.outbox.onSettled((s) => {
        if (s.kind === 'error' && s.error.code === ErrorCode.Forbidden) {
          setRefused(true);
          session.conn.stop();
        }
      }),
    [],
  );
  const failure = session.conn.failure.value;
  if (refused || failure === 'forbidden' || failure === 'revoked') return <Forbidden />;
  if (failure === 'not_found') return <Message text="error.not_found" />;
  return <Console session={session} event={event} room={room} chairKey={chairKey} />;
}

/** The link no longer counts (CHAIR-5). */
function Forbidden() {
  return <Message title="chair.revoked.title" text="chair.revoked.body" forbidden />;
}

function Message(props: { title?: MessageKey; text: MessageKey; forbidden?: boolean }) {
  return (
    <div class="chair-message">
      <TopBar />
      <main id="main" class="chair-message__main">
        <h1>{t(props.title ?? 'chair.title')}</h1>
        {props.forbidden ? (
          <p data-testid="chair-forbidden" role="alert">
            {t(props.text)}
          </p>
        ) : (
          <p role="status">{t(props.text)}</p>
        )}
      </main>
    </div>
  );
}
