// The chair's approved questions in the projector's order, with stage, answered, merge, archive.
import type { QaActivity, QuestionView } from '../../../shared/model.js';
import type { QuestionAction } from '../../../shared/protocol.js';
import { sortQuestions } from '../../../shared/qa-order.js';
import { t, type MessageKey } from '../../lib/i18n.js';
import type { Outbox } from '../../lib/outbox.js';
import { RemovedList } from '../wall/WallPanel.js';
import { QaMerge } from './QaMerge.js';

interface Props {
  qa: QaActivity;
  questions: QuestionView[];
  candidates: QuestionView[];
  outbox: Outbox;
}

const votesLabel = (n: number) => (n === 1 ? t('qa.votes.one') : t('qa.votes', { n }));

/** The approved questions in the order the projector uses, with what the chair can do to each. */
export function QaBoard({ qa, questions, candidates, outbox }: Props) {
  const act = (q: QuestionView, action: QuestionAction) =>
    outbox.push({ type: 'question.moderate', questionId: q.id, action });
  const approved = sortQuestions(
    questions.filter((q) => q.status === 'approved'),
    'popular',
  );
  const staged = approved.filter((q) => q.onStage);
  const list = [...staged, ...approved.filter((q) => !q.onStage)];
  const removed = questions
    .filter((q) => q.status === 'rejected' || q.status === 'archived')
    .sort((a, b) => b.createdAt - a.createdAt);
  const open = qa.config.open;

  return (
    <>
      <div class="qa-open-bar" data-open={open ? 'true' : 'false'}>
        <p class="qa-open-bar__text" role="status">
          {t(open ? 'chair.qa.isOpen' : 'chair.qa.isClosed')}
        </p>
        <button
          type="button"
          class={open ? 'btn' : 'btn btn--primary'}
          data-testid="qa-open-toggle"
          onClick={() =>
            outbox.push({ type: 'activity.update', activityId: qa.id, config: { open: !open } })
          }
        >
          {t(open ? 'chair.qa.closeNow' : 'chair.qa.openNow')}
        </button>
      </div>
      <h2 id="wall-heading" class="section-title">
        {t('chair.qa.list')} <span class="count-pill">{approved.length}</span>
      </h2>
      {approved.length === 0 && <p class="muted">{t('chair.qa.empty')}</p>}
      <ul class="chair-wall" data-testid="qa-board">
        {list.map((q) => (
          <li
            key={q.id}
            class={q.onStage ? 'chair-wall__item is-staged' : 'chair-wall__item'}
            data-testid="qa-board-item"
            data-id={q.id}
          >
            {q.onStage && <p class="badge badge--live">{t('chair.qa.onStage')}</p>}
            <p class="statement-text">{q.text}</p>
            <p class="statement-meta">
              {q.name ?? t('wall.anonymous')} · <strong>{votesLabel(q.votes)}</strong>
              {q.answered ? ` · ${t('qa.answered')}` : ''}
              {q.edited ? ` · ${t('wall.edited')}` : ''}
            </p>
            <div class="actions">
              <Pressed
                on={q.onStage}
                class={q.onStage ? 'btn' : 'btn btn--primary'}
                testId="qa-stage-button"
                label={q.onStage ? 'chair.qa.unstage' : 'chair.qa.stage'}
                onClick={() => act(q, q.onStage ? 'unstage' : 'stage')}
              />
              <Pressed
                on={q.answered}
                class="btn"
                testId="qa-answer-button"
                label={q.answered ? 'chair.qa.unanswer' : 'chair.qa.answer'}
                onClick={() => act(q, q.answered ? 'unanswer' : 'answer')}
              />
              <button
                type="button"
                class="btn btn--danger"
                data-testid="qa-archive-button"
                onClick={() => act(q, 'archive')}
              >
                {t('chair.qa.archive')}
              </button>
              <QaMerge question={q} candidates={candidates} outbox={outbox} />
            </div>
          </li>
        ))}
      </ul>
      <RemovedList
        id="qa-removed-heading"
        title="chair.qa.removed"
        empty="chair.qa.removedEmpty"
        count={removed.length}
      >
        {removed.map((q) => (
          <li
            key={q.id}
            class="chair-wall__item is-removed"
            data-testid="qa-removed-item"
            data-id={q.id}
          >
            <p class="badge">
              {t(
                q.mergedInto
                  ? 'chair.qa.status.merged'
                  : q.status === 'rejected'
                    ? 'chair.qa.status.rejected'
                    : 'chair.qa.status.archived',
              )}
            </p>
            <p class="statement-text">{q.text}</p>
            <p class="statement-meta">{q.name ?? t('wall.anonymous')}</p>
            {!q.mergedInto && (
              <div class="actions">
                <button
                  type="button"
                  class="btn"
                  onClick={() => act(q, q.status === 'rejected' ? 'requeue' : 'approve')}
                >
                  {t('chair.qa.restore')}
                </button>
              </div>
            )}
          </li>
        ))}
      </RemovedList>
    </>
  );
}

interface PressedProps {
  on: boolean;
  class: string;
  testId: string;
  label: MessageKey;
  onClick: () => void;
}

/** A button that is on or off (on stage, answered), saying which with aria-pressed. */
function Pressed(p: PressedProps) {
  return (
    <button
      type="button"
      class={p.class}
      data-testid={p.testId}
      aria-pressed={p.on ? 'true' : 'false'}
      onClick={p.onClick}
    >
      {t(p.label)}
    </button>
  );
}
