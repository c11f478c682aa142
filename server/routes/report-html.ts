// The printable report (rule EXPORT-4): a cover, the harvest sent to the plenary first, then
// one section per room with each activity in agenda order. Server-rendered HTML without script;
// the browser's print dialog makes it a PDF. Every piece of user text goes through escapeHtml.

import { translate, type MessageKey } from '../../shared/i18n/index.js';
import type { Language } from '../../shared/model.js';
import type { PollExport, QaExport, RoundExport, WallExport } from '../domain/harvest.js';
import type { HarvestItem } from '../domain/report-facts.js';
import type { RoomFullExport } from './export.js';
import { barChartSvg, barValue, formatNumber, type Bar } from './report-chart.js';
import { escapeHtml as e } from './pages.js';

export interface ReportInput {
  lang: Language;
  event: { name: string; createdAt: number };
  rooms: RoomFullExport[];
  harvest: HarvestItem[];
  participants: number;
  contributions: number;
  /** False when the caller's link opens only part of the event. */
  complete: boolean;
}

type T = (k: MessageKey, p?: Record<string, string | number>) => string;

const localeOf = (lang: Language) => (lang === 'nl' ? 'nl-NL' : 'en-GB');

const plural = (t: T, n: number, one: MessageKey, many: MessageKey) =>
  n === 1 ? t(one) : t(many, { n });

function cover(input: ReportInput, t: T): string {
  const locale = localeOf(input.lang);
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(
    new Date(input.event.createdAt),
  );
  const facts: [MessageKey, string][] = [
    ['report.cover.date', date],
    ['report.cover.rooms', formatNumber(input.rooms.length, locale)],
    ['report.cover.participants', formatNumber(input.participants, locale)],
    ['report.cover.contributions', formatNumber(input.contributions, locale)],
  ];
  return `<section class="cover" data-testid="report-cover">
<p class="kicker">${e(t('report.title'))}</p>
<h1>${e(input.event.name)}</h1>
<dl class="facts">${facts.map(([k, v]) => `<div><dt>${e(t(k))}</dt><dd>${e(v)}</dd></div>`).join('')}</dl>
${input.complete ? '' : `<p class="partial">${e(t('report.partial'))}</p>`}
</section>`;
}

function harvest(items: HarvestItem[], t: T): string {
  const list = items.length
    ? `<ol class="items">${items
        .map(
          (h) => `<li data-testid="report-harvest-item"><p class="text">${e(h.text)}</p>
<p class="meta">${e(t('report.harvest.room'))}: <strong>${e(h.roomName)}</strong>${h.name ? ` · ${e(h.name)}` : ''}${h.group ? ` · ${e(h.group)}` : ''}</p></li>`,
        )
        .join('\n')}</ol>`
    : `<p class="none">${e(t('report.harvest.none'))}</p>`;
  return `<section class="harvest" data-testid="report-harvest" aria-labelledby="harvest-h">
<h2 id="harvest-h">${e(t('report.harvest.title'))}</h2>
${list}
</section>`;
}

function wall(a: WallExport, t: T): string {
  const shown = a.statements.filter((s) => s.status === 'approved');
  const items = shown
    .map((s) => {
      const meta = [
        s.name,
        s.hearts > 0 ? plural(t, s.hearts, 'report.hearts.one', 'report.hearts.many') : null,
      ]
        .filter((x): x is string => !!x)
        .map(e)
        .join(' · ');
      return `<li data-testid="report-statement"><p class="text">${e(s.text)}</p>${meta ? `<p class="meta">${meta}</p>` : ''}</li>`;
    })
    .join('\n');
  return `<p class="prompt">${e(a.prompt)}</p>
${shown.length ? `<ol class="items">${items}</ol>` : `<p class="none">${e(t('report.nothing'))}</p>`}`;
}

function roundBars(a: PollExport, r: RoundExport): Bar[] {
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
  const rounds = a.rounds.filter((r) => r.voters > 0 || a.rounds.length === 1);
  if (rounds.length === 0 || rounds.every((r) => r.voters === 0)) {
    out.push(`<p class="none">${e(t('report.poll.noVotes'))}</p>`);
  }
  for (const r of rounds) {
    if (r.voters === 0) continue;
    const bars = roundBars(a, r);
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
  const whys = a.statements.filter((s) => s.status === 'approved');
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

function room(r: RoomFullExport, index: number, t: T, lang: Language): string {
  const meta = [
    r.location ? `${t('report.room.location')}: ${r.location}` : null,
    r.chairName ? `${t('report.room.chair')}: ${r.chairName}` : null,
  ].filter((x): x is string => x !== null);
  // The plenary's harvest wall is the harvest section at the front.
  const activities = r.activities.filter(
    (a) => !(a.kind === 'wall' && 'harvest' in a.config && a.config.harvest),
  );
  const body = activities.map((a, i) => {
    const id = `c${index}-${i}`;
    let inner: string;
    if (a.kind === 'wall') inner = wall(a, t);
    else if (a.kind === 'poll') inner = poll(a, t, lang, id);
    else if (a.kind === 'qa') inner = qa(a, t, lang);
    else inner = '';
    return `<section class="activity" data-kind="${e(a.kind)}"><h3>${e(a.title)}</h3>\n${inner}</section>`;
  });
  return `<section class="room" data-testid="report-room" data-room-id="${e(r.id)}" aria-labelledby="room-${index}">
<h2 id="room-${index}">${e(r.name)}</h2>
${meta.length ? `<p class="meta">${meta.map(e).join(' · ')}</p>` : ''}
${body.length ? body.join('\n') : `<p class="none">${e(t('report.room.empty'))}</p>`}
</section>`;
}

export function reportHtml(input: ReportInput): string {
  const t: T = (k, p) => translate(input.lang, k, p);
  const title = `${t('report.title')}: ${input.event.name}`;
  return `<!doctype html><html lang="${input.lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)} · Vonk</title><link rel="stylesheet" href="/_vonk/report.css"></head>
<body><div class="toolbar"><p>${e(t('report.hint'))}</p></div>
<main>
${cover(input, t)}
${harvest(input.harvest, t)}
${input.rooms.map((r, i) => room(r, i, t, input.lang)).join('\n')}
</main></body></html>`;
}
