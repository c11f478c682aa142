import { describe, expect, it } from 'vitest';
import { harvestRoom } from '../../server/domain/harvest.js';
import type { Actor, RoomState } from '../../server/domain/types.js';
import { mineFor, snapshotFor } from '../../server/domain/views.js';
import type { RoundActivity, RoundPhase } from '../../shared/model.js';
import { defaultRoundConfig } from '../../shared/round.js';
import { parseClientMessage } from '../../shared/schema.js';
import {
  chair,
  codeOf,
  committer,
  emptyRoom,
  showingNew,
  ticking,
  updateCmd,
} from '../helpers/domain.js';

const p1: Actor = { role: 'participant', participantId: 'participant-1' };
const DILEMMA =
  'Cliënten met zwaardere psychische problemen melden zich terwijl het budget kleiner wordt.';

let n = 0;
const commit = committer(ticking());
const code = codeOf;

function room(moderation: 'pre' | 'post' = 'post'): RoomState {
  const config = { dilemma: DILEMMA, moderation };
  return showingNew(commit, { id: 'rd', kind: 'round', config }, emptyRoom('Tafel 7', 'room'));
}
const round = (s: RoomState) => s.activities.get('rd') as RoundActivity;
const control = (s: RoomState, c: { phase?: number; close?: true; open?: true }, who = chair) =>
  commit(s, who, { type: 'round.control', id: `c${++n}`, activityId: 'rd', ...c });
const post = (s: RoomState, text: string, phase?: number, id = `s${++n}`) =>
  commit(s, p1, {
    type: 'statement.submit',
    id,
    activityId: 'rd',
    text,
    ...(phase !== undefined ? { phase } : {}),
  });
const setPhases = (s: RoomState, phases: RoundPhase[]) =>
  commit(s, chair, {
    type: 'activity.update',
    id: `u${++n}`,
    activityId: 'rd',
    config: { phases },
  });

describe('dilemma round rules', () => {
  it('[ROUND-1] a new round has the three default steps, in Dutch by default, open at step 1', () => {
    const s = room();
    expect(round(s).title).toBe('Dilemma');
    expect(round(s).config).toMatchObject({ dilemma: DILEMMA, phase: 0, open: true });
    expect(round(s).config.phases.map((p) => p.title)).toEqual([
      'Verhelderende vragen',
      'Ervaringen delen',
      'Oplossingsrichtingen',
    ]);
    const en = defaultRoundConfig('en');
    expect(en.phases.map((p) => p.title)).toEqual([
      'Clarifying questions',
      'Sharing experiences',
      'Solution directions',
    ]);
    expect(en.phases.every((p) => p.prompt.length > 20)).toBe(true);
  });

  it('[ROUND-1] limits are checked at the boundary: dilemma, steps, title and prompt lengths', () => {
    const create = (config: object) =>
      parseClientMessage(
        JSON.stringify({ type: 'activity.create', id: 'x', kind: 'round', title: '', config }),
      );
    expect(create({ dilemma: 'a'.repeat(800) }).ok).toBe(true);
    expect(create({ dilemma: 'a'.repeat(801) }).ok).toBe(false);
    const step = (i: number) => ({ id: `p${i}`, title: `Stap ${i}`, prompt: '' });
    expect(create({ phases: [1, 2, 3, 4, 5, 6].map(step) }).ok).toBe(true);
    expect(create({ phases: [1, 2, 3, 4, 5, 6, 7].map(step) }).ok).toBe(false);
    expect(create({ phases: [] }).ok).toBe(false);
    expect(create({ phases: [{ id: 'a', title: 'x'.repeat(81), prompt: '' }] }).ok).toBe(false);
    expect(create({ phases: [{ id: 'a', title: 'x', prompt: 'y'.repeat(301) }] }).ok).toBe(false);
    // A step needs a title after cleaning, and ids must differ.
    const s = room();
    expect(code(setPhases(s, [{ id: 'a', title: '   ', prompt: '' }]))).toBe('invalid');
    expect(
      code(
        setPhases(s, [
          { id: 'a', title: 'Een', prompt: '' },
          { id: 'a', title: 'Twee', prompt: '' },
        ]),
      ),
    ).toBe('invalid');
  });

  it('[ROUND-3] the chair moves the step within bounds; exactly one instruction at a time', () => {
    const s = room();
    expect(code(control(s, { phase: 1 }))).toBe('ok');
    expect(round(s).config.phase).toBe(1);
    expect(code(control(s, { phase: 2 }))).toBe('ok');
    expect(code(control(s, { phase: 3 }))).toBe('invalid');
    expect(round(s).config.phase).toBe(2);
    expect(code(control(s, { phase: 0 }))).toBe('ok');
    expect(round(s).config.phase).toBe(0);
    expect(code(control(s, {}))).toBe('invalid');
    expect(code(control(s, { phase: 1, close: true }))).toBe('invalid');
    expect(code(control(s, { phase: 1 }, p1))).toBe('forbidden');
    expect(round(s).config.phase).toBe(0);
    expect(
      code(commit(s, chair, { type: 'round.control', id: 'z', activityId: 'nope', phase: 0 })),
    ).toBe('not_found');
  });

  it('[ROUND-2] a contribution is stamped with the step that is current when it is posted', () => {
    const s = room();
    expect(code(post(s, 'Wat is het budget precies?', undefined, 'a'))).toBe('ok');
    control(s, { phase: 1 });
    expect(code(post(s, 'Bij ons ging het zo.', 1, 'b'))).toBe('ok');
    expect(s.statements.get('a')?.phaseId).toBe('questions');
    expect(s.statements.get('b')?.phaseId).toBe('experiences');
    const views = snapshotFor(s, 'public').statements;
    expect(views.find((v) => v.id === 'a')?.phase).toBe(0);
    expect(views.find((v) => v.id === 'b')?.phase).toBe(1);
    expect(mineFor(s, 'participant-1').own.map((v) => v.phase)).toEqual([0, 1]);
  });

  it('[ROUND-2] a phone that still shows an earlier step is told the step moved', () => {
    const s = room();
    control(s, { phase: 2 });
    expect(code(post(s, 'Te laat voor vragen', 0))).toBe('phase_moved');
    expect(s.statements.size).toBe(0);
  });

  it('[ROUND-4] a closed round refuses contributions with round_closed, and opens again', () => {
    const s = room();
    expect(code(control(s, { close: true }))).toBe('ok');
    expect(round(s).config.open).toBe(false);
    expect(code(post(s, 'Mag dit nog?'))).toBe('round_closed');
    expect(code(control(s, { open: true }))).toBe('ok');
    expect(code(post(s, 'Nu wel'))).toBe('ok');
    commit(s, chair, { type: 'activity.show', id: 'off', activityId: null });
    expect(code(post(s, 'Niet op het scherm'))).toBe('activity_closed');
  });

  it('[ROUND-5] pending and rejected contributions never reach participants or the projector', () => {
    const s = room('pre');
    post(s, 'Wacht nog', undefined, 'w');
    post(s, 'Wordt afgewezen', undefined, 'r');
    commit(s, chair, { type: 'statement.moderate', id: 'm1', statementId: 'r', action: 'reject' });
    expect(snapshotFor(s, 'public').statements).toEqual([]);
    expect(
      snapshotFor(s, 'chair')
        .statements.map((v) => v.id)
        .sort(),
    ).toEqual(['r', 'w']);
    commit(s, chair, { type: 'statement.moderate', id: 'm2', statementId: 'w', action: 'approve' });
    expect(snapshotFor(s, 'public').statements.map((v) => v.id)).toEqual(['w']);
  });

  it('[ROUND-6] adding and removing steps keeps every contribution with its step', () => {
    const s = room();
    post(s, 'Vraag', undefined, 'a');
    control(s, { phase: 2 });
    post(s, 'Oplossing', undefined, 'c');
    const [q, e, sol] = round(s).config.phases as [RoundPhase, RoundPhase, RoundPhase];
    // Remove the empty middle step and add a fourth: contributions follow their step's id.
    expect(
      code(setPhases(s, [q, sol, { id: 'p4', title: 'Afspraken', prompt: 'Wie doet wat?' }])),
    ).toBe('ok');
    expect(round(s).config.phases.map((p) => p.id)).toEqual(['questions', 'solutions', 'p4']);
    // The current step (Oplossingsrichtingen) stays current where it moved to.
    expect(round(s).config.phase).toBe(1);
    const views = snapshotFor(s, 'chair').statements;
    expect(views.find((v) => v.id === 'a')?.phase).toBe(0);
    expect(views.find((v) => v.id === 'c')?.phase).toBe(1);
    // A step with contributions cannot be removed; nothing changes.
    expect(code(setPhases(s, [sol]))).toBe('invalid');
    expect(round(s).config.phases).toHaveLength(3);
    // Put the middle step back: its contributions are still there (none), the others intact.
    expect(code(setPhases(s, [q, e, sol]))).toBe('ok');
    expect(harvestRoom(s).activities[0]).toMatchObject({
      kind: 'round',
      phases: [
        { id: 'questions', contributions: [{ id: 'a', phase: 0 }] },
        { id: 'experiences', contributions: [] },
        { id: 'solutions', contributions: [{ id: 'c', phase: 2 }] },
      ],
    });
  });

  it('[ROUND-6] the dilemma and steps change through activity.update; the step only by control', () => {
    const s = room();
    const r = commit(s, chair, updateCmd('rd', { dilemma: '  Nieuw   dilemma ' }, 'u'));
    expect(code(r)).toBe('ok');
    expect(round(s).config.dilemma).toBe('Nieuw dilemma');
    const parsed = parseClientMessage(
      JSON.stringify({ type: 'activity.update', id: 'v', activityId: 'rd', config: { phase: 2 } }),
    );
    expect(parsed.ok).toBe(false);
    // A wall's settings are not a round's.
    expect(code(commit(s, chair, updateCmd('rd', { prompt: 'x' }, 'w')))).toBe('invalid');
  });
});
