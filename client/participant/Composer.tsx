// The phone's form to post a statement on a wall or into a round's step.
import { NameField, useRememberedName } from './NameField.js';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { RoundActivity, WallActivity } from '../../shared/model.js';
import { t, type MessageKey } from '../lib/i18n.js';
import type { Outbox } from '../lib/outbox.js';
import { useSentNote } from './sent.js';
import { readString, writeString } from '../lib/storage.js';
import { charCount } from '../lib/text.js';

interface Props {
  /** A wall, or a dilemma round (which posts into its current step). */
  activity: WallActivity | RoundActivity;
  outbox: Outbox;
  /** Where the unsent text lives, so a dropped connection or a reload never loses it. */
  draftKey: string;
}

interface Problem {
  key: MessageKey;
  params?: Record<string, number>;
}

export function Composer({ activity, outbox, draftKey }: Props) {
  const round = activity.kind === 'round' ? activity.config : null;
  const { maxLength, open } = activity.config;
  const prompt = round
    ? (round.phases[round.phase]?.prompt ?? '')
    : (activity as WallActivity).config.prompt;
  const [text, setText] = useState(() => readString(draftKey) ?? '');
  const [name, setName] = useRememberedName();
  const [problem, setProblem] = useState<Problem | null>(null);
  const sent = useSentNote(outbox);
  const field = useRef<HTMLTextAreaElement>(null);

  const count = charCount(text.trim());
  const over = count - maxLength;

  const updateText = (value: string) => {
    setText(value);
    writeString(draftKey, value.length > 0 ? value : null);
    if (problem) setProblem(null);
    if (sent.note) sent.reset();
  };

  // A refused statement comes back into the field rather than vanishing, unless the person
  // has started typing something new.
  useEffect(
    () =>
      outbox.onSettled((s) => {
        if (s.kind !== 'error' || s.cmd.type !== 'statement.submit') return;
        const refused = s.cmd.text;
        setText((current) => {
          if (current.trim().length > 0) return current;
          writeString(draftKey, refused);
          return refused;
        });
      }),
    [outbox, draftKey],
  );

  const submit = (e: Event) => {
    e.preventDefault();
    const body = text.trim();
    if (body.length === 0) {
      setProblem({ key: 'wall.empty' });
      field.current?.focus();
      return;
    }
    if (over > 0) {
      setProblem({ key: 'wall.tooLong', params: { n: over } });
      field.current?.focus();
      return;
    }
    const trimmedName = name.trim();
    const id = outbox.push({
      type: 'statement.submit',
      activityId: activity.id,
      text: body,
      name: trimmedName.length > 0 ? trimmedName : null,
      ...(round ? { phase: round.phase } : {}),
    });
    setText('');
    writeString(draftKey, null);
    setProblem(null);
    sent.track(id);
  };

  const title =
    prompt.trim().length > 0
      ? prompt
      : round
        ? (round.phases[round.phase]?.title ?? '')
        : t('wall.prompt.default');
  if (!open) {
    return (
      <section class="composer" aria-labelledby="prompt">
        <h1 id="prompt" class="prompt">
          {title}
        </h1>
        <p class="closed" data-testid="composer-closed">
          {t(round ? 'round.closed' : 'wall.closed')}
        </p>
      </section>
    );
  }

  const describedBy = ['char-count', problem ? 'composer-problem' : ''].filter(Boolean).join(' ');
  return (
    <section class="composer" aria-labelledby="prompt">
      <form onSubmit={submit} noValidate>
        <h1 id="prompt" class="prompt">
          <label for="statement-input">{title}</label>
        </h1>
        <textarea
          ref={field}
          id="statement-input"
          class="composer__text"
          data-testid="statement-input"
          rows={4}
          value={text}
          placeholder={t(round ? 'round.placeholder' : 'wall.placeholder')}
          onInput={(e) => updateText(e.currentTarget.value)}
          aria-invalid={problem || over > 0 ? 'true' : 'false'}
          aria-describedby={describedBy}
        />
        <p id="char-count" class={over > 0 ? 'count count--over' : 'count'}>
          {over > 0
            ? t('wall.tooLong', { n: over })
            : t('wall.charsLeft', { n: maxLength - count })}
        </p>
        {problem && (
          <p id="composer-problem" class="field-error" role="alert" data-testid="composer-error">
            {t(problem.key, problem.params)}
          </p>
        )}
        <NameField id="name-input" testId="name-input" value={name} onChange={setName} />
        <button type="submit" class="btn btn--primary btn--big" data-testid="send-button">
          {t('wall.send')}
        </button>
        <p class="sent-note" role="status" data-testid="sent-note">
          {sent.note ? t(sent.note) : ''}
        </p>
      </form>
    </section>
  );
}
