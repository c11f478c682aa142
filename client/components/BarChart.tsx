// A choice poll's results as bars, with the previous round's ghost and the shift.
import type { PollActivity, PollResultsView } from '../../shared/model.js';
import { t } from '../lib/i18n.js';
import { barRows, figureText, optionLetter, shiftText } from '../lib/poll.js';

interface Props {
  poll: PollActivity;
  results: PollResultsView | undefined;
}

/** One bar per option; after a second round, a ghost of the previous bar and the shift. */
export function BarChart({ poll, results }: Props) {
  const rows = barRows(poll, results);
  return (
    <ol class="bars" data-testid="poll-bars">
      {rows.map((r, i) => (
        <li
          key={r.id}
          class="bar"
          data-testid="poll-bar"
          data-id={r.id}
          data-count={r.now.count}
          data-percent={Math.round(r.now.percent)}
        >
          <p class="bar__label">
            <span class="bar__letter" aria-hidden="true">
              {optionLetter(i)}
            </span>
            <span>{r.label}</span>
          </p>
          {r.drawback && (
            <p class="bar__drawback">
              {t('poll.drawback')} {r.drawback}
            </p>
          )}
          <div class="bar__line">
            <div class="bar__track" aria-hidden="true">
              {r.before && <div class="bar__before" style={{ width: `${r.before.percent}%` }} />}
              <div class="bar__fill" style={{ width: `${r.now.percent}%` }} />
            </div>
            <p class="bar__value" data-testid="poll-bar-value">
              {r.before ? shiftText(poll, r.before, r.now) : figureText(poll, r.now)}
            </p>
          </div>
        </li>
      ))}
    </ol>
  );
}
