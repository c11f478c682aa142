// A ranking's settings (RANK-1): title, the way (order or 100 points), when the hall sees the
// result, and the list, one item per line. The list and the way are fixed once it opened.
import { nanoid } from 'nanoid';
import {
  RANKING_LIMITS,
  type RankingActivity,
  type RankingConfig,
  type RankingItem,
} from '../../../shared/ranking.js';
import { sameJson } from '../../chair/draft.js';
import { SettingsForm, TitleField, useSettingsForm } from '../../chair/settings.js';
import { RadioGroup } from '../../components/form/Choice.js';
import { TextArea } from '../../components/form/Field.js';
import { t } from '../../lib/i18n.js';
import type { Outbox } from '../../lib/outbox.js';

interface Draft {
  title: string;
  mode: RankingConfig['mode'];
  resultsMode: RankingConfig['resultsMode'];
  items: string;
}

const draftOf = (a: RankingActivity): Draft => ({
  title: a.title,
  mode: a.config.mode,
  resultsMode: a.config.resultsMode,
  items: a.config.items.map((i) => i.label).join('\n'),
});

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

const MODE_LABEL = {
  order: 'ranking.settings.modeOrder',
  points: 'ranking.settings.modePoints',
} as const;
const RESULTS_LABEL = { hidden: 'ranking.settings.hidden', live: 'ranking.settings.live' } as const;

export function RankingSettings({ ranking, outbox }: { ranking: RankingActivity; outbox: Outbox }) {
  const form = useSettingsForm(ranking, outbox, draftOf, sameJson);
  // The list and the way are fixed once the ranking opened: only the rest is sent then.
  const fixed = ranking.state !== 'draft';
  const items = (lines: string) => itemsFromLines(lines, ranking.config.items);
  const patch = () =>
    form.changed<RankingConfig>(
      fixed ? { resultsMode: true } : { mode: true, resultsMode: true, items },
    );
  return (
    <SettingsForm
      form={form}
      heading={t('chair.kind.ranking')}
      patch={patch}
      saveId="ranking-save-button"
    >
      <TitleField form={form} id="ranking-title" />
      <RadioGroup
        legend={t('ranking.settings.mode')}
        name="ranking-mode"
        options={['order', 'points'] as const}
        labelOf={(m) => t(MODE_LABEL[m])}
        testIds="ranking-mode"
        disabled={fixed}
        {...form.pick('mode')}
      />
      <RadioGroup
        legend={t('ranking.settings.results')}
        name="ranking-results"
        options={['hidden', 'live'] as const}
        labelOf={(m) => t(RESULTS_LABEL[m])}
        {...form.pick('resultsMode')}
      />
      <TextArea
        {...form.field('ranking-items', 'items')}
        label={t('ranking.settings.items')}
        rows={8}
        readOnly={fixed}
        noteId="ranking-fixed"
        hint={fixed && t('ranking.settings.fixed')}
      />
    </SettingsForm>
  );
}
