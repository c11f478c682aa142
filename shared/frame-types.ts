// The client frame types, listed once. Everything else that names them (the parser's dispatch,
// the rate limiter's classes, the parser fuzz, the authorization matrix) derives from this table,
// and the compiler checks it against the ClientMessage union in both directions (PROTO-11).
// A new frame type: its union member in protocol.ts, its entry here, its schema in schema.ts,
// then `npm run protocol:snapshot`.

import type { ClientMessage, CommandMessage } from './protocol.js';

export type ClientMessageType = ClientMessage['type'];

/**
 * `session`: hello and ping, which manage the socket. `command`: changes state, carries a
 * client-made id and is answered with an ack or an error; `rate` is the participant's bucket:
 * `post` puts text in front of a moderator, `vote` is everything else.
 */
export type ClientFrameInfo = { kind: 'session' } | { kind: 'command'; rate: 'post' | 'vote' };

export const CLIENT_FRAMES = {
  hello: { kind: 'session' },
  ping: { kind: 'session' },
  'statement.submit': { kind: 'command', rate: 'post' },
  'heart.set': { kind: 'command', rate: 'vote' },
  'statement.moderate': { kind: 'command', rate: 'vote' },
  'statement.harvest': { kind: 'command', rate: 'vote' },
  'activity.create': { kind: 'command', rate: 'vote' },
  'activity.update': { kind: 'command', rate: 'vote' },
  'activity.show': { kind: 'command', rate: 'vote' },
  'activity.move': { kind: 'command', rate: 'vote' },
  'filter.words': { kind: 'command', rate: 'vote' },
  'poll.vote': { kind: 'command', rate: 'vote' },
  'poll.control': { kind: 'command', rate: 'vote' },
  'cloud.remove': { kind: 'command', rate: 'vote' },
  'question.ask': { kind: 'command', rate: 'post' },
  'question.upvote': { kind: 'command', rate: 'vote' },
  'question.moderate': { kind: 'command', rate: 'vote' },
  'question.merge': { kind: 'command', rate: 'vote' },
  'round.control': { kind: 'command', rate: 'vote' },
  'notice.seen': { kind: 'command', rate: 'vote' },
  'timer.start': { kind: 'command', rate: 'vote' },
  'timer.control': { kind: 'command', rate: 'vote' },
  'ranking.ballot': { kind: 'command', rate: 'vote' },
  'ranking.control': { kind: 'command', rate: 'vote' },
  'deck.goto': { kind: 'command', rate: 'vote' },
  'visit.start': { kind: 'command', rate: 'vote' },
} as const satisfies Record<ClientMessageType, ClientFrameInfo>;

type Frames = typeof CLIENT_FRAMES;
type CommandTypeOf<K extends keyof Frames> = Frames[K]['kind'] extends 'command' ? K : never;
export type CommandType = { [K in keyof Frames]: CommandTypeOf<K> }[keyof Frames];

// The table's commands are exactly the CommandMessage union's types, both ways.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const commandsMatch: Same<CommandType, CommandMessage['type']> = true;
void commandsMatch;

export const CLIENT_MESSAGE_TYPES = Object.keys(CLIENT_FRAMES) as ClientMessageType[];

export const COMMAND_TYPES = CLIENT_MESSAGE_TYPES.filter(
  (t): t is CommandType => CLIENT_FRAMES[t].kind === 'command',
);

export function isClientMessageType(type: unknown): type is ClientMessageType {
  return typeof type === 'string' && Object.hasOwn(CLIENT_FRAMES, type);
}

/** The participant's rate-limit bucket for a command type. */
export function rateClass(type: CommandType): 'post' | 'vote' {
  return CLIENT_FRAMES[type].rate;
}
