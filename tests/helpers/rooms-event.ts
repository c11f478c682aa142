// An event with parallel rooms for the file: the socket scene (server, event, tracked sockets)
// plus the rooms the organizer added from a CSV, each with its chair key, for the tests of what
// the organizer does to many rooms at once (notices, timers, templates).

import { beforeAll } from 'vitest';
import type { Config } from '../../server/config.js';
import { addRooms, type SeededRoom } from './report-event.js';
import { useEvent, type Scene } from './scenario.js';
import type { TestClient } from './ws-client.js';

/** Three tables: two in the morning arrangement, one in the afternoon one. */
export const THREE_TABLES = [
  'naam,arrangement',
  'Tafel 1,Ochtend',
  'Tafel 2,Ochtend',
  'Tafel 3,Middag',
].join('\n');

/** A dilemma as the organizer sends it to many rooms (content, CONTENT-1). */
export const DILEMMA = {
  kind: 'dilemma',
  question: 'De wachtlijst groeit. Wat doen we?',
  options: [
    { label: 'Iedereen een beetje hulp', drawback: 'Niemand krijgt genoeg' },
    { label: 'Eerst de zwaarste gevallen', drawback: 'De rest wacht nog langer' },
  ],
};

/** A single-choice poll as content for many rooms: the question and its option labels. */
export const singlePoll = (question: string, ...labels: string[]) => ({
  kind: 'poll',
  pollKind: 'single',
  question,
  options: labels.map((label) => ({ label })),
});

export interface RoomsScene extends Scene {
  /** The rooms added, in CSV order (filled before the file's own beforeAll hooks run). */
  rooms: SeededRoom[];
  /** The chair of one of the rooms; closed after the tests. */
  roomChair(room: SeededRoom): Promise<TestClient>;
}

/** A server, an event on it and its rooms from `csv`, for the file (or describe block). */
export function useEventWithRooms(
  name: string,
  csv: string,
  overrides: Partial<Config> = {},
): RoomsScene {
  const scene = useEvent(name, overrides);
  const rooms: SeededRoom[] = [];
  beforeAll(async () => {
    rooms.push(...(await addRooms(scene.srv, scene.ev.code, csv)));
  }, 60_000);
  return {
    ...scene,
    rooms,
    roomChair: (room) => scene.chair({ roomId: room.id, key: room.key }),
  };
}
