// The settings forms' common parts: the draft that follows the server's state, the update it
// sends, the save row and the moderation choice (walls, polls, Q&As, rounds).
import { useEffect, useState } from 'preact/hooks';
import type { Moderation } from '../../shared/model.js';
import type { ActivityUpdate } from '../../shared/protocol.js';
import { t, type MessageKey } from '../lib/i18n.js';
import type { Outbox } from '../lib/outbox.js';

export interface SettingsDraft<D> {
  /** What the server has, as the form shows it. */
  base: D;
  /** What the form shows now. */
  draft: D;
  dirty: boolean;
  /** True after a save until the next edit. */
  saved: boolean;
  change: (patch: Partial<D>) => void;
  markSaved: () => void;
}

/**
 * The form state of an activity's settings. When someone else (or our own save) changes the
 * activity, the form follows it, unless the chair is in the middle of an edit.
 */
export function useSettingsDraft<A, D>(
  activity: A,
  draftOf: (a: A) => D,
  same: (a: D, b: D) => boolean,
): SettingsDraft<D> {
  const [base, setBase] = useState(() => draftOf(activity));
  const [draft, setDraft] = useState(base);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    const fresh = draftOf(activity);
    if (same(fresh, base)) return;
    if (same(draft, base) || same(draft, fresh)) setDraft(fresh);
    setBase(fresh);
  }, [activity]);
  return {
    base,
    draft,
    dirty: !same(draft, base),
    saved,
    change: (patch) => {
      setDraft({ ...draft, ...patch });
      setSaved(false);
    },
    markSaved: () => setSaved(true),
  };
}

/** Two drafts with the same value in every field (compared with ===). */
export function sameFields<D extends object>(a: D, b: D): boolean {
  return (Object.keys(a) as (keyof D)[]).every((k) => a[k] === b[k]);
}

/** An activity's changed title (when not empty) and config, as one activity.update. */
export function pushUpdate(
  outbox: Outbox,
  activityId: string,
  title: string | null,
  config: NonNullable<ActivityUpdate['config']>,
): void {
  outbox.push({
    type: 'activity.update',
    activityId,
    ...(title ? { title } : {}),
    ...(Object.keys(config).length > 0 ? { config } : {}),
  });
}

interface SaveRowProps {
  form: SettingsDraft<unknown>;
  blocked: boolean;
  testId?: string;
  label?: MessageKey;
}

/** The save button of a settings form, with a quiet "saved" after it. */
export function SaveRow({ form, blocked, testId, label }: SaveRowProps) {
  return (
    <div class="settings__save">
      <button
        type="submit"
        class="btn btn--primary"
        data-testid={testId ?? 'save-settings-button'}
        disabled={!form.dirty || blocked}
      >
        {t(label ?? 'chair.save')}
      </button>
      <span role="status" class="muted">
        {form.saved && !form.dirty ? t('chair.saved') : ''}
      </span>
    </div>
  );
}

interface ModerationProps {
  /** The radio group's name, and the prefix of its test ids when it has them. */
  name: string;
  testIds?: boolean;
  class?: string;
  value: Moderation;
  onChange: (m: Moderation) => void;
}

/** Pre- or post-moderation: first the chair, or straight onto the screen. */
export function ModerationField({ name, testIds, class: cls, value, onChange }: ModerationProps) {
  return (
    <fieldset class={cls}>
      <legend>{t('chair.moderation')}</legend>
      {(['pre', 'post'] as const).map((m) => (
        <label key={m} class="choice">
          <input
            type="radio"
            name={name}
            value={m}
            data-testid={testIds ? `${name}-${m}` : undefined}
            checked={value === m}
            onChange={() => onChange(m)}
          />
          {t(m === 'pre' ? 'chair.moderation.pre' : 'chair.moderation.post')}
        </label>
      ))}
    </fieldset>
  );
}

interface CheckProps {
  testId: string;
  checked: boolean;
  label: string;
  onChange: (on: boolean) => void;
}

/** One setting that is on or off. */
export function Check({ testId, checked, label, onChange }: CheckProps) {
  return (
    <label class="choice">
      <input
        type="checkbox"
        data-testid={testId}
        checked={checked}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      {label}
    </label>
  );
}
