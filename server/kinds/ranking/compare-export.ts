// The plenary's ranking next to the locations' in the printed report and the Markdown export
// (RANK-9, RANK-10): a table per plenary ranking, a row per item (the plenary's order), a
// column for the plenary and one per location with the item's place there and, small, its mean.

import { formatNumber } from '../../../shared/format.js';
import type { Language } from '../../../shared/model.js';
import type { CompareCell, RankingComparison } from '../../../shared/ranking-compare.js';
import { escapeHtml as e } from '../../domain/html.js';
import type { T } from '../kind.js';
import { escapeMarkdown as md } from '../qa/qa-export.js';
import { plural } from '../report.js';

const cellText = (c: CompareCell | null, lang: Language) =>
  c === null ? '–' : `${c.place} (${c.mean === null ? '–' : formatNumber(c.mean, lang, 1)})`;

const voters = (t: T, n: number) => plural(t, n, 'ranking.voters.one', 'ranking.voters.many');

export function comparisonMarkdown(list: RankingComparison[], t: T, lang: Language): string[] {
  if (list.length === 0) return [];
  const out = [`## ${md(t('rotx.compare.title'))}`, ''];
  for (const c of list) {
    out.push(`### ${md(c.title)}`, '', md(t(`rotx.compare.hint.${c.mode}`)), '');
    const heads = [
      md(t('rotx.compare.plenary')),
      ...c.columns.map((col) => `${md(col.name)} (${md(voters(t, col.voters))})`),
    ];
    out.push(`| ${md(t('ranking.result.item'))} | ${heads.join(' | ')} |`);
    out.push(`| --- | ${heads.map(() => '--:').join(' | ')} |`);
    for (const row of c.rows) {
      const cells = [row.plenary, ...row.locations].map((x) => cellText(x, lang));
      out.push(`| ${md(row.label)} | ${cells.join(' | ')} |`);
    }
    out.push('', md(`${t('rotx.compare.plenary')}: ${voters(t, c.plenaryVoters)}`), '');
  }
  return out;
}

const cellHtml = (c: CompareCell | null, lang: Language) =>
  c === null
    ? '<td class="none">–</td>'
    : `<td><strong>${c.place}</strong> <span class="meta">(${e(c.mean === null ? '–' : formatNumber(c.mean, lang, 1))})</span></td>`;

export function comparisonHtml(list: RankingComparison[], t: T, lang: Language): string {
  if (list.length === 0) return '';
  const tables = list.map((c) => {
    const heads = c.columns
      .map(
        (col) =>
          `<th scope="col">${e(col.name)}<br><span class="meta">${e(voters(t, col.voters))}</span></th>`,
      )
      .join('');
    const rows = c.rows
      .map(
        (row) =>
          `<tr><th scope="row">${e(row.label)}${row.source ? ` <span class="meta">(${e(row.source)})</span>` : ''}</th>${[row.plenary, ...row.locations].map((x) => cellHtml(x, lang)).join('')}</tr>`,
      )
      .join('');
    return `<div class="round" data-testid="report-ranking-compare">
<h3>${e(c.title)}</h3>
<p class="meta">${e(t(`rotx.compare.hint.${c.mode}`))}</p>
<table class="numbers"><thead><tr><th scope="col">${e(t('ranking.result.item'))}</th><th scope="col">${e(t('rotx.compare.plenary'))}<br><span class="meta">${e(voters(t, c.plenaryVoters))}</span></th>${heads}</tr></thead>
<tbody>${rows}</tbody></table></div>`;
  });
  return `<section class="compare" aria-labelledby="compare-h">
<h2 id="compare-h">${e(t('rotx.compare.title'))}</h2>
${tables.join('\n')}
</section>`;
}
