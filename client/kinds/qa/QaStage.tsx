// A Q&A on the beamer: the question on stage, large, with the top five below it.
import { useRef } from 'preact/hooks';
import { PROJECTOR_BODY_MIN } from '../../../shared/brand.js';
import type { QaActivity, QuestionView } from '../../../shared/model.js';
import { topQuestions } from '../../../shared/qa-order.js';
import { contentFits, fitFont, hideOverflow } from '../../lib/fit.js';
import { orderOf, useFlip } from '../../lib/flip.js';
import { t } from '../../lib/i18n.js';
import { formatNumber } from '../../lib/poll.js';
import { useFit } from '../../projector/fit.js';

/** Below the question on stage: enough to show what the hall wants, few enough to read. */
const TOP = 5;

/**
 * A pitch's Q&A on the beamer: the question on stage as large as it fits, the top 5 by the
 * popular order below it (QA-9). The list slides when the ranking changes, and only then.
 */
export function QaStage({ qa, questions }: { qa: QaActivity; questions: QuestionView[] }) {
  const root = useRef<HTMLDivElement>(null);
  const stage = useRef<HTMLElement>(null);
  const list = useRef<HTMLOListElement>(null);
  const mine = questions.filter((q) => q.activityId === qa.id && q.status === 'approved');
  const staged = mine.find((q) => q.onStage);
  const top = topQuestions(mine, TOP);

  // The question on stage as large as it can be while the top 5 still fit below it; whatever
  // of the list does not fit even then is left out rather than cut in half.
  const signature = `${staged?.id}:${staged?.text}|${top.map((q) => `${q.id}:${q.text.length}`).join('|')}`;
  useFit(root, signature, (box) => {
    const el = stage.current;
    const h = window.innerHeight;
    if (list.current)
      for (const li of Array.from(list.current.children)) (li as HTMLElement).hidden = false;
    if (el) fitFont(el, h * PROJECTOR_BODY_MIN, h * 0.085, () => contentFits(box));
    if (list.current) hideOverflow(box, list.current);
  });
  // After the fit, so the slide starts from the final sizes.
  useFlip(list, orderOf(top));

  return (
    <div class="qa-proj" ref={root} data-testid="projector-qa" data-id={qa.id}>
      <header class="qa-proj__head">
        <h1 class="qa-proj__pitch">{qa.config.pitch || qa.title}</h1>
        {qa.config.speaker && <p class="qa-proj__speaker">{qa.config.speaker}</p>}
      </header>
      {staged && (
        <section
          class="qa-proj__stage"
          ref={stage}
          data-testid="projector-stage"
          data-id={staged.id}
        >
          <p class="qa-proj__text">{staged.text}</p>
          <p class="qa-proj__meta">
            <span>{staged.name ?? ''}</span>
            <span class="qa-proj__votes">
              <span aria-hidden="true">▲ </span>
              {formatNumber(staged.votes, 0)}
            </span>
          </p>
        </section>
      )}
      {top.length > 0 && (
        <h2 class={staged ? 'qa-proj__top-title' : 'qa-proj__top-title is-big'}>
          {t('projector.qa.top')}
        </h2>
      )}
      <ol
        class={staged ? 'qa-proj__top' : 'qa-proj__top is-big'}
        ref={list}
        data-testid="projector-top"
      >
        {top.map((q) => (
          <li
            key={q.id}
            class="qa-proj__item"
            data-flip-key={q.id}
            data-testid="projector-question"
            data-id={q.id}
          >
            <span class="qa-proj__count">{formatNumber(q.votes, 0)}</span>
            <span class="qa-proj__qtext">{q.text}</span>
          </li>
        ))}
      </ol>
      {mine.length === 0 && (
        <p class="projector__empty" data-testid="projector-qa-invite">
          {t(qa.config.open ? 'projector.qa.empty' : 'projector.qa.closed')}
        </p>
      )}
    </div>
  );
}
