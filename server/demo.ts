// The one-click demo event: a round table with a hartenkreet wall that already has a few
// statements on it and one waiting for the chair, so every screen shows something at once,
// and a dilemma poll on the agenda, ready to start.

import { nanoid } from 'nanoid';
import { defaultPoll } from './domain/decide.js';
import type { DomainEvent } from './domain/types.js';
import type { EventLinks, EventService } from './events.js';

const APPROVED = [
  ['Niet vinken, maar vonken', 'Anja'],
  ['Meer burgerkracht', null],
  ['Luister eerst naar de mensen om wie het gaat', 'Henk'],
  ['Minder formulieren, meer keukentafelgesprekken', null],
] as const;

const PENDING = ['Geef vrijwilligers een stem in het beleid'];

// A dilemma ready to start, so the chair can try a poll at once.
const DILEMMA = {
  question: 'Het budget voor dagbesteding daalt. Wat doen we?',
  options: [
    {
      id: 'a',
      label: 'Stoppen met dagbesteding en inzetten op gewone werkgevers',
      drawback: 'Een grote groep mensen komt thuis te zitten',
    },
    {
      id: 'b',
      label: 'De huidige dagbesteding voortzetten',
      drawback: 'Werkgevers worden niet uitgedaagd zelf plek te maken',
    },
  ],
};

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
  seed.push({
    type: 'activity.created',
    activity: {
      id: nanoid(10),
      kind: 'poll',
      title: 'Dilemma',
      order: 1,
      config: { ...defaultPoll('nl', 'dilemma'), ...DILEMMA },
      state: 'draft',
      revealed: false,
      round: 1,
    },
  });
  await events.appendSetup(plenary.id, seed);
  return links;
}
