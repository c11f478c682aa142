// The wire protocol between Vonk's server and its clients, both directions in one place.
// Every server message carries `seq`: the room's sequence number at the time it was sent.
// The frames live in three files along their seams (codes, client → server, server → client);
// this one names the version and the two unions, and re-exports the rest, so imports stay here.

import type { CommandMessage, HelloMessage, PingMessage } from './protocol-commands.js';
import type {
  AckMessage,
  ErrorMessage,
  EventMessage,
  MineMessage,
  PongMessage,
  RotationMessage,
  SnapshotMessage,
  UpdateMessage,
  VisitMessage,
  WelcomeMessage,
} from './protocol-frames.js';

export * from './protocol-codes.js';
export type * from './protocol-commands.js';
export type * from './protocol-frames.js';

export const PROTOCOL_VERSION = 4;

export type ClientMessage = HelloMessage | PingMessage | CommandMessage;

export type ServerMessage =
  | VisitMessage
  | RotationMessage
  | WelcomeMessage
  | EventMessage
  | SnapshotMessage
  | UpdateMessage
  | MineMessage
  | AckMessage
  | ErrorMessage
  | PongMessage;

export function assertNever(x: never): never {
  throw new Error(`unexpected value: ${JSON.stringify(x)}`);
}
