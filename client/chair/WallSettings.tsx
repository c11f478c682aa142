import { useEffect, useState } from 'preact/hooks';
import { LIMITS } from '../../shared/limits.js';
import type { Moderation, WallActivity, WallConfig } from '../../shared/model.js';
import { t } from '../lib/i18n.js';
import type { Outbox } from '../lib/outbox.js';

interface Draft {
  title: string;
  prompt: string;
  maxLength: string;
  moderation: Moderation;
  open: boolean;
}

function draftOf(a: WallActivity): Draft {
  const c = a.config;
  return {
    title: a.title,
    prompt: c.prompt,
    maxLength: String(c.maxLength),
    moderation: c.moderation,
    open: c.open,
  };
}

function same(a: Draft, b: Draft): boolean {
  return (
    a.title === b.title &&
    a.prompt === b.prompt &&
    a.maxLength === b.maxLength &&
    a.moderation === b.moderation &&
    a.open === b.open
  );
}

/** Settings of one wall. Mounted with key = activity id, so switching walls starts fresh. */
export function WallSettings({ activity, outbox }: { activity: WallActivity; outbox: Outbox }) {
  const [base, setBase] = useState(() => draftOf(activity));
  const [draft, setDraft] = useState(base);
  const [saved, setSaved] = useState(false);

  // Someone else (or our own save) changed the wall: follow it, unless we are mid-edit.
  useEffect(() => {
    const fresh = draftOf(activity);
    if (same(fresh, base)) return;
    if (same(draft, base) || same(draft, fresh)) setDraft(fresh);
    setBase(fresh);
  }, [activity]);

  const maxLength = Number.parseInt(draft.maxLength, 10);
  const lengthOk =
    Number.isInteger(maxLength) && maxLength >= 1 && maxLength <= LIMITS.statementMaxLength;
  const titleOk = draft.title.trim().length > 0;
  const dirty = !same(draft, base);

  const change = (patch: Partial<Draft>) => {
    setDraft({ ...draft, ...patch });
    setSaved(false);
  };

  const save = (e: Event) => {
    e.preventDefault();
    if (!lengthOk || !titleOk || !dirty) return;
    const config: Partial<WallConfig> = {};
    if (draft.prompt !== base.prompt) config.prompt = draft.prompt.trim();
    if (draft.maxLength !== base.maxLength) config.maxLength = maxLength;
    if (draft.moderation !== base.moderation) config.moderation = draft.moderation;
    if (draft.open !== base.open) config.open = draft.open;
    outbox.push({
      type: 'activity.update',
      activityId: activity.id,
      ...(draft.title !== base.title ? { title: draft.title.trim() } : {}),
      ...(Object.keys(config).length > 0 ? { config } : {}),
    });
    setSaved(true);
  };

  return (
    <form class="settings" onSubmit={save} aria-labelledby="settings-heading" noValidate>
      <h2 id="settings-heading" class="section-title">
        {t('chair.settingsOf', { title: activity.title })}
      </h2>
      <label for="set-title">{t('chair.activityTitle')}</label>
      <input
        id="set-title"
        data-testid="title-input"
        type="text"
        value={draft.title}
        maxLength={LIMITS.titleLength}
        aria-invalid={titleOk ? 'false' : 'true'}
        onInput={(e) => change({ title: e.currentTarget.value })}
      />
      <label for="set-prompt">{t('chair.prompt')}</label>
      <textarea
        id="set-prompt"
        data-testid="prompt-input"
        rows={3}
        value={draft.prompt}
        maxLength={LIMITS.promptLength}
        placeholder={t('wall.prompt.default')}
        onInput={(e) => change({ prompt: e.currentTarget.value })}
      />
      <label for="set-max">{t('chair.maxLength')}</label>
      <input
        id="set-max"
        data-testid="max-length-input"
        type="number"
        inputMode="numeric"
        min={1}
        max={LIMITS.statementMaxLength}
        value={draft.maxLength}
        aria-invalid={lengthOk ? 'false' : 'true'}
        aria-describedby={lengthOk ? undefined : 'set-max-error'}
        onInput={(e) => change({ maxLength: e.currentTarget.value })}
      />
      {!lengthOk && (
        <p id="set-max-error" class="field-error">
          {t('chair.maxLengthRange', { max: LIMITS.statementMaxLength })}
        </p>
      )}
      <fieldset class="settings__moderation">
        <legend>{t('chair.moderation')}</legend>
        {(['pre', 'post'] as const).map((m) => (
          <label key={m} class="choice">
            <input
              type="radio"
              name="moderation"
              value={m}
              data-testid={`moderation-${m}`}
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
          data-testid="open-checkbox"
          checked={draft.open}
          onChange={(e) => change({ open: e.currentTarget.checked })}
        />
        {t('chair.openForPosts')}
      </label>
      <div class="settings__save">
        <button
          type="submit"
          class="btn btn--primary"
          data-testid="save-settings-button"
          disabled={!dirty}
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
