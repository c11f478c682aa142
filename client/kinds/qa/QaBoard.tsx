// The chair's approved questions in the projector's order, with stage, answered, merge, archive.
import type { QaActivity, QuestionView } from '../../../shared/model.js';
import type { QuestionAction } from '../../../shared/protocol.js';
import { sortQuestions } from '../../../shared/qa-order.js';
import { t, type MessageKey } from '../../lib/i18n.js';
import type { Outbox } from '../../lib/outbox.js';
import { BoardItem, BoardList, RemovedList } from '../../chair/Board.js';
import { Button } from '../../components/Button.js';
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
      <div class="qa-open-bar spread" data-open={open ? 'true' : 'false'}>
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
      <BoardList
        title="chair.qa.list"
        empty="chair.qa.empty"
        count={approved.length}
        testId="qa-board"
      >
        {list.map((q) => (
          <BoardItem
            key={q.id}
            id={q.id}
            testId="qa-board-item"
            is={q.onStage && 'is-staged'}
            badges={q.onStage && <p class="badge badge--live">{t('chair.qa.onStage')}</p>}
            text={q.text}
            meta={
              <>
                {q.name ?? t('wall.anonymous')} · <strong>{votesLabel(q.votes)}</strong>
                {q.answered ? ` · ${t('qa.answered')}` : ''}
                {q.edited ? ` · ${t('wall.edited')}` : ''}
              </>
            }
            actions={
              <>
                <Flip on={q.onStage} what="stage" primary act={(a) => act(q, a)} />
                <Flip on={q.answered} what="answer" act={(a) => act(q, a)} />
                <Button
                  class="btn btn--danger"
                  testId="qa-archive-button"
                  onClick={() => act(q, 'archive')}
                >
                  {t('chair.qa.archive')}
                </Button>
                <QaMerge question={q} candidates={candidates} outbox={outbox} />
              </>
            }
          />
        ))}
      </BoardList>
      <RemovedList
        id="qa-removed-heading"
        title="chair.qa.removed"
        empty="chair.qa.removedEmpty"
        count={removed.length}
      >
        {removed.map((q) => (
          <BoardItem
            key={q.id}
            id={q.id}
            testId="qa-removed-item"
            is="is-removed"
            badges={<p class="badge">{t(removedStatus(q))}</p>}
            text={q.text}
            meta={q.name ?? t('wall.anonymous')}
            actions={
              q.mergedInto ? undefined : (
                <Button onClick={() => act(q, q.status === 'rejected' ? 'requeue' : 'approve')}>
                  {t('chair.qa.restore')}
                </Button>
              )
            }
          />
        ))}
      </RemovedList>
    </>
  );
}

function removedStatus(q: QuestionView): MessageKey {
  if (q.mergedInto) return 'chair.qa.status.merged';
  return q.status === 'rejected' ? 'chair.qa.status.rejected' : 'chair.qa.status.archived';
}

interface FlipProps {
  on: boolean;
  what: 'stage' | 'answer';
  /** Shown as the main button while it is off (put on stage). */
  primary?: boolean;
  act: (action: QuestionAction) => void;
}

/** A question's on/off button (on stage, answered), saying which with aria-pressed. */
function Flip({ on, what, primary = false, act }: FlipProps) {
  return (
    <Button
      class={primary && !on ? 'btn btn--primary' : 'btn'}
      testId={`qa-${what}-button`}
      pressed={on}
      onClick={() => act(on ? `un${what}` : what)}
    >
      {t(on ? `chair.qa.un${what}` : `chair.qa.${what}`)}
    </Button>
  );
}
