// What the printable report says besides the harvest of each room: the items sent to the
// plenary (with the room they came from) and how many people took part. Pure, from room state.

import { KINDS } from '../kinds/index.js';
import type { RoomState } from './types.js';

export interface HarvestItem {
  text: string;
  name: string | null;
  roomId: string;
  roomName: string;
  group: string | null;
}

/** A harvest wall on the plenary is fed by the rooms; its items are not the plenary's own. */
const harvestWallIds = (state: RoomState): Set<string> =>
  new Set(
    [...state.activities.values()]
      .filter((a) => a.kind === 'wall' && a.config.harvest)
      .map((a) => a.id),
  );

/** The items on the plenary's harvest wall that are still sent (taken back ones are hidden). */
export function harvestItems(plenary: RoomState): HarvestItem[] {
  const walls = harvestWallIds(plenary);
  const out: HarvestItem[] = [];
  for (const st of plenary.statements.values()) {
    if (!walls.has(st.activityId) || st.status !== 'approved' || !st.source) continue;
    out.push({
      text: st.text,
      name: st.name,
      roomId: st.source.roomId,
      roomName: st.source.roomName,
      group: st.group,
    });
  }
  return out;
}

/**
 * People who took part (posted, gave a heart, voted, asked or upvoted) and what they sent
 * (statements, votes, questions), over the given rooms. Someone in two rooms counts once.
 */
export function participation(states: RoomState[]): {
  participants: number;
  contributions: number;
} {
  const people = new Set<string>();
  let contributions = 0;
  for (const state of states) {
    const harvest = harvestWallIds(state);
    for (const st of state.statements.values()) {
      if (harvest.has(st.activityId)) continue;
      people.add(st.participantId);
      for (const p of st.hearts) people.add(p);
      contributions++;
    }
    // Votes, questions and upvotes: each kind counts its own.
    for (const kind of Object.values(KINDS)) {
      contributions += kind.participation?.(state, people) ?? 0;
    }
  }
  return { participants: people.size, contributions };
}
