// The phone's ballot for a word cloud: up to three words, each send the whole list.
import { useState } from 'preact/hooks';
import { LIMITS } from '../../../shared/limits.js';
import type { PollActivity, PollChoice } from '../../../shared/model.js';
import { normalizeWord } from '../../../shared/words.js';
import { t, type MessageKey } from '../../lib/i18n.js';
import { charCount } from '../../lib/text.js';

interface Props {
  poll: PollActivity;
  shown: PollChoice | undefined;
  sending: boolean;
  onVote: (choice: PollChoice) => void;
}

/** One word at a time, up to three; each send carries the whole list, so it replaces the last. */
export function CloudBallot({ poll, shown, onVote }: Props) {
  const words = shown?.words ?? [];
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<MessageKey | null>(null);
  const max = LIMITS.cloudWords;

  const send = (e: Event) => {
    e.preventDefault();
    const word = normalizeWord(text);
    if (word.length === 0) return setProblem('poll.cloud.empty');
    if (charCount(word) > LIMITS.cloudWordLength) return setProblem('poll.cloud.tooLong');
    if (words.includes(word)) return setProblem('poll.cloud.double');
    onVote({ words: [...words, word] });
    setText('');
    setProblem(null);
  };

  return (
    <div class="ballot">
      {words.length > 0 && (
        <section aria-labelledby={`words-${poll.id}`}>
          <h2 id={`words-${poll.id}`} class="section-title section-title--small">
            {t('poll.cloud.yours')}
          </h2>
          <ul class="my-words" data-testid="my-words">
            {words.map((w) => (
              <li key={w} class="my-words__item">
                <span>{w}</span>
                {words.length > 1 && (
                  <button
                    type="button"
                    class="btn btn--small"
                    aria-label={t('poll.cloud.remove', { word: w })}
                    onClick={() => onVote({ words: words.filter((x) => x !== w) })}
                  >
                    ×
                  </button>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {words.length >= max ? (
        <p class="vote-status vote-status--sent">{t('poll.cloud.full', { max })}</p>
      ) : (
        <form onSubmit={send} noValidate>
          <label for={`word-${poll.id}`}>{t('poll.cloud.label')}</label>
          <p class="hint" id={`word-hint-${poll.id}`}>
            {t('poll.cloud.hint', { max })}
          </p>
          <input
            id={`word-${poll.id}`}
            type="text"
            class="ballot__word"
            data-testid="cloud-input"
            value={text}
            autoComplete="off"
            enterKeyHint="send"
            aria-invalid={problem ? 'true' : 'false'}
            aria-describedby={`word-hint-${poll.id}${problem ? ` word-problem-${poll.id}` : ''}`}
            onInput={(e) => {
              setText(e.currentTarget.value);
              if (problem) setProblem(null);
            }}
          />
          {problem && (
            <p id={`word-problem-${poll.id}`} class="field-error" role="alert">
              {t(problem, { n: LIMITS.cloudWordLength })}
            </p>
          )}
          <button type="submit" class="btn btn--primary btn--big" data-testid="vote-button">
            {t('poll.cloud.send')}
          </button>
        </form>
      )}
    </div>
  );
}
