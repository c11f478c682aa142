// The phone's own questions in a Q&A, with their status.
import type { QuestionView } from '../../../shared/model.js';
import { t, type MessageKey } from '../../lib/i18n.js';
import { MineItem, MineSection } from '../../participant/MineList.js';
import type { Session } from '../../lib/session.js';

type Shown = 'sending' | 'pending' | 'approved' | 'rejected' | 'archived' | 'merged';

const LABEL: Record<Shown, MessageKey> = {
  sending: 'wall.sending',
  pending: 'qa.status.pending',
  approved: 'qa.status.approved',
  rejected: 'qa.status.rejected',
  archived: 'qa.status.archived',
  merged: 'qa.status.merged',
};

/**
 * Your own questions with where they stand: on the way, waiting for the chair, in the list,
 * not placed, or merged into another question (QA-10: the asker sees where it went). Shown
 * even when they are in the list too: in a long list your own is easy to lose.
 */
export function QaMine({ qaId, session }: { qaId: string; session: Session }) {
  const { conn, outbox } = session;
  const rows: { id: string; text: string; status: Shown; into?: QuestionView | null }[] = [];
  const sending = new Set<string>();
  for (const cmd of outbox.pending.value) {
    if (cmd.type !== 'question.ask' || cmd.activityId !== qaId) continue;
    sending.add(cmd.id);
    rows.push({ id: cmd.id, text: cmd.text, status: 'sending' });
  }
  const mine = [...conn.view.mine.value.questions.values()]
    .filter((q) => q.activityId === qaId && !sending.has(q.id))
    .sort((a, b) => b.createdAt - a.createdAt);
  for (const q of mine) {
    const status: Shown = q.mergedInto ? 'merged' : (q.status as Exclude<Shown, 'sending'>);
    const into = q.mergedInto ? (conn.view.questions.value.get(q.mergedInto) ?? null) : undefined;
    rows.push({ id: q.id, text: q.text, status, into });
  }
  if (rows.length === 0) return null;
  return (
    <MineSection id="qa-mine-heading" title="qa.mine" live>
      {rows.map((row) => (
        <MineItem
          key={row.id}
          id={row.id}
          testId="qa-mine-item"
          look={row.status === 'merged' ? 'approved' : row.status}
          status={row.status}
          text={row.text}
          note={
            row.status === 'merged' && !row.into
              ? t('qa.status.mergedHidden')
              : t(LABEL[row.status])
          }
        >
          {row.into && <p class="mine-item__into">“{row.into.text}”</p>}
        </MineItem>
      ))}
    </MineSection>
  );
}
