// A deck item's settings (DECK-8, DECK-9, DECK-10): its title, the join overlay, the phones'
// link to the slide, and "Zet een stemming na dia N": the item is split after slide N and a
// new poll stands between its two parts on the agenda.

import { useState } from 'preact/hooks';
import type { DeckActivity, DeckConfigPatch } from '../../../shared/deck-item.js';
import type { ActivityView } from '../../../shared/model.js';
import { SettingsForm, TitleField, useSettingsForm } from '../../chair/settings.js';
import { CheckField } from '../../components/form/Choice.js';
import { NumberField } from '../../components/form/Field.js';
import { Section } from '../../components/form/Section.js';
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
  const form = useSettingsForm(a, outbox, draftOf);
  const { from, to, slide } = a.config;
  const [after, setAfter] = useState(() => Math.min(Math.max(slide, from), to - 1));

  const patch = () => {
    const config: DeckConfigPatch = form.changed<DeckConfigPatch>({
      joinOverlay: true,
      phoneImage: true,
    });
    // The phones' link opens the file only while the deck allows it (DECK-4): one switch here.
    if (config.phoneImage !== undefined) {
      const q = `?k=${encodeURIComponent(chairKey)}`;
      void api(`/api/events/${encodeURIComponent(code)}/decks/${a.config.deckId}${q}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ phoneView: config.phoneImage }),
      });
    }
    return config;
  };

  const split = () => {
    splitDeck((c) => outbox.push(c), a, after, agenda, t('deckshow.pollTitle', { n: after }));
  };
  const pickAfter = (v: string) => {
    const n = Number(v);
    if (Number.isInteger(n)) setAfter(Math.min(Math.max(n, from), to - 1));
  };

  return (
    <>
      <SettingsForm form={form} needsTitle patch={patch} saveId="deck-save-button">
        <p class="hint" data-testid="deck-range">
          {a.config.deckTitle} · {t('deckshow.range', { from, to, total: a.config.pages })}
        </p>
        <TitleField form={form} id="deck-title" testId="deck-title-input" required />
        <CheckField
          label={t('deckshow.joinOverlay')}
          {...form.flag('joinOverlay', 'deck-join-overlay')}
        />
        <CheckField
          label={t('deck3.phoneImage')}
          {...form.flag('phoneImage', 'deck-phone-image')}
        />
      </SettingsForm>
      {to > from && (
        <Section
          id="deck-split"
          headingClass="section-title"
          class="settings deck-split"
          title={t('deckshow.split.heading')}
        >
          <NumberField
            id="deck-split-after"
            label={t('deckshow.split.after')}
            min={from}
            max={to - 1}
            value={String(after)}
            onValue={pickAfter}
          />
          <button type="button" class="btn" data-testid="deck-split-poll" onClick={split}>
            {t('deckshow.pollAfter', { n: after })}
          </button>
          <DeckSplitMore deck={a} after={after} agenda={agenda} outbox={outbox} />
        </Section>
      )}
    </>
  );
}
