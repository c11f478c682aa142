// Merging a duplicate question into another of the same Q&A (QA-10).
import { useState } from 'preact/hooks';
import type { QuestionView } from '../../../shared/model.js';
import { t } from '../../lib/i18n.js';
import type { Outbox } from '../../lib/outbox.js';
import { formatNumber } from '../../lib/poll.js';

const clip = (s: string, n = 70) => ([...s].length > n ? `${[...s].slice(0, n).join('')}…` : s);

/** Merge a duplicate into another question of the same Q&A (QA-10), after choosing which. */
export function QaMerge({
  question,
  candidates,
  outbox,
}: {
  question: QuestionView;
  candidates: QuestionView[];
  outbox: Outbox;
}) {
  const [open, setOpen] = useState(false);
  const others = candidates.filter((c) => c.id !== question.id);
  const [into, setInto] = useState('');
  if (!open) {
    return (
      <button type="button" class="btn" data-testid="qa-merge-button" onClick={() => setOpen(true)}>
        {t('chair.qa.merge')}
      </button>
    );
  }
  const id = `merge-${question.id}`;
  const target = others.find((c) => c.id === into) ?? others[0];
  return (
    <form
      class="qa-merge"
      onSubmit={(e) => {
        e.preventDefault();
        if (!target) return;
        outbox.push({ type: 'question.merge', questionId: question.id, intoId: target.id });
        setOpen(false);
      }}
    >
      {others.length === 0 ? (
        <p class="muted">{t('chair.qa.mergeNone')}</p>
      ) : (
        <>
          <label for={id}>{t('chair.qa.mergeInto')}</label>
          <select
            id={id}
            data-testid="qa-merge-select"
            value={target?.id}
            onChange={(e) => setInto(e.currentTarget.value)}
          >
            {others.map((c) => (
              <option key={c.id} value={c.id}>
                {clip(c.text)} ({formatNumber(c.votes, 0)})
              </option>
            ))}
          </select>
          <p class="hint">{t('chair.qa.mergeHint')}</p>
        </>
      )}
      <div class="actions">
        {others.length > 0 && (
          <button type="submit" class="btn btn--primary" data-testid="qa-merge-confirm">
            {t('chair.qa.mergeDo')}
          </button>
        )}
        <button type="button" class="btn" onClick={() => setOpen(false)}>
          {t('chair.cancel')}
        </button>
      </div>
    </form>
  );
}
