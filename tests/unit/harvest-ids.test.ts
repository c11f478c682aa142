import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apply, emptyRoomState } from '../../server/domain/apply.js';
import { decide } from '../../server/domain/decide.js';
import { harvestItems, type SystemItem } from '../../server/domain/harvest-forward.js';
import type { Actor, DomainEvent, RoomState } from '../../server/domain/types.js';
import { harvestAuthor, harvestId } from '../../shared/ids.js';
import type { CommandMessage } from '../../shared/protocol.js';
import { KNOWN_TYPES, parseClientMessage } from '../../shared/schema.js';

// A plenary the way a room loads it: every change through the same id check the store makes
// (one change per client id), every frame through the same parser a socket uses.
const ROOM = 'T9abcdefghij';
const SOURCE = [
  { id: 'benign-1', text: 'Een buurtkamer in elke wijk' },
  { id: 'b2', text: 'Vrijwilligers een stem geven' },
  { id: 'x_3', text: 'Mantelzorg erkennen' },
];
const chair: Actor = { role: 'chair' };

class Plenary {
  state: RoomState;
  private ids = new Set<string>();
  private seq = 0;
  constructor(moderation: 'pre' | 'post') {
    this.state = emptyRoomState({
      id: 'pl',
      eventId: 'e',
      name: 'Plenaire zaal',
      kind: 'plenary',
      currentActivityId: null,
    });
    this.command(chair, {
      type: 'activity.create',
      id: 'w',
      kind: 'wall',
      title: 'Muur',
      config: { moderation },
    });
    this.command(chair, { type: 'activity.show', id: 'show', activityId: 'w' });
  }
  private commit(clientId: string, actor: Actor, event: DomainEvent) {
    if (this.ids.has(clientId)) return;
    this.ids.add(clientId);
    apply(this.state, { roomId: 'pl', seq: ++this.seq, clientId, actor, at: this.seq, event });
  }
  command(actor: Actor, cmd: CommandMessage) {
    if (this.ids.has(cmd.id)) return;
    const r = decide(this.state, actor, cmd);
    if (r.ok) this.commit(cmd.id, actor, r.value);
  }
  /** A frame from a phone, parsed at the boundary like the socket does. */
  frame(actor: Actor, raw: object) {
    const parsed = parseClientMessage(JSON.stringify(raw));
    if (!parsed.ok || parsed.value.type === 'hello' || parsed.value.type === 'ping') return;
    this.command(actor, parsed.value);
  }
  system(items: SystemItem[]) {
    for (const item of items) this.commit(item.clientId, { role: 'system' }, item.event);
  }
}

/** Every id the server derives or uses for its own changes, and ids near them. */
const derived = [
  ...SOURCE.flatMap((s) => [harvestId(ROOM, s.id), `${harvestId(ROOM, s.id)}:h`, s.id]),
  ...[1, 2, 3, 4, 5, 6].map((n) => `harvest:${ROOM}:${n}`),
  'harvest:wall',
  'harvest-wall',
  'oogst:h1',
  'w',
  harvestAuthor(ROOM),
];
const anyId = fc.oneof(
  { arbitrary: fc.constantFrom(...derived), weight: 4 },
  { arbitrary: fc.string({ maxLength: 80 }), weight: 1 },
);
const types = [...KNOWN_TYPES].filter((t) => t !== 'hello' && t !== 'ping');
const frame = fc.record({
  type: fc.oneof(
    { arbitrary: fc.constantFrom('statement.submit', 'heart.set'), weight: 3 },
    { arbitrary: fc.constantFrom(...types), weight: 1 },
  ),
  id: anyId,
  activityId: fc.oneof({ arbitrary: fc.constant('w'), weight: 3 }, anyId),
  statementId: anyId,
  questionId: anyId,
  intoId: anyId,
  pollId: anyId,
  text: fc.constantFrom('Gekaapt', 'Overgenomen woorden'),
  on: fc.boolean(),
  action: fc.constantFrom('approve', 'hide', 'pin'),
  kind: fc.constant('wall'),
  title: fc.constant('Nep-oogst'),
  config: fc.constant({ harvest: true, moderation: 'post' }),
});
const step = fc.oneof(
  fc.record({ harvest: fc.nat({ max: SOURCE.length - 1 }), on: fc.boolean() }),
  fc.record({ participant: anyId, raw: frame }),
);

describe('ids the server derives', () => {
  it('[AUTH-6] a client-chosen colliding id never changes what the harvest puts on the plenary', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<'pre' | 'post'>('pre', 'post'),
        fc.array(step, { maxLength: 60 }),
        (moderation, steps) => {
          const pl = new Plenary(moderation);
          const last = new Map<string, boolean>();
          const sent = new Set<string>();
          let seq = 0;
          for (const s of steps) {
            if ('harvest' in s) {
              const src = SOURCE[s.harvest]!;
              last.set(src.id, s.on);
              if (s.on) sent.add(src.id);
              const forward = {
                roomId: ROOM,
                seq: ++seq,
                statementId: src.id,
                on: s.on,
                text: src.text,
                name: null,
                source: { roomId: ROOM, roomName: 'Tafel 9' },
              };
              pl.system(harvestItems(pl.state, forward, () => 'oogst:h1'));
            } else {
              // The hello parser decides which participant ids exist at all.
              const hello = parseClientMessage(
                JSON.stringify({
                  type: 'hello',
                  protocol: 1,
                  role: 'participant',
                  eventCode: 'ABCDEF',
                  participantId: s.participant,
                }),
              );
              if (!hello.ok) continue;
              pl.frame({ role: 'participant', participantId: s.participant }, s.raw);
            }
          }
          const fromRoom = [...pl.state.statements.values()].filter(
            (st) => st.source?.roomId === ROOM || st.participantId === harvestAuthor(ROOM),
          );
          // Exactly the harvested statements, each once, with the room's words and status.
          expect(fromRoom.map((st) => st.id).sort()).toEqual(
            [...sent].map((id) => harvestId(ROOM, id)).sort(),
          );
          for (const id of sent) {
            const on = last.get(id);
            const st = pl.state.statements.get(harvestId(ROOM, id))!;
            expect(st.text).toBe(SOURCE.find((s) => s.id === id)!.text);
            expect(st.participantId).toBe(harvestAuthor(ROOM));
            expect(st.status).toBe(on ? 'approved' : 'hidden');
            const wall = pl.state.activities.get(st.activityId);
            expect(wall?.kind === 'wall' && wall.config.harvest).toBe(true);
          }
        },
      ),
      { numRuns: 300, seed: 19 },
    );
  });

  it('[AUTH-6] an item a client claimed under an older Vonk is passed by, not approved', () => {
    const pl = new Plenary('pre');
    // Stored before ids were checked: a participant's pending post under the harvested id.
    pl.command(
      { role: 'participant', participantId: 'attacker-1' },
      {
        type: 'statement.submit',
        id: harvestId(ROOM, 'benign-1'),
        activityId: 'w',
        text: 'Gekaapt',
      },
    );
    expect(pl.state.statements.get(harvestId(ROOM, 'benign-1'))?.status).toBe('pending');
    const forward = {
      roomId: ROOM,
      seq: 1,
      statementId: 'benign-1',
      on: true,
      text: SOURCE[0]!.text,
      name: null,
      source: { roomId: ROOM, roomName: 'Tafel 9' },
    };
    pl.system(harvestItems(pl.state, forward, () => 'oogst:h1'));
    expect(pl.state.statements.get(harvestId(ROOM, 'benign-1'))?.status).toBe('pending');
    expect(pl.state.statements.get(`${harvestId(ROOM, 'benign-1')}:h`)).toMatchObject({
      text: SOURCE[0]!.text,
      status: 'approved',
      participantId: harvestAuthor(ROOM),
    });
  });
});
