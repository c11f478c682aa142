// The phone's ballot for a scale poll: a row of numbers with the ends spelled out.
import { useEffect, useState } from 'preact/hooks';
import type { PollActivity, PollChoice } from '../../../shared/model.js';
import { t } from '../../lib/i18n.js';

interface Props {
  poll: PollActivity;
  shown: PollChoice | undefined;
  sending: boolean;
  onVote: (choice: PollChoice) => void;
}

/** A row of numbers; what the ends mean is spelled out above them, not only at the edges. */
export function ScaleBallot({ poll, shown, onVote }: Props) {
  const { min, max, minLabel, maxLabel } = poll.config.scale;
  const [value, setValue] = useState<number | undefined>(shown?.value);
  const [nothing, setNothing] = useState(false);
  useEffect(() => setValue(shown?.value), [shown?.value, poll.round]);
  const values = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  const changed = value !== shown?.value;
  return (
    <form
      class="ballot"
      onSubmit={(e) => {
        e.preventDefault();
        if (value === undefined) setNothing(true);
        else if (changed) onVote({ value });
      }}
    >
      <fieldset class="ballot__options">
        <legend class="ballot__hint">{t('poll.scaleHint', { min, max })}</legend>
        <ul class="scale-legend">
          {minLabel && (
            <li>
              <strong>{min}</strong> = {minLabel}
            </li>
          )}
          {maxLabel && (
            <li>
              <strong>{max}</strong> = {maxLabel}
            </li>
          )}
        </ul>
        <div class="scale-ballot">
          {values.map((v) => (
            <label
              key={v}
              class={v === value ? 'scale-ballot__value is-checked' : 'scale-ballot__value'}
              data-testid="scale-value"
            >
              <input
                type="radio"
                name={`poll-${poll.id}`}
                value={v}
                checked={v === value}
                onChange={() => {
                  setValue(v);
                  setNothing(false);
                }}
              />
              <span>{v}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {nothing && (
        <p class="field-error" role="alert">
          {t('poll.pickFirst')}
        </p>
      )}
      {(changed || shown?.value === undefined) && (
        <button type="submit" class="btn btn--primary btn--big" data-testid="vote-button">
          {shown?.value !== undefined ? t('poll.change') : t('poll.send')}
        </button>
      )}
    </form>
  );
}
