// The printed parts of each activity kind in the report (EXPORT-4, EXPORT-7): a wall's
// statements by hearts, a poll's chart and numbers, a Q&A's ranked questions, and a dilemma
// round with its dilemma and its steps, the solution directions first. Every piece of user
// text goes through escapeHtml.

import type { MessageKey } from '../../shared/i18n/index.js';
import type { Language } from '../../shared/model.js';
import type {
  PollExport,
  QaExport,
  RoundActivityExport,
  RoundExport,
  StatementExport,
  WallExport,
} from '../domain/harvest.js';
import type { RoomFullExport } from './export.js';
import { barChartSvg, barValue, formatNumber, type Bar } from './report-chart.js';
import { escapeHtml as e } from './pages.js';

export type T = (k: MessageKey, p?: Record<string, string | number>) => string;
export type ActivityOut = RoomFullExport['activities'][number];

export const localeOf = (lang: Language) => (lang === 'nl' ? 'nl-NL' : 'en-GB');

const plural = (t: T, n: number, one: MessageKey, many: MessageKey) =>
  n === 1 ? t(one) : t(many, { n });

/** Most hearts first; equal hearts in the order they were posted (EXPORT-7). */
export function byHearts(list: StatementExport[]): StatementExport[] {
  return [...list].sort(
    (a, b) =>
      b.hearts - a.hearts || (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0),
  );
}

function statementList(list: StatementExport[], t: T, none: MessageKey): string {
  const shown = byHearts(list.filter((s) => s.status === 'approved'));
  if (shown.length === 0) return `<p class="none">${e(t(none))}</p>`;
  const items = shown.map((s) => {
    const meta = [
      s.name,
      s.hearts > 0 ? plural(t, s.hearts, 'report.hearts.one', 'report.hearts.many') : null,
    ]
      .filter((x): x is string => !!x)
      .map(e)
      .join(' · ');
    return `<li data-testid="report-statement"><p class="text">${e(s.text)}</p>${meta ? `<p class="meta">${meta}</p>` : ''}</li>`;
  });
  return `<ol class="items">${items.join('\n')}</ol>`;
}

function wall(a: WallExport, t: T): string {
  return `<p class="prompt">${e(a.prompt)}</p>\n${statementList(a.statements, t, 'report.nothing')}`;
}

/** The step that holds the solution directions: the one named so, else the last. */
export function solutionStep(a: RoundActivityExport): number {
  const named = a.phases.findIndex((p) => p.id === 'solutions');
  return named >= 0 ? named : a.phases.length - 1;
}

function round(a: RoundActivityExport, t: T): string {
  const first = solutionStep(a);
  const order = [first, ...a.phases.map((_, i) => i).filter((i) => i !== first)];
  const steps = order.map((i) => {
    const p = a.phases[i]!;
    return `<div class="step" data-testid="report-step" data-step="${i}">
<h4>${e(t('report.round.step', { n: i + 1, title: p.title }))}</h4>
${p.prompt ? `<p class="prompt">${e(p.prompt)}</p>` : ''}
${statementList(p.contributions, t, 'report.round.noContributions')}
</div>`;
  });
  const dilemma = a.dilemma
    ? `<p class="dilemma"><strong>${e(t('report.round.dilemma'))}:</strong> ${e(a.dilemma)}</p>`
    : '';
  return `${dilemma}\n${steps.join('\n')}`;
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

function poll(a: PollExport, t: T, lang: Language, id: string): string {
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

function qa(a: QaExport, t: T, lang: Language): string {
  const locale = localeOf(lang);
  // Ranked by votes; the sort is stable, so ties stay in popular order (QA-8).
  const shown = a.questions
    .filter((q) => q.status === 'approved' || q.status === 'archived')
    .sort((x, y) => y.votes - x.votes);
  const head = `<p class="prompt">${e(a.pitch)}${a.speaker ? ` · ${e(t('report.qa.speaker'))}: ${e(a.speaker)}` : ''}</p>`;
  if (shown.length === 0) return `${head}<p class="none">${e(t('report.nothing'))}</p>`;
  const rows = shown
    .map(
      (
        q,
        i,
      ) => `<tr data-testid="report-question"><td>${i + 1}</td><td>${e(q.question)}${q.name ? `<br><span class="meta">${e(q.name)}</span>` : ''}</td>
<td>${e(formatNumber(q.votes, locale))}</td><td>${e(t(q.answered ? 'report.qa.answered' : 'report.qa.open'))}</td></tr>`,
    )
    .join('\n');
  return `${head}<table class="questions"><thead><tr><th scope="col">${e(t('report.qa.rank'))}</th><th scope="col">${e(t('report.qa.question'))}</th><th scope="col">${e(t('report.qa.votes'))}</th><th scope="col">${e(t('report.qa.state'))}</th></tr></thead>
<tbody>${rows}</tbody></table>`;
}

/** One activity's printed section. */
export function activityHtml(a: ActivityOut, id: string, t: T, lang: Language): string {
  let inner: string;
  if (a.kind === 'wall') inner = wall(a, t);
  else if (a.kind === 'poll') inner = poll(a, t, lang, id);
  else if (a.kind === 'qa') inner = qa(a, t, lang);
  else inner = round(a, t);
  return `<section class="activity" data-kind="${e(a.kind)}"><h3>${e(a.title)}</h3>\n${inner}</section>`;
}

/** Whether anything came in: an approved post, a vote, a published question. */
export function hasContributions(a: ActivityOut): boolean {
  if (a.statements.some((s) => s.status === 'approved')) return true;
  if (a.kind === 'poll') return a.rounds.some((r) => r.voters > 0);
  if (a.kind === 'qa')
    return a.questions.some((q) => q.status === 'approved' || q.status === 'archived');
  return false;
}
