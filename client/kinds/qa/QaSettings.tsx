// A Q&A's settings: pitch, speaker, title, question length, moderation and open for questions.
import { LIMITS } from '../../../shared/limits.js';
import type { QaActivity, QaConfig } from '../../../shared/model.js';
import {
  ModerationField,
  SettingsForm,
  TitleField,
  useSettingsForm,
} from '../../chair/settings.js';
import { pickKeys } from '../../chair/draft.js';
import { CheckField } from '../../components/form/Choice.js';
import { NumberField, TextField } from '../../components/form/Field.js';
import { t } from '../../lib/i18n.js';
import type { Outbox } from '../../lib/outbox.js';

const KEPT = ['pitch', 'speaker', 'moderation', 'open'] as const;
type Draft = Pick<QaConfig, (typeof KEPT)[number]> & { title: string; maxLength: string };

const draftOf = ({ title, config }: QaActivity): Draft => ({
  ...pickKeys(config, KEPT),
  title,
  maxLength: String(config.maxLength),
});

/** Settings of one pitch's Q&A. Mounted with key = activity id, so switching starts fresh. */
export function QaSettings({ activity, outbox }: { activity: QaActivity; outbox: Outbox }) {
  // Changed elsewhere (another chair, the open button): the form follows unless mid-edit.
  const form = useSettingsForm(activity, outbox, draftOf);
  const { base, draft } = form;
  const maxLength = form.int('maxLength', 10, LIMITS.statementMaxLength);
  // Until the chair names it otherwise, the agenda calls a Q&A by its pitch.
  const named = base.pitch === '' || draft.title === draft.pitch;
  const pitch = (v: string) => form.change(named ? { pitch: v, title: v } : { pitch: v });
  const patch = () =>
    form.changed<QaConfig>({
      pitch: 'trim',
      speaker: 'trim',
      maxLength: () => maxLength,
      moderation: true,
      open: true,
    });

  return (
    <SettingsForm form={form} blocked={maxLength === null} patch={patch} saveId="qa-save-button">
      <TextField
        id="qa-pitch"
        testId="qa-pitch-input"
        label={t('chair.qa.pitch')}
        value={draft.pitch}
        onValue={pitch}
        maxLength={LIMITS.titleLength}
      />
      <TextField
        {...form.field('qa-speaker', 'speaker')}
        label={t('chair.qa.speaker')}
        maxLength={LIMITS.speakerLength}
      />
      <TitleField form={form} id="qa-title" testId="qa-title-input" />
      <NumberField
        {...form.field('qa-max', 'maxLength')}
        label={t('chair.maxLength')}
        min={10}
        max={LIMITS.statementMaxLength}
        error={maxLength === null && t('chair.maxLengthRange', { max: LIMITS.statementMaxLength })}
      />
      <ModerationField name="qa-moderation" testIds {...form.pick('moderation')} />
      <CheckField label={t('chair.qa.open')} {...form.flag('open', 'qa-open-checkbox')} />
    </SettingsForm>
  );
}
