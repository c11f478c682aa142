// A wall's settings: title, prompt, length, moderation, open for posts, order and dwell.
import { LIMITS } from '../../../shared/limits.js';
import type { WallActivity, WallConfig } from '../../../shared/model.js';
import { WALL_DWELL, WALL_ORDERS, dwellOf, type WallOrder } from '../../../shared/wall-order.js';
import {
  ModerationField,
  SettingsForm,
  TitleField,
  useSettingsForm,
} from '../../chair/settings.js';
import { pickKeys } from '../../chair/draft.js';
import { CheckField } from '../../components/form/Choice.js';
import { NumberField, SelectField, TextArea } from '../../components/form/Field.js';
import { t } from '../../lib/i18n.js';
import type { Outbox } from '../../lib/outbox.js';

const KEPT = ['prompt', 'moderation', 'open'] as const;
type Draft = Pick<WallConfig, (typeof KEPT)[number]> & {
  title: string;
  maxLength: string;
  order: WallOrder;
  dwell: string;
};

const draftOf = ({ title, config }: WallActivity): Draft => ({
  ...pickKeys(config, KEPT),
  title,
  maxLength: String(config.maxLength),
  order: config.order ?? 'newest',
  dwell: String(dwellOf(config.dwell)),
});

/** Settings of one wall. Mounted with key = activity id, so switching walls starts fresh. */
export function WallSettings({ activity, outbox }: { activity: WallActivity; outbox: Outbox }) {
  const form = useSettingsForm(activity, outbox, draftOf);
  const maxLength = form.int('maxLength', 1, LIMITS.statementMaxLength);
  const dwell = form.int('dwell', WALL_DWELL.min, WALL_DWELL.max);
  const lengthError = t('chair.maxLengthRange', { max: LIMITS.statementMaxLength });
  const patch = () =>
    form.changed<WallConfig>({
      prompt: 'trim',
      maxLength: () => maxLength,
      moderation: true,
      open: true,
      order: true,
      dwell: () => dwell,
    });

  return (
    <SettingsForm
      form={form}
      blocked={maxLength === null || dwell === null}
      needsTitle
      patch={patch}
    >
      <TitleField form={form} id="set-title" testId="title-input" required />
      <TextArea
        {...form.field('set-prompt', 'prompt', 'prompt-input')}
        label={t('chair.prompt')}
        rows={3}
        maxLength={LIMITS.promptLength}
        placeholder={t('wall.prompt.default')}
      />
      <NumberField
        {...form.field('set-max', 'maxLength', 'max-length-input')}
        label={t('chair.maxLength')}
        min={1}
        max={LIMITS.statementMaxLength}
        error={maxLength === null && lengthError}
        noteId="set-max-error"
      />
      <ModerationField
        name="moderation"
        testIds
        class="settings__moderation"
        {...form.pick('moderation')}
      />
      <CheckField label={t('chair.openForPosts')} {...form.flag('open', 'open-checkbox')} />
      <SelectField
        id="set-order"
        testId="wall-order"
        label={t('chair.wall.order')}
        options={WALL_ORDERS}
        labelOf={(o) => t(`chair.wall.order.${o}`)}
        {...form.pick('order')}
      />
      <NumberField
        {...form.field('set-dwell', 'dwell', 'wall-dwell')}
        label={t('chair.wall.dwell')}
        min={WALL_DWELL.min}
        max={WALL_DWELL.max}
        hint={t('chair.wall.dwellHint')}
        error={dwell === null && t('chair.wall.dwellRange', WALL_DWELL)}
      />
    </SettingsForm>
  );
}
