// A ranking in the harvest, the Markdown export, the CSV table and the printed report: per
// round the items best first, with the mean rank or the point total and the spread (RANK-6).

import { formatNumber } from '../../../shared/format.js';
import type { Language } from '../../../shared/model.js';
import { rankedResults, type RankingActivity } from '../../../shared/ranking.js';
import type { ActivityExportBase, RankingExport } from '../../domain/harvest.js';
import { escapeHtml as e } from '../../domain/html.js';
import type { RoomState } from '../../domain/types.js';
import type { CsvRow } from '../csv.js';
import type { T } from '../kind.js';
import { escapeMarkdown as md } from '../qa/qa-export.js';
import { plural } from '../report.js';
import { rankingRounds } from './results.js';

export function rankingHarvest(
  state: RoomState,
  a: RankingActivity,
  base: ActivityExportBase,
): RankingExport {
  const runtime = state.rankings.get(a.id);
  const labels = new Map(a.config.items.map((i) => [i.id, i]));
  const rounds = (runtime ? rankingRounds(a, runtime) : []).map((r) => ({
    round: r.round,
    voters: r.voters,
    items: rankedResults(a.config.mode, r.items).map((res, i) => {
      const item = labels.get(res.itemId);
      return {
        ...res,
        label: item?.label ?? res.itemId,
        ...(item?.source ? { source: item.source } : {}),
        place: i + 1,
      };
    }),
  }));
  return {
    ...base,
    kind: 'ranking',
    mode: a.config.mode,
    state: a.state,
    items: a.config.items,
    rounds,
  };
}

const num = (n: number | null, lang: Language) => (n === null ? '–' : formatNumber(n, lang, 2));

/** The figure a ranking is read by: the mean rank, or the point total. */
const figure = (
  a: RankingExport,
  r: RankingExport['rounds'][number]['items'][number],
  lang: Language,
) => (a.mode === 'points' ? formatNumber(r.total, lang) : num(r.mean, lang));

export function rankingMarkdown(a: RankingExport, t: T, lang: Language): string[] {
  const out = [`### ${md(a.title)}`, ''];
  const head = a.mode === 'points' ? t('ranking.result.points') : t('ranking.result.mean');
  for (const r of a.rounds) {
    if (a.rounds.length > 1)
      out.push(`#### ${md(t('report.round', { n: r.round, voters: r.voters }))}`, '');
    if (r.voters === 0) {
      out.push(md(t('ranking.result.none')), '');
      continue;
    }
    out.push(
      `| # | ${md(t('ranking.result.item'))} | ${md(head)} | ${md(t('ranking.result.spread'))} |`,
    );
    out.push('| --: | --- | --: | --: |');
    for (const item of r.items) {
      const label = item.source ? `${item.label} (${item.source})` : item.label;
      out.push(
        `| ${item.place} | ${md(label)} | ${figure(a, item, lang)} | ${num(item.spread, lang)} |`,
      );
    }
    out.push('', md(plural(t, r.voters, 'ranking.voters.one', 'ranking.voters.many')), '');
  }
  return out;
}

/** One row per item per round: the label as the choice, its total, mean and spread. */
export function rankingRows(base: CsvRow, a: RankingExport): CsvRow[] {
  return a.rounds.flatMap((r) =>
    r.items.map((item) => ({
      ...base,
      round: r.round,
      record: a.mode === 'points' ? 'points' : 'rank',
      choice: item.label,
      count: item.total,
      mean: item.mean,
      spread: item.spread,
    })),
  );
}

export function rankingHtml(a: RankingExport, t: T, lang: Language): string {
  const head = a.mode === 'points' ? t('ranking.result.points') : t('ranking.result.mean');
  const out: string[] = [
    `<p class="prompt">${e(t(a.mode === 'points' ? 'ranking.mode.points' : 'ranking.mode.order'))}</p>`,
  ];
  if (a.rounds.every((r) => r.voters === 0)) {
    out.push(`<p class="none">${e(t('ranking.result.none'))}</p>`);
  }
  for (const r of a.rounds) {
    if (r.voters === 0) continue;
    const voters = plural(t, r.voters, 'ranking.voters.one', 'ranking.voters.many');
    const heading =
      a.rounds.length > 1 ? t('report.round', { n: r.round, voters: r.voters }) : voters;
    const rows = r.items
      .map(
        (item) =>
          `<tr><td>${item.place}</td><th scope="row">${e(item.label)}${item.source ? ` <span class="meta">(${e(item.source)})</span>` : ''}</th><td>${e(figure(a, item, lang))}</td><td>${e(num(item.spread, lang))}</td></tr>`,
      )
      .join('');
    out.push(`<div class="round" data-testid="report-ranking">
<h4>${e(heading)}</h4>
<table class="numbers"><thead><tr><th scope="col">#</th><th scope="col">${e(t('ranking.result.item'))}</th><th scope="col">${e(head)}</th><th scope="col">${e(t('ranking.result.spread'))}</th></tr></thead>
<tbody>${rows}</tbody></table></div>`);
  }
  return out.join('\n');
}
