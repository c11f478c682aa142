// Pure rules: (state, actor, command) → the one domain event it causes, or why not.
// No I/O here; the room commits what this returns and applies it with apply().
// Each activity kind keeps its rules in its own module (kinds/index.ts); this only dispatches.

import { ErrorCode, type CommandMessage } from '../../shared/protocol.js';
import { kindOfCommand, type KindCommandType } from '../kinds/index.js';
import { isModerator } from './actors.js';
import { decideAgenda } from './agenda.js';
import { decideTimer } from './clock.js';
import { decideNotice } from './notice.js';
import { decideVisit, stampVisit } from './visit.js';
import { fail, ok, type Actor, type DomainEvent, type Result, type RoomState } from './types.js';

export { defaultWall } from './agenda.js';
export { defaultPoll } from '../kinds/poll/poll-config.js';
export { cleanText } from './text.js';

export function decide(state: RoomState, actor: Actor, cmd: CommandMessage): Result<DomainEvent> {
  switch (cmd.type) {
    case 'activity.create':
    case 'activity.update':
    case 'activity.show':
    case 'activity.move':
      return decideAgenda(state, actor, cmd);
    case 'filter.words':
      if (!isModerator(actor))
        return fail(ErrorCode.Forbidden, 'only a chair sets the word filter');
      return ok({ type: 'filter.words.set', words: cmd.words });
    case 'notice.seen':
      return decideNotice(state, actor, cmd);
    case 'timer.start':
    case 'timer.control':
      return decideTimer(state, actor, cmd);
    case 'visit.start':
      return decideVisit(state, actor, cmd, Date.now());
  }
  const kind = kindOfCommand(cmd);
  // Every other command type is listed by exactly one kind (their `commands` records).
  if (!kind) return fail(ErrorCode.Invalid, `unknown command ${cmd.type}`, 'type');
  const decided = kind.decide(state, actor, cmd);
  // A post or vote carries the room's visit in force, stamped here and never by the client.
  return decided.ok ? ok(stampVisit(state, decided.value)) : decided;
}

/** Compile-time: every command type is the room's (above) or one kind's. */
type Unrouted = Exclude<
  CommandMessage['type'],
  | KindCommandType
  | 'activity.create'
  | 'activity.update'
  | 'activity.show'
  | 'activity.move'
  | 'notice.seen'
  | 'timer.start'
  | 'timer.control'
  | 'visit.start'
>;
export const everyCommandRouted: [Exclude<Unrouted, 'filter.words'>] extends [never]
  ? true
  : never = true;
