// A poll in the harvest, the Markdown export, the CSV table and the printed report: its counts
// per round (from the stored votes, uncapped) and its "why" lines.

import { formatNumber as fmt, formatPercent } from '../../../shared/format.js';
import type { Language, PollActivity } from '../../../shared/model.js';
import type { ActivityExportBase, PollExport, RoundExport } from '../../domain/harvest.js';
import { escapeHtml as e } from '../../domain/html.js';
import type { RoomState } from '../../domain/types.js';
import type { CsvRow } from '../csv.js';
import type { T } from '../kind.js';
import { escapeMarkdown as md } from '../qa/qa-export.js';
import { byHearts, localeOf, plural } from '../report.js';
import { isChoiceKind } from './poll-config.js';
import { tallyRounds } from './poll-tally.js';
import { barChartSvg, barValue, formatNumber, type Bar } from './report-chart.js';

const percent = (count: number, voters: number) =>
  voters > 0 ? Math.round((count / voters) * 1000) / 10 : 0;

export function pollHarvest(
  state: RoomState,
  a: PollActivity,
  base: ActivityExportBase,
): PollExport {
  const runtime = state.polls.get(a.id);
  const c = a.config;
  const rounds: RoundExport[] = (runtime ? tallyRounds(c, runtime) : []).map((t) => {
    const visit = runtime?.visits?.[t.round - 1];
    const r: RoundExport = { round: t.round, voters: t.voters, ...(visit ? { visit } : {}) };
    if (t.options) {
      r.options = c.options.map((o) => {
        const count = t.options?.[o.id] ?? 0;
        return { id: o.id, label: o.label, count, percent: percent(count, t.voters) };
      });
    }
    if (t.scale) {
      r.scale = t.scale.counts.map((count, i) => ({
        value: c.scale.min + i,
        count,
        percent: percent(count, t.voters),
      }));
      r.mean = t.scale.mean;
    }
    if (t.words) r.words = t.words;
    return r;
  });
  return {
    ...base,
    kind: 'poll',
    pollKind: c.pollKind,
    question: c.question,
    state: a.state,
    options: isChoiceKind(c.pollKind) ? c.options : [],
    ...(c.pollKind === 'scale' ? { scale: c.scale } : {}),
    ...(c.pollKind === 'cloud' && runtime
      ? { removedWords: [...runtime.removedWords].sort() }
      : {}),
    rounds,
  };
}

export function pollMarkdown(a: PollExport, t: T, lang: Language): string[] {
  const n = (x: number) => fmt(x, lang);
  const pct = (x: number) => formatPercent(x, lang, 1);
  const out = [`### ${md(a.title)}`, '', `_${md(a.question)}_`, ''];
  if (a.rounds.length === 0) out.push(md(t('report.nothing')), '');
  for (const r of a.rounds) {
    out.push(`**${md(t('report.round', { n: r.round, voters: r.voters }))}**`, '');
    for (const o of r.options ?? [])
      out.push(`- ${md(o.label)}: ${n(o.count)} (${pct(o.percent)})`);
    for (const s of r.scale ?? []) out.push(`- ${n(s.value)}: ${n(s.count)} (${pct(s.percent)})`);
    if (r.mean !== undefined && r.mean !== null)
      out.push(`- ${md(t('report.mean'))}: ${fmt(r.mean, lang, 2)}`);
    for (const w of r.words ?? []) out.push(`- ${md(w.word)}: ${n(w.count)}`);
    out.push('');
  }
  const whys = a.statements.filter((s) => s.status === 'approved');
  if (whys.length) {
    out.push(`**${md(t('report.why'))}**`, '');
    for (const s of whys) {
      out.push(s.options ? `- ${md(s.options.join(' + '))}: ${md(s.text)}` : `- ${md(s.text)}`);
    }
    out.push('');
  }
  return out;
}

export function pollRows(base: CsvRow, poll: PollExport): CsvRow[] {
  const rows: CsvRow[] = [];
  for (const r of poll.rounds) {
    const at = { ...base, round: r.round };
    rows.push({ ...at, record: 'voters', count: r.voters });
    for (const o of r.options ?? []) {
      rows.push({ ...at, record: 'option', choice: o.label, count: o.count, percent: o.percent });
    }
    for (const v of r.scale ?? []) {
      rows.push({ ...at, record: 'scale', choice: v.value, count: v.count, percent: v.percent });
    }
    if (r.mean !== undefined) rows.push({ ...at, record: 'mean', mean: r.mean });
    for (const w of r.words ?? [])
      rows.push({ ...at, record: 'word', choice: w.word, count: w.count });
  }
  return rows;
}

function roundBars(r: RoundExport): Bar[] {
  if (r.options)
    return r.options.map((o) => ({ label: o.label, count: o.count, percent: o.percent }));
  if (r.scale)
    return r.scale.map((s) => ({ label: String(s.value), count: s.count, percent: s.percent }));
  // A cloud: the most named words (each person names a word once).
  return (r.words ?? [])
    .slice(0, 20)
    .map((w) => ({ label: w.word, count: w.count, percent: null }));
}

export function pollHtml(a: PollExport, t: T, lang: Language, id: string): string {
  const locale = localeOf(lang);
  const out = [`<p class="prompt">${e(a.question)}</p>`];
  // A dilemma's options are printed with their drawbacks: the choice means little without them.
  const withDrawback = a.options.filter((o) => o.drawback);
  if (withDrawback.length) {
    out.push(
      `<ul class="options">${withDrawback
        .map(
          (o) =>
            `<li><strong>${e(o.label)}</strong> · ${e(t('report.poll.drawback'))}: ${e(o.drawback ?? '')}</li>`,
        )
        .join('')}</ul>`,
    );
  }
  if (a.rounds.every((r) => r.voters === 0)) {
    out.push(`<p class="none">${e(t('report.poll.noVotes'))}</p>`);
  }
  for (const r of a.rounds) {
    if (r.voters === 0) continue;
    const bars = roundBars(r);
    const votes = plural(t, r.voters, 'report.poll.votes.one', 'report.poll.votes.many');
    const heading =
      a.rounds.length > 1 ? t('report.round', { n: r.round, voters: r.voters }) : votes;
    const summary = `${a.question} (${votes}): ${bars.map((b) => `${b.label} ${barValue(b, locale)}`).join('; ')}`;
    const mean =
      r.mean !== undefined && r.mean !== null
        ? `<p class="meta">${e(t('report.mean'))}: ${e(formatNumber(r.mean, locale))}</p>`
        : '';
    out.push(`<div class="round" data-testid="report-round">
<h4>${e(heading)}</h4>
${barChartSvg(bars, { id: `${id}-r${r.round}`, title: a.question, alt: t('report.poll.chart', { summary }), locale })}
<table class="numbers"><thead><tr><th scope="col">${e(t('report.poll.option'))}</th><th scope="col">${e(t('report.poll.count'))}</th><th scope="col">${e(t('report.poll.percent'))}</th></tr></thead>
<tbody>${bars
      .map(
        (b) =>
          `<tr><th scope="row">${e(b.label)}</th><td>${e(formatNumber(b.count, locale))}</td><td>${b.percent === null ? '' : `${e(formatNumber(b.percent, locale))}%`}</td></tr>`,
      )
      .join('')}</tbody></table>
${mean}</div>`);
  }
  const whys = byHearts(a.statements.filter((s) => s.status === 'approved'));
  if (whys.length) {
    out.push(
      `<h4>${e(t('report.why'))}</h4><ul class="items">${whys
        .map(
          (s) =>
            `<li>${s.options ? `<p class="meta">${e(s.options.join(' + '))}</p>` : ''}<p class="text">${e(s.text)}</p></li>`,
        )
        .join('')}</ul>`,
    );
  }
  return out.join('\n');
}
