// A poll's results in the chart that suits its kind, on the phone, the chair and the beamer.
import type { PollActivity, PollResultsView } from '../../shared/model.js';
import { t } from '../lib/i18n.js';
import { lastRounds, votesLabel } from '../lib/poll.js';
import { BarChart } from './BarChart.js';
import { ScaleChart } from './ScaleChart.js';
import { WordCloud } from './WordCloud.js';

interface Props {
  poll: PollActivity;
  results: PollResultsView | undefined;
  cloudLimit?: number;
}

/** The results of a poll's latest round, in the chart that suits its kind. */
export function PollResults({ poll, results, cloudLimit }: Props) {
  const { now, before } = lastRounds(results);
  const voters = now?.voters ?? 0;
  const kind = poll.config.pollKind;
  return (
    <div class={`poll-results poll-results--${kind}`} data-testid="poll-results">
      {before && now && kind !== 'cloud' && (
        <p class="poll-results__rounds" data-testid="poll-rounds">
          <span class="legend legend--before" aria-hidden="true" />
          {t('poll.round', { n: before.round })}
          <span class="legend legend--now" aria-hidden="true" />
          {t('poll.round', { n: now.round })}
        </p>
      )}
      {kind === 'scale' ? (
        <ScaleChart poll={poll} results={results} />
      ) : kind === 'cloud' ? (
        <WordCloud poll={poll} results={results} limit={cloudLimit} />
      ) : (
        <BarChart poll={poll} results={results} />
      )}
      <p class="poll-results__total" data-testid="poll-total" data-voters={voters}>
        {voters === 0
          ? t('projector.poll.noVotes')
          : poll.config.showCounts
            ? votesLabel(voters)
            : ''}
      </p>
    </div>
  );
}
