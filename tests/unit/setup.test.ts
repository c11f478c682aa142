import { describe, expect, it } from 'vitest';
import { emptyRoomState } from '../../server/domain/apply.js';
import {
  planActivities,
  specFromExport,
  templateByName,
  templateSpecs,
  templateSpecsFor,
} from '../../server/domain/setup.js';

const room = () =>
  emptyRoomState(
    { id: 'r1', eventId: 'e1', name: 'Tafel 1', kind: 'room', currentActivityId: null },
    'nl',
  );
let n = 0;
const id = () => `a${++n}`;

describe('agenda templates', () => {
  it('[ROOM-7] templates are found by their Dutch and English names, others are not', () => {
    expect(templateByName(' Rondetafel ')).toBe('rondetafel');
    expect(templateByName('round  table')).toBe('rondetafel');
    expect(templateByName('WALL')).toBe('muur');
    expect(templateByName('Pitch')).toBe('pitch');
    expect(templateByName('kaartspel')).toBeNull();
    expect(templateByName('')).toBeNull();
  });

  it('[ROOM-7] every template plans cleanly, in order, in both languages', () => {
    for (const lang of ['nl', 'en'] as const) {
      for (const name of ['rondetafel', 'pitch', 'muur'] as const) {
        const planned = planActivities(room(), templateSpecs(name, lang), id);
        expect(planned.ok, `${name} ${lang}`).toBe(true);
        if (!planned.ok) continue;
        expect(planned.value.map((e) => e.activity.order)).toEqual(planned.value.map((_, i) => i));
      }
    }
    const round = planActivities(room(), templateSpecs('rondetafel', 'en'), id);
    expect(round.ok && round.value.map((e) => e.activity.kind)).toEqual(['wall', 'poll', 'round']);
  });

  it('[CHAIR-6] every template names its items distinctly, in both languages', () => {
    for (const lang of ['nl', 'en'] as const) {
      for (const name of ['rondetafel', 'pitch', 'muur'] as const) {
        const titles = templateSpecs(name, lang).map((s) => s.title);
        expect(new Set(titles).size, `${name} ${lang}: ${titles.join(', ')}`).toBe(titles.length);
      }
    }
    expect(templateSpecs('rondetafel', 'nl').map((s) => s.title)).toEqual([
      'Hartenkreet',
      'Dilemma-stemming',
      'Dilemmaronde',
    ]);
  });

  it('[ROOM-7] a room that has a wall gets no second one', () => {
    const state = room();
    const planned = planActivities(state, templateSpecs('muur', 'nl'), id);
    if (!planned.ok) throw new Error('plan failed');
    for (const e of planned.value) {
      state.activities.set(e.activity.id, e.activity);
      state.agenda.push(e.activity.id);
    }
    expect(templateSpecsFor(state, 'rondetafel', 'nl').map((s) => s.kind)).toEqual([
      'poll',
      'round',
    ]);
    expect(templateSpecsFor(room(), 'rondetafel', 'nl')).toHaveLength(3);
  });
});

describe('activities from a file', () => {
  it('[EXPORT-5] a bad activity is refused by the same rules as a chair’s, naming it', () => {
    const res = planActivities(
      room(),
      [
        { kind: 'wall', title: 'Muur', config: {} },
        {
          kind: 'poll',
          title: 'Stemming',
          config: { pollKind: 'scale', scale: { min: 5, max: 1, minLabel: '', maxLabel: '' } },
        },
      ],
      id,
    );
    expect(res.ok).toBe(false);
    if (!res.ok) expect(res.error.message).toMatch(/^activity 2: /);
    const bad = planActivities(room(), [{ kind: 'qa', title: 'Q', config: { maxLength: 5 } }], id);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.message).toMatch(/^activity 1 \(config\.maxLength\)/);
  });

  it('[EXPORT-5] only the setup of an exported activity is kept, not its state', () => {
    expect(
      specFromExport('round', 'Dilemma', {
        dilemma: 'D',
        phases: [],
        moderation: 'pre',
        maxLength: 200,
        phase: 2,
        open: false,
        extra: 1,
      }).config,
    ).toEqual({ dilemma: 'D', phases: [], moderation: 'pre', maxLength: 200 });
    expect(specFromExport('wall', 'W', null).config).toEqual({});
  });
});
