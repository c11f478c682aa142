// Who is connected where: a room's counts on this instance (participants once however many
// sockets they have, chairs, screens, and phones per travelling group: ROT-33), and where each
// group's phones are across the rooms of an event.

import type { PresenceCounts } from '../bus/types.js';
import type { LiveRoom } from './room.js';

/** Who is connected to a room on this instance; a participant on two sockets counts once. */
export function presenceOf(room: LiveRoom): PresenceCounts {
  const counts: PresenceCounts = { participants: 0, chairs: 0, projectors: 0 };
  const people = new Set<string>();
  const groups = new Map<string, Set<string>>();
  for (const c of room.conns) {
    if (c.participantId) {
      people.add(c.participantId);
      // Who follows a group, per group: the overview sees a group arrive (ROT-33).
      if (c.groupId !== undefined) {
        let set = groups.get(c.groupId);
        if (!set) groups.set(c.groupId, (set = new Set()));
        set.add(c.participantId);
      }
    } else if (c.role === 'chair' || c.role === 'organizer') counts.chairs++;
    else counts.projectors++;
  }
  counts.participants = people.size;
  if (groups.size) counts.groups = Object.fromEntries([...groups].map(([g, s]) => [g, s.size]));
  return counts;
}

/** Each group's phones per room, and the room with most of them, from every room's counts. */
export function groupPlaces(counts: Map<string, PresenceCounts>, names: Map<string, string>) {
  const best = new Map<string, { roomId: string; at: string; phones: number }>();
  for (const [roomId, c] of counts) {
    for (const [g, phones] of Object.entries(c.groups ?? {})) {
      if (phones > (best.get(g)?.phones ?? 0))
        best.set(g, { roomId, at: names.get(roomId) ?? roomId, phones });
    }
  }
  return (roomId: string, groupId: string) => {
    const here = counts.get(roomId)?.groups?.[groupId] ?? 0;
    const top = best.get(groupId);
    return top && top.roomId !== roomId
      ? { here, elsewhere: { at: top.at, phones: top.phones } }
      : { here };
  };
}
