// The statements waiting for the chair: approve, reject, edit, by mouse or keyboard.
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { LIMITS } from '../../shared/limits.js';
import type { PollActivity, StatementView } from '../../shared/model.js';
import { WhyOption } from '../components/WhyOption.js';
import { t } from '../lib/i18n.js';
import { charCount } from '../lib/text.js';

interface Props {
  queue: StatementView[];
  selectedId: string | null;
  /** Acted on here, waiting for the server: shown, but no longer selectable. */
  inProgress: ReadonlySet<string>;
  editingId: string | null;
  hasActivity: boolean;
  /** The poll whose whys are in the queue: each shows the option it argues for. */
  poll?: PollActivity | undefined;
  onSelect: (id: string) => void;
  onModerate: (s: StatementView, action: 'approve' | 'reject') => void;
  onEdit: (id: string | null) => void;
  onSaveEdit: (s: StatementView, text: string) => void;
}

export function Queue(props: Props) {
  const { queue, selectedId, editingId } = props;
  return (
    <>
      <h2 id="queue-heading" class="section-title">
        {t('chair.queue')} <span class="count-pill">{queue.length}</span>
      </h2>
      <p class="hint" id="shortcuts">
        {t('chair.shortcuts')}
      </p>
      {queue.length === 0 && (
        <p class="muted">{t(props.hasActivity ? 'chair.queueEmpty' : 'chair.noActivity')}</p>
      )}
      <ol class="queue" data-testid="queue">
        {queue.map((s) => (
          <QueueItem
            key={s.id}
            statement={s}
            selected={s.id === selectedId}
            busy={props.inProgress.has(s.id)}
            editing={s.id === editingId}
            {...props}
          />
        ))}
      </ol>
    </>
  );
}

interface ItemProps extends Props {
  statement: StatementView;
  selected: boolean;
  busy: boolean;
  editing: boolean;
}

function QueueItem({
  statement: s,
  selected,
  busy,
  editing,
  poll,
  onSelect,
  onModerate,
  onEdit,
  onSaveEdit,
}: ItemProps) {
  const ref = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (selected) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [selected]);
  return (
    <li
      ref={ref}
      class={`queue-item${selected ? ' is-selected' : ''}${busy ? ' is-busy' : ''}`}
      data-testid="queue-item"
      data-id={s.id}
      data-busy={busy ? 'true' : undefined}
      aria-current={selected ? 'true' : undefined}
      onClick={(e) => {
        // A button inside acts on its own; the click only selects otherwise.
        if (!(e.target instanceof Element && e.target.closest('button, form'))) onSelect(s.id);
      }}
    >
      {editing ? (
        <Editor
          statement={s}
          onCancel={() => onEdit(null)}
          onSave={(text) => onSaveEdit(s, text)}
        />
      ) : (
        <>
          {poll && s.optionIds?.length ? (
            <WhyOption poll={poll} optionIds={s.optionIds} />
          ) : (
            s.choice !== undefined && (
              <p class="why-choice" data-testid="why-choice">
                {t('chair.whyOption', { option: s.choice })}
              </p>
            )
          )}
          <p class="statement-text">{s.text}</p>
          <p class="statement-meta">
            {busy && <span class="badge">{t('chair.sending')}</span>}
            {s.name ?? t('wall.anonymous')}
            {s.flagged && (
              <span class="badge badge--warn" data-testid="flagged-badge">
                {t('chair.flagged')}
              </span>
            )}
          </p>
          <div class="actions">
            <button
              type="button"
              class="btn btn--ok"
              data-testid="approve-button"
              disabled={busy}
              onClick={() => onModerate(s, 'approve')}
            >
              {t('chair.approve')}
            </button>
            <button
              type="button"
              class="btn btn--danger"
              data-testid="reject-button"
              disabled={busy}
              onClick={() => onModerate(s, 'reject')}
            >
              {t('chair.reject')}
            </button>
            <button
              type="button"
              class="btn"
              data-testid="edit-button"
              disabled={busy}
              onClick={() => onEdit(s.id)}
            >
              {t('chair.edit')}
            </button>
          </div>
        </>
      )}
    </li>
  );
}

function Editor({
  statement,
  onCancel,
  onSave,
}: {
  statement: StatementView;
  onCancel: () => void;
  onSave: (text: string) => void;
}) {
  const [text, setText] = useState(statement.text);
  const field = useRef<HTMLTextAreaElement>(null);
  // Focus before the editor is painted: keys pressed right after E land in the field.
  useLayoutEffect(() => {
    const el = field.current;
    if (!el) return;
    el.focus();
    el.setSelectionRange(el.value.length, el.value.length);
  }, []);
  const body = text.trim();
  const ok = body.length > 0 && charCount(body) <= LIMITS.statementMaxLength;
  const save = (e: Event) => {
    e.preventDefault();
    if (ok) onSave(body);
  };
  const id = `edit-${statement.id}`;
  return (
    <form
      class="editor"
      onSubmit={save}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        }
        // Enter saves, as in a chat; Shift+Enter is a new line (CHAIR-9).
        if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) save(e);
      }}
    >
      <label for={id} class="vh">
        {t('chair.editLabel')}
      </label>
      <textarea
        ref={field}
        id={id}
        data-testid="edit-input"
        rows={3}
        value={text}
        aria-invalid={ok ? 'false' : 'true'}
        aria-describedby={`${id}-keys`}
        onInput={(e) => setText(e.currentTarget.value)}
      />
      <p class="hint" id={`${id}-keys`} data-testid="edit-keys">
        {t('chair.editKeys')}
      </p>
      <div class="actions">
        <button type="submit" class="btn btn--ok" data-testid="save-approve-button" disabled={!ok}>
          {t('chair.saveApprove')}
        </button>
        <button type="button" class="btn" data-testid="cancel-edit-button" onClick={onCancel}>
          {t('chair.cancel')}
        </button>
      </div>
    </form>
  );
}

/** The queue's column of the console: where "skip to the queue" lands, the phone's queue tab. */
export function QueueSection({ children }: { children: ComponentChildren }) {
  return (
    <section
      class="chair__col"
      id="queue"
      tabIndex={-1}
      aria-labelledby="queue-heading"
      data-tab="queue"
    >
      {children}
    </section>
  );
}
