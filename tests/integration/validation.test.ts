// ABUSE-5, 6, 7: control characters are refused with 400 and the field on every text field, on
// both stores (PostgreSQL cannot store NUL); texts that show nothing are refused; exports
// neutralise bidi overrides.

import { makePng } from '../helpers/images.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/postgres.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { postgresAvailable } from '../helpers/services.js';
import { asChair, asParticipant, postStatement } from '../helpers/scenario.js';

const stores: { name: string; db?: () => Promise<TestDatabase> }[] = [{ name: 'sqlite' }];
if (await postgresAvailable()) stores.push({ name: 'postgres', db: createTestDatabase });

describe.each(stores)('validation on $name', ({ db }) => {
  let srv: TestServer;
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await db?.();
    srv = await startTestServer(database ? { databaseUrl: database.url } : {});
  });
  afterAll(async () => {
    await srv.stop();
    await database?.drop();
  });

  const call = (path: string, method: string, body: unknown, type = 'application/json') =>
    fetch(`${srv.url}${path}`, {
      method,
      headers: { authorization: `Bearer ${srv.adminToken}`, 'content-type': type },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  const refused = async (res: Response, field: string, text: RegExp) => {
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as {
      error: { code: string; field: string; message: string };
    };
    expect(error).toMatchObject({ code: 'invalid', field });
    expect(error.message).toMatch(text);
  };

  it('[ABUSE-5] a control character in any text field of a body is a 400 with its field', async () => {
    await refused(await call('/api/events', 'POST', { name: 'Zaal\u0000A' }), 'name', /control/);
    await refused(await call('/api/events', 'POST', { name: 'Bel\u0007' }), 'name', /control/);
    const ev = await srv.createEvent('Schoon');
    const base = `/api/events/${ev.code}`;
    await refused(await call(base, 'PATCH', { name: 'x\u0000y' }), 'name', /control/);
    await refused(
      await call(`${base}/rooms`, 'POST', { rooms: [{ name: 'Tafel 1' }, { name: 'T\u0000' }] }),
      'rooms.1.name',
      /control/,
    );
    await refused(
      await call(`${base}/rooms`, 'POST', 'naam\nTafel 1\nTafel\u00002', 'text/csv'),
      'body',
      /line 3/,
    );
    // Refused, not read as "no room given" (which would replace the event's link).
    await refused(
      await call(`${base}/chair-link`, 'POST', { roomId: 'r\u0000' }),
      'roomId',
      /control/,
    );
    await refused(
      await call(`${base}/template`, 'POST', { template: 'muur\u0000' }),
      'template',
      /control/,
    );
    await refused(
      await call('/api/events/import', 'POST', { format: 'vonk\u0000' }),
      'format',
      /control/,
    );
    // Nothing was stored: the event still has its name and only its plenary.
    const info = (await (await fetch(`${srv.url}${base}`)).json()) as {
      name: string;
      rooms: unknown[];
    };
    expect(info).toMatchObject({ name: 'Schoon' });
    expect(info.rooms).toHaveLength(1);
  });

  it('[ABUSE-5][ABUSE-6] frames: control characters are invalid, invisible-only texts are empty', async () => {
    const ev = await srv.createEvent('Onzichtbaar');
    const phone = await asParticipant(srv, ev, 'invisible-phone');
    const wall = phone.currentWallId();
    const submit = (text: string, name?: string) =>
      phone.command({
        type: 'statement.submit',
        activityId: wall,
        text,
        ...(name ? { name } : {}),
      });
    expect(await submit('Hallo\u0000wereld')).toMatchObject({
      type: 'error',
      code: 'invalid',
      field: 'text',
    });
    expect(await submit('Hallo', 'Piet\u001b[31m')).toMatchObject({
      type: 'error',
      code: 'invalid',
      field: 'name',
    });
    for (const blank of [
      '\u200B\u200B\u200B',
      '\u200D \u2060\uFEFF',
      '\u3164\u115F',
      '\u0301\uFE0F',
    ]) {
      expect(await submit(blank)).toMatchObject({
        type: 'error',
        code: 'text_empty',
        field: 'text',
      });
    }
    // Visible text with such characters in it is fine: an emoji with its selector, a name.
    expect(await submit('Zorg ❤️ voor elkaar')).toMatchObject({ type: 'ack' });
    phone.close();
  });

  it('[BRAND-6] a logo that only starts like an image, or is too large, is a 400', async () => {
    const ev = await srv.createEvent('Logo');
    const put = (body: Uint8Array) =>
      fetch(`${srv.url}/api/events/${ev.code}/logo`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${srv.adminToken}`, 'content-type': 'image/jpeg' },
        body: new Uint8Array(body),
      });
    const three = await put(Uint8Array.from([0xff, 0xd8, 0xff]));
    expect(three.status).toBe(400);
    expect(await three.json()).toMatchObject({ error: { code: 'invalid_image' } });
    const huge = await put(makePng(8000, 8000));
    expect(huge.status).toBe(400);
    expect(((await huge.json()) as { error: { message: string } }).error.message).toContain(
      '8000×8000',
    );
    const good = await put(makePng(300, 100));
    expect(good.status).toBe(201);
    expect(await good.json()).toMatchObject({ mime: 'image/png', width: 300, height: 100 });
  });

  it('[ABUSE-7] bidi overrides do not survive into the Markdown and CSV exports', async () => {
    const ev = await srv.createEvent('Omgekeerd');
    const phone = await asParticipant(srv, ev, 'bidi-phone-1');
    const chair = await asChair(srv, ev);
    const id = await postStatement(
      phone,
      'Goed plan \u202Eeneg reeM\u202C einde \u2067geïsoleerd\u2069',
      { name: '\u202E=1+1' },
    );
    await chair.command({ type: 'statement.moderate', statementId: id, action: 'approve' });
    const auth = { authorization: `Bearer ${srv.adminToken}` };
    const md = await (
      await fetch(`${srv.url}/api/events/${ev.code}/export.md`, { headers: auth })
    ).text();
    const csv = await (
      await fetch(`${srv.url}/api/events/${ev.code}/export.csv`, { headers: auth })
    ).text();
    for (const file of [md, csv]) {
      expect(file).toMatch(/eneg reeM/);
      expect(file).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    }
    // With the override gone, the name is a formula again, and the CSV defuses it.
    expect(csv).toContain("'=1+1");
    for (const c of [phone, chair]) c.close();
  });
});
