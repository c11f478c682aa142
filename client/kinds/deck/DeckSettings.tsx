// A deck item's settings (DECK-8, DECK-9, DECK-10): its title, the join overlay, the phones'
// link to the slide, and "Zet een stemming na dia N": the item is split after slide N and a
// new poll stands between its two parts on the agenda.

import { useState } from 'preact/hooks';
import type { DeckActivity, DeckConfigPatch } from '../../../shared/deck-item.js';
import { LIMITS } from '../../../shared/limits.js';
import type { ActivityView } from '../../../shared/model.js';
import { Check, pushUpdate, SaveRow, sameFields, useSettingsDraft } from '../../chair/draft.js';
import { api } from '../../lib/api.js';
import { t } from '../../lib/i18n.js';
import type { Outbox } from '../../lib/outbox.js';
import { DeckSplitMore } from './DeckSplitMore.js';
import { splitDeck } from './split.js';

interface Draft {
  title: string;
  joinOverlay: boolean;
  phoneImage: boolean;
}

const draftOf = (a: DeckActivity): Draft => ({
  title: a.title,
  joinOverlay: a.config.joinOverlay,
  phoneImage: a.config.phoneImage,
});

interface Props {
  deck: DeckActivity;
  outbox: Outbox;
  code: string;
  chairKey: string;
  agenda: ActivityView[];
}

/** Settings of one deck item. Mounted with key = activity id, so switching starts fresh. */
export function DeckSettings({ deck: a, outbox, code, chairKey, agenda }: Props) {
  const form = useSettingsDraft(a, draftOf, sameFields);
  const { base, draft, change } = form;
  const titleOk = draft.title.trim().length > 0;
  const { from, to, slide } = a.config;
  const [after, setAfter] = useState(() => Math.min(Math.max(slide, from), to - 1));

  const save = (e: Event) => {
    e.preventDefault();
    if (!titleOk || !form.dirty) return;
    const config: DeckConfigPatch = {};
    if (draft.joinOverlay !== base.joinOverlay) config.joinOverlay = draft.joinOverlay;
    if (draft.phoneImage !== base.phoneImage) config.phoneImage = draft.phoneImage;
    // The phones' link opens the file only while the deck allows it (DECK-4): one switch here.
    if (config.phoneImage !== undefined) {
      const q = `?k=${encodeURIComponent(chairKey)}`;
      void api(`/api/events/${encodeURIComponent(code)}/decks/${a.config.deckId}${q}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ phoneView: config.phoneImage }),
      });
    }
    pushUpdate(outbox, a.id, draft.title !== base.title ? draft.title.trim() : null, config);
    form.markSaved();
  };

  const split = () => {
    splitDeck((c) => outbox.push(c), a, after, agenda, t('deckshow.pollTitle', { n: after }));
  };

  return (
    <>
      <form class="settings" onSubmit={save} aria-labelledby="settings-heading" noValidate>
        <h2 id="settings-heading" class="section-title">
          {t('chair.settingsOf', { title: a.title })}
        </h2>
        <p class="hint" data-testid="deck-range">
          {a.config.deckTitle} · {t('deckshow.range', { from, to, total: a.config.pages })}
        </p>
        <label for="deck-title">{t('chair.activityTitle')}</label>
        <input
          id="deck-title"
          data-testid="deck-title-input"
          type="text"
          value={draft.title}
          maxLength={LIMITS.titleLength}
          aria-invalid={titleOk ? 'false' : 'true'}
          onInput={(e) => change({ title: e.currentTarget.value })}
        />
        <Check
          testId="deck-join-overlay"
          checked={draft.joinOverlay}
          label={t('deckshow.joinOverlay')}
          onChange={(on) => change({ joinOverlay: on })}
        />
        <Check
          testId="deck-phone-image"
          checked={draft.phoneImage}
          label={t('deck3.phoneImage')}
          onChange={(on) => change({ phoneImage: on })}
        />
        <SaveRow form={form} blocked={!titleOk} testId="deck-save-button" />
      </form>
      {to > from && (
        <section class="settings deck-split" aria-labelledby="deck-split-heading">
          <h3 id="deck-split-heading" class="section-title">
            {t('deckshow.split.heading')}
          </h3>
          <label for="deck-split-after">{t('deckshow.split.after')}</label>
          <input
            id="deck-split-after"
            data-testid="deck-split-after"
            type="number"
            inputMode="numeric"
            min={from}
            max={to - 1}
            value={after}
            onInput={(e) => {
              const n = Number(e.currentTarget.value);
              if (Number.isInteger(n)) setAfter(Math.min(Math.max(n, from), to - 1));
            }}
          />
          <button type="button" class="btn" data-testid="deck-split-poll" onClick={split}>
            {t('deckshow.pollAfter', { n: after })}
          </button>
          <DeckSplitMore deck={a} after={after} agenda={agenda} outbox={outbox} />
        </section>
      )}
    </>
  );
}
