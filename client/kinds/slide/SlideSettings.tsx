// A slide's settings: its title, what it shows (text, or the join slide) and its text.
import { LIMITS } from '../../../shared/limits.js';
import type { SlideActivity, SlideConfig } from '../../../shared/model.js';
import { SLIDE_BODY_LENGTH, SLIDE_VARIANTS, type SlideVariant } from '../../../shared/slide.js';
import { pushUpdate, SaveRow, sameFields, useSettingsDraft } from '../../chair/draft.js';
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
  const form = useSettingsDraft(slide, draftOf, sameFields);
  const { base, draft, change } = form;
  const titleOk = draft.title.trim().length > 0;
  const used = length(draft.body);
  const bodyOk = used <= SLIDE_BODY_LENGTH;

  const save = (e: Event) => {
    e.preventDefault();
    if (!titleOk || !bodyOk || !form.dirty) return;
    const config: Partial<SlideConfig> = {};
    if (draft.variant !== base.variant) config.variant = draft.variant;
    if (draft.body !== base.body) config.body = draft.body;
    pushUpdate(outbox, slide.id, draft.title !== base.title ? draft.title.trim() : null, config);
    form.markSaved();
  };

  return (
    <form class="settings" onSubmit={save} aria-labelledby="settings-heading" noValidate>
      <h2 id="settings-heading" class="section-title">
        {t('chair.settingsOf', { title: slide.title })}
      </h2>
      <label for="slide-title">{t('chair.activityTitle')}</label>
      <input
        id="slide-title"
        data-testid="slide-title-input"
        type="text"
        value={draft.title}
        maxLength={LIMITS.titleLength}
        aria-invalid={titleOk ? 'false' : 'true'}
        onInput={(e) => change({ title: e.currentTarget.value })}
      />
      <fieldset>
        <legend>{t('chair.slide.variant')}</legend>
        {SLIDE_VARIANTS.map((v) => (
          <label key={v} class="choice">
            <input
              type="radio"
              name="slide-variant"
              value={v}
              data-testid={`slide-variant-${v}`}
              checked={draft.variant === v}
              onChange={() => change({ variant: v })}
            />
            {t(`chair.slide.variant.${v}`)}
          </label>
        ))}
      </fieldset>
      {draft.variant === 'text' && (
        <>
          <label for="slide-body">{t('chair.slide.body')}</label>
          <textarea
            id="slide-body"
            data-testid="slide-body-input"
            rows={6}
            value={draft.body}
            aria-invalid={bodyOk ? 'false' : 'true'}
            aria-describedby="slide-body-count"
            onInput={(e) => change({ body: e.currentTarget.value })}
          />
          <p id="slide-body-count" class={bodyOk ? 'hint' : 'field-error'}>
            {bodyOk
              ? t('chair.slide.count', { n: used, max: SLIDE_BODY_LENGTH })
              : t('chair.slide.tooLong', { max: SLIDE_BODY_LENGTH })}
          </p>
        </>
      )}
      <SaveRow form={form} blocked={!titleOk || !bodyOk} testId="slide-save-button" />
    </form>
  );
}
