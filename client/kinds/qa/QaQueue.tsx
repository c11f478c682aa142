// The chair's Q&A questions waiting for moderation, by mouse or keyboard.
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { QuestionView } from '../../../shared/model.js';
import { t } from '../../lib/i18n.js';
import type { Outbox } from '../../lib/outbox.js';
import { charCount } from '../../lib/text.js';
import { QaMerge } from './QaMerge.js';
import { useQueueSelection } from '../../chair/selection.js';

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

/** The questions waiting for the chair, oldest first; A approves, R rejects, E edits, arrows select. */
export function QaQueue({ queue, candidates, maxLength, outbox }: Props) {
  const [editingId, setEditingId] = useState<string | null>(null);
  // Bound to the question, never to its place in the list (CHAIR-1, CHAIR-2).
  const selection = useQueueSelection(queue);
  const selected = selection.selected;
  const act = (q: QuestionView, action: 'approve' | 'reject' | 'edit', text?: string) => {
    if (selection.inProgress.has(q.id)) return;
    selection.acted(q.id);
    outbox.push({
      type: 'question.moderate',
      questionId: q.id,
      action,
      ...(text !== undefined ? { text } : {}),
    });
    if (editingId === q.id) setEditingId(null);
  };
  const latest = useRef({ selected, act, move: selection.move });
  latest.current = { selected, act, move: selection.move };

  useEffect(() => {
    const offSettled = outbox.onSettled((s) => {
      if (s.kind === 'error' && s.cmd.type === 'question.moderate')
        selection.failed(s.cmd.questionId);
    });
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || isTextField(e.target)) return;
      const s = latest.current;
      const key = e.key.toLowerCase();
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        s.move(e.key === 'ArrowDown' ? 1 : -1);
        e.preventDefault();
      } else if (s.selected && (key === 'a' || key === 'r')) {
        s.act(s.selected, key === 'a' ? 'approve' : 'reject');
      } else if (s.selected && key === 'e') {
        setEditingId(s.selected.id);
        e.preventDefault();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => {
      offSettled();
      document.removeEventListener('keydown', onKey);
    };
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
            class={`queue-item${q === selected ? ' is-selected' : ''}${
              selection.inProgress.has(q.id) ? ' is-busy' : ''
            }`}
            data-testid="qa-queue-item"
            data-id={q.id}
            data-busy={selection.inProgress.has(q.id) ? 'true' : undefined}
            aria-current={q === selected ? 'true' : undefined}
            onClick={(e) => {
              // A button inside acts on its own; the click only selects otherwise.
              if (!(e.target instanceof Element && e.target.closest('button, form'))) {
                selection.select(q.id);
              }
            }}
          >
            {editingId === q.id ? (
              <QaEditor
                question={q}
                maxLength={maxLength}
                onCancel={() => setEditingId(null)}
                onSave={(text) => act(q, 'edit', text)}
              />
            ) : (
              <>
                <p class="statement-text">{q.text}</p>
                <p class="statement-meta">
                  {selection.inProgress.has(q.id) && (
                    <span class="badge">{t('chair.sending')}</span>
                  )}
                  {q.name ?? t('wall.anonymous')}
                  {q.flagged && <span class="badge badge--warn">{t('chair.flagged')}</span>}
                </p>
                <div class="actions">
                  <button
                    type="button"
                    class="btn btn--ok"
                    data-testid="qa-approve-button"
                    disabled={selection.inProgress.has(q.id)}
                    onClick={() => act(q, 'approve')}
                  >
                    {t('chair.approve')}
                  </button>
                  <button
                    type="button"
                    class="btn btn--danger"
                    data-testid="qa-reject-button"
                    disabled={selection.inProgress.has(q.id)}
                    onClick={() => act(q, 'reject')}
                  >
                    {t('chair.reject')}
                  </button>
                  <button
                    type="button"
                    class="btn"
                    disabled={selection.inProgress.has(q.id)}
                    onClick={() => setEditingId(q.id)}
                  >
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
  const field = useRef<HTMLTextAreaElement>(null);
  // Focus before the editor is painted: keys pressed right after E land in the field.
  useLayoutEffect(() => field.current?.focus(), []);
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
        if (e.key === 'Escape') {
          e.preventDefault();
          props.onCancel();
        }
        // Enter saves, Shift+Enter is a new line (CHAIR-9).
        if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
          e.preventDefault();
          if (ok) props.onSave(body);
        }
      }}
    >
      <label for={id} class="vh">
        {t('chair.editLabel')}
      </label>
      <textarea
        ref={field}
        id={id}
        rows={3}
        value={text}
        aria-invalid={ok ? 'false' : 'true'}
        aria-describedby={`${id}-keys`}
        onInput={(e) => setText(e.currentTarget.value)}
      />
      <p class="hint" id={`${id}-keys`}>
        {t('chair.editKeys')}
      </p>
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
