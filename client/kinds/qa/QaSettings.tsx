import { useEffect, useState } from 'preact/hooks';
import { LIMITS } from '../../../shared/limits.js';
import type { Moderation, QaActivity, QaConfig } from '../../../shared/model.js';
import { t } from '../../lib/i18n.js';
import type { Outbox } from '../../lib/outbox.js';

interface Draft {
  title: string;
  pitch: string;
  speaker: string;
  maxLength: string;
  moderation: Moderation;
  open: boolean;
}

const draftOf = (a: QaActivity): Draft => ({
  title: a.title,
  pitch: a.config.pitch,
  speaker: a.config.speaker,
  maxLength: String(a.config.maxLength),
  moderation: a.config.moderation,
  open: a.config.open,
});

const same = (a: Draft, b: Draft) =>
  (Object.keys(a) as (keyof Draft)[]).every((k) => a[k] === b[k]);

/** Settings of one pitch's Q&A. Mounted with key = activity id, so switching starts fresh. */
export function QaSettings({ activity, outbox }: { activity: QaActivity; outbox: Outbox }) {
  const [base, setBase] = useState(() => draftOf(activity));
  const [draft, setDraft] = useState(base);
  const [saved, setSaved] = useState(false);

  // Changed elsewhere (another chair, the open button): follow it unless we are mid-edit.
  useEffect(() => {
    const fresh = draftOf(activity);
    if (same(fresh, base)) return;
    if (same(draft, base) || same(draft, fresh)) setDraft(fresh);
    setBase(fresh);
  }, [activity]);

  const maxLength = Number.parseInt(draft.maxLength, 10);
  const lengthOk =
    Number.isInteger(maxLength) && maxLength >= 10 && maxLength <= LIMITS.statementMaxLength;
  const dirty = !same(draft, base);
  const change = (patch: Partial<Draft>) => {
    const next = { ...draft, ...patch };
    // Until the chair names it otherwise, the agenda calls a Q&A by its pitch.
    if (patch.pitch !== undefined && (base.pitch === '' || draft.title === draft.pitch)) {
      next.title = patch.pitch;
    }
    setDraft(next);
    setSaved(false);
  };

  const save = (e: Event) => {
    e.preventDefault();
    if (!lengthOk || !dirty) return;
    const config: Partial<QaConfig> = {};
    if (draft.pitch !== base.pitch) config.pitch = draft.pitch.trim();
    if (draft.speaker !== base.speaker) config.speaker = draft.speaker.trim();
    if (draft.maxLength !== base.maxLength) config.maxLength = maxLength;
    if (draft.moderation !== base.moderation) config.moderation = draft.moderation;
    if (draft.open !== base.open) config.open = draft.open;
    const title = draft.title.trim();
    outbox.push({
      type: 'activity.update',
      activityId: activity.id,
      ...(draft.title !== base.title && title ? { title } : {}),
      ...(Object.keys(config).length > 0 ? { config } : {}),
    });
    setSaved(true);
  };

  const field = (id: string, key: 'title' | 'pitch' | 'speaker', label: string, max: number) => (
    <>
      <label for={id}>{label}</label>
      <input
        id={id}
        data-testid={`qa-${key}-input`}
        type="text"
        value={draft[key]}
        maxLength={max}
        onInput={(e) => change({ [key]: e.currentTarget.value })}
      />
    </>
  );

  return (
    <form class="settings" onSubmit={save} aria-labelledby="settings-heading" noValidate>
      <h2 id="settings-heading" class="section-title">
        {t('chair.settingsOf', { title: activity.title })}
      </h2>
      {field('qa-pitch', 'pitch', t('chair.qa.pitch'), LIMITS.titleLength)}
      {field('qa-speaker', 'speaker', t('chair.qa.speaker'), LIMITS.speakerLength)}
      {field('qa-title', 'title', t('chair.activityTitle'), LIMITS.titleLength)}
      <label for="qa-max">{t('chair.maxLength')}</label>
      <input
        id="qa-max"
        type="number"
        inputMode="numeric"
        min={10}
        max={LIMITS.statementMaxLength}
        value={draft.maxLength}
        aria-invalid={lengthOk ? 'false' : 'true'}
        onInput={(e) => change({ maxLength: e.currentTarget.value })}
      />
      {!lengthOk && (
        <p class="field-error">{t('chair.maxLengthRange', { max: LIMITS.statementMaxLength })}</p>
      )}
      <fieldset>
        <legend>{t('chair.moderation')}</legend>
        {(['pre', 'post'] as const).map((m) => (
          <label key={m} class="choice">
            <input
              type="radio"
              name="qa-moderation"
              value={m}
              data-testid={`qa-moderation-${m}`}
              checked={draft.moderation === m}
              onChange={() => change({ moderation: m })}
            />
            {t(m === 'pre' ? 'chair.moderation.pre' : 'chair.moderation.post')}
          </label>
        ))}
      </fieldset>
      <label class="choice">
        <input
          type="checkbox"
          data-testid="qa-open-checkbox"
          checked={draft.open}
          onChange={(e) => change({ open: e.currentTarget.checked })}
        />
        {t('chair.qa.open')}
      </label>
      <div class="settings__save">
        <button
          type="submit"
          class="btn btn--primary"
          data-testid="qa-save-button"
          disabled={!dirty || !lengthOk}
        >
          {t('chair.save')}
        </button>
        <span role="status" class="muted">
          {saved && !dirty ? t('chair.saved') : ''}
        </span>
      </div>
    </form>
  );
}
