// The domain builder: rooms in memory driven through decide() and apply() as the live room does,
// for the unit tests of the rules. No I/O: a room is a plain RoomState and a command is committed
// the way the commit pipeline would, with a clock the test chooses.

import { apply, emptyRoomState } from '../../server/domain/apply.js';
import { decide } from '../../server/domain/decide.js';
import type { Actor, Change, RoomState } from '../../server/domain/types.js';
import type { ActivityUpdate, CommandMessage } from '../../shared/protocol.js';

export const chair: Actor = { role: 'chair' };
export const projector: Actor = { role: 'projector' };
/** Participant n, as `participant-n`. */
export const participant = (n: number): Actor => ({
  role: 'participant',
  participantId: `participant-${n}`,
});

/** An empty room with nothing on screen: the plenary 'Zaal' unless told otherwise. */
export function emptyRoom(name = 'Zaal', kind: 'plenary' | 'room' = 'plenary'): RoomState {
  return emptyRoomState({ id: 'r', eventId: 'e', name, kind, currentActivityId: null });
}

export type Decision = ReturnType<typeof decide>;
export type Commit = (s: RoomState, actor: Actor, cmd: CommandMessage, at?: number) => Decision;

/**
 * A commit function: decides the command and, when it is allowed, applies its change stamped
 * with `at(s)` (or the time given) and the next seq. `log` collects every applied change.
 */
export function committer(at: (s: RoomState) => number, log?: () => Change[]): Commit {
  return (s, actor, cmd, when) => {
    const r = decide(s, actor, cmd);
    if (r.ok) {
      const change: Change = {
        roomId: 'r',
        seq: s.seq + 1,
        clientId: cmd.id,
        actor,
        at: when ?? at(s),
        event: r.value,
      };
      log?.().push(change);
      apply(s, change);
    }
    return r;
  };
}

/** An activity.update command: `config` for the activity `activityId`. */
export const updateCmd = (
  activityId: string,
  config: ActivityUpdate['config'],
  id = 'u',
): ActivityUpdate => ({ type: 'activity.update', id, activityId, config });

/** A clock that moves a second at every commit, from `start`. */
export function ticking(start = 1_000): (s: RoomState) => number {
  let clock = start;
  return () => (clock += 1000);
}

/** 'ok' or the error code of a decision. */
export const codeOf = (r: Decision): string => (r.ok ? 'ok' : r.error.code);

/** Commits and throws on a refusal, for setting a scene that must succeed. */
export function mustCommit(
  commit: Commit,
): (s: RoomState, actor: Actor, cmd: CommandMessage) => void {
  return (s, actor, cmd) => {
    const r = commit(s, actor, cmd);
    if (!r.ok) throw new Error(r.error.message);
  };
}

type NewKind = Extract<CommandMessage, { type: 'activity.create' }>['kind'];

/** The activity.create command for a `kind` whose activity gets the id `id`. */
export const createCmd = (
  id: string,
  kind: NewKind,
  config: object = {},
  title = '',
): CommandMessage => ({ type: 'activity.create', id, kind, title, config }) as CommandMessage;

/** Decides and applies the creation of activity `id` by `actor` (the chair unless told). */
export const createIn = (
  commit: Commit,
  s: RoomState,
  item: { id: string; kind: NewKind; config?: object; title?: string },
  actor: Actor = chair,
): Decision => commit(s, actor, createCmd(item.id, item.kind, item.config, item.title));

/** Room `s` (an empty plenary unless given) with activity `item` created by the chair and on
 * screen; throws on a refusal. */
export function showingNew(
  commit: Commit,
  item: { id: string; kind: NewKind; config?: object; title?: string },
  s: RoomState = emptyRoom(),
  showId = 'show',
): RoomState {
  const made = mustCommit(commit);
  made(s, chair, createCmd(item.id, item.kind, item.config, item.title));
  made(s, chair, { type: 'activity.show', id: showId, activityId: item.id });
  return s;
}
