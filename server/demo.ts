// The one-click demo event: a round table with a hartenkreet wall that already has a few
// statements on it and one waiting for the chair, so every screen shows something at once.

import { nanoid } from 'nanoid';
import type { DomainEvent } from './domain/types.js';
import type { EventLinks, EventService } from './events.js';

const APPROVED = [
  ['Niet vinken, maar vonken', 'Anja'],
  ['Meer burgerkracht', null],
  ['Luister eerst naar de mensen om wie het gaat', 'Henk'],
  ['Minder formulieren, meer keukentafelgesprekken', null],
] as const;

const PENDING = ['Geef vrijwilligers een stem in het beleid'];

export async function createDemoEvent(events: EventService): Promise<EventLinks> {
  const links = await events.create({ name: 'Demo: Sociale Top — ronde tafel', language: 'nl' });
  const plenary = links.rooms[0];
  if (!plenary) return links;
  const room = await events.roomState(plenary.id);
  const wallId = room?.currentActivityId;
  if (!wallId) return links;
  const seed: DomainEvent[] = [];
  APPROVED.forEach(([text, name], i) => {
    seed.push({
      type: 'statement.posted',
      statementId: nanoid(),
      activityId: wallId,
      participantId: `demo-participant-${i}`,
      name,
      text,
      status: 'approved',
    });
  });
  for (const text of PENDING) {
    seed.push({
      type: 'statement.posted',
      statementId: nanoid(),
      activityId: wallId,
      participantId: 'demo-participant-pending',
      name: null,
      text,
      status: 'pending',
    });
  }
  await events.system(plenary.id, seed);
  return links;
}
