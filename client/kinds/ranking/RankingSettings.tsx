// A ranking's settings (RANK-1): title, the way (order or 100 points), when the hall sees the
// result, and the list, one item per line. The list and the way are fixed once it opened.
import { nanoid } from 'nanoid';
import { LIMITS } from '../../../shared/limits.js';
import {
  RANKING_LIMITS,
  type RankingActivity,
  type RankingConfig,
  type RankingItem,
} from '../../../shared/ranking.js';
import { pushUpdate, SaveRow, useSettingsDraft } from '../../chair/draft.js';
import { t } from '../../lib/i18n.js';
import type { Outbox } from '../../lib/outbox.js';

interface Draft {
  title: string;
  mode: RankingConfig['mode'];
  resultsMode: RankingConfig['resultsMode'];
  lines: string;
}

const draftOf = (a: RankingActivity): Draft => ({
  title: a.title,
  mode: a.config.mode,
  resultsMode: a.config.resultsMode,
  lines: a.config.items.map((i) => i.label).join('\n'),
});
const same = (a: Draft, b: Draft) => JSON.stringify(a) === JSON.stringify(b);

/** The lines as items; a line that matches an existing item keeps its id and source. */
export function itemsFromLines(lines: string, before: readonly RankingItem[]): RankingItem[] {
  const left = [...before];
  return lines
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .slice(0, RANKING_LIMITS.items)
    .map((label) => {
      const i = left.findIndex((x) => x.label === label);
      if (i >= 0) return left.splice(i, 1)[0]!;
      return { id: nanoid(10), label: label.slice(0, RANKING_LIMITS.labelLength) };
    });
}

export function RankingSettings({ ranking, outbox }: { ranking: RankingActivity; outbox: Outbox }) {
  const form = useSettingsDraft(ranking, draftOf, same);
  const { base, draft, change } = form;
  const fixed = ranking.state !== 'draft';
  const save = (e: Event) => {
    e.preventDefault();
    if (!form.dirty) return;
    const config: Partial<RankingConfig> = {};
    if (!fixed && draft.mode !== base.mode) config.mode = draft.mode;
    if (draft.resultsMode !== base.resultsMode) config.resultsMode = draft.resultsMode;
    if (!fixed && draft.lines !== base.lines) {
      config.items = itemsFromLines(draft.lines, ranking.config.items);
    }
    pushUpdate(outbox, ranking.id, draft.title !== base.title ? draft.title.trim() : null, config);
    form.markSaved();
  };
  return (
    <form class="settings" onSubmit={save} aria-labelledby="settings-heading" noValidate>
      <h2 id="settings-heading" class="section-title">
        {t('chair.kind.ranking')}
      </h2>
      <label for="ranking-title">{t('chair.activityTitle')}</label>
      <input
        id="ranking-title"
        type="text"
        value={draft.title}
        maxLength={LIMITS.titleLength}
        onInput={(e) => change({ title: e.currentTarget.value })}
      />
      <fieldset disabled={fixed}>
        <legend>{t('ranking.settings.mode')}</legend>
        {(['order', 'points'] as const).map((m) => (
          <label key={m} class="choice">
            <input
              type="radio"
              name="ranking-mode"
              data-testid={`ranking-mode-${m}`}
              checked={draft.mode === m}
              onChange={() => change({ mode: m })}
            />
            {t(m === 'order' ? 'ranking.settings.modeOrder' : 'ranking.settings.modePoints')}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('ranking.settings.results')}</legend>
        {(['hidden', 'live'] as const).map((m) => (
          <label key={m} class="choice">
            <input
              type="radio"
              name="ranking-results"
              checked={draft.resultsMode === m}
              onChange={() => change({ resultsMode: m })}
            />
            {t(m === 'hidden' ? 'ranking.settings.hidden' : 'ranking.settings.live')}
          </label>
        ))}
      </fieldset>
      <label for="ranking-items">{t('ranking.settings.items')}</label>
      <textarea
        id="ranking-items"
        data-testid="ranking-items-input"
        rows={8}
        value={draft.lines}
        readOnly={fixed}
        aria-describedby={fixed ? 'ranking-fixed' : undefined}
        onInput={(e) => change({ lines: e.currentTarget.value })}
      />
      {fixed && (
        <p id="ranking-fixed" class="muted">
          {t('ranking.settings.fixed')}
        </p>
      )}
      <SaveRow form={form} blocked={false} testId="ranking-save-button" />
    </form>
  );
}
