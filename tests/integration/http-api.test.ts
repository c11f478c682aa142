import { describe, expect, it } from 'vitest';
import { isValidCode } from '../../shared/limits.js';
import { useTestServer } from '../helpers/scenario.js';

const srv = useTestServer();
const auth = () => ({
  authorization: `Bearer ${srv.adminToken}`,
  'content-type': 'application/json',
});

describe('events API', () => {
  it('[JOIN-5] POST /api/events creates an event with its links', async () => {
    const res = await fetch(`${srv.url}/api/events`, {
      method: 'POST',
      headers: auth(),
      body: JSON.stringify({ name: 'Sociale Top', language: 'nl' }),
    });
    expect(res.status).toBe(201);
    const ev = (await res.json()) as Record<string, unknown>;
    expect(ev).toMatchObject({ name: 'Sociale Top', language: 'nl' });
    for (const k of ['id', 'code', 'joinUrl', 'projectorUrl', 'chairUrl'])
      expect(ev[k], k).toBeTruthy();
    expect(isValidCode(ev.code as string)).toBe(true);
    expect(ev.joinUrl).toBe(`${srv.publicUrl}/j/${ev.code}`);
    expect(new URL(ev.chairUrl as string).searchParams.get('k')).toMatch(/^[\w-]{20,}$/);
  });

  it('[JOIN-5] a missing or wrong token is 401 JSON', async () => {
    for (const headers of [
      {},
      { authorization: 'Bearer nope' },
      { authorization: 'Basic x' },
    ] as Record<string, string>[]) {
      const res = await fetch(`${srv.url}/api/events`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'x' }),
      });
      expect(res.status).toBe(401);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('unauthorized');
    }
    expect((await fetch(`${srv.url}/api/events`)).status).toBe(401);
  });

  it('[JOIN-5] an invalid body is 400 naming the field', async () => {
    const cases: [string, string | undefined][] = [
      [JSON.stringify({ name: '' }), 'name'],
      [JSON.stringify({ name: 'x', language: 'de' }), 'language'],
      [JSON.stringify({ language: 'nl' }), 'name'],
      [JSON.stringify({ name: 'x'.repeat(500) }), 'name'],
      ['not json', undefined],
    ];
    for (const [body, field] of cases) {
      const res = await fetch(`${srv.url}/api/events`, { method: 'POST', headers: auth(), body });
      expect(res.status, body).toBe(400);
      const err = ((await res.json()) as { error: { field?: string; message: string } }).error;
      expect(err.field).toBe(field);
      expect(err.message.length).toBeGreaterThan(0);
    }
  });

  it('[JOIN-5] a body over the limit is 413', async () => {
    const res = await fetch(`${srv.url}/api/events`, {
      method: 'POST',
      headers: auth(),
      body: JSON.stringify({ name: 'x', pad: 'y'.repeat(300 * 1024) }),
    });
    expect(res.status).toBe(413);
  });

  it('[JOIN-2][JOIN-1] GET /api/events/:code is public, case-insensitive and has no secrets', async () => {
    const ev = await srv.createEvent('Themamiddag');
    const res = await fetch(`${srv.url}/api/events/${ev.code.toLowerCase()}`);
    expect(res.status).toBe(200);
    const info = (await res.json()) as {
      name: string;
      rooms: { kind: string; currentActivity: { kind: string } }[];
    };
    expect(info.name).toBe('Themamiddag');
    expect(info.rooms[0]).toMatchObject({ kind: 'plenary', currentActivity: { kind: 'wall' } });
    const text = JSON.stringify(info);
    expect(text).not.toContain(new URL(ev.chairUrl).searchParams.get('k'));
    expect(text).not.toMatch(/hash|secret|key/i);
  });

  it('[JOIN-3] an unknown code is 404 JSON, and 404 on the participant page', async () => {
    const res = await fetch(`${srv.url}/api/events/ZZZZZZ`);
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('not_found');
    expect((await fetch(`${srv.url}/api/events/bad`)).status).toBe(404);
    expect((await fetch(`${srv.url}/j/ZZZZZZ`)).status).toBe(404);
  });

  it('QR codes of the join link come as SVG and PNG', async () => {
    const ev = await srv.createEvent('QR');
    const svg = await fetch(`${srv.url}/api/events/${ev.code}/qr.svg`);
    expect(svg.status).toBe(200);
    expect(svg.headers.get('content-type')).toContain('image/svg+xml');
    expect(await svg.text()).toContain('<svg');
    const png = await fetch(`${srv.url}/api/events/${ev.code}/qr.png`);
    expect(png.headers.get('content-type')).toBe('image/png');
    const bytes = new Uint8Array(await png.arrayBuffer());
    expect([...bytes.slice(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
    expect((await fetch(`${srv.url}/api/events/${ev.code}/qr.svg?room=nope`)).status).toBe(404);
    expect((await fetch(`${srv.url}/api/events/ZZZZZZ/qr.svg`)).status).toBe(404);
  });

  it('the demo event comes with statements on its wall, one in the queue, and a dilemma', async () => {
    const res = await fetch(`${srv.url}/api/demo`, { method: 'POST', headers: auth() });
    expect(res.status).toBe(201);
    const ev = (await res.json()) as { code: string; rooms: { id: string }[] };
    const room = await srv.registry.get(ev.rooms[0]!.id);
    const statuses = [...room!.state.statements.values()].map((s) => s.status).sort();
    expect(statuses).toEqual(['approved', 'approved', 'approved', 'approved', 'pending']);
    const kinds = room!.state.agenda.map((id) => room!.state.activities.get(id)?.kind);
    expect(kinds).toEqual(['wall', 'poll']);
    const list = await fetch(`${srv.url}/api/events`, { headers: auth() });
    expect(((await list.json()) as { code: string }[]).map((e) => e.code)).toContain(ev.code);
  });

  it('health, readiness, security headers and unknown API routes', async () => {
    expect((await fetch(`${srv.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${srv.url}/readyz`);
    expect(await ready.json()).toMatchObject({ ok: true, store: 'sqlite', bus: 'memory' });
    const res = await fetch(`${srv.url}/api/nope`);
    expect(res.status).toBe(404);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
