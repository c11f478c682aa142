import { describe, expect, it } from 'vitest';
import { harvestRoom } from '../../server/domain/harvest.js';
import type { RoomState } from '../../server/domain/types.js';
import { snapshotFor, statementsFor } from '../../server/domain/views.js';
import type { CommandMessage } from '../../shared/protocol.js';
import { room as pollRoom, round as pollRound, vote } from '../helpers/poll-room.js';
import { locationLetter, locationLetters, visitLabel } from '../../shared/visit.js';
import {
  chair,
  codeOf,
  committer,
  createIn,
  emptyRoom,
  participant,
  projector,
  showingNew,
  ticking,
} from '../helpers/domain.js';

const commit = committer(ticking());
const start = (n: number, slot: number): CommandMessage => ({
  type: 'visit.start',
  id: `visit-${n}-${slot}`,
  groupId: `g${n}`,
  groupName: `Groep ${n}`,
  groupNumber: n,
  slot,
});

function location(): RoomState {
  const wall = {
    id: 'w',
    kind: 'wall',
    title: 'Oplossingen',
    config: { moderation: 'post' },
  } as const;
  return showingNew(commit, wall, emptyRoom('Politiebureau', 'room'));
}
const post = (s: RoomState, n: number, id: string) =>
  commit(s, participant(n), { type: 'statement.submit', id, activityId: 'w', text: `Idee ${id}` });

describe('visits at a location', () => {
  it('[ROT-7] only a chair starts a visit; the visit in force again is refused', () => {
    const s = location();
    expect(codeOf(commit(s, participant(1), start(7, 0)))).toBe('forbidden');
    expect(codeOf(commit(s, projector, start(7, 0)))).toBe('forbidden');
    expect(codeOf(commit(s, chair, start(7, 0)))).toBe('ok');
    expect(codeOf(commit(s, chair, { ...start(7, 0), id: 'again' }))).toBe('visit_running');
    expect(codeOf(commit(s, chair, start(8, 1)))).toBe('ok');
    expect(s.room.visit).toMatchObject({ n: 2, groupId: 'g8', slot: 1 });
    // The agenda stays as it was.
    expect(s.agenda).toEqual(['w']);
    expect(s.room.currentActivityId).toBe('w');
  });

  it('[ROT-8] posts carry the visit in force, whatever the client sends', () => {
    const s = location();
    expect(post(s, 1, 'before').ok).toBe(true);
    commit(s, chair, start(7, 0));
    post(s, 2, 'a');
    commit(s, chair, start(8, 1));
    post(s, 3, 'b');
    expect(s.statements.get('before')!.visit).toBeNull();
    expect(s.statements.get('a')!.visit).toBe(1);
    expect(s.statements.get('b')!.visit).toBe(2);
  });

  it('[ROT-9] the public roles see the visit in force only; the chair sees every visit', () => {
    const s = location();
    post(s, 1, 'before');
    // No visit yet: as before, everything shows.
    expect(statementsFor(s, 'public').map((v) => v.id)).toEqual(['before']);
    commit(s, chair, start(7, 0));
    post(s, 2, 'a');
    expect(statementsFor(s, 'public').map((v) => v.id)).toEqual(['a']);
    commit(s, chair, start(8, 1));
    expect(snapshotFor(s, 'public').statements).toEqual([]);
    post(s, 3, 'b');
    expect(statementsFor(s, 'public').map((v) => v.id)).toEqual(['b']);
    expect(statementsFor(s, 'chair').map((v) => [v.id, v.visit])).toEqual([
      ['before', undefined],
      ['a', 1],
      ['b', 2],
    ]);
    expect(snapshotFor(s, 'chair').room.visits?.map((v) => v.groupName)).toEqual([
      'Groep 7',
      'Groep 8',
    ]);
    expect(snapshotFor(s, 'public').room.visits).toBeUndefined();
  });

  it('[ROT-7] a poll with votes starts a fresh round for the new group; the agenda stays', () => {
    const s = pollRoom('single');
    const optionId = (() => {
      const a = s.activities.get('poll');
      return a?.kind === 'poll' ? a.config.options[0]!.id : '';
    })();
    commit(s, chair, start(7, 0));
    expect(codeOf(vote(s, participant(1), { optionIds: [optionId] }))).toBe('ok');
    expect(pollRound(s)?.voters).toBe(1);
    commit(s, chair, start(8, 1));
    const poll = s.activities.get('poll');
    expect(poll).toMatchObject({ round: 2, state: 'open' });
    expect(pollRound(s)?.voters).toBe(0);
    expect(pollRound(s, 'chair', 0)?.voters).toBe(1);
    expect(codeOf(vote(s, participant(2), { optionIds: [optionId] }))).toBe('ok');
    expect(pollRound(s)?.voters).toBe(1);
    expect(s.agenda).toEqual(['poll']);
  });

  it('[ROT-7] a dilemma round goes back to its first step for the new group', () => {
    const s = location();
    const config = { dilemma: 'Meer handhaving of meer buurtwerk?' };
    expect(codeOf(createIn(commit, s, { id: 'rd', kind: 'round', config }))).toBe('ok');
    commit(s, chair, { type: 'round.control', id: 'step', activityId: 'rd', phase: 2 });
    const phase = () => {
      const a = s.activities.get('rd');
      return a?.kind === 'round' ? a.config.phase : -1;
    };
    expect(phase()).toBe(2);
    commit(s, chair, start(7, 0));
    expect(phase()).toBe(0);
  });

  it('[ROT-11] visits are labelled with the location letter and their number', () => {
    expect([0, 1, 25, 26, 27, 53].map(locationLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'BB']);
    const letters = locationLetters([
      { id: 'p', kind: 'plenary' },
      { id: 'x', kind: 'room' },
      { id: 'y', kind: 'room' },
    ]);
    expect([...letters]).toEqual([
      ['x', 'A'],
      ['y', 'B'],
    ]);
    const s = location();
    commit(s, chair, start(7, 0));
    post(s, 1, 'a');
    commit(s, chair, start(8, 1));
    post(s, 2, 'b');
    const harvest = harvestRoom(s, 'B');
    expect(harvest.visits?.map((v) => [v.label, v.group, v.slot])).toEqual([
      ['B1', 'Groep 7', 1],
      ['B2', 'Groep 8', 2],
    ]);
    expect(harvest.activities[0]!.statements.map((x) => x.visit)).toEqual(['B1', 'B2']);
    expect(visitLabel('A', 3)).toBe('A3');
  });
});
