// What a harvest does on the plenary, decided on the plenary's state: the harvest wall if there
// is none yet, and then the item posted, shown again or hidden. Pure, so the rule that a
// client can never take a harvested item's place is tested without sockets (AUTH-6).

import { harvestAuthor, harvestId } from '../../shared/ids.js';
import { translate } from '../../shared/i18n/index.js';
import type { HarvestSource } from '../../shared/model.js';
import { defaultWall } from './agenda.js';
import type { DomainEvent, RoomState, StatementState } from './types.js';

export interface HarvestForward {
  roomId: string;
  /** The seq of the source room's `statement.harvested` change: one forward per change. */
  seq: number;
  statementId: string;
  on: boolean;
  text: string;
  name: string | null;
  source: HarvestSource;
}

export interface SystemItem {
  clientId: string;
  event: DomainEvent;
}

/** Whether a plenary statement is the harvested item of that room, not anybody else's. */
const isHarvestOf = (st: StatementState, roomId: string) =>
  st.participantId === harvestAuthor(roomId) && st.source?.roomId === roomId;

/**
 * The plenary id of a harvested statement. Client ids cannot hold '.', so the first choice is
 * free of clients; an item an older Vonk let a client claim is passed by for one with ':'.
 * Null when both are somebody else's: then nothing is touched.
 */
export function plenaryIdOf(state: RoomState, roomId: string, statementId: string): string | null {
  for (const id of [harvestId(roomId, statementId), `${harvestId(roomId, statementId)}:h`]) {
    const there = state.statements.get(id);
    if (!there || isHarvestOf(there, roomId)) return id;
  }
  return null;
}

export function harvestItems(
  state: RoomState,
  f: HarvestForward,
  newWallId: () => string,
): SystemItem[] {
  const items: SystemItem[] = [];
  let wall = [...state.activities.values()].find((a) => a.kind === 'wall' && a.config.harvest);
  if (!wall) {
    const lang = state.language;
    wall = {
      id: newWallId(),
      kind: 'wall',
      title: translate(lang, 'harvest.title'),
      order: state.agenda.length,
      config: {
        ...defaultWall(lang),
        prompt: translate(lang, 'harvest.prompt'),
        moderation: 'post',
        open: false,
        harvest: true,
      },
    };
    items.push({ clientId: 'harvest:wall', event: { type: 'activity.created', activity: wall } });
  }
  const id = plenaryIdOf(state, f.roomId, f.statementId);
  if (id === null) return items;
  const clientId = `harvest:${f.roomId}:${f.seq}`;
  const there = state.statements.get(id);
  if (!f.on) {
    if (there) {
      items.push({
        clientId,
        event: { type: 'statement.moderated', statementId: id, action: 'hide' },
      });
    }
  } else if (there) {
    items.push({
      clientId,
      event: { type: 'statement.moderated', statementId: id, action: 'approve' },
    });
  } else {
    items.push({
      clientId,
      event: {
        type: 'statement.posted',
        statementId: id,
        activityId: wall.id,
        participantId: harvestAuthor(f.roomId),
        name: f.name,
        text: f.text,
        status: 'approved',
        source: f.source,
      },
    });
  }
  return items;
}
