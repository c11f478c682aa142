// The chair's list of a cloud's words, to weed: a removed word leaves every screen.
import type { PollActivity, PollResultsView } from '../../../shared/model.js';
import { t } from '../../lib/i18n.js';
import type { Outbox } from '../../lib/outbox.js';
import { formatNumber, lastRounds } from '../../lib/poll.js';

interface Props {
  poll: PollActivity;
  results: PollResultsView | undefined;
  outbox: Outbox;
}

/** The cloud's words as a list the chair can weed: a removed word leaves every screen. */
export function CloudWords({ poll, results, outbox }: Props) {
  const words = lastRounds(results).now?.words ?? [];
  const removed = results?.removedWords ?? [];
  const send = (word: string, undo: boolean) =>
    outbox.push({ type: 'cloud.remove', pollId: poll.id, word, ...(undo ? { undo } : {}) });
  return (
    <>
      <ul class="cloud-words" data-testid="cloud-words">
        {words.map((w) => (
          <li key={w.word} class="cloud-words__item">
            <span class="cloud-words__word">{w.word}</span>
            <span class="count-pill">{formatNumber(w.count, 0)}</span>
            <button
              type="button"
              class="btn btn--small btn--danger"
              data-testid="cloud-remove"
              aria-label={t('chair.cloud.removeWord', { word: w.word })}
              onClick={() => send(w.word, false)}
            >
              {t('chair.cloud.remove')}
            </button>
          </li>
        ))}
      </ul>
      {removed.length > 0 && (
        <>
          <h4 class="section-title section-title--small">{t('chair.cloud.removed')}</h4>
          <ul class="cloud-words">
            {removed.map((word) => (
              <li key={word} class="cloud-words__item is-removed">
                <span class="cloud-words__word">{word}</span>
                <button type="button" class="btn btn--small" onClick={() => send(word, true)}>
                  {t('chair.cloud.restore')}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
