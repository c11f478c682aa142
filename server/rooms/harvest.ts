// The harvest: a room's chair sends a statement "naar de plenaire"; it appears on the
// plenary's harvest wall, labelled with its room. The source room's change is committed
// first; then this forwards it with an idempotent client id, so a retry is one item, not two.
// If the process dies between the two, the forward is redone when the room is next loaded
// (its phones reconnect to it): the last harvest change of each statement is forwarded again,
// and the client id makes that a no-op when it had arrived.

import { locationLetters, visitLabel } from '../../shared/visit.js';
import type { Change, DomainEvent } from '../domain/types.js';
import type { Store } from '../store/types.js';
import type { RoomRegistry } from './registry.js';
import type { LiveRoom } from './room.js';

export function createHarvester(deps: {
  store: Store;
  registry: () => RoomRegistry;
  log: (msg: string, extra?: object) => void;
}) {
  const send = (room: LiveRoom, change: Change) => {
    const e = change.event;
    if (e.type !== 'statement.harvested') return Promise.resolve();
    return forward(room, change, e).catch((err: unknown) =>
      deps.log('harvest could not reach the plenary', { err: String(err), room: room.id }),
    );
  };
  return {
    onCommitted(room: LiveRoom, change: Change): void {
      void send(room, change);
    },
    onLoaded(room: LiveRoom, changes: Change[]): void {
      if (room.state.room.kind === 'plenary') return;
      const last = new Map<string, Change>();
      for (const c of changes) {
        if (c.event.type === 'statement.harvested') last.set(c.event.statementId, c);
      }
      if (last.size === 0) return;
      void (async () => {
        for (const c of last.values()) await send(room, c);
      })();
    },
  };

  async function forward(
    room: LiveRoom,
    change: Change,
    e: Extract<DomainEvent, { type: 'statement.harvested' }>,
  ) {
    const rooms = await deps.store.listRooms(room.state.room.eventId);
    const plenaryRec = rooms.find((r) => r.kind === 'plenary');
    if (!plenaryRec || plenaryRec.id === room.id) return;
    const plenary = await deps.registry().get(plenaryRec.id);
    const st = room.state.statements.get(e.statementId);
    if (!plenary || !st) return;
    const text = st.text;
    const name = st.name;
    const roomName = room.state.room.name;
    // A round's contribution is labelled with its step too: "Tafel 7 · Ervaringen delen".
    const from = room.state.activities.get(st.activityId);
    const step =
      from?.kind === 'round'
        ? from.config.phases.find((p) => p.id === st.phaseId)?.title
        : undefined;
    // A visiting group's item is labelled with its visit: "Politiebureau · A2" (ROT-11).
    const letter = locationLetters(rooms).get(room.id) ?? 'A';
    const visit = st.visit !== null ? visitLabel(letter, st.visit) : undefined;
    // Committed by the plenary's owner, which may be another instance (SCALE-43).
    await plenary.write({
      t: 'harvest',
      forward: {
        roomId: room.id,
        seq: change.seq,
        statementId: e.statementId,
        on: e.on,
        text,
        name,
        source: {
          roomId: room.id,
          roomName,
          ...(step ? { step } : {}),
          ...(visit ? { visit } : {}),
        },
      },
    });
    // Tell the room's chair it arrived (or is gone): a change in the source room, idempotent by
    // the harvest change's seq. Not awaited: this runs from that room's own commit hook.
    room
      .write({
        t: 'changes',
        changes: [
          {
            clientId: `landed:${change.seq}`,
            event: { type: 'statement.landed', statementId: e.statementId, on: e.on },
          },
        ],
      })
      .catch((err: unknown) =>
        deps.log('harvest arrival not recorded', { err: String(err), room: room.id }),
      );
  }
}
