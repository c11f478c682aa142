// The option(s) a why argues for, by letter and label (POLL-13).
import type { PollActivity } from '../../shared/model.js';
import { t } from '../lib/i18n.js';
import { optionLetter } from '../lib/poll.js';

/** The option(s) a why argues for, by letter and label, as the bars name them (POLL-13). */
export function WhyOption({
  poll,
  optionIds,
  short = false,
}: {
  poll: PollActivity;
  optionIds: readonly string[] | undefined;
  /** Only the letter (under its own bar, where the label is already on screen). */
  short?: boolean;
}) {
  const options = poll.config.options;
  const picked = (optionIds ?? [])
    .map((id) => options.findIndex((o) => o.id === id))
    .filter((i) => i >= 0);
  if (picked.length === 0) return null;
  return (
    <p class="why-option" data-testid="why-option" data-options={picked.join(',')}>
      <span class="sr-only">{t('poll.why.for')} </span>
      {picked.map((i) => (
        <span key={i} class="why-option__item">
          <span class="why-option__letter">{optionLetter(i)}</span>
          {!short && <span class="why-option__label">{options[i]!.label}</span>}
        </span>
      ))}
    </p>
  );
}
