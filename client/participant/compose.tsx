// What every phone form that posts a text shares (a statement on a wall or in a round, a question
// in a Q&A): the draft kept on the phone, the character count, the problem said before sending,
// the remembered name, a refused post put back into the field, and "Verstuurd" after the ack.
import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CommandMessage } from '../../shared/protocol.js';
import { t, type MessageKey } from '../lib/i18n.js';
import type { Outbox } from '../lib/outbox.js';
import { readString, writeString } from '../lib/storage.js';
import { charCount } from '../lib/text.js';
import { NameField, useRememberedName } from './NameField.js';
import { useSentNote } from './sent.js';

interface Problem {
  key: MessageKey;
  params?: Record<string, number>;
}

interface ComposeOptions {
  outbox: Outbox;
  /** Where the unsent text lives, so a dropped connection or a reload never loses it. */
  draftKey: string;
  maxLength: number;
  /** The text of a refused command that was this form's post, else null. */
  refused: (cmd: CommandMessage) => string | null;
  /** Sends the checked text with the name (null when none): the command's id. */
  send: (text: string, name: string | null) => string;
  /** What the hook's effect follows besides the outbox and the draft key. */
  deps?: unknown[];
}

export type Compose = ReturnType<typeof useCompose>;

export function useCompose({
  outbox,
  draftKey,
  maxLength,
  refused,
  send,
  deps = [],
}: ComposeOptions) {
  const [text, setText] = useState(() => readString(draftKey) ?? '');
  const [name, setName] = useRememberedName();
  const [problem, setProblem] = useState<Problem | null>(null);
  const sent = useSentNote(outbox);
  const field = useRef<HTMLTextAreaElement>(null);
  const count = charCount(text.trim());
  const over = count - maxLength;

  const update = (value: string) => {
    setText(value);
    writeString(draftKey, value.length > 0 ? value : null);
    setProblem(null);
    sent.reset();
  };

  // A refused post comes back into the field rather than vanishing, unless the person has
  // started typing something new.
  useEffect(
    () =>
      outbox.onSettled((s) => {
        const back = s.kind === 'error' ? refused(s.cmd) : null;
        if (back === null) return;
        setText((current) => {
          if (current.trim().length > 0) return current;
          writeString(draftKey, back);
          return back;
        });
      }),
    [outbox, draftKey, ...deps],
  );

  const submit = (e: Event) => {
    e.preventDefault();
    const body = text.trim();
    const found: Problem | null =
      body.length === 0
        ? { key: 'wall.empty' }
        : over > 0
          ? { key: 'wall.tooLong', params: { n: over } }
          : null;
    if (found) {
      setProblem(found);
      field.current?.focus();
      return;
    }
    const trimmedName = name.trim();
    const id = send(body, trimmedName.length > 0 ? trimmedName : null);
    update('');
    sent.track(id);
  };

  return { text, name, setName, problem, sent, field, count, over, maxLength, update, submit };
}

interface FieldsProps {
  c: Compose;
  /** The ids of the textarea, its count, its problem and the name field. */
  ids: [input: string, count: string, problem: string, name: string];
  /** The test ids of the textarea, the problem, the name, the button and the sent note. */
  testIds: [input: string, problem: string, name: string, send: string, sent?: string];
  rows: number;
  placeholder: string;
  sendLabel: MessageKey;
}

/** The text, its count and problem, the name, the send button and the sent note. */
export function ComposerFields({ c, ids, testIds, rows, placeholder, sendLabel }: FieldsProps) {
  const [inputId, countId, problemId, nameId] = ids;
  const [inputTest, problemTest, nameTest, sendTest, sentTest] = testIds;
  const describedBy = [countId, c.problem ? problemId : ''].filter(Boolean).join(' ');
  return (
    <>
      <textarea
        ref={c.field as RefObject<HTMLTextAreaElement>}
        id={inputId}
        class="composer__text"
        data-testid={inputTest}
        rows={rows}
        value={c.text}
        placeholder={placeholder}
        onInput={(e) => c.update(e.currentTarget.value)}
        aria-invalid={c.problem || c.over > 0 ? 'true' : 'false'}
        aria-describedby={describedBy}
      />
      <p id={countId} class={c.over > 0 ? 'count count--over' : 'count'}>
        {c.over > 0
          ? t('wall.tooLong', { n: c.over })
          : t('wall.charsLeft', { n: c.maxLength - c.count })}
      </p>
      {c.problem && (
        <p id={problemId} class="field-error" role="alert" data-testid={problemTest}>
          {t(c.problem.key, c.problem.params)}
        </p>
      )}
      <NameField id={nameId} testId={nameTest} value={c.name} onChange={c.setName} />
      <button type="submit" class="btn btn--primary btn--big" data-testid={sendTest}>
        {t(sendLabel)}
      </button>
      <p class="sent-note" role="status" data-testid={sentTest}>
        {c.sent.note ? t(c.sent.note) : ''}
      </p>
    </>
  );
}
