// The speaker screen's part of a Q&A (QA-11): the question on stage and the popular questions
// in big text, for the person pitching; approved questions only (the projector's view).
import { useRef } from 'preact/hooks';
import type { QaActivity, QuestionView } from '../../../shared/model.js';
import { sortQuestions } from '../../../shared/qa-order.js';
import { orderOf, useFlip } from '../../lib/flip.js';
import { t } from '../../lib/i18n.js';
import { formatNumber } from '../../lib/poll.js';
import type { ViewStore } from '../../lib/store.js';

/** What the speaker's top bar names: the pitch, else the Q&A's title. */
export const speakerTitle = (qa: QaActivity): string => qa.config.pitch || qa.title;

export function QaSpeaker({ qa, view }: { qa: QaActivity; view: ViewStore }) {
  const list = useRef<HTMLOListElement>(null);
  const questions = [...view.questions.value.values()].filter(
    (q) => q.activityId === qa.id && q.status === 'approved',
  );
  const staged = questions.find((q) => q.onStage);
  const popular = sortQuestions(
    questions.filter((q) => q !== staged),
    'popular',
  );
  useFlip(list, orderOf(popular));

  return (
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
