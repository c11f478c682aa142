// A word cloud poll's results: words sized by how many people sent them.
import type { PollActivity, PollResultsView } from '../../shared/model.js';
import { formatNumber, lastRounds } from '../lib/poll.js';

interface Props {
  poll: PollActivity;
  results: PollResultsView | undefined;
  /** At most this many words; a beamer only has room for so many. */
  limit?: number;
}

/** Words sized by how many people sent them, the biggest in the middle. */
export function WordCloud({ poll, results, limit = 60 }: Props) {
  const words = (lastRounds(results).now?.words ?? []).slice(0, limit);
  const top = words[0]?.count ?? 1;
  // Most frequent first in the data; alternate sides so the largest words meet in the middle.
  const placed: typeof words = [];
  words.forEach((w, i) => (i % 2 === 0 ? placed.push(w) : placed.unshift(w)));
  return (
    <ul class="cloud" data-testid="poll-cloud">
      {placed.map((w, i) => (
        <li
          key={w.word}
          class={`cloud__word cloud__word--${i % 3}`}
          data-testid="cloud-word"
          data-count={w.count}
          // Area grows with the count, so the size goes with its square root.
          style={{ fontSize: `${1 + 2.6 * Math.sqrt(w.count / top)}em` }}
        >
          {w.word}
          {poll.config.showCounts && <span class="cloud__count"> {formatNumber(w.count, 0)}</span>}
        </li>
      ))}
    </ul>
  );
}
