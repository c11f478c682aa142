// The join page as the server sends it: the language it starts in, a preload of that
// language's strings, and the event's public info as inert data (NET-3).

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawGet } from '../helpers/raw-http.js';
import { startTestServer, type CreatedEvent, type TestServer } from '../helpers/server.js';

let server: TestServer;
let event: CreatedEvent;

beforeAll(async () => {
  server = await startTestServer();
  event = await server.createEvent('Sociale Top Zuid');
});
afterAll(() => server.stop());

const page = async (path: string, headers: Record<string, string> = {}) =>
  (await rawGet(`${server.url}${path}`, headers)).body.toString('utf8');

/** The JSON in the page's <meta name="vonk-event">, decoded as the browser would. */
function inPage(html: string): unknown {
  const m = /<meta name="vonk-event" content="([^"]*)">/.exec(html);
  if (!m) return null;
  const decoded = m[1]!.replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)));
  return JSON.parse(decoded);
}

describe('one language per page', () => {
  const preloads = (html: string) =>
    [...html.matchAll(/rel="modulepreload"[^>]*href="(\/assets\/lang-[^"]+)"/g)].map((m) => m[1]!);

  it('[NET-3] the join page preloads the strings of the event language only', async () => {
    const nlPage = await page(`/j/${event.code}`);
    expect(nlPage).toContain('<html lang="nl"');
    expect(preloads(nlPage)).toEqual([expect.stringMatching(/^\/assets\/lang-nl-/)]);

    const english = await server.createEvent('Theme afternoon', 'en');
    const enPage = await page(`/j/${english.code}`);
    expect(enPage).toContain('<html lang="en"');
    expect(preloads(enPage)).toEqual([expect.stringMatching(/^\/assets\/lang-en-/)]);
  });

  it("[NET-3] the person's own choice (the cookie) wins over the event language", async () => {
    const res = await rawGet(`${server.url}/j/${event.code}`, { cookie: 'vonk_lang=en' });
    const html = res.body.toString('utf8');
    expect(html).toContain('<html lang="en"');
    expect(preloads(html)).toEqual([expect.stringMatching(/^\/assets\/lang-en-/)]);
    expect(String(res.headers.vary).toLowerCase()).toContain('cookie');
    // A cookie naming no language Vonk has changes nothing.
    const odd = await rawGet(`${server.url}/j/${event.code}`, { cookie: 'vonk_lang=xx' });
    expect(odd.body.toString('utf8')).toContain('<html lang="nl"');
  });
});

describe('the event in the page', () => {
  it('[NET-3][ORG-22] the join page carries the same public info as GET /api/events/:code?rooms=brief', async () => {
    const html = await page(`/j/${event.code.toLowerCase()}`);
    const brief = `${server.url}/api/events/${event.code}?rooms=brief`;
    const api = (await (await fetch(brief)).json()) as unknown;
    expect(inPage(html)).toEqual(api);
  });

  it('[NET-3][AUTH-4] a name that tries to break out of the page stays text', async () => {
    const name = '</script><script>alert(1)</script><!-- & \u2028';
    const nasty = await server.createEvent(name);
    const html = await page(`/j/${nasty.code}`);
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toContain('</script><script>');
    // The page's only script is its own module, by address.
    expect(html.match(/<script\b/g)).toHaveLength(1);
    // Whatever the server kept of the name, the page holds exactly that, as data.
    expect((inPage(html) as { name: string }).name).toBe(nasty.name);
    expect(nasty.name).toContain('</script>');
  });

  it('[NET-3] an unknown code gets the page without any event in it', async () => {
    const res = await rawGet(`${server.url}/j/ZZZZZZ`);
    expect(res.status).toBe(404);
    expect(inPage(res.body.toString('utf8'))).toBeNull();
  });
});
