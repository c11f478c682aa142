// A Q&A's settings: pitch, speaker, title, question length, moderation and open for questions.
import { LIMITS } from '../../../shared/limits.js';
import type { Moderation, QaActivity, QaConfig } from '../../../shared/model.js';
import { t } from '../../lib/i18n.js';
import type { Outbox } from '../../lib/outbox.js';
import {
  ModerationField,
  pushUpdate,
  SaveRow,
  sameFields,
  useSettingsDraft,
  Check,
} from '../../chair/draft.js';

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

/** Settings of one pitch's Q&A. Mounted with key = activity id, so switching starts fresh. */
export function QaSettings({ activity, outbox }: { activity: QaActivity; outbox: Outbox }) {
  // Changed elsewhere (another chair, the open button): the form follows unless mid-edit.
  const form = useSettingsDraft(activity, draftOf, sameFields);
  const { base, draft } = form;

  const maxLength = Number.parseInt(draft.maxLength, 10);
  const lengthOk =
    Number.isInteger(maxLength) && maxLength >= 10 && maxLength <= LIMITS.statementMaxLength;
  // Until the chair names it otherwise, the agenda calls a Q&A by its pitch.
  const change = (patch: Partial<Draft>) =>
    form.change(
      patch.pitch !== undefined && (base.pitch === '' || draft.title === draft.pitch)
        ? { ...patch, title: patch.pitch }
        : patch,
    );

  const save = (e: Event) => {
    e.preventDefault();
    if (!lengthOk || !form.dirty) return;
    const config: Partial<QaConfig> = {};
    if (draft.pitch !== base.pitch) config.pitch = draft.pitch.trim();
    if (draft.speaker !== base.speaker) config.speaker = draft.speaker.trim();
    if (draft.maxLength !== base.maxLength) config.maxLength = maxLength;
    if (draft.moderation !== base.moderation) config.moderation = draft.moderation;
    if (draft.open !== base.open) config.open = draft.open;
    pushUpdate(outbox, activity.id, draft.title !== base.title ? draft.title.trim() : null, config);
    form.markSaved();
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
      <ModerationField
        name="qa-moderation"
        testIds
        value={draft.moderation}
        onChange={(moderation) => change({ moderation })}
      />
      <Check
        testId="qa-open-checkbox"
        checked={draft.open}
        label={t('chair.qa.open')}
        onChange={(open) => change({ open })}
      />
      <SaveRow form={form} blocked={!lengthOk} testId="qa-save-button" />
    </form>
  );
}
