// A deck as an agenda item (DECK-6…12) on a built room: the stored deck filled in before the
// room decides, the slide range and its refusals, the move to a slide and who may make it,
// the keys of a remote clicker, the split "after slide N", and the exports.

import { describe, expect, it } from 'vitest';
import { harvestRoom } from '../../server/domain/harvest.js';
import type { RoomState } from '../../server/domain/types.js';
import { snapshotFor } from '../../server/domain/views.js';
import { kindOf } from '../../server/kinds/index.js';
import { checkRange, clampSlide } from '../../server/kinds/deck/deck.js';
import { deckKeyTarget, type DeckActivity } from '../../shared/deck-item.js';
import type { CommandMessage } from '../../shared/protocol.js';
import { parseClientMessage } from '../../shared/schema.js';
import { splitDeck } from '../../client/kinds/deck/split.js';
import type { NewCommand } from '../../client/lib/outbox.js';
import {
  chair,
  codeOf,
  committer,
  createIn,
  emptyRoom,
  participant,
  projector,
  ticking,
} from '../helpers/domain.js';

const commit = committer(ticking());
let n = 0;

/** What the server fills in from the stored deck (decks/item.ts) before the room decides. */
const stored = { deckTitle: 'Pitch Buurtbus', pages: 12, screenToken: 'scr', phoneToken: 'pho' };

const create = (s: RoomState, config: object, title = '') =>
  createIn(commit, s, {
    id: `dk${++n}`,
    kind: 'deck',
    title,
    config: { deckId: 'deck1', ...stored, ...config },
  });
const goto = (s: RoomState, activityId: string, slide: number, who = chair) =>
  commit(s, who, { type: 'deck.goto', id: `g${++n}`, activityId, slide });
const update = (s: RoomState, activityId: string, config: object) =>
  commit(s, chair, {
    type: 'activity.update',
    id: `u${++n}`,
    activityId,
    config,
  } as CommandMessage);
const deckOf = (s: RoomState, id: string) => s.activities.get(id) as DeckActivity;

describe('a deck item on the agenda', () => {
  it('[DECK-6] takes the deck title, all its slides, starts on the first, switches off', () => {
    const s = emptyRoom();
    expect(codeOf(create(s, {}))).toBe('ok');
    const a = deckOf(s, `dk${n}`);
    expect(a.title).toBe('Pitch Buurtbus');
    expect(a.config).toMatchObject({ from: 1, to: 12, slide: 1, pages: 12 });
    expect(a.config.joinOverlay).toBe(false);
    expect(a.config.phoneImage).toBe(false);
  });

  it('[DECK-6] without the stored deck filled in it is not_found (another room, or none)', () => {
    const r = createIn(commit, emptyRoom(), {
      id: 'bare',
      kind: 'deck',
      config: { deckId: 'elsewhere' },
    });
    expect(codeOf(r)).toBe('not_found');
  });

  it('[DECK-6] a participant cannot put a deck on the agenda', () => {
    const deck = { id: 'p1', kind: 'deck', config: { deckId: 'deck1', ...stored } } as const;
    expect(codeOf(createIn(commit, emptyRoom(), deck, participant(1)))).toBe('forbidden');
  });

  it('[DECK-9] a range outside 1…pages or upside down is invalid, naming the field', () => {
    const s = emptyRoom();
    expect(codeOf(create(s, { from: 3, to: 2 }))).toBe('invalid');
    expect(codeOf(create(s, { to: 13 }))).toBe('invalid');
    expect(codeOf(create(s, { from: 13 }))).toBe('invalid');
    expect(checkRange(0, 2, 12).ok).toBe(false);
    expect(checkRange(1, 12, 12).ok).toBe(true);
    expect(clampSlide(9, 3, 5)).toBe(5);
    expect(clampSlide(1, 3, 5)).toBe(3);
  });

  it('[DECK-7] the chair and the speaker move within the range; out of range is invalid', () => {
    const s = emptyRoom();
    create(s, { from: 3, to: 5 });
    const id = `dk${n}`;
    expect(deckOf(s, id).config.slide).toBe(3);
    expect(codeOf(goto(s, id, 4))).toBe('ok');
    expect(deckOf(s, id).config.slide).toBe(4);
    expect(codeOf(goto(s, id, 5, { role: 'projector', presenter: true }))).toBe('ok');
    expect(deckOf(s, id).config.slide).toBe(5);
    expect(codeOf(goto(s, id, 6))).toBe('invalid');
    expect(codeOf(goto(s, id, 2))).toBe('invalid');
    expect(deckOf(s, id).config.slide).toBe(5);
  });

  it('[DECK-7] a phone or a plain projector may not move slides; an unknown item is not_found', () => {
    const s = emptyRoom();
    create(s, {});
    const id = `dk${n}`;
    expect(codeOf(goto(s, id, 2, participant(1)))).toBe('forbidden');
    expect(codeOf(goto(s, id, 2, projector))).toBe('forbidden');
    expect(codeOf(goto(s, 'nope', 2))).toBe('not_found');
  });

  it('[DECK-7] deck.goto is checked at the boundary: a slide that is no integer is refused', () => {
    const bad = parseClientMessage(
      JSON.stringify({ type: 'deck.goto', id: 'x1', activityId: 'a', slide: 1.5 }),
    );
    expect(bad.ok).toBe(false);
    const good = parseClientMessage(
      JSON.stringify({ type: 'deck.goto', id: 'x1', activityId: 'a', slide: 99 }),
    );
    expect(good.ok).toBe(true);
  });

  it('[DECK-7] keys as a remote clicker sends them move one slide, Home and End to the ends', () => {
    expect(deckKeyTarget('ArrowRight', 3, 1, 5)).toBe(4);
    expect(deckKeyTarget('PageDown', 3, 1, 5)).toBe(4);
    expect(deckKeyTarget(' ', 3, 1, 5)).toBe(4);
    expect(deckKeyTarget('ArrowLeft', 3, 1, 5)).toBe(2);
    expect(deckKeyTarget('PageUp', 3, 1, 5)).toBe(2);
    expect(deckKeyTarget('Home', 3, 2, 5)).toBe(2);
    expect(deckKeyTarget('End', 3, 2, 5)).toBe(5);
    // At the end of the range nothing moves: the chair's → goes on to the next agenda item.
    expect(deckKeyTarget('ArrowRight', 5, 1, 5)).toBeNull();
    expect(deckKeyTarget('ArrowLeft', 1, 1, 5)).toBeNull();
    expect(deckKeyTarget('a', 3, 1, 5)).toBeNull();
  });

  it('[DECK-9] a new range keeps the slide on screen inside it; another kind’s fields are invalid', () => {
    const s = emptyRoom();
    create(s, {});
    const id = `dk${n}`;
    goto(s, id, 7);
    expect(codeOf(update(s, id, { to: 4 }))).toBe('ok');
    expect(deckOf(s, id).config).toMatchObject({ from: 1, to: 4, slide: 4 });
    expect(codeOf(update(s, id, { to: 40 }))).toBe('invalid');
    expect(codeOf(update(s, id, { body: 'x' }))).toBe('invalid');
    expect(codeOf(update(s, id, { joinOverlay: true, phoneImage: true }))).toBe('ok');
    expect(deckOf(s, id).config).toMatchObject({ joinOverlay: true, phoneImage: true });
  });

  it('[DECK-9] "a poll after slide 2": deck 1–2, the poll, deck 3–12, in the agenda’s order', () => {
    const s = emptyRoom();
    create(s, {});
    const id = `dk${n}`;
    const sent: NewCommand[] = [];
    const push = (c: NewCommand): string => {
      const full = { ...c, id: `sp${++n}` } as CommandMessage;
      sent.push(c);
      // The server fills in the stored deck for the new deck item.
      if (full.type === 'activity.create' && full.kind === 'deck')
        Object.assign(full.config, stored);
      expect(codeOf(commit(s, chair, full))).toBe('ok');
      return full.id;
    };
    const agenda = [...s.activities.values()];
    const poll = splitDeck(push, deckOf(s, id), 2, agenda, 'Stemming na dia 2');
    expect(poll).not.toBeNull();
    const order = s.agenda.map((x) => {
      const a = s.activities.get(x)!;
      return a.kind === 'deck' ? `deck ${a.config.from}–${a.config.to}` : a.kind;
    });
    expect(order).toEqual(['deck 1–2', 'poll', 'deck 3–12']);
    expect(splitDeck(push, deckOf(s, id), 2, agenda, 'x')).toBeNull();

    // A Q&A after slide 5 and a wall after slide 8 of the rest, through the same split (DECK-36).
    const now = () => s.agenda.map((x) => s.activities.get(x)!);
    const rest = s.agenda.at(-1)!;
    expect(splitDeck(push, deckOf(s, rest), 5, now(), 'Vragen na dia 5', 'qa')).not.toBeNull();
    const last = s.agenda.at(-1)!;
    expect(splitDeck(push, deckOf(s, last), 8, now(), 'Reacties na dia 8', 'wall')).not.toBeNull();
    const flow = s.agenda.map((x) => {
      const a = s.activities.get(x)!;
      return a.kind === 'deck' ? `deck ${a.config.from}–${a.config.to}` : `${a.kind} ${a.title}`;
    });
    expect(flow).toEqual([
      'deck 1–2',
      'poll Stemming na dia 2',
      'deck 3–5',
      'qa Vragen na dia 5',
      'deck 6–8',
      'wall Reacties na dia 8',
      'deck 9–12',
    ]);
  });

  it('[DECK-12] exports name the deck and its slides; the report and CSV leave it out', () => {
    const s = emptyRoom();
    create(s, { from: 2, to: 4 }, 'Buurtbus');
    const exp = harvestRoom(s).activities[0]!;
    expect(exp).toMatchObject({ kind: 'deck', deckTitle: 'Pitch Buurtbus', from: 2, to: 4 });
    expect(JSON.stringify(exp)).not.toContain('scr');
    const k = kindOf('deck');
    expect(k.printed).toBe(false);
    expect(k.imported).toBe(false);
    expect(k.csvRows({} as never, exp as never)).toEqual([]);
    const md = k.markdown(exp as never, (key, p) => `${key} ${JSON.stringify(p)}`, 'nl');
    expect(md[0]).toBe('### Buurtbus');
  });

  it('[DECK-7] the snapshot carries the slide on screen, so a reconnecting screen lands on it', () => {
    const s = emptyRoom();
    create(s, {});
    const id = `dk${n}`;
    commit(s, chair, { type: 'activity.show', id: `sh${++n}`, activityId: id });
    goto(s, id, 6);
    const a = snapshotFor(s, 'public').activities.find((x) => x.id === id) as DeckActivity;
    expect(a.config.slide).toBe(6);
  });
});
