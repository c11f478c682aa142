// The printable report (rules EXPORT-4, EXPORT-7): a cover, the harvest sent to the plenary
// first, then a section per room where something came in (its rounds first, the rest in agenda
// order), then every room where nothing came in, listed together on one page. Server-rendered HTML without script;
// the browser's print dialog makes it a PDF. Every piece of user text goes through escapeHtml.

import { compareRankings } from '../../shared/ranking-compare.js';
import { comparisonHtml } from '../kinds/ranking/compare-export.js';
import { translate, type MessageKey } from '../../shared/i18n/index.js';
import type { Language } from '../../shared/model.js';
import type { HarvestItem } from '../domain/report-facts.js';
import type { RoomFullExport } from './export.js';
import {
  activityHtml,
  hasContributions,
  localeOf,
  printedFirst,
  type T,
} from './report-activities.js';
import { formatNumber } from '../kinds/poll/report-chart.js';
import { kindOf } from '../kinds/index.js';
import { escapeHtml as e } from './pages.js';
import { deckCell, deckHtml } from './export-decks.js';
import { visitHeading, visitSections } from '../domain/harvest-visits.js';
import { DEFAULT_TIME_ZONE } from '../../shared/clock.js';

export interface ReportInput {
  lang: Language;
  event: { name: string; createdAt: number };
  rooms: RoomFullExport[];
  harvest: HarvestItem[];
  participants: number;
  contributions: number;
  /** False when the caller's link opens only part of the event. */
  complete: boolean;
  /** The event's zone, for the visits' times (default Europe/Amsterdam). */
  timeZone?: string;
}

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

/** The plenary's harvest wall is the harvest section at the front, not part of a room. */
const printed = (r: RoomFullExport) =>
  r.activities.filter(
    (a) =>
      kindOf(a.kind).printed !== false &&
      !(a.kind === 'wall' && 'harvest' in a.config && a.config.harvest),
  );

const roomMeta = (r: RoomFullExport, t: T): string[] =>
  [
    r.location ? `${t('report.room.location')}: ${r.location}` : null,
    r.arrangement ? `${t('report.room.arrangement')}: ${r.arrangement}` : null,
    r.chairName ? `${t('report.room.chair')}: ${r.chairName}` : null,
  ].filter((x): x is string => x !== null);

/** A location with visits: each visit its own part, headed "A1 · Groep 7 · 10:30–11:15" (ROT-31). */
function visitParts(r: RoomFullExport, index: number, t: T, input: ReportInput): string[] {
  const activities = printed(r).sort((a, b) => printedFirst(b) - printedFirst(a));
  return visitSections(activities, r.visits).map((s, v) => {
    const heading = visitHeading(s, input.lang, input.timeZone ?? DEFAULT_TIME_ZONE);
    const html = s.activities.map((a, i) =>
      activityHtml(a, `c${index}-v${v}-${i}`, t, input.lang, 4),
    );
    return `<section class="visit" data-testid="report-visit"><h3>${e(heading)}</h3>
${html.length ? html.join('\n') : `<p class="none">${e(t('rot3.visit.nothing'))}</p>`}</section>`;
  });
}

function room(r: RoomFullExport, index: number, t: T, input: ReportInput): string {
  const lang = input.lang;
  const meta = roomMeta(r, t);
  if (r.visits?.length) return roomSection(r, index, meta, visitParts(r, index, t, input), t);
  // The solution directions first (EXPORT-7): the rounds lead, the rest keeps agenda order.
  const activities = printed(r).sort((a, b) => printedFirst(b) - printedFirst(a));
  const decks = r.decks ?? [];
  // A pitch: its decks, then its Q&As right next to them, then the rest (DECK-25).
  const pitchFirst = decks.length
    ? [...activities.filter((a) => a.kind === 'qa'), ...activities.filter((a) => a.kind !== 'qa')]
    : activities;
  const pitchQa = decks.length ? activities.filter((a) => a.kind === 'qa').length : 0;
  const html = pitchFirst.map((a, i) => activityHtml(a, `c${index}-${i}`, t, lang));
  const body = decks.length
    ? [
        `<div class="pitch" data-testid="report-pitch">${deckHtml(decks, lang, `decks-${index}`)}\n${html.slice(0, pitchQa).join('\n')}</div>`,
        ...html.slice(pitchQa),
      ]
    : html;
  return roomSection(r, index, meta, body, t);
}

function roomSection(r: RoomFullExport, index: number, meta: string[], body: string[], t: T) {
  return `<section class="room" data-testid="report-room" data-room-id="${e(r.id)}" aria-labelledby="room-${index}">
<h2 id="room-${index}">${e(r.name)}</h2>
${meta.length ? `<p class="meta">${meta.map(e).join(' · ')}</p>` : ''}
${body.length ? body.join('\n') : `<p class="none">${e(t('report.room.empty'))}</p>`}
</section>`;
}

/** Rooms where nothing came in, together on one page instead of a page each (EXPORT-7). */
function quietRooms(rooms: RoomFullExport[], t: T, lang: Language): string {
  if (rooms.length === 0) return '';
  const th = (k: MessageKey) => `<th scope="col">${e(t(k))}</th>`;
  // A pitch whose Q&A got no question still names its deck (DECK-25).
  const decks = rooms.some((r) => (r.decks ?? []).length > 0);
  const rows = rooms.map(
    (r) =>
      `<tr data-testid="report-quiet-room" data-room-id="${e(r.id)}"><th scope="row">${e(r.name)}</th><td>${e(r.location ?? '')}</td><td>${e(r.arrangement ?? '')}</td><td>${e(r.chairName ?? '')}</td>${decks ? `<td>${e(deckCell(r.decks, lang))}</td>` : ''}</tr>`,
  );
  return `<section class="quiet" data-testid="report-quiet" aria-labelledby="quiet-h">
<h2 id="quiet-h">${e(t('report.quiet.title'))}</h2>
<p class="meta">${e(t('report.quiet.hint'))}</p>
<table class="quiet-list"><thead><tr>${th('report.quiet.room')}${th('report.room.location')}${th('report.room.arrangement')}${th('report.room.chair')}${decks ? th('deckup.report.title') : ''}</tr></thead>
<tbody>${rows.join('\n')}</tbody></table>
</section>`;
}

export function reportHtml(input: ReportInput): string {
  const t: T = (k, p) => translate(input.lang, k, p);
  const title = `${t('report.title')}: ${input.event.name}`;
  const full = input.rooms.filter((r) => printed(r).some(hasContributions));
  const quiet = input.rooms.filter((r) => !full.includes(r));
  return `<!doctype html><html lang="${input.lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)} · Vonk</title><link rel="stylesheet" href="/_vonk/report.css"></head>
<body><div class="toolbar"><p>${e(t('report.hint'))}</p></div>
<main>
${cover(input, t)}
${harvest(input.harvest, t)}
${comparisonHtml(compareRankings(input.rooms), t, input.lang)}
${full.map((r, i) => room(r, i, t, input)).join('\n')}
${quietRooms(quiet, t, input.lang)}
</main></body></html>`;
}
