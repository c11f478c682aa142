// Pitch decks over HTTP (DECK-1…4), on SQLite and PostgreSQL: upload by the organizer or a
// chair, every kind of bad file refused with a clear code, the file served from Vonk's origin
// only to the screens that may show it, and the server answering others during a hostile upload.

import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DeckInfo } from '../../shared/deck.js';
import { createTestDatabase, type TestDatabase } from '../helpers/postgres.js';
import { postgresAvailable } from '../helpers/services.js';
import {
  deckPdf,
  deepNestingPdf,
  encryptedPdf,
  hugePagePdf,
  notPdf,
  zeroPagePdf,
} from '../helpers/pdfs.js';
import {
  chairKey,
  startTestServer,
  type CreatedEvent,
  type TestServer,
} from '../helpers/server.js';

type ErrorBody = { error: { code: string; message: string } };

let pgDb: TestDatabase | undefined;
const backends: { name: string; url?: () => Promise<string> }[] = [{ name: 'sqlite' }];
if (await postgresAvailable()) {
  backends.push({
    name: 'postgres',
    url: async () => (pgDb ??= await createTestDatabase()).freshSchemaUrl(),
  });
}
afterAll(async () => pgDb?.drop());

/** A POST whose body is written as given, reading the answer even when the server cuts it off. */
function rawPost(
  url: string,
  chunks: Uint8Array[],
  headers: Record<string, string> = {},
  hold?: Promise<void>,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = request(url, { method: 'POST', headers }, (res) => {
      answered = true;
      const parts: Buffer[] = [];
      res.on('data', (c: Buffer) => parts.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(parts).toString() }),
      );
      res.on('error', reject);
    });
    // The server may close while the rest is still being written: the answer is what counts.
    req.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code !== 'EPIPE' && err.code !== 'ECONNRESET') reject(err);
    });
    // A server that answers early and closes while the body is still coming may have its answer
    // eaten by the TCP reset that the unread body causes: the caller sees status 0, never a hang.
    req.on('close', () => {
      if (!answered)
        resolve({ status: 0, body: 'the connection closed before an answer was read' });
    });
    void (async () => {
      for (const [i, chunk] of chunks.entries()) {
        if (i === 1 && hold) await hold;
        if (!req.write(chunk))
          await new Promise((r) => {
            req.once('drain', r);
            req.once('close', r);
          });
        if (req.destroyed) return;
      }
      req.end();
    })();
  });
}

describe.each(backends)('decks: $name', (backend) => {
  let srv: TestServer;
  let ev: CreatedEvent;
  let roomId: string;
  const auth = () => ({ authorization: `Bearer ${srv.adminToken}` });
  const upload = (bytes: Uint8Array, headers: Record<string, string> = auth(), query = '') =>
    fetch(`${srv.url}/api/events/${ev.code}/rooms/${roomId}/decks${query}`, {
      method: 'POST',
      headers: { 'content-type': 'application/pdf', ...headers },
      body: bytes as Uint8Array<ArrayBuffer>,
    });
  const refused = async (bytes: Uint8Array, status: number, code: string) => {
    const res = await upload(bytes);
    const body = (await res.json()) as ErrorBody;
    expect([res.status, body.error.code]).toEqual([status, code]);
    expect(body.error.message.length).toBeGreaterThan(10);
    return body.error.message;
  };

  beforeAll(async () => {
    srv = await startTestServer(backend.url ? { databaseUrl: await backend.url() } : {});
    ev = await srv.createEvent('Themamiddag');
    roomId = ev.rooms[0]!.id;
  });
  afterAll(async () => srv?.stop());

  it('[DECK-1] the organizer uploads a multi-page PDF; it is served from Vonk with its headers', async () => {
    const pdf = await deckPdf(4, [960, 540]);
    const res = await upload(pdf, auth(), '?title=De%20burger%20centraal');
    expect(res.status).toBe(201);
    const { deck } = (await res.json()) as { deck: DeckInfo };
    expect(deck).toMatchObject({ title: 'De burger centraal', pages: 4, width: 960, height: 540 });
    expect(deck.bytes).toBe(pdf.byteLength);
    expect(deck.phoneView).toBe(false);
    expect(deck.url.startsWith(`/api/events/${ev.code}/decks/${deck.id}/file?v=`)).toBe(true);

    const file = await fetch(srv.url + deck.url);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
    expect(file.headers.get('content-disposition')).toMatch(
      /^inline; filename="De burger centraal\.pdf"/,
    );
    const etag = file.headers.get('etag')!;
    expect(etag).toMatch(/^"[0-9a-f]{64}"$/);
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(pdf);
    const again = await fetch(srv.url + deck.url, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);

    const list = await fetch(`${srv.url}/api/events/${ev.code}/decks`, { headers: auth() });
    expect(((await list.json()) as { decks: DeckInfo[] }).decks.map((d) => d.id)).toContain(
      deck.id,
    );
  });

  it("[DECK-1] the room's chair uploads with the chair secret; a wrong one or none is refused", async () => {
    const pdf = await deckPdf(2, [1024, 768]);
    const k = chairKey(ev.rooms[0]!.chairUrl);
    const ok = await upload(pdf, {}, `?k=${k}`);
    expect(ok.status).toBe(201);
    expect(((await ok.json()) as { deck: DeckInfo }).deck).toMatchObject({ pages: 2, width: 1024 });
    expect((await upload(pdf, {}, '?k=wrong')).status).toBe(403);
    expect((await upload(pdf, {})).status).toBe(401);
    expect((await upload(pdf, { authorization: 'Bearer wrong' })).status).toBe(401);
  });

  it('[DECK-2] a non-PDF named .pdf, 0 pages, a huge page, deep nesting and encryption are refused with a code', async () => {
    expect(await refused(notPdf(), 415, 'not_pdf')).toMatch(/not a PDF/);
    expect(
      await refused(new TextEncoder().encode('%PDF-1.7\nrubbish'), 422, 'pdf_invalid'),
    ).toMatch(/PDF/);
    expect(await refused(await zeroPagePdf(), 422, 'pdf_no_pages')).toMatch(/no pages/);
    expect(await refused(await hugePagePdf(), 422, 'pdf_page_size')).toMatch(/1000000×1000000/);
    expect(await refused(deepNestingPdf(), 422, 'pdf_too_deep')).toMatch(/deep/);
    expect(await refused(encryptedPdf(), 422, 'pdf_encrypted')).toMatch(/encrypted/);
    expect(await refused(await deckPdf(201, [200, 100]), 422, 'pdf_too_many_pages')).toMatch(
      /201 pages/,
    );
    const empty = await upload(new Uint8Array(0));
    expect(empty.status).toBe(400);
  });

  it('[DECK-2] 51 MB is 413 with a message, declared or streamed without a length', async () => {
    const url = `${srv.url}/api/events/${ev.code}/rooms/${roomId}/decks`;
    const mb = new Uint8Array(1024 * 1024);
    mb.set(new TextEncoder().encode('%PDF-1.7\n'));
    const declared = await rawPost(
      url,
      Array.from({ length: 51 }, () => mb),
      {
        ...auth(),
        'content-length': String(51 * mb.byteLength),
      },
    );
    expect(declared.status).toBe(413);
    expect((JSON.parse(declared.body) as ErrorBody).error).toMatchObject({ code: 'too_large' });
    expect((JSON.parse(declared.body) as ErrorBody).error.message).toMatch(/50 MB/);
    // Chunked: no length is told, the limit is found while reading.
    const streamed = await rawPost(
      url,
      Array.from({ length: 51 }, () => mb),
      {
        ...auth(),
        'transfer-encoding': 'chunked',
      },
    );
    expect(streamed.status).toBe(413);
  });

  it('[DECK-2] the server answers other requests while an upload hangs and while hostile files are checked', async () => {
    const url = `${srv.url}/api/events/${ev.code}/rooms/${roomId}/decks`;
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const bomb = deepNestingPdf();
    const slow = rawPost(url, [bomb.subarray(0, 1000), bomb.subarray(1000)], auth(), held);
    const hostile = Promise.all([upload(await hugePagePdf()), upload(bomb)]);
    // Half the body is in and the rest is held back: others are served meanwhile.
    expect((await fetch(`${srv.url}/healthz`)).status).toBe(200);
    const list = await fetch(`${srv.url}/api/events/${ev.code}/decks`, { headers: auth() });
    expect(list.status).toBe(200);
    release();
    const finished = await slow;
    // 422 once checked; 503 when both checks were still running as it arrived (answered before
    // its body, so a reset may eat that answer: 0).
    expect([422, 503, 0]).toContain(finished.status);
    for (const res of await hostile) expect([422, 503]).toContain(res.status);
  });

  it('[DECK-2] at most four uploads are held at once: a fifth is 503 busy, and served again after', async () => {
    const url = `${srv.url}/api/events/${ev.code}/rooms/${roomId}/decks`;
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const pdf = await deckPdf(1);
    const slow = Array.from({ length: 4 }, () =>
      rawPost(url, [pdf.subarray(0, 100), pdf.subarray(100)], auth(), held),
    );
    // The four are in once a fifth is refused; until then a fifth (not a PDF) is answered 415.
    await expect.poll(async () => (await upload(notPdf())).status, { timeout: 30_000 }).toBe(503);
    const busy = await upload(notPdf());
    expect(busy.headers.get('retry-after')).toBe('5');
    expect(((await busy.json()) as ErrorBody).error.code).toBe('busy');
    release();
    for (const res of await Promise.all(slow)) expect([201, 503]).toContain(res.status);
    expect((await upload(notPdf())).status).toBe(415);
  });

  it('[DECK-4] the file opens for the screens, for phones only when allowed, and for no one else', async () => {
    const res = await upload(await deckPdf(2));
    const { deck } = (await res.json()) as { deck: DeckInfo };
    const base = `${srv.url}/api/events/${ev.code}/decks/${deck.id}/file`;
    expect((await fetch(base)).status).toBe(403);
    expect((await fetch(`${base}?v=guessed`)).status).toBe(403);
    // The screens' token of another deck opens nothing here.
    const other = (await (await upload(await deckPdf(1))).json()) as { deck: DeckInfo };
    expect(
      (await fetch(`${base}?v=${new URL(other.deck.url, srv.url).searchParams.get('v')}`)).status,
    ).toBe(403);
    expect((await fetch(base, { headers: auth() })).status).toBe(200);
    expect((await fetch(`${base}?k=${chairKey(ev.rooms[0]!.chairUrl)}`)).status).toBe(200);

    const patch = (body: unknown) =>
      fetch(`${srv.url}/api/events/${ev.code}/decks/${deck.id}`, {
        method: 'PATCH',
        headers: { ...auth(), 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect((await patch({ phoneView: 'yes' })).status).toBe(400);
    const on = await patch({ phoneView: true, title: "Pitch 1 (Ruud's)" });
    expect(((await on.json()) as { deck: DeckInfo }).deck).toMatchObject({
      phoneView: true,
      title: "Pitch 1 (Ruud's)",
    });
    expect((await fetch(srv.url + deck.url)).headers.get('content-disposition')).toBe(
      `inline; filename="Pitch 1 (Ruud's).pdf"; filename*=UTF-8''Pitch%201%20%28Ruud%27s%29.pdf`,
    );

    const del = await fetch(`${srv.url}/api/events/${ev.code}/decks/${deck.id}`, {
      method: 'DELETE',
      headers: auth(),
    });
    expect(del.status).toBe(204);
    expect((await fetch(srv.url + deck.url)).status).toBe(404);
  });

  it('[DECK-3] deleting the event deletes its decks', async () => {
    const e2 = await srv.createEvent('Weg');
    const res = await fetch(`${srv.url}/api/events/${e2.code}/rooms/${e2.rooms[0]!.id}/decks`, {
      method: 'POST',
      headers: auth(),
      body: (await deckPdf(1)) as Uint8Array<ArrayBuffer>,
    });
    const { deck } = (await res.json()) as { deck: DeckInfo };
    expect((await srv.store.getDeck(deck.id))?.pages).toBe(1);
    const del = await fetch(`${srv.url}/api/events/${e2.code}`, {
      method: 'DELETE',
      headers: auth(),
    });
    expect(del.status).toBeLessThan(300);
    expect(await srv.store.getDeck(deck.id)).toBeNull();
    expect(await srv.store.getDeckBytes(deck.id)).toBeNull();
  });
});
