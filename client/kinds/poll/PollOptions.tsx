// The chair's editor of a poll's options (and a dilemma's drawbacks).
import { nanoid } from 'nanoid';
import { useEffect, useRef } from 'preact/hooks';
import { LIMITS } from '../../../shared/limits.js';
import type { PollOption } from '../../../shared/model.js';
import { t } from '../../lib/i18n.js';

interface Props {
  options: PollOption[];
  /** A dilemma asks for the drawback of each option. */
  drawbacks: boolean;
  /** After the poll opened, options can be reworded but not added or removed. */
  fixed: boolean;
  onChange: (options: PollOption[]) => void;
}

export function PollOptions({ options, drawbacks, fixed, onChange }: Props) {
  // "Keuze toevoegen" puts the cursor in the new option, so the chair can type at once.
  const list = useRef<HTMLOListElement>(null);
  const added = useRef(false);
  useEffect(() => {
    if (!added.current) return;
    added.current = false;
    const inputs = list.current?.querySelectorAll<HTMLInputElement>('[data-testid="option-input"]');
    inputs?.[inputs.length - 1]?.focus();
  }, [options.length]);
  const set = (i: number, patch: Partial<PollOption>) =>
    onChange(options.map((o, j) => (j === i ? { ...o, ...patch } : o)));
  return (
    <fieldset class="poll-options">
      <legend>{t('chair.poll.options')}</legend>
      <ol class="poll-options__list" ref={list}>
        {options.map((o, i) => (
          <li key={o.id} class="poll-options__item" data-testid="option-row">
            <label for={`opt-${o.id}`}>{t('chair.poll.option', { n: i + 1 })}</label>
            <div class="poll-options__line">
              <input
                id={`opt-${o.id}`}
                type="text"
                data-testid="option-input"
                value={o.label}
                placeholder={t('poll.option.default', { n: i + 1 })}
                maxLength={LIMITS.optionLabelLength}
                aria-invalid={o.label.trim() ? 'false' : 'true'}
                onInput={(e) => set(i, { label: e.currentTarget.value })}
              />
              <button
                type="button"
                class="btn btn--small btn--danger"
                aria-label={t('chair.poll.removeOption', { n: i + 1 })}
                disabled={fixed || options.length <= 2}
                onClick={() => onChange(options.filter((_, j) => j !== i))}
              >
                ×
              </button>
            </div>
            {drawbacks && (
              <>
                <label for={`drawback-${o.id}`}>{t('chair.poll.drawback', { n: i + 1 })}</label>
                <input
                  id={`drawback-${o.id}`}
                  type="text"
                  data-testid="drawback-input"
                  value={o.drawback ?? ''}
                  maxLength={LIMITS.drawbackLength}
                  onInput={(e) => set(i, { drawback: e.currentTarget.value })}
                />
              </>
            )}
          </li>
        ))}
      </ol>
      <button
        type="button"
        class="btn"
        data-testid="add-option-button"
        disabled={fixed || options.length >= LIMITS.optionsPerPoll}
        onClick={() => {
          added.current = true;
          onChange([...options, { id: nanoid(8), label: '' }]);
        }}
      >
        {t('chair.poll.addOption')}
      </button>
    </fieldset>
  );
}
