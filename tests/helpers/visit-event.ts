// A small rotation (ROT-2's carousel): three locations of one arrangement, three groups, three
// slots, for the tests of visits: who sees which group's work, and the harvest per visit.

import { expect } from 'vitest';
import type { RotationPlan } from '../../shared/rotation.js';
import { expectAck } from './polls.js';
import { asChair, asParticipant } from './scenario.js';
import type { CreatedEvent, TestServer } from './server.js';
import type { TestClient } from './ws-client.js';

const WAIT = 30_000;

export const organizerFetch = (
  srv: TestServer,
  path: string,
  method = 'GET',
  body?: string,
  type = 'application/json',
) =>
  fetch(`${srv.url}/api${path}`, {
    method,
    headers: { authorization: `Bearer ${srv.adminToken}`, 'content-type': type },
    ...(body !== undefined ? { body } : {}),
  });

/** Three locations of one arrangement, three groups, three slots: the carousel (ROT-2). */
export async function threeLocations(srv: TestServer, name: string) {
  const ev = await srv.createEvent(name);
  const csv = [
    'name,location,arrangement',
    'Groep 1,Wijkcentrum,Arrangement 1',
    'Groep 2,Basisschool,Arrangement 1',
    'Groep 3,Bibliotheek,Arrangement 1',
  ].join('\n');
  const api = (path: string, method?: string, body?: string, type?: string) =>
    organizerFetch(srv, path, method, body, type);
  expect((await api(`/events/${ev.code}/rooms`, 'POST', csv, 'text/csv')).status).toBe(201);
  expect((await api(`/events/${ev.code}/rotation/generate`, 'POST', '{}')).status).toBe(201);
  const { plan } = (await (await api(`/events/${ev.code}/rotation`)).json()) as {
    plan: RotationPlan;
  };
  return { ev, plan };
}

export type PlanGroup = RotationPlan['groups'][number];

/** The chair's `visit.start` of a group of the plan. */
export const startVisit = (chair: TestClient, g: PlanGroup, slot: number) =>
  chair.command({
    type: 'visit.start',
    groupId: g.id,
    groupName: g.name,
    groupNumber: g.number,
    slot,
  });

/**
 * Two visits at the first location (its groups of slots 1 and 2), each group's phone posting
 * on the wall, every statement approved: `texts[0]` in visit 1, `texts[1]` in visit 2.
 */
export async function twoVisits(srv: TestServer, ev: CreatedEvent, plan: RotationPlan) {
  const here = plan.visits.find((v) => v.slot === 0)!.roomId;
  const at = (slot: number) =>
    plan.groups.find(
      (g) => g.id === plan.visits.find((v) => v.roomId === here && v.slot === slot)!.groupId,
    )!;
  const chair = await asChair(srv, ev, { roomId: here });
  const clients = [chair];
  const wall = chair.currentWallId();
  const texts = ['Een buurtkeuken voor iedereen', 'Een bibliotheek met spreekuur'];
  for (const slot of [0, 1]) {
    if (slot > 0)
      expect(
        (await organizerFetch(srv, `/events/${ev.code}/rotation/next`, 'POST', '{}')).status,
      ).toBe(200);
    const g = at(slot);
    expectAck(await startVisit(chair, g, slot));
    const phone = await asParticipant(srv, ev, `phone-${g.id}-harvest`, { group: g.code });
    clients.push(phone);
    const id = `visit-${slot + 1}-idea`;
    expectAck(
      await phone.command({ type: 'statement.submit', id, activityId: wall, text: texts[slot]! }),
    );
    await chair.until(() => chair.statements.has(id), WAIT);
    expectAck(
      await chair.command({ type: 'statement.moderate', statementId: id, action: 'approve' }),
    );
  }
  return { here, groups: [at(0), at(1)], texts, clients };
}
