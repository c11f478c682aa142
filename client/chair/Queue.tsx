import { useEffect, useRef, useState } from 'preact/hooks';
import { LIMITS } from '../../shared/limits.js';
import type { PollActivity, StatementView } from '../../shared/model.js';
import { WhyOption } from '../components/WhyOption.js';
import { t } from '../lib/i18n.js';
import { charCount } from '../lib/text.js';

interface Props {
  queue: StatementView[];
  selectedId: string | null;
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
  editing: boolean;
}

function QueueItem({
  statement: s,
  selected,
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
      class={selected ? 'queue-item is-selected' : 'queue-item'}
      data-testid="queue-item"
      data-id={s.id}
      aria-current={selected ? 'true' : undefined}
      onClick={() => onSelect(s.id)}
    >
      {editing ? (
        <Editor
          statement={s}
          onCancel={() => onEdit(null)}
          onSave={(text) => onSaveEdit(s, text)}
        />
      ) : (
        <>
          {poll && <WhyOption poll={poll} optionIds={s.optionIds} />}
          <p class="statement-text">{s.text}</p>
          <p class="statement-meta">
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
              onClick={() => onModerate(s, 'approve')}
            >
              {t('chair.approve')}
            </button>
            <button
              type="button"
              class="btn btn--danger"
              data-testid="reject-button"
              onClick={() => onModerate(s, 'reject')}
            >
              {t('chair.reject')}
            </button>
            <button
              type="button"
              class="btn"
              data-testid="edit-button"
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
  useEffect(() => {
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
        if (e.key === 'Escape') onCancel();
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) save(e);
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
        onInput={(e) => setText(e.currentTarget.value)}
      />
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
