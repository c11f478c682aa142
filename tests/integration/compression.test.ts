// Compression on the wire: the built assets in br and gzip, chosen from Accept-Encoding, and the
// server's own JSON and HTML, except where a secret rides along (BREACH).

import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPRESS_THRESHOLD } from '../../server/compression.js';
import { assetUrls, rawGet } from '../helpers/raw-http.js';
import { startTestServer, type CreatedEvent, type TestServer } from '../helpers/server.js';

let server: TestServer;
let event: CreatedEvent;
let assets: string[];

beforeAll(async () => {
  server = await startTestServer();
  event = await server.createEvent('Sociale Top Zuid');
  const page = await rawGet(`${server.url}/j/${event.code}`);
  expect(page.status).toBe(200);
  assets = assetUrls(page.body.toString('utf8'));
});
afterAll(() => server.stop());

const varies = (h: Record<string, string | string[] | undefined>) =>
  String(h.vary ?? '')
    .toLowerCase()
    .includes('accept-encoding');

describe('compressed assets', () => {
  it('[NET-1] the join page names its scripts, styles and preloads', () => {
    expect(assets.some((a) => a.endsWith('.js'))).toBe(true);
    expect(assets.some((a) => a.endsWith('.css'))).toBe(true);
  });

  it('[NET-1] every asset the phone loads comes in br and gzip, identical once decoded', async () => {
    for (const url of assets) {
      const plain = await rawGet(`${server.url}${url}`, { 'accept-encoding': 'identity' });
      expect(plain.status, url).toBe(200);
      expect(plain.headers['content-encoding'], url).toBeUndefined();
      expect(varies(plain.headers), url).toBe(true);
      expect(Number(plain.headers['content-length']), url).toBe(plain.body.length);

      const cases = [
        ['br', 'gzip, deflate, br', brotliDecompressSync],
        ['gzip', 'gzip, deflate', gunzipSync],
      ] as const;
      for (const [encoding, accept, decode] of cases) {
        const res = await rawGet(`${server.url}${url}`, { 'accept-encoding': accept });
        expect(res.status, url).toBe(200);
        expect(res.headers['content-encoding'], `${url} ${encoding}`).toBe(encoding);
        expect(varies(res.headers), url).toBe(true);
        expect(res.headers['cache-control'], url).toBe('public, max-age=31536000, immutable');
        expect(Number(res.headers['content-length']), url).toBe(res.body.length);
        expect(res.body.length, url).toBeLessThan(plain.body.length);
        expect(Buffer.compare(decode(res.body), plain.body), `${url} ${encoding}`).toBe(0);
        expect(res.headers['content-type'], url).toBe(plain.headers['content-type']);
      }
    }
  });

  it('[NET-1] a browser that prefers nothing gets the original file', async () => {
    const res = await rawGet(`${server.url}${assets[0]!}`);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(varies(res.headers)).toBe(true);
  });
});

describe('compressed dynamic answers', () => {
  it('[NET-2] public JSON above the threshold is gzipped; small answers are not', async () => {
    // Enough rooms to make the event info worth compressing.
    const names = Array.from({ length: 30 }, (_, i) => ({ name: `Tafel ${i + 1}` }));
    const added = await fetch(`${server.url}/api/events/${event.code}/rooms`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${server.adminToken}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify(names),
    });
    expect(added.status).toBe(201);

    const plain = await rawGet(`${server.url}/api/events/${event.code}`);
    expect(plain.body.length).toBeGreaterThan(COMPRESS_THRESHOLD);
    const res = await rawGet(`${server.url}/api/events/${event.code}`, {
      'accept-encoding': 'gzip, deflate, br',
    });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(varies(res.headers)).toBe(true);
    expect(gunzipSync(res.body).toString('utf8')).toBe(plain.body.toString('utf8'));

    const small = await rawGet(`${server.url}/healthz`, { 'accept-encoding': 'gzip' });
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(small.body.toString('utf8'))).toEqual({ ok: true });
  });

  it('[NET-2] an answer to a request carrying a secret is never compressed (BREACH)', async () => {
    const list = await rawGet(`${server.url}/api/events`, {
      authorization: `Bearer ${server.adminToken}`,
      'accept-encoding': 'gzip, br',
    });
    expect(list.status).toBe(200);
    expect(list.body.length).toBeGreaterThan(COMPRESS_THRESHOLD);
    expect(list.headers['content-encoding']).toBeUndefined();
    expect(list.body.toString('utf8')).toContain(event.code);

    const k = new URL(event.chairUrl).searchParams.get('k')!;
    const exported = await rawGet(`${server.url}/api/events/${event.code}/export.json?k=${k}`, {
      'accept-encoding': 'gzip, br',
    });
    expect(exported.status).toBe(200);
    expect(exported.body.length).toBeGreaterThan(COMPRESS_THRESHOLD);
    expect(exported.headers['content-encoding']).toBeUndefined();
  });
});
