// The chair's warning of a burst of fresh identities, and the sensitive-poll switch (AUTH-9).
import type { PollActivity, PollResultsView } from '../../../shared/model.js';
import { t } from '../../lib/i18n.js';
import './integrity.css';
import type { Outbox } from '../../lib/outbox.js';

/** How old an identity must be in a sensitive poll: longer than a script waits, short for a hall. */
const SENSITIVE_AGE_S = 60;

interface Props {
  poll: PollActivity;
  results: PollResultsView | undefined;
  outbox: Outbox;
}

/**
 * Whether the poll's votes can be trusted to be people (AUTH-9): a warning when a burst of
 * brand-new identities voted, and the choice to count only identities that were there a while.
 */
export function PollIntegrity({ poll, results, outbox }: Props) {
  const age = poll.config.minIdentityAgeS ?? 0;
  const setAge = (minIdentityAgeS: number) =>
    outbox.push({ type: 'activity.update', activityId: poll.id, config: { minIdentityAgeS } });
  return (
    <div class="poll-panel__integrity">
      {results?.burst !== undefined && (
        <p class="poll-integrity__burst" role="status" data-testid="poll-burst">
          {t('chair.poll.burst', { n: results.burst })}
        </p>
      )}
      <label class="choice">
        <input
          type="checkbox"
          data-testid="poll-sensitive"
          checked={age > 0}
          onChange={(e) => setAge(e.currentTarget.checked ? SENSITIVE_AGE_S : 0)}
        />
        {t('chair.poll.sensitive', { s: age > 0 ? age : SENSITIVE_AGE_S })}
      </label>
      {age > 0 && (results?.tooYoung ?? 0) > 0 && (
        <p class="hint" data-testid="poll-too-young">
          {t('chair.poll.tooYoung', { n: results?.tooYoung ?? 0 })}
        </p>
      )}
    </div>
  );
}
