// Printables cut from A4 (PRINT-1, PRINT-2): table cards as A6, four to a sheet, with the
// event's name and logo; chair slips, eight to a sheet, one per chair. Cut marks are dashed
// lines along the cuts, drawn by the stylesheet (print-sheets.css).

import QRCode from 'qrcode';
import { logoPath } from '../../shared/brand.js';
import { translate } from '../../shared/i18n/index.js';
import type { Language } from '../../shared/model.js';
import type { EventLinks, RoomLinks } from '../events.js';
import type { EventRecord } from '../store/types.js';
import { escapeHtml as e } from './pages.js';

const qr = (url: string) =>
  QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });

function chunks<T>(list: T[], n: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += n) out.push(list.slice(i, i + n));
  return out;
}

function sheets(kind: 'cards' | 'slips', items: string[], perSheet: number): string {
  return chunks(items, perSheet)
    .map(
      (group) =>
        `<div class="sheet sheet--${kind}" data-testid="print-sheet">${group.join('\n')}</div>`,
    )
    .join('\n');
}

export function sheetPage(lang: Language, title: string, body: string): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)} · Vonk</title><link rel="stylesheet" href="/_vonk/print-sheets.css"></head>
<body><div class="toolbar"><h1>${e(title)}</h1><p>${e(translate(lang, 'print.hint'))} ${e(translate(lang, 'print.sheets.cut'))}</p></div>
<main>${body}</main></body></html>`;
}

/** Four A6 table cards per A4 sheet. */
export async function cardSheets(event: EventRecord, rooms: RoomLinks[]): Promise<string> {
  const lang = event.language;
  const logo = event.logoHash
    ? `<img class="logo" src="${e(logoPath(event.code, event.logoHash))}" alt="">`
    : '';
  const cards = await Promise.all(
    rooms.map(
      async (r) => `<section class="a6 card" data-testid="table-card">
<p class="event">${logo}<span>${e(event.name)}</span></p>
<h2>${e(r.name)}</h2>
${r.location ? `<p class="where">${e(r.location)}</p>` : ''}
${await qr(r.joinUrl)}
<p class="code">${e(event.code)}</p>
<p class="how">${e(translate(lang, 'print.card.line1'))}<br>${e(translate(lang, 'print.card.line2', { code: event.code, site: new URL(r.joinUrl).host }))}</p>
<p class="url">${e(r.joinUrl)}</p>
</section>`,
    ),
  );
  return sheets('cards', cards, 4);
}

/** Eight chair slips per A4 sheet: each chair gets their own room's link, nobody else's. */
export async function chairSlips(event: EventRecord, links: EventLinks): Promise<string> {
  const lang = event.language;
  const slips = await Promise.all(
    links.rooms.map(
      async (r) => `<section class="slip" data-testid="chair-slip">
<div class="slip__text">
<p class="event">${e(event.name)}</p>
<h2>${e(r.name)}</h2>
${r.location ? `<p class="where">${e(r.location)}</p>` : ''}
${r.chairName ? `<p class="who">${e(translate(lang, 'report.room.chair'))}: ${e(r.chairName)}</p>` : ''}
<p class="secret">${e(translate(lang, 'print.slips.secret'))}</p>
<p class="link">${e(r.chairUrl)}</p>
</div>
${await qr(r.chairUrl)}
</section>`,
    ),
  );
  return sheets('slips', slips, 8);
}
