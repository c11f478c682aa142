// Pure rules: (state, actor, command) → the one domain event it causes, or why not.
// No I/O here; the room commits what this returns and applies it with apply().
// Each activity kind keeps its rules in its own module; this only dispatches.

import { assertNever, ErrorCode, type CommandMessage } from '../../shared/protocol.js';
import { isModerator } from './actors.js';
import { decideAgenda } from './agenda.js';
import { decidePoll } from '../kinds/poll/poll.js';
import { decideQa } from '../kinds/qa/qa.js';
import { decideRound } from '../kinds/round/round.js';
import { fail, ok, type Actor, type DomainEvent, type Result, type RoomState } from './types.js';
import { decideWall } from '../kinds/wall/wall.js';

export { defaultWall } from './agenda.js';
export { defaultPoll } from '../kinds/poll/poll-config.js';
export { cleanText } from './text.js';

export function decide(state: RoomState, actor: Actor, cmd: CommandMessage): Result<DomainEvent> {
  switch (cmd.type) {
    case 'statement.submit':
    case 'heart.set':
    case 'statement.moderate':
    case 'statement.harvest':
      return decideWall(state, actor, cmd);
    case 'activity.create':
    case 'activity.update':
    case 'activity.show':
    case 'activity.move':
      return decideAgenda(state, actor, cmd);
    case 'filter.words':
      if (!isModerator(actor))
        return fail(ErrorCode.Forbidden, 'only a chair sets the word filter');
      return ok({ type: 'filter.words.set', words: cmd.words });
    case 'poll.vote':
    case 'poll.control':
    case 'cloud.remove':
      return decidePoll(state, actor, cmd);
    case 'question.ask':
    case 'question.upvote':
    case 'question.moderate':
    case 'question.merge':
      return decideQa(state, actor, cmd);
    case 'round.control':
      return decideRound(state, actor, cmd);
    default:
      return assertNever(cmd);
  }
}
