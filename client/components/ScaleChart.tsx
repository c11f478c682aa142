// A scale poll's results as columns per value, with the mean and its shift.
import type { PollActivity, PollResultsView } from '../../shared/model.js';
import { t } from '../lib/i18n.js';
import { formatNumber, formatPercent, lastRounds, percentOf } from '../lib/poll.js';

interface Props {
  poll: PollActivity;
  results: PollResultsView | undefined;
}

/** The distribution over the scale's values as columns, with the mean (and its shift). */
export function ScaleChart({ poll, results }: Props) {
  const { min, max, minLabel, maxLabel } = poll.config.scale;
  const { now, before } = lastRounds(results);
  const counts = now?.scale?.counts ?? [];
  const voters = now?.voters ?? 0;
  const highest = Math.max(1, ...counts);
  const { showPercentages, showCounts } = poll.config;
  const mean = now?.scale?.mean ?? null;
  const meanBefore = before?.scale?.mean ?? null;
  const values = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  return (
    <div class="scale-chart" data-testid="poll-scale">
      <ol class="scale-chart__cols">
        {values.map((value, i) => {
          const count = counts[i] ?? 0;
          const label = showPercentages
            ? formatPercent(percentOf(count, voters))
            : showCounts
              ? String(count)
              : '';
          return (
            <li key={value} class="scale-col" data-count={count}>
              <span class="scale-col__figure">{label}</span>
              <span class="scale-col__track" aria-hidden="true">
                <span class="scale-col__bar" style={{ height: `${(count / highest) * 100}%` }} />
              </span>
              <span class="scale-col__value">{value}</span>
            </li>
          );
        })}
      </ol>
      <p class="scale-chart__ends">
        <span>{minLabel}</span>
        <span>{maxLabel}</span>
      </p>
      {mean !== null && (
        <p class="scale-chart__mean" data-testid="poll-mean">
          {t('poll.mean', {
            mean:
              meanBefore !== null
                ? `${formatNumber(meanBefore)} → ${formatNumber(mean)}`
                : formatNumber(mean),
          })}
        </p>
      )}
    </div>
  );
}
