// The chair console's columns for a Q&A: the waiting questions and the board.
import type { QaActivity } from '../../../shared/model.js';
import type { Session } from '../../lib/session.js';
import { QueueSection } from '../../chair/Queue.js';
import { QaBoard } from './QaBoard.js';
import { QaQueue } from './QaQueue.js';
import { queueOrder } from '../../chair/selection.js';

/** The middle and right columns of the chair's console when a pitch's Q&A is selected. */
export function QaColumns({ qa, session }: { qa: QaActivity; session: Session }) {
  const questions = [...session.conn.view.questions.value.values()].filter(
    (q) => q.activityId === qa.id,
  );
  const queue = queueOrder(questions.filter((q) => q.status === 'pending'));
  // A duplicate goes into a waiting or approved question, never into one that is gone.
  const candidates = questions.filter(
    (q) => !q.mergedInto && (q.status === 'pending' || q.status === 'approved'),
  );
  return (
    <>
      <QueueSection>
        <QaQueue
          queue={queue}
          candidates={candidates}
          maxLength={qa.config.maxLength}
          outbox={session.outbox}
        />
      </QueueSection>
      <section class="chair__col" aria-labelledby="wall-heading" data-tab="screen">
        <QaBoard qa={qa} questions={questions} candidates={candidates} outbox={session.outbox} />
      </section>
    </>
  );
}
