// Event branding over HTTP: the projector theme through the event PATCH, the logo upload with
// its limits, and what every screen reads in the public event information.

import { makeJpeg, makePng, makeWebp } from '../helpers/images.js';
import { describe, expect, it } from 'vitest';
import type { EventInfo } from '../../shared/model.js';
import type { ServerMessage } from '../../shared/protocol.js';
import { chairKey } from '../helpers/server.js';
import { asParticipant, asProjector, useEvent } from '../helpers/scenario.js';

const { srv, ev } = useEvent('Sociale Top');
const auth = (extra: Record<string, string> = {}) => ({
  authorization: `Bearer ${srv.adminToken}`,
  ...extra,
});
const PNG = new Uint8Array(makePng(2, 2));
const JPEG = new Uint8Array(makeJpeg(2, 2));
const WEBP = new Uint8Array(makeWebp(2, 2));
const SVG = new TextEncoder().encode(
  '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
);

const info = async (code = ev.code) =>
  (await (await fetch(`${srv.url}/api/events/${code}`)).json()) as EventInfo;
const put = (body: Uint8Array<ArrayBuffer>, headers: Record<string, string> = auth(), query = '') =>
  fetch(`${srv.url}/api/events/${ev.code}/logo${query}`, {
    method: 'PUT',
    headers: { 'content-type': 'image/png', ...headers },
    body,
  });

describe('projector theme', () => {
  it('[BRAND-1] an event starts dark; the organizer sets light with the event PATCH', async () => {
    expect(await info()).toMatchObject({
      projectorTheme: 'dark',
      accentColor: null,
      logoUrl: null,
    });
    const res = await fetch(`${srv.url}/api/events/${ev.code}`, {
      method: 'PATCH',
      headers: auth({ 'content-type': 'application/json' }),
      body: JSON.stringify({ projectorTheme: 'light', accentColor: '#ffff00' }),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ projectorTheme: 'light', accentColor: '#ffff00' });
    expect(await info()).toMatchObject({ projectorTheme: 'light', accentColor: '#ffff00' });
  });

  it('[BRAND-1] an unknown theme is refused with 400 naming the field', async () => {
    const res = await fetch(`${srv.url}/api/events/${ev.code}`, {
      method: 'PATCH',
      headers: auth({ 'content-type': 'application/json' }),
      body: JSON.stringify({ projectorTheme: 'neon' }),
    });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { field: string; message: string } };
    expect(body.error.field).toBe('projectorTheme');
    expect(body.error.message).toMatch(/dark.*light/);
  });
});

describe('logo', () => {
  it('[BRAND-2] PNG, JPEG and WebP are recognised by their bytes and served under their hash', async () => {
    for (const [bytes, mime] of [
      [JPEG, 'image/jpeg'],
      [WEBP, 'image/webp'],
      [PNG, 'image/png'],
    ] as const) {
      // The header claims PNG every time: the bytes decide.
      const res = await put(bytes);
      expect(res.status).toBe(201);
      const body = (await res.json()) as { logoUrl: string; mime: string };
      expect(body.mime).toBe(mime);
      expect((await info()).logoUrl).toBe(body.logoUrl);
      const img = await fetch(srv.url + body.logoUrl);
      expect(img.status).toBe(200);
      expect(img.headers.get('content-type')).toBe(mime);
      expect(img.headers.get('x-content-type-options')).toBe('nosniff');
      expect(img.headers.get('cache-control')).toMatch(/max-age=31536000.*immutable/);
      expect(new Uint8Array(await img.arrayBuffer())).toEqual(bytes);
    }
  });

  it('[BRAND-2] a replaced logo gets a new URL; the old one is 404', async () => {
    const first = ((await (await put(PNG)).json()) as { logoUrl: string }).logoUrl;
    const second = ((await (await put(JPEG)).json()) as { logoUrl: string }).logoUrl;
    expect(second).not.toBe(first);
    expect((await fetch(srv.url + first)).status).toBe(404);
    expect((await fetch(srv.url + second)).status).toBe(200);
  });

  it('[BRAND-2] SVG and other types are 415, over 512 KB is 413, an empty body is 400', async () => {
    const svg = await put(SVG, auth({ 'content-type': 'image/svg+xml' }));
    expect(svg.status).toBe(415);
    expect(((await svg.json()) as { error: { message: string } }).error.message).toMatch(/SVG/);
    expect((await put(new TextEncoder().encode('GIF89a....'))).status).toBe(415);
    const big = new Uint8Array(512 * 1024 + 1);
    big.set(PNG);
    const tooBig = await put(big);
    expect(tooBig.status).toBe(413);
    expect(((await tooBig.json()) as { error: { message: string } }).error.message).toMatch(
      /512 KB/,
    );
    // Exactly the limit is fine: larger than the general API body limit of 256 KiB.
    expect((await put(big.slice(0, 512 * 1024))).status).toBe(201);
    expect((await put(new Uint8Array(0))).status).toBe(400);
  });

  it('[BRAND-2] only the organizer or the event chair may change it', async () => {
    expect((await put(PNG, {})).status).toBe(401);
    expect((await put(PNG, { authorization: 'Bearer wrong' })).status).toBe(401);
    expect((await put(PNG, {}, '?k=wrong')).status).toBe(403);
    const asChair = await put(WEBP, {}, `?k=${chairKey(ev.chairUrl)}`);
    expect(asChair.status).toBe(201);
    expect((await info()).logoUrl).toMatch(/^\/api\/events\/\w+\/logo\/[0-9a-f]{64}$/);
    const unknown = await fetch(`${srv.url}/api/events/ZZZZZZ/logo`, {
      method: 'PUT',
      headers: auth(),
      body: PNG,
    });
    expect(unknown.status).toBe(404);
  });

  it('[BRAND-2] DELETE removes it for everyone', async () => {
    const url = ((await (await put(PNG)).json()) as { logoUrl: string }).logoUrl;
    expect(
      (await fetch(`${srv.url}/api/events/${ev.code}/logo`, { method: 'DELETE' })).status,
    ).toBe(401);
    const del = await fetch(`${srv.url}/api/events/${ev.code}/logo`, {
      method: 'DELETE',
      headers: auth(),
    });
    expect(del.status).toBe(204);
    expect((await info()).logoUrl).toBeNull();
    expect((await fetch(srv.url + url)).status).toBe(404);
  });
});

describe('live update', () => {
  it('[BRAND-1] [BRAND-2] connected screens get the changed event info as an `event` frame at once', async () => {
    const other = await srv.createEvent('Live Huisstijl');
    const projector = await asProjector(srv, other);
    const participant = await asParticipant(srv, other, 'participant-brand-1');
    const bystander = await asProjector(srv, ev);
    const isEvent = (m: ServerMessage): m is Extract<ServerMessage, { type: 'event' }> =>
      m.type === 'event';
    try {
      const from = projector.messages.length;
      const res = await fetch(`${srv.url}/api/events/${other.code}`, {
        method: 'PATCH',
        headers: auth({ 'content-type': 'application/json' }),
        body: JSON.stringify({ projectorTheme: 'light', accentColor: '#ff00aa' }),
      });
      expect(res.status).toBe(200);
      const frame = await projector.waitFor(isEvent, 5000, from);
      expect(isEvent(frame) && frame.event).toMatchObject({
        code: other.code,
        projectorTheme: 'light',
        accentColor: '#ff00aa',
        logoUrl: null,
      });
      await participant.waitFor((m) => isEvent(m) && m.event.projectorTheme === 'light', 5000);

      const next = projector.messages.length;
      const up = await fetch(`${srv.url}/api/events/${other.code}/logo`, {
        method: 'PUT',
        headers: auth({ 'content-type': 'image/png' }),
        body: PNG,
      });
      const { logoUrl } = (await up.json()) as { logoUrl: string };
      const withLogo = await projector.waitFor(
        (m) => isEvent(m) && m.event.logoUrl !== null,
        5000,
        next,
      );
      expect(isEvent(withLogo) && withLogo.event.logoUrl).toBe(logoUrl);
      // Another event's screens hear nothing of it.
      expect(bystander.messages.filter(isEvent)).toEqual([]);
    } finally {
      projector.close();
      participant.close();
      bystander.close();
    }
  });
});
