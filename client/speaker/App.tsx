import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { EventInfo, QuestionView, RoomSummary } from '../../shared/model.js';
import { sortQuestions } from '../../shared/qa-order.js';
import { Timer } from '../components/Timer.js';
import { ConnStatus } from '../components/ConnStatus.js';
import { LangSwitch } from '../components/LangSwitch.js';
import { pickRoom } from '../lib/api.js';
import { orderOf, useFlip } from '../lib/flip.js';
import { t, type MessageKey } from '../lib/i18n.js';
import { readRoute } from '../lib/route.js';
import { startSession } from '../lib/session.js';
import { useEventInfo } from '../lib/useEventInfo.js';
import { formatNumber } from '../lib/poll.js';

/**
 * The speaker screen (QA-11): a tablet at the lectern shows the person pitching what the hall
 * asks, in big text, read-only. It receives the projector's view: approved questions only.
 */
export function SpeakerApp() {
  const route = useMemo(() => readRoute('s'), []);
  const state = useEventInfo(route.code);
  if (state.kind === 'ready') {
    const room = pickRoom(state.event, route.roomId);
    if (room) return <Speaker event={state.event} room={room} />;
  }
  const text: MessageKey =
    state.kind === 'offline'
      ? 'conn.offline'
      : state.kind === 'loading'
        ? 'common.loading'
        : 'error.not_found';
  return (
    <main class="speaker speaker--message">
      <p class="speaker__message">{t(text)}</p>
    </main>
  );
}

function Speaker({ event, room }: { event: EventInfo; room: RoomSummary }) {
  const [session] = useState(() =>
    startSession({ role: 'projector', eventCode: event.code, roomId: room.id }),
  );
  useEffect(() => () => session.conn.stop(), []);
  const list = useRef<HTMLOListElement>(null);
  const view = session.conn.view;
  const currentId = view.room.value?.currentActivityId ?? null;
  const qa = currentId ? view.activities.value.get(currentId) : undefined;
  const questions =
    qa?.kind === 'qa'
      ? [...view.questions.value.values()].filter(
          (q) => q.activityId === qa.id && q.status === 'approved',
        )
      : [];
  const staged = questions.find((q) => q.onStage);
  const popular = sortQuestions(
    questions.filter((q) => q !== staged),
    'popular',
  );
  useFlip(list, orderOf(popular));

  return (
    <div class="speaker">
      <header class="speaker__top">
        <span class="brand">{t('app.name')}</span>
        <span class="speaker__pitch" data-testid="speaker-pitch">
          {qa?.kind === 'qa' ? qa.config.pitch || qa.title : (view.event.value?.name ?? event.name)}
        </span>
        <Timer view={view} variant="speaker" />
        <ConnStatus conn={session.conn} />
        <LangSwitch />
      </header>
      <main class="speaker__main">
        {qa?.kind !== 'qa' ? (
          <p class="speaker__message" data-testid="speaker-waiting">
            {t('speaker.waiting')}
          </p>
        ) : (
          <>
            {staged && (
              <section
                class="speaker__stage"
                data-testid="speaker-stage"
                data-id={staged.id}
                aria-live="polite"
              >
                <p class="speaker__label">{t('speaker.onStage')}</p>
                <p class="speaker__stage-text">{staged.text}</p>
                <Meta q={staged} votes />
              </section>
            )}
            <h1 class="speaker__heading">{t('speaker.popular')}</h1>
            {popular.length === 0 && <p class="speaker__empty">{t('speaker.empty')}</p>}
            <ol class="speaker__list" ref={list} data-testid="speaker-list">
              {popular.map((q) => (
                <li
                  key={q.id}
                  class={q.answered ? 'speaker__item is-answered' : 'speaker__item'}
                  data-flip-key={q.id}
                  data-testid="speaker-question"
                  data-id={q.id}
                >
                  <span class="speaker__votes">
                    {formatNumber(q.votes, 0)}
                    <span class="speaker__votes-label">
                      {q.votes === 1 ? t('speaker.vote') : t('speaker.votes')}
                    </span>
                  </span>
                  <div>
                    <p class="speaker__text">{q.text}</p>
                    <Meta q={q} />
                  </div>
                </li>
              ))}
            </ol>
          </>
        )}
      </main>
    </div>
  );
}

/** Only what adds to the text: a name if one was given, and whether it was answered. */
function Meta({ q, votes = false }: { q: QuestionView; votes?: boolean }) {
  const parts = [
    ...(q.name ? [q.name] : []),
    ...(votes ? [q.votes === 1 ? t('qa.votes.one') : t('qa.votes', { n: q.votes })] : []),
    ...(q.answered ? [t('qa.answered')] : []),
  ];
  return parts.length > 0 ? <p class="speaker__meta">{parts.join(' · ')}</p> : null;
}
