// The phone's ballot for single and multiple choice and dilemma polls.
import { useEffect, useState } from 'preact/hooks';
import type { PollActivity, PollChoice } from '../../../shared/model.js';
import { t } from '../../lib/i18n.js';
import { optionLetter } from '../../lib/poll.js';

interface Props {
  poll: PollActivity;
  /** The vote as the server has it (or as it is being sent). */
  shown: PollChoice | undefined;
  /** True while the shown vote is on its way. */
  sending: boolean;
  onVote: (choice: PollChoice) => void;
}

const same = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.includes(x));

/** Big tappable options (with their drawback for a dilemma), then one clear send button. */
export function ChoiceBallot({ poll, shown, sending, onVote }: Props) {
  const { options, maxPicks, pollKind } = poll.config;
  const multiple = pollKind === 'multiple';
  const max = multiple ? Math.min(maxPicks, options.length) : 1;
  const voted = shown?.optionIds ?? [];
  const [picked, setPicked] = useState<string[]>(voted);
  const [nothing, setNothing] = useState(false);
  // A vote from another of this person's devices, or a new round, resets the ballot.
  useEffect(() => setPicked(voted), [voted.join('|'), poll.round]);

  const toggle = (id: string) => {
    setNothing(false);
    if (!multiple) return setPicked([id]);
    if (picked.includes(id)) setPicked(picked.filter((x) => x !== id));
    else if (picked.length < max) setPicked([...picked, id]);
  };
  const changed = !same(picked, voted);

  return (
    <form
      class="ballot"
      onSubmit={(e) => {
        e.preventDefault();
        // A button that does nothing looks broken: say what is missing instead.
        if (picked.length === 0) setNothing(true);
        else if (changed) onVote({ optionIds: picked });
      }}
    >
      <fieldset class="ballot__options">
        <legend class="ballot__hint">
          {multiple ? t('poll.pickMax', { n: max }) : t('poll.pickOne')}
        </legend>
        {options.map((o, i) => {
          const checked = picked.includes(o.id);
          return (
            <label
              key={o.id}
              class={checked ? 'ballot-option is-checked' : 'ballot-option'}
              data-testid="ballot-option"
              data-id={o.id}
            >
              <input
                type={multiple ? 'checkbox' : 'radio'}
                name={`poll-${poll.id}`}
                value={o.id}
                checked={checked}
                disabled={multiple && !checked && picked.length >= max}
                onChange={() => toggle(o.id)}
              />
              <span class="ballot-option__body">
                <span class="ballot-option__label">
                  <span class="ballot-option__letter" aria-hidden="true">
                    {optionLetter(i)}
                  </span>
                  {o.label}
                </span>
                {o.drawback && (
                  <span class="ballot-option__drawback">
                    <strong>{t('poll.drawback')}</strong> {o.drawback}
                  </span>
                )}
                {!sending && voted.includes(o.id) && (
                  <span class="ballot-option__mine" data-testid="your-vote">
                    ✓ {t('poll.yourVote')}
                  </span>
                )}
              </span>
            </label>
          );
        })}
        {multiple && (
          <p class="ballot__count" aria-live="polite">
            {t('poll.picked', { n: picked.length, max })}
          </p>
        )}
      </fieldset>
      {nothing && (
        <p class="field-error" role="alert">
          {t('poll.pickFirst')}
        </p>
      )}
      {(changed || voted.length === 0) && (
        <button type="submit" class="btn btn--primary btn--big" data-testid="vote-button">
          {voted.length > 0 ? t('poll.change') : t('poll.send')}
        </button>
      )}
    </form>
  );
}
