// A slide's settings: its title, what it shows (text, or the join slide) and its text.
import type { SlideActivity, SlideConfig } from '../../../shared/model.js';
import { SLIDE_BODY_LENGTH, SLIDE_VARIANTS, type SlideVariant } from '../../../shared/slide.js';
import { SettingsForm, TitleField, useSettingsForm } from '../../chair/settings.js';
import { RadioGroup } from '../../components/form/Choice.js';
import { TextArea } from '../../components/form/Field.js';
import { t } from '../../lib/i18n.js';
import type { Outbox } from '../../lib/outbox.js';

interface Draft {
  title: string;
  variant: SlideVariant;
  body: string;
}

const draftOf = (a: SlideActivity): Draft => ({
  title: a.title,
  variant: a.config.variant,
  body: a.config.body,
});

/** Characters as the server counts them: an emoji is one. */
const length = (s: string): number => [...s.trim()].length;

/** Settings of one slide. Mounted with key = activity id, so switching starts fresh. */
export function SlideSettings({ slide, outbox }: { slide: SlideActivity; outbox: Outbox }) {
  const form = useSettingsForm(slide, outbox, draftOf);
  const used = length(form.draft.body);
  const bodyOk = used <= SLIDE_BODY_LENGTH;
  const max = SLIDE_BODY_LENGTH;
  return (
    <SettingsForm
      form={form}
      blocked={!bodyOk}
      needsTitle
      patch={() => form.changed<SlideConfig>({ variant: true, body: true })}
      saveId="slide-save-button"
    >
      <TitleField form={form} id="slide-title" testId="slide-title-input" required />
      <RadioGroup
        legend={t('chair.slide.variant')}
        name="slide-variant"
        options={SLIDE_VARIANTS}
        labelOf={(v) => t(`chair.slide.variant.${v}`)}
        testIds="slide-variant"
        {...form.pick('variant')}
      />
      {form.draft.variant === 'text' && (
        <TextArea
          {...form.field('slide-body', 'body')}
          label={t('chair.slide.body')}
          rows={6}
          noteId="slide-body-count"
          hint={t('chair.slide.count', { n: used, max })}
          error={!bodyOk && t('chair.slide.tooLong', { max })}
        />
      )}
    </SettingsForm>
  );
}
