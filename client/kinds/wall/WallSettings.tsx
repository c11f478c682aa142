// A wall's settings: title, prompt, length, moderation, open for posts, order and dwell.
import { LIMITS } from '../../../shared/limits.js';
import type { Moderation, WallActivity, WallConfig } from '../../../shared/model.js';
import { WALL_DWELL, WALL_ORDERS, dwellOf, type WallOrder } from '../../../shared/wall-order.js';
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
  prompt: string;
  maxLength: string;
  moderation: Moderation;
  open: boolean;
  order: WallOrder;
  dwell: string;
}

function draftOf(a: WallActivity): Draft {
  const c = a.config;
  return {
    title: a.title,
    prompt: c.prompt,
    maxLength: String(c.maxLength),
    moderation: c.moderation,
    open: c.open,
    order: c.order ?? 'newest',
    dwell: String(dwellOf(c.dwell)),
  };
}

/** Settings of one wall. Mounted with key = activity id, so switching walls starts fresh. */
export function WallSettings({ activity, outbox }: { activity: WallActivity; outbox: Outbox }) {
  const form = useSettingsDraft(activity, draftOf, sameFields);
  const { base, draft, change } = form;

  const maxLength = Number.parseInt(draft.maxLength, 10);
  const lengthOk =
    Number.isInteger(maxLength) && maxLength >= 1 && maxLength <= LIMITS.statementMaxLength;
  const titleOk = draft.title.trim().length > 0;
  const dwell = Number.parseInt(draft.dwell, 10);
  const dwellOk = Number.isInteger(dwell) && dwell >= WALL_DWELL.min && dwell <= WALL_DWELL.max;

  const save = (e: Event) => {
    e.preventDefault();
    if (!lengthOk || !titleOk || !dwellOk || !form.dirty) return;
    const config: Partial<WallConfig> = {};
    if (draft.prompt !== base.prompt) config.prompt = draft.prompt.trim();
    if (draft.maxLength !== base.maxLength) config.maxLength = maxLength;
    if (draft.moderation !== base.moderation) config.moderation = draft.moderation;
    if (draft.open !== base.open) config.open = draft.open;
    if (draft.order !== base.order) config.order = draft.order;
    if (draft.dwell !== base.dwell) config.dwell = dwell;
    pushUpdate(outbox, activity.id, draft.title !== base.title ? draft.title.trim() : null, config);
    form.markSaved();
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
      <ModerationField
        name="moderation"
        testIds
        class="settings__moderation"
        value={draft.moderation}
        onChange={(moderation) => change({ moderation })}
      />
      <Check
        testId="open-checkbox"
        checked={draft.open}
        label={t('chair.openForPosts')}
        onChange={(open) => change({ open })}
      />
      <label for="set-order">{t('chair.wall.order')}</label>
      <select
        id="set-order"
        data-testid="wall-order"
        value={draft.order}
        onChange={(e) => change({ order: e.currentTarget.value as WallOrder })}
      >
        {WALL_ORDERS.map((o) => (
          <option key={o} value={o}>
            {t(`chair.wall.order.${o}`)}
          </option>
        ))}
      </select>
      <label for="set-dwell">{t('chair.wall.dwell')}</label>
      <input
        id="set-dwell"
        data-testid="wall-dwell"
        type="number"
        inputMode="numeric"
        min={WALL_DWELL.min}
        max={WALL_DWELL.max}
        value={draft.dwell}
        aria-invalid={dwellOk ? 'false' : 'true'}
        aria-describedby="set-dwell-hint"
        onInput={(e) => change({ dwell: e.currentTarget.value })}
      />
      <p id="set-dwell-hint" class={dwellOk ? 'hint' : 'field-error'}>
        {dwellOk
          ? t('chair.wall.dwellHint')
          : t('chair.wall.dwellRange', { min: WALL_DWELL.min, max: WALL_DWELL.max })}
      </p>
      <SaveRow form={form} blocked={!dwellOk} />
    </form>
  );
}
