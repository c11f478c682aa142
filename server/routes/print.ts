// Printable pages for the organizer: table cards (one per room, with its QR) and the chair
// sheet (each room's chair link with its own QR). Rendered on the server with inline SVG, so
// they print without any script and work with the browser's "save as PDF".

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Hono, type Context } from 'hono';
import QRCode from 'qrcode';
import { translate } from '../../shared/i18n/index.js';
import { isValidCode, normalizeCode } from '../../shared/limits.js';
import type { Language } from '../../shared/model.js';
import type { EventService } from '../events.js';
import type { EventRecord, Store } from '../store/types.js';
import { escapeHtml, messagePage } from './pages.js';
import { cardSheets, chairSlips, sheetPage } from './print-sheets.js';
import { organizerToken } from './scope.js';

// Each stylesheet is served with the shared base in front of it.
const css = (name: string) => readFileSync(fileURLToPath(new URL(name, import.meta.url)), 'utf8');
const BASE_CSS = css('./print-base.css');
const PRINT_CSS = BASE_CSS + css('./print.css');
const SHEETS_CSS = BASE_CSS + css('./print-sheets.css');

const qr = (url: string) =>
  QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });

function page(lang: Language, title: string, body: string): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · Vonk</title><link rel="stylesheet" href="/_vonk/print.css"></head>
<body><div class="toolbar"><p>${escapeHtml(translate(lang, 'print.hint'))}</p></div>
<main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`;
}

export function printRoutes(deps: {
  store: Store;
  events: EventService;
  isAdmin(t: string | undefined): boolean;
}) {
  const app = new Hono();
  app.get('/_vonk/print.css', (c) => {
    c.header('Content-Type', 'text/css; charset=utf-8');
    return c.body(PRINT_CSS);
  });
  app.get('/_vonk/print-sheets.css', (c) => {
    c.header('Content-Type', 'text/css; charset=utf-8');
    return c.body(SHEETS_CSS);
  });

  /** Organizer only: the session cookie, or the token in ?t= so the page can be shared as a link. */
  const organizer =
    (render: (c: Context, event: EventRecord) => Promise<string>) => async (c: Context) => {
      const code = normalizeCode(c.req.param('code') ?? '');
      const event = isValidCode(code) ? await deps.store.getEventByCode(code) : null;
      const lang: Language = event?.language ?? 'nl';
      if (!deps.isAdmin(organizerToken(c))) {
        return c.html(messagePage(lang, 'error.unauthorized', 'organizer.unauthorized'), 401);
      }
      if (!event) return c.html(messagePage(lang, 'error.not_found', 'home.unknownCode'), 404);
      c.header('Cache-Control', 'no-store');
      return c.html(await render(c, event));
    };

  // Table cards as A6, four to an A4 sheet, with the event's name and logo (PRINT-1).
  app.get(
    '/o/:code/cards',
    organizer(async (_c, event) => {
      const lang = event.language;
      const { rooms } = await deps.events.links(event);
      return sheetPage(
        lang,
        `${translate(lang, 'print.cards.title')}: ${event.name}`,
        await cardSheets(event, rooms),
      );
    }),
  );

  // A slip per chair, eight to a sheet, next to the sheet of all links below (PRINT-2).
  app.get(
    '/o/:code/slips',
    organizer(async (_c, event) => {
      const lang = event.language;
      return sheetPage(
        lang,
        `${translate(lang, 'print.slips.title')}: ${event.name}`,
        await chairSlips(event, await deps.events.links(event)),
      );
    }),
  );

  app.get(
    '/o/:code/chairs',
    organizer(async (_c, event) => {
      const lang = event.language;
      const links = await deps.events.links(event);
      const rows = await Promise.all(
        links.rooms.map(
          async (r) => `<tr data-testid="chair-row"><td><strong>${escapeHtml(r.name)}</strong>
${r.location ? `<br>${escapeHtml(r.location)}` : ''}${r.chairName ? `<br>${escapeHtml(r.chairName)}` : ''}</td>
<td>${await qr(r.chairUrl)}</td><td class="link">${escapeHtml(r.chairUrl)}</td></tr>`,
        ),
      );
      const body = `<p class="secret">${escapeHtml(translate(lang, 'print.chairs.secret'))}</p>
<table class="chairs"><thead><tr><th>${escapeHtml(translate(lang, 'print.chairs.room'))}</th>
<th>QR</th><th>${escapeHtml(translate(lang, 'organizer.chairLink'))}</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table>`;
      return page(lang, `${translate(lang, 'print.chairs.title')}: ${event.name}`, body);
    }),
  );
  return app;
}
