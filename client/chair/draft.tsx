import { useEffect, useState } from 'preact/hooks';
import { t } from '../lib/i18n.js';

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

/** The save button of a settings form, with a quiet "saved" after it. */
export function SaveRow({ form, blocked }: { form: SettingsDraft<unknown>; blocked: boolean }) {
  return (
    <div class="settings__save">
      <button
        type="submit"
        class="btn btn--primary"
        data-testid="save-settings-button"
        disabled={!form.dirty || blocked}
      >
        {t('chair.save')}
      </button>
      <span role="status" class="muted">
        {form.saved && !form.dirty ? t('chair.saved') : ''}
      </span>
    </div>
  );
}
