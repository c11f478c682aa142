// The authorization matrix of the HTTP routes: every route against every role, table-driven
// (the WebSocket commands' matrix is in authz.test.ts).

import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeJpeg } from '../helpers/images.js';
import { deckPdf } from '../helpers/pdfs.js';
import { chairKey, GENEROUS, type CreatedEvent } from '../helpers/server.js';
import { asChair, showNewActivity, useEvent } from '../helpers/scenario.js';

const { srv, ev } = useEvent('Authz HTTP', { rateLimits: GENEROUS });
let other: CreatedEvent;

beforeAll(async () => {
  other = await srv.createEvent('Andere bijeenkomst');
});

type HttpRole =
  | 'none'
  | 'wrong'
  | 'forged-cookie'
  | 'participant'
  | 'chair'
  | 'other-chair'
  | 'session'
  | 'organizer';
const HTTP_ROLES: HttpRole[] = [
  'none',
  'wrong',
  'forged-cookie',
  'participant',
  'chair',
  'other-chair',
  'session',
  'organizer',
];
/** The organizer's session cookie, as `GET /o?t=TOKEN` sets it (AUTH-10). */
let sessionCookie = '';
/** Who acts as the organizer: the token and the session cookie it was traded for. */
const ORGANIZER: HttpRole[] = ['session', 'organizer'];

function request(role: HttpRole, path: string, init: RequestInit = {}, tokenInQuery = false) {
  const headers = new Headers(init.headers);
  let url = `${srv.url}${path}`;
  const sep = url.includes('?') ? '&' : '?';
  // Pages meant to be opened as a link (print pages, the report) carry the token as ?t=.
  if (role === 'organizer' && tokenInQuery) url += `${sep}t=${srv.adminToken}`;
  else if (role === 'organizer') headers.set('authorization', `Bearer ${srv.adminToken}`);
  if (role === 'wrong' && tokenInQuery) url += `${sep}t=not-the-token`;
  else if (role === 'wrong') headers.set('authorization', 'Bearer not-the-token');
  if (role === 'session') headers.set('cookie', sessionCookie);
  if (role === 'forged-cookie') headers.set('cookie', 'vonk_organizer=bm90LXRoZS1zZXNzaW9u');
  if (role === 'chair') url += `${sep}k=${chairKey(ev.chairUrl)}`;
  if (role === 'other-chair') url += `${sep}k=${chairKey(other.chairUrl)}`;
  return fetch(url, { ...init, headers });
}

// A tiny valid PNG (1×1), for the logo routes.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
/** A throwaway event for the routes that delete it. */
let doomed: CreatedEvent;
/** The export of `ev`, for the import route. */
let exported = '';
/** A deck on screen with its phone view on, for the slide image routes (DECK-30, DECK-31). */
let deckId = '';

const json = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

const ROUTES: {
  name: string;
  path: () => string;
  init?: RequestInit | (() => RequestInit);
  allowed: HttpRole[];
  /** The status for a role that may not; an array when it depends on the role. */
  refused: number | Partial<Record<HttpRole, number>>;
  tokenInQuery?: boolean;
}[] = [
  {
    name: 'POST /api/events',
    path: () => '/api/events',
    init: { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"name":"x"}' },
    allowed: ORGANIZER,
    refused: 401,
  },
  { name: 'GET /api/events', path: () => '/api/events', allowed: ORGANIZER, refused: 401 },
  {
    name: 'POST /api/demo',
    path: () => '/api/demo',
    init: { method: 'POST' },
    allowed: ORGANIZER,
    refused: 401,
  },
  {
    name: 'GET /api/events/:code',
    path: () => `/api/events/${ev.code}`,
    allowed: HTTP_ROLES,
    refused: 0,
  },
  {
    name: 'GET /api/events/:code?rooms=brief',
    path: () => `/api/events/${ev.code}?rooms=brief`,
    allowed: HTTP_ROLES,
    refused: 0,
  },
  {
    name: 'GET /api/events/:code/rooms/:roomId',
    path: () => `/api/events/${ev.code}/rooms/${ev.rooms[0]!.id}`,
    allowed: HTTP_ROLES,
    refused: 0,
  },
  {
    name: 'GET /api/events/:code/qr.svg',
    path: () => `/api/events/${ev.code}/qr.svg`,
    allowed: HTTP_ROLES,
    refused: 0,
  },
  { name: 'GET /j/:code', path: () => `/j/${ev.code}`, allowed: HTTP_ROLES, refused: 0 },
  { name: 'GET /p/:code', path: () => `/p/${ev.code}`, allowed: HTTP_ROLES, refused: 0 },
  { name: 'GET /s/:code', path: () => `/s/${ev.code}`, allowed: HTTP_ROLES, refused: 0 },
  { name: 'GET /c/:code', path: () => `/c/${ev.code}`, allowed: ['chair'], refused: 403 },
  { name: 'GET /healthz', path: () => '/healthz', allowed: HTTP_ROLES, refused: 0 },
  { name: 'GET /readyz', path: () => '/readyz', allowed: HTTP_ROLES, refused: 0 },
  { name: 'GET /metrics', path: () => '/metrics', allowed: HTTP_ROLES, refused: 0 },
  { name: 'GET /', path: () => '/', allowed: HTTP_ROLES, refused: 0 },
  // The organizer page itself is public; everything it shows comes from the organizer API.
  { name: 'GET /o', path: () => '/o', allowed: HTTP_ROLES, refused: 0 },
  {
    name: 'POST /api/events/:code/rooms',
    path: () => `/api/events/${ev.code}/rooms`,
    init: () => ({
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: `naam\nAuthz ${Math.random()}`,
    }),
    allowed: ORGANIZER,
    refused: 401,
  },
  {
    name: 'POST /api/events/:code/template',
    path: () => `/api/events/${ev.code}/template`,
    init: () => json({ template: 'muur', rooms: 'all' }),
    allowed: ORGANIZER,
    refused: 401,
  },
  {
    name: 'POST /api/events/:code/content',
    path: () => `/api/events/${ev.code}/content`,
    init: () => json({ rooms: 'all', content: { kind: 'wall', prompt: 'Wat neem je mee?' } }),
    allowed: ORGANIZER,
    refused: 401,
  },
  {
    name: 'POST /api/events/:code/notices',
    path: () => `/api/events/${ev.code}/notices`,
    init: () => json({ text: 'Koffie', audience: ['chairs'], rooms: 'all' }),
    allowed: ORGANIZER,
    refused: 401,
  },
  {
    name: 'GET /api/events/:code/notices',
    path: () => `/api/events/${ev.code}/notices`,
    allowed: ORGANIZER,
    refused: 401,
  },
  {
    name: 'POST /api/events/:code/chair-link (a room)',
    path: () => `/api/events/${ev.code}/chair-link`,
    init: () => json({ roomId: ev.rooms[0]!.id }),
    allowed: ORGANIZER,
    refused: 401,
  },
  {
    name: 'PATCH /api/events/:code',
    path: () => `/api/events/${ev.code}`,
    init: () => ({ ...json({ accentColor: null }), method: 'PATCH' }),
    allowed: ORGANIZER,
    refused: 401,
  },
  {
    name: 'GET /api/events/:code/overview',
    path: () => `/api/events/${ev.code}/overview`,
    allowed: ORGANIZER,
    refused: 401,
  },
  ...(['json', 'csv', 'md'] as const).map((ext) => ({
    name: `GET /api/events/:code/export.${ext}`,
    path: () => `/api/events/${ev.code}/export.${ext}`,
    allowed: ['chair', ...ORGANIZER] as HttpRole[],
    refused: { 'other-chair': 403 },
  })),
  {
    name: 'GET /r/:code (the report)',
    path: () => `/r/${ev.code}`,
    allowed: ['chair', ...ORGANIZER],
    refused: { 'other-chair': 403 },
    tokenInQuery: true,
  },
  ...(['cards', 'chairs', 'slips'] as const).map((page) => ({
    name: `GET /o/:code/${page}`,
    path: () => `/o/${ev.code}/${page}`,
    allowed: ORGANIZER,
    refused: 401,
    tokenInQuery: true,
  })),
  {
    name: 'PUT /api/events/:code/logo',
    path: () => `/api/events/${ev.code}/logo`,
    init: () => ({ method: 'PUT', headers: { 'content-type': 'image/png' }, body: PNG }),
    allowed: ['chair', ...ORGANIZER],
    refused: { 'other-chair': 403 },
  },
  {
    name: 'GET /api/events/:code/logo/:hash',
    path: () => `/api/events/${ev.code}/logo/${createHash('sha256').update(PNG).digest('hex')}`,
    allowed: HTTP_ROLES,
    refused: 0,
  },
  {
    name: 'DELETE /api/events/:code/logo',
    path: () => `/api/events/${ev.code}/logo`,
    init: { method: 'DELETE' },
    allowed: ['chair', ...ORGANIZER],
    refused: { 'other-chair': 403 },
  },
  {
    // The slide on screen as a JPEG: a chair or the organizer (the first stores, 201; then 200).
    name: 'PUT /api/events/:code/decks/:deckId/slides/:page',
    path: () => `/api/events/${ev.code}/decks/${deckId}/slides/1`,
    init: () => ({
      method: 'PUT',
      headers: { 'content-type': 'image/jpeg' },
      body: makeJpeg(64, 36) as Uint8Array<ArrayBuffer>,
    }),
    allowed: ['chair', ...ORGANIZER],
    refused: { 'other-chair': 403 },
  },
  {
    name: 'GET /api/events/:code/decks/:deckId/slides/:page',
    path: () => `/api/events/${ev.code}/decks/${deckId}/slides/1`,
    allowed: ['chair', ...ORGANIZER],
    refused: { 'other-chair': 403 },
  },
  {
    name: 'POST /api/events/import',
    path: () => '/api/events/import',
    init: () => ({
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: exported,
    }),
    allowed: ORGANIZER,
    refused: 401,
  },
  {
    // Last: the session and the organizer each delete a throwaway event (a new one follows).
    name: 'DELETE /api/events/:code',
    path: () => `/api/events/${doomed.code}`,
    init: { method: 'DELETE' },
    allowed: ORGANIZER,
    refused: 401,
  },
];

describe('authorization matrix: HTTP routes × roles', () => {
  beforeAll(async () => {
    const login = await fetch(`${srv.url}/o?t=${srv.adminToken}`, { redirect: 'manual' });
    sessionCookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    expect(sessionCookie).toMatch(/^vonk_organizer=./);
    doomed = await srv.createEvent('Weg ermee');
    const res = await fetch(`${srv.url}/api/events/${ev.code}/export.json`, {
      headers: { authorization: `Bearer ${srv.adminToken}` },
    });
    exported = await res.text();
    const upload = await fetch(`${srv.url}/api/events/${ev.code}/rooms/${ev.rooms[0]!.id}/decks`, {
      method: 'POST',
      headers: { authorization: `Bearer ${srv.adminToken}`, 'content-type': 'application/pdf' },
      body: (await deckPdf(2)) as Uint8Array<ArrayBuffer>,
    });
    deckId = ((await upload.json()) as { deck: { id: string } }).deck.id;
    const chair = await asChair(srv, ev);
    await showNewActivity(chair, {
      kind: 'deck',
      title: '',
      config: { deckId, phoneImage: true },
    });
    chair.close();
  });
  const cases = ROUTES.flatMap((r) => HTTP_ROLES.map((role) => ({ ...r, role })));
  it.each(cases)('[AUTH-2] $name as $role', async (route) => {
    const { path, allowed, refused, role } = route;
    const init = typeof route.init === 'function' ? route.init() : route.init;
    const res = await request(role, path(), init, route.tokenInQuery);
    if (route.name === 'DELETE /api/events/:code' && res.status === 204)
      doomed = await srv.createEvent('Weg ermee');
    if (allowed.includes(role)) expect(res.status).toBeLessThan(300);
    else {
      const want = typeof refused === 'number' ? refused : (refused[role] ?? 401);
      expect(res.status).toBe(want);
    }
    const text = await res.text();
    // Nothing secret ever leaks to someone who may not have it.
    if (!ORGANIZER.includes(role)) expect(text).not.toContain(chairKey(ev.chairUrl));
  });
});
