import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedReportEvent, type SeededEvent } from '../helpers/report-event.js';
import { chairKey } from '../helpers/server.js';
import { useTestServer } from '../helpers/scenario.js';

const srv = useTestServer();
let seeded: SeededEvent;

const report = (q: string, init?: RequestInit) =>
  fetch(`${srv.url}/r/${seeded.ev.code.toLowerCase()}${q}`, init);

/** The report as the organizer sees it, once the harvest has reached the plenary. */
async function organizerReport(q = ''): Promise<string> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const res = await report(`?t=${srv.adminToken}${q}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    if (html.includes('data-testid="report-harvest-item"') || Date.now() > deadline) return html;
    await new Promise((r) => setTimeout(r, 50));
  }
}

beforeAll(async () => {
  seeded = await seedReportEvent(srv, ['Tafel 1', 'Tafel 2']);
}, 30_000);
afterAll(async () => {
  for (const c of seeded.clients) c.close();
});

describe('the printable report', () => {
  it('[EXPORT-4] needs a chair link or the organizer token: 401, 403, 404 as pages', async () => {
    const none = await report('');
    expect(none.status).toBe(401);
    expect(none.headers.get('content-type')).toMatch(/text\/html/);
    const html = await none.text();
    expect(html).toContain('data-testid="message-page"');
    expect(html).not.toContain('Tafel 1');

    const wrong = await report('?k=not-the-key');
    expect(wrong.status).toBe(403);
    expect(await wrong.text()).not.toContain('Samen sterk');
    expect((await report('?t=wrong-token')).status).toBe(401);
    expect((await fetch(`${srv.url}/r/AAAAAA?t=${srv.adminToken}`)).status).toBe(404);
    expect((await report(`?t=${srv.adminToken}&room=nope`)).status).toBe(404);
    expect((await report(`?t=${srv.adminToken}&lang=fr`)).status).toBe(400);
  });

  it('[EXPORT-4][EXPORT-3] a room chair sees that room only; another room is a 403 page', async () => {
    const [t1, t2] = seeded.rooms as [SeededEvent['rooms'][0], SeededEvent['rooms'][0]];
    const own = await report(`?k=${t2.key}`);
    expect(own.status).toBe(200);
    const html = await own.text();
    expect(html.match(/data-testid="report-room"/g)).toHaveLength(1);
    expect(html).toContain('Samen sterk in Tafel 2');
    expect(html).not.toContain('Samen sterk in Tafel 1');
    expect(html).toContain('class="partial"');
    // Tafel 1 sent its statement to the plenary; that is not Tafel 2's harvest.
    expect(html).not.toContain('data-testid="report-harvest-item"');

    const other = await report(`?k=${t2.key}&room=${t1.id}`);
    expect(other.status).toBe(403);
    const page = await other.text();
    expect(page).toContain('data-testid="message-page"');
    expect(page).not.toContain('Tafel 1');
  });

  it('[EXPORT-4] the organizer gets a cover, the harvest first, then one section per room', async () => {
    const html = await organizerReport();
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('href="/_vonk/report.css"');
    expect(html).not.toMatch(/<script|style=/i);
    const cover = html.indexOf('data-testid="report-cover"');
    const harvest = html.indexOf('data-testid="report-harvest"');
    const rooms = [...html.matchAll(/data-testid="report-room"[^>]*>\s*<h2[^>]*>([^<]+)</g)].map(
      (m) => m[1],
    );
    expect(cover).toBeGreaterThan(-1);
    expect(harvest).toBeGreaterThan(cover);
    expect(html.indexOf('data-testid="report-room"')).toBeGreaterThan(harvest);
    expect(rooms).toEqual(['Tafel 1', 'Tafel 2']);
    // The plenary has nothing of its own: it is listed with the quiet rooms (EXPORT-7).
    expect(html.match(/data-testid="report-quiet-room"[^>]*><th scope="row">([^<]+)</)?.[1]).toBe(
      'Plenaire zaal',
    );
    expect(html.indexOf('data-testid="report-quiet"')).toBeGreaterThan(
      html.lastIndexOf('data-testid="report-room"'),
    );
    expect(html).not.toContain('class="partial"');

    // The harvest item, with the room it came from.
    const item = /data-testid="report-harvest-item">([\s\S]*?)<\/li>/.exec(html)?.[1] ?? '';
    expect(item).toContain('Samen sterk in Tafel 1');
    expect(item).toContain('<strong>Tafel 1</strong>');

    // Cover: 3 rooms, 6 participants; 2 statements + 3 votes per room and 2 questions.
    expect(html).toMatch(/Ruimtes<\/dt><dd>3</);
    expect(html).toMatch(/Deelnemers<\/dt><dd>6</);
    expect(html).toMatch(/Bijdragen<\/dt><dd>12</);

    // Walls: approved text only, with its hearts; never a rejected statement.
    expect(html).toContain('Samen sterk in Tafel 2');
    expect(html).toContain('1 hartje');
    expect(html).not.toContain('Afgewezen tekst');

    // The poll: an accessible SVG chart and the numbers as text.
    const tafel2 = html.slice(html.indexOf('Tafel 2</h2>'));
    const svg = /<svg class="chart" role="img" aria-labelledby="([^"]+)"[\s\S]*?<\/svg>/.exec(
      tafel2,
    );
    expect(svg).not.toBeNull();
    expect(svg![0]).toMatch(
      /<desc id="[^"]+">Staafdiagram van de uitslag: [^<]*Keuze 1 van Tafel 2 2 \(66,7%\); Keuze 2 van Tafel 2 1 \(33,3%\)/,
    );
    expect([...svg![0].matchAll(/data-count="(\d+)"/g)].map((m) => m[1])).toEqual(['2', '1']);
    expect(tafel2).toMatch(/<th scope="row">Keuze 1 van Tafel 2<\/th><td>2<\/td><td>66,7%<\/td>/);

    // The Q&A: ranked by votes, with the answered state.
    const questions = [
      ...tafel2.matchAll(
        /data-testid="report-question"><td>(\d+)<\/td><td>([^<]+)[\s\S]*?<td>(\d+)<\/td><td>([^<]+)</g,
      ),
    ].map((m) => [m[1], m[2], m[3], m[4]]);
    expect(questions).toEqual([
      ['1', 'Wie betaalt dit in Tafel 2?', '2', 'Beantwoord'],
      ['2', 'Hoe lang duurt het?', '0', 'Nog niet beantwoord'],
    ]);
  });

  it('[EXPORT-4] ?room= narrows to one room; ?lang=en is English; Bearer works as well', async () => {
    const t1 = seeded.rooms[0]!;
    const res = await report(`?room=${t1.id}&lang=en`, {
      headers: { authorization: `Bearer ${srv.adminToken}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const html = await res.text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Harvest for the plenary');
    expect(html.match(/data-testid="report-room"/g)).toHaveLength(1);
    expect(html).toContain('Samen sterk in Tafel 1');
    expect(html).not.toContain('Samen sterk in Tafel 2');
    expect(html).toContain('class="partial"');
  });

  it('[EXPORT-4] the event chair link opens every room', async () => {
    const res = await report(`?k=${chairKey(seeded.ev.chairUrl)}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html.match(/data-testid="report-room"/g)).toHaveLength(2);
    expect(html.match(/data-testid="report-quiet-room"/g)).toHaveLength(1);
  });

  it('[EXPORT-4] the stylesheet is served as CSS with print rules', async () => {
    const res = await fetch(`${srv.url}/_vonk/report.css`);
    expect(res.headers.get('content-type')).toMatch(/text\/css/);
    const css = await res.text();
    expect(css).toMatch(/@page\s*{\s*size: A4/);
    expect(css).toMatch(/@media print[\s\S]*break-before: page/);
  });
});
