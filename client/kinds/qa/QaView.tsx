// A Q&A on the phone: ask, see your own questions, upvote the others.
import { useRef, useState } from 'preact/hooks';
import type { QaActivity, QuestionView } from '../../../shared/model.js';
import { sortQuestions, type QaSort } from '../../../shared/qa-order.js';
import { orderOf, useFlip } from '../../lib/flip.js';
import { t } from '../../lib/i18n.js';
import type { Session } from '../../lib/session.js';
import { QaComposer } from './QaComposer.js';
import { QaMine } from './QaMine.js';
import { usePaged } from '../../participant/lists.js';
import type { QaVotes } from '../../participant/toggles.js';

const PAGE = 50;

interface Props {
  qa: QaActivity;
  session: Session;
  votes: QaVotes;
  draftKey: string;
}

/** One pitch's Q&A on the phone: ask, see your own, upvote the others. */
export function QaView({ qa, session, votes, draftKey }: Props) {
  const [sort, setSort] = useState<QaSort>('popular');
  const list = useRef<HTMLUListElement>(null);
  const view = session.conn.view;
  const own = view.mine.value.questions;
  const approved = [...view.questions.value.values()].filter(
    (q) => q.activityId === qa.id && q.status === 'approved',
  );
  const staged = approved.find((q) => q.onStage);
  const sorted = sortQuestions(
    approved.filter((q) => q !== staged),
    sort,
  );
  const { shown, more } = usePaged(sorted, PAGE);
  useFlip(list, orderOf(shown));
  const item = (q: QuestionView) => (
    <QaItem key={q.id} q={q} own={own.has(q.id)} open={qa.config.open} votes={votes} />
  );

  return (
    <section class="qa" aria-labelledby="qa-pitch" data-testid="qa-view" data-id={qa.id}>
      <header class="qa-head">
        <p class="qa-head__kicker">{t('qa.title.default')}</p>
        <h1 id="qa-pitch" class="qa-head__pitch">
          {qa.config.pitch || qa.title}
        </h1>
        {qa.config.speaker && (
          <p class="qa-head__speaker">{t('qa.speaker', { speaker: qa.config.speaker })}</p>
        )}
      </header>
      {staged && (
        <div class="qa-stage" data-testid="qa-on-stage">
          <p class="badge badge--live">{t('qa.onStage')}</p>
          <ul class="qa-list">{item(staged)}</ul>
        </div>
      )}
      <QaComposer key={qa.id} qa={qa} outbox={session.outbox} draftKey={draftKey} />
      <QaMine qaId={qa.id} session={session} />
      <div class="qa-list-head spread">
        <h2 id="qa-list-heading" class="section-title">
          {t('qa.listHeading')}
        </h2>
        <div class="segmented" role="group" aria-label={t('qa.sortLabel')}>
          {(['popular', 'recent'] as const).map((s) => (
            <button
              key={s}
              type="button"
              class="btn segmented__btn"
              data-testid={`sort-${s}`}
              aria-pressed={sort === s ? 'true' : 'false'}
              onClick={() => setSort(s)}
            >
              {t(s === 'popular' ? 'qa.sort.popular' : 'qa.sort.recent')}
            </button>
          ))}
        </div>
      </div>
      {approved.length === 0 && (
        <p class="muted" data-testid="qa-empty">
          {t(qa.config.open ? 'qa.empty' : 'qa.emptyClosed')}
        </p>
      )}
      <ul class="qa-list" ref={list} data-testid="qa-list" aria-labelledby="qa-list-heading">
        {shown.map(item)}
      </ul>
      {more}
    </section>
  );
}

function QaItem({
  q,
  own,
  open,
  votes,
}: {
  q: QuestionView;
  own: boolean;
  open: boolean;
  votes: QaVotes;
}) {
  const on = votes.isOn(q.id);
  const count = votes.count(q);
  const countText = count === 1 ? t('qa.votes.one') : t('qa.votes', { n: count });
  return (
    <li
      class={`qa-item${q.onStage ? ' qa-item--stage' : ''}${q.answered ? ' qa-item--answered' : ''}`}
      data-testid="qa-item"
      data-id={q.id}
      data-flip-key={q.id}
    >
      <p class="qa-item__text">{q.text}</p>
      <p class="qa-item__facts">
        <span class="qa-item__name">{q.name ?? t('wall.anonymous')}</span>
        {q.answered && <span class="badge qa-item__answered">{t('qa.answered')}</span>}
        <span class="qa-item__votes" data-testid="vote-count">
          {countText}
        </span>
      </p>
      {own ? (
        <p class="qa-own" data-testid="qa-own">
          {t('qa.own')}
        </p>
      ) : (
        <button
          type="button"
          class={on ? 'upvote upvote--on' : 'upvote'}
          data-testid="upvote-button"
          aria-pressed={on ? 'true' : 'false'}
          disabled={!open}
          onClick={() => votes.toggle(q)}
        >
          <span class="upvote__icon" aria-hidden="true">
            {on ? '✓' : '▲'}
          </span>
          {t('qa.upvote')}
        </button>
      )}
    </li>
  );
}
