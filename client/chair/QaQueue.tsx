import { useEffect, useRef, useState } from 'preact/hooks';
import type { QuestionView } from '../../shared/model.js';
import { t } from '../lib/i18n.js';
import type { Outbox } from '../lib/outbox.js';
import { charCount } from '../lib/text.js';
import { QaMerge } from './QaMerge.js';

interface Props {
  queue: QuestionView[];
  /** Where a duplicate can go: waiting and approved questions of the same Q&A. */
  candidates: QuestionView[];
  maxLength: number;
  outbox: Outbox;
}

function isTextField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/** The questions waiting for the chair, oldest first; A approves, R rejects, arrows select. */
export function QaQueue({ queue, candidates, maxLength, outbox }: Props) {
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [editingId, setEditingId] = useState<string | null>(null);
  const index = Math.max(
    0,
    queue.findIndex((q) => q.id === selectedId),
  );
  const selected = queue[index];
  const act = (q: QuestionView, action: 'approve' | 'reject') => {
    outbox.push({ type: 'question.moderate', questionId: q.id, action });
    setSelectedId(queue[queue.indexOf(q) + 1]?.id ?? null);
  };
  const latest = useRef({ queue, index, selected, act });
  latest.current = { queue, index, selected, act };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isTextField(e.target)) return;
      const s = latest.current;
      if (!s.selected) return;
      const key = e.key.toLowerCase();
      if (key === 'a' || key === 'r') s.act(s.selected, key === 'a' ? 'approve' : 'reject');
      else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        const next =
          s.queue[
            Math.max(0, Math.min(s.queue.length - 1, s.index + (e.key === 'ArrowDown' ? 1 : -1)))
          ];
        setSelectedId(next?.id ?? null);
        e.preventDefault();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  return (
    <>
      <h2 id="queue-heading" class="section-title">
        {t('chair.qa.queue')} <span class="count-pill">{queue.length}</span>
      </h2>
      <p class="hint">{t('chair.qa.shortcuts')}</p>
      {queue.length === 0 && <p class="muted">{t('chair.queueEmpty')}</p>}
      <ol class="queue" data-testid="qa-queue">
        {queue.map((q) => (
          <li
            key={q.id}
            class={q === selected ? 'queue-item is-selected' : 'queue-item'}
            data-testid="qa-queue-item"
            data-id={q.id}
            aria-current={q === selected ? 'true' : undefined}
            onClick={(e) => {
              // A button inside acts on its own; the click only selects otherwise.
              if (!(e.target instanceof Element && e.target.closest('button, form'))) {
                setSelectedId(q.id);
              }
            }}
          >
            {editingId === q.id ? (
              <QaEditor
                question={q}
                maxLength={maxLength}
                onCancel={() => setEditingId(null)}
                onSave={(text) => {
                  outbox.push({
                    type: 'question.moderate',
                    questionId: q.id,
                    action: 'edit',
                    text,
                  });
                  setEditingId(null);
                }}
              />
            ) : (
              <>
                <p class="statement-text">{q.text}</p>
                <p class="statement-meta">
                  {q.name ?? t('wall.anonymous')}
                  {q.flagged && <span class="badge badge--warn">{t('chair.flagged')}</span>}
                </p>
                <div class="actions">
                  <button
                    type="button"
                    class="btn btn--ok"
                    data-testid="qa-approve-button"
                    onClick={() => act(q, 'approve')}
                  >
                    {t('chair.approve')}
                  </button>
                  <button
                    type="button"
                    class="btn btn--danger"
                    data-testid="qa-reject-button"
                    onClick={() => act(q, 'reject')}
                  >
                    {t('chair.reject')}
                  </button>
                  <button type="button" class="btn" onClick={() => setEditingId(q.id)}>
                    {t('chair.edit')}
                  </button>
                  <QaMerge question={q} candidates={candidates} outbox={outbox} />
                </div>
              </>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}

function QaEditor(props: {
  question: QuestionView;
  maxLength: number;
  onCancel: () => void;
  onSave: (text: string) => void;
}) {
  const [text, setText] = useState(props.question.text);
  const body = text.trim();
  const ok = body.length > 0 && charCount(body) <= props.maxLength;
  const id = `qa-edit-${props.question.id}`;
  return (
    <form
      class="editor"
      onSubmit={(e) => {
        e.preventDefault();
        if (ok) props.onSave(body);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') props.onCancel();
      }}
    >
      <label for={id} class="vh">
        {t('chair.editLabel')}
      </label>
      <textarea
        id={id}
        rows={3}
        value={text}
        aria-invalid={ok ? 'false' : 'true'}
        onInput={(e) => setText(e.currentTarget.value)}
      />
      <div class="actions">
        <button type="submit" class="btn btn--ok" disabled={!ok}>
          {t('chair.saveApprove')}
        </button>
        <button type="button" class="btn" onClick={props.onCancel}>
          {t('chair.cancel')}
        </button>
      </div>
    </form>
  );
}
