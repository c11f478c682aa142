// The phone's form to ask a question in a Q&A, with the optional name.
import { NameField, useRememberedName } from '../../participant/NameField.js';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { QaActivity } from '../../../shared/model.js';
import { t, type MessageKey } from '../../lib/i18n.js';
import type { Outbox } from '../../lib/outbox.js';
import { useSentNote } from '../../participant/sent.js';
import { readString, writeString } from '../../lib/storage.js';
import { charCount } from '../../lib/text.js';

/** The same key as the wall's composer: a name typed once is offered everywhere. */

interface Problem {
  key: MessageKey;
  params?: Record<string, number>;
}

/** Ask a question in one Q&A. The draft is kept per Q&A, so switching pitches loses nothing. */
export function QaComposer({
  qa,
  outbox,
  draftKey,
}: {
  qa: QaActivity;
  outbox: Outbox;
  draftKey: string;
}) {
  const { maxLength, speaker } = qa.config;
  const [text, setText] = useState(() => readString(draftKey) ?? '');
  const [name, setName] = useRememberedName();
  const [problem, setProblem] = useState<Problem | null>(null);
  const sent = useSentNote(outbox);
  const field = useRef<HTMLTextAreaElement>(null);
  const over = charCount(text.trim()) - maxLength;

  const updateText = (value: string) => {
    setText(value);
    writeString(draftKey, value.length > 0 ? value : null);
    setProblem(null);
    sent.reset();
  };

  // A refused question comes back into the field, unless something new is being typed.
  useEffect(
    () =>
      outbox.onSettled((s) => {
        if (s.kind !== 'error' || s.cmd.type !== 'question.ask' || s.cmd.activityId !== qa.id)
          return;
        const refused = s.cmd.text;
        setText((current) => {
          if (current.trim().length > 0) return current;
          writeString(draftKey, refused);
          return refused;
        });
      }),
    [outbox, draftKey, qa.id],
  );

  const submit = (e: Event) => {
    e.preventDefault();
    const body = text.trim();
    const problem: Problem | null =
      body.length === 0
        ? { key: 'wall.empty' }
        : over > 0
          ? { key: 'wall.tooLong', params: { n: over } }
          : null;
    if (problem) {
      setProblem(problem);
      field.current?.focus();
      return;
    }
    const trimmedName = name.trim();
    const id = outbox.push({
      type: 'question.ask',
      activityId: qa.id,
      text: body,
      name: trimmedName.length > 0 ? trimmedName : null,
    });
    updateText('');
    sent.track(id);
  };

  if (!qa.config.open) {
    return (
      <p class="closed" data-testid="qa-closed">
        {t('qa.closed')}
      </p>
    );
  }
  const label = speaker ? t('qa.askTo', { speaker }) : t('qa.ask');
  const describedBy = ['qa-count', problem ? 'qa-problem' : ''].filter(Boolean).join(' ');
  return (
    <form class="composer qa-composer" onSubmit={submit} noValidate>
      <label class="qa-composer__label" for="question-input">
        {label}
      </label>
      <textarea
        ref={field}
        id="question-input"
        class="composer__text"
        data-testid="question-input"
        rows={3}
        value={text}
        placeholder={t('qa.placeholder')}
        onInput={(e) => updateText(e.currentTarget.value)}
        aria-invalid={problem || over > 0 ? 'true' : 'false'}
        aria-describedby={describedBy}
      />
      <p id="qa-count" class={over > 0 ? 'count count--over' : 'count'}>
        {over > 0
          ? t('wall.tooLong', { n: over })
          : t('wall.charsLeft', { n: maxLength - charCount(text.trim()) })}
      </p>
      {problem && (
        <p id="qa-problem" class="field-error" role="alert" data-testid="question-error">
          {t(problem.key, problem.params)}
        </p>
      )}
      <NameField id="qa-name-input" testId="question-name-input" value={name} onChange={setName} />
      <button type="submit" class="btn btn--primary btn--big" data-testid="ask-button">
        {t('qa.send')}
      </button>
      <p class="sent-note" role="status">
        {sent.note ? t(sent.note) : ''}
      </p>
    </form>
  );
}
