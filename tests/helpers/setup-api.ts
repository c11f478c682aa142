// The organizer's HTTP calls the setup tests make (agenda templates, import): a POST with the
// organizer token, an event's JSON export and its shape, the number of events; an event built
// with the rooms of a CSV (the Sociale Top fixture by default), as the organizer's import does.

import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { ActivityView } from '../../shared/model.js';
import type { RotationPlan } from '../../shared/rotation.js';
import { addRooms, type SeededRoom } from './report-event.js';
import type { CreatedEvent, TestServer } from './server.js';

/** The 54 groups of the Sociale Top (name, location, arrangement, chair), as CSV. */
export const socialeTopRooms = (): string =>
  readFileSync('tests/fixtures/sociale-top-rooms.csv', 'utf8');

/** A new event with its rooms imported from a CSV; the import must be accepted (201). */
export async function eventWithRooms(
  srv: TestServer,
  name: string,
  csv: string = socialeTopRooms(),
): Promise<{ ev: CreatedEvent; rooms: SeededRoom[] }> {
  const ev = await srv.createEvent(name);
  return { ev, rooms: await addRooms(srv, ev.code, csv) };
}

export interface ExportActivity {
  id: string;
  kind: ActivityView['kind'];
  title: string;
  config: Record<string, unknown>;
  statements?: unknown[];
}
export interface ExportRoom {
  id: string;
  name: string;
  kind: 'plenary' | 'room';
  location: string | null;
  arrangement: string | null;
  chairName: string | null;
  order: number;
  currentActivityId: string | null;
  activities: ExportActivity[];
}
export interface ExportFile {
  format: string;
  version: number;
  complete: boolean;
  event: {
    code: string;
    name: string;
    language: string;
    accentColor: string | null;
    projectorTheme: string | null;
  };
  rooms: ExportRoom[];
}
export interface Links {
  code: string;
  name: string;
  chairUrl: string;
  rooms: { id: string; name: string; kind: string; chairUrl: string }[];
}

export const kinds = (r: ExportRoom) => r.activities.map((a) => a.kind);
export const current = (r: ExportRoom) => r.activities.find((a) => a.id === r.currentActivityId);

/** The calls, bound to one test server (`srv` is read when a call is made). */
export function organizerApi(srv: TestServer) {
  const auth = (extra: Record<string, string> = {}): Record<string, string> => ({
    authorization: `Bearer ${srv.adminToken}`,
    ...extra,
  });
  const post = (
    path: string,
    body: unknown,
    headers: Record<string, string> = auth({ 'content-type': 'application/json' }),
  ) =>
    fetch(`${srv.url}${path}`, {
      method: 'POST',
      headers,
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  async function exportOf(code: string): Promise<ExportFile> {
    const res = await fetch(`${srv.url}/api/events/${code}/export.json`, { headers: auth() });
    expect(res.status).toBe(200);
    return (await res.json()) as ExportFile;
  }

  const eventCount = async () =>
    ((await (await fetch(`${srv.url}/api/events`, { headers: auth() })).json()) as unknown[])
      .length;
  return { auth, post, exportOf, eventCount };
}

/** Imports a rotation plan (CSV lines); the import must be accepted (201). */
export async function importRotation(
  srv: TestServer,
  code: string,
  lines: string[],
): Promise<RotationPlan> {
  const api = organizerApi(srv);
  const csv = api.auth({ 'content-type': 'text/csv' });
  const res = await api.post(`/api/events/${code}/rotation/import`, lines.join('\n'), csv);
  expect(res.status).toBe(201);
  return ((await res.json()) as { plan: RotationPlan }).plan;
}

/** The organizer's "next slot": every group moves on (200). */
export async function nextSlot(srv: TestServer, code: string): Promise<void> {
  const res = await organizerApi(srv).post(`/api/events/${code}/rotation/next`, {});
  expect(res.status).toBe(200);
}
