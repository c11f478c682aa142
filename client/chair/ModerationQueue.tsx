// What waits for the chair, of any kind that is moderated (a wall's statements, a Q&A's
// questions): the list with its heading, each item with approve, reject and edit, the selection
// (bound to the item, CHAIR-1) and the editor where Enter saves and approves (CHAIR-9).
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { Button } from '../components/Button.js';
import { t, type MessageKey } from '../lib/i18n.js';
import { charCount } from '../lib/text.js';

/** What the queue needs of an item. */
export interface Queued {
  id: string;
  text: string;
  name: string | null;
  flagged?: boolean | undefined;
}

export interface QueueProps<T extends Queued> {
  items: T[];
  /** Put in front of the test ids and of the editor's id: '' for statements, 'qa-' for questions. */
  prefix: '' | 'qa-';
  title: MessageKey;
  hint: MessageKey;
  /** The hint's id, for those that point at it. */
  hintId?: string;
  empty: MessageKey;
  selectedId: string | null;
  /** Acted on here, waiting for the server: shown, but no longer selectable. */
  inProgress: ReadonlySet<string>;
  editingId: string | null;
  /** The longest text the editor accepts. */
  maxLength: number;
  onSelect: (id: string) => void;
  onModerate: (item: T, action: 'approve' | 'reject') => void;
  onEdit: (id: string | null) => void;
  onSaveEdit: (item: T, text: string) => void;
  /** Shown above an item's text (the option a poll's "why" argues for). */
  above?: (item: T) => ComponentChildren;
  /** More buttons after approve, reject and edit (a question's merge). */
  more?: (item: T) => ComponentChildren;
}

export function ModerationQueue<T extends Queued>(props: QueueProps<T>) {
  const { items, prefix } = props;
  return (
    <>
      <h2 id="queue-heading" class="section-title">
        {t(props.title)} <span class="count-pill">{items.length}</span>
      </h2>
      <p class="hint" id={props.hintId}>
        {t(props.hint)}
      </p>
      {items.length === 0 && <p class="muted">{t(props.empty)}</p>}
      <ol class="queue" data-testid={`${prefix}queue`}>
        {items.map((item) => (
          <QueueItem key={item.id} item={item} {...props} />
        ))}
      </ol>
    </>
  );
}

function QueueItem<T extends Queued>(props: QueueProps<T> & { item: T }) {
  const { item, prefix, onModerate, onEdit } = props;
  const selected = item.id === props.selectedId;
  const busy = props.inProgress.has(item.id);
  const ref = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (selected) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [selected]);
  const buttons: [string, string, MessageKey, () => void][] = [
    ['btn btn--ok', 'approve-button', 'chair.approve', () => onModerate(item, 'approve')],
    ['btn btn--danger', 'reject-button', 'chair.reject', () => onModerate(item, 'reject')],
    ['btn', 'edit-button', 'chair.edit', () => onEdit(item.id)],
  ];
  return (
    <li
      ref={ref}
      class={`queue-item${selected ? ' is-selected' : ''}${busy ? ' is-busy' : ''}`}
      data-testid={`${prefix}queue-item`}
      data-id={item.id}
      data-busy={busy ? 'true' : undefined}
      aria-current={selected ? 'true' : undefined}
      onClick={(e) => {
        // A button inside acts on its own; the click only selects otherwise.
        if (!(e.target instanceof Element && e.target.closest('button, form')))
          props.onSelect(item.id);
      }}
    >
      {item.id === props.editingId ? (
        <Editor
          id={`${prefix}edit-${item.id}`}
          prefix={prefix}
          text={item.text}
          maxLength={props.maxLength}
          done={(text) => (text === null ? onEdit(null) : props.onSaveEdit(item, text))}
        />
      ) : (
        <>
          {props.above?.(item)}
          <p class="statement-text">{item.text}</p>
          <p class="statement-meta">
            {busy && <span class="badge">{t('chair.sending')}</span>}
            {item.name ?? t('wall.anonymous')}
            {item.flagged && (
              <span class="badge badge--warn" data-testid={`${prefix}flagged-badge`}>
                {t('chair.flagged')}
              </span>
            )}
          </p>
          <div class="actions">
            {buttons.map(([cls, testId, label, onClick]) => (
              <Button
                key={testId}
                class={cls}
                testId={`${prefix}${testId}`}
                disabled={busy}
                onClick={onClick}
              >
                {t(label)}
              </Button>
            ))}
            {props.more?.(item)}
          </div>
        </>
      )}
    </li>
  );
}

/** The text being edited, and what happens to it: `done(null)` cancels, `done(text)` saves. */
type EditorProps = Pick<QueueProps<Queued>, 'prefix' | 'maxLength'> & {
  id: string;
  text: string;
  done: (text: string | null) => void;
};

function Editor({ id, prefix, maxLength, done, ...props }: EditorProps) {
  const onCancel = () => done(null);
  const [text, setText] = useState(props.text);
  const field = useRef<HTMLTextAreaElement>(null);
  // Focus before the editor is painted: keys pressed right after E land in the field.
  useLayoutEffect(() => {
    const el = field.current;
    if (!el) return;
    el.focus();
    el.setSelectionRange(el.value.length, el.value.length);
  }, []);
  const body = text.trim();
  const ok = body.length > 0 && charCount(body) <= maxLength;
  const save = (e: Event) => {
    e.preventDefault();
    if (ok) done(body);
  };
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
        data-testid={`${prefix}edit-input`}
        rows={3}
        value={text}
        aria-invalid={ok ? 'false' : 'true'}
        aria-describedby={`${id}-keys`}
        onInput={(e) => setText(e.currentTarget.value)}
      />
      <p class="hint" id={`${id}-keys`} data-testid={`${prefix}edit-keys`}>
        {t('chair.editKeys')}
      </p>
      <div class="actions">
        <Button submit class="btn btn--ok" testId={`${prefix}save-approve-button`} disabled={!ok}>
          {t('chair.saveApprove')}
        </Button>
        <Button class="btn" testId={`${prefix}cancel-edit-button`} onClick={onCancel}>
          {t('chair.cancel')}
        </Button>
      </div>
    </form>
  );
}
