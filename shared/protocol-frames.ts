// The wire protocol, server → client: every frame the server sends. Each carries `seq`.
// Part of shared/protocol.ts, which re-exports everything here and forms ServerMessage.

import type {
  ActivityView,
  EventInfo,
  MyVote,
  PollResultsView,
  QuestionView,
  Role,
  RoomView,
  StatementView,
} from './model.js';
import type { ErrorCode } from './protocol-codes.js';
import type { MyBallot, RankingResultsView } from './ranking.js';
import type { PlannedVisits } from './visit.js';

export interface WelcomeMessage {
  type: 'welcome';
  seq: number;
  protocol: number;
  role: Role;
  event: EventInfo;
  room: RoomView;
  participantId?: string;
  /** A participant's identity: keep the token and send it in the next hello (AUTH-8). */
  identity?: { token: string; since: number };
  serverTime: number;
}

/** The event's information changed (name, rooms, branding); sent to every connection of its rooms. */
export interface EventMessage {
  type: 'event';
  seq: number;
  event: EventInfo;
}

export interface SnapshotMessage {
  type: 'snapshot';
  seq: number;
  room: RoomView;
  activities: ActivityView[];
  /** What this role may see: participants and projectors get approved statements only. */
  statements: StatementView[];
  /** Poll results this role may see: for the public roles only a revealed poll on screen. */
  polls: PollResultsView[];
  /** Chairs: every question. Others: approved questions of Q&As that are open or on screen. */
  questions: QuestionView[];
  /** Ranking results this role may see (as polls: the public roles only once revealed). */
  rankings?: RankingResultsView[];
}

export type EntityChange =
  | { kind: 'room'; id: string; value: RoomView }
  | { kind: 'activity'; id: string; value: ActivityView | null }
  | { kind: 'statement'; id: string; value: StatementView | null }
  | { kind: 'poll'; id: string; value: PollResultsView | null }
  | { kind: 'question'; id: string; value: QuestionView | null }
  | { kind: 'ranking'; id: string; value: RankingResultsView | null };

/** Coalesced changes since the previous update; value null means "remove from your view". */
export interface UpdateMessage {
  type: 'update';
  seq: number;
  changes: EntityChange[];
}

/** Per-participant state: their own statements (any status), hearts and votes. */
export interface MineMessage {
  type: 'mine';
  seq: number;
  own: StatementView[];
  hearted: string[];
  /** Their vote in the current round of each poll they voted in. */
  votes: MyVote[];
  /** Their own questions in any status; a merged one carries `mergedInto`. */
  questions: QuestionView[];
  /** Ids of the questions they upvoted. */
  upvoted: string[];
  /** Their ballot in the current round of each ranking they ranked in. */
  ballots?: MyBallot[];
}

export interface AckMessage {
  type: 'ack';
  seq: number;
  id: string;
  /** True when the id was already committed earlier (a retry). */
  duplicate?: boolean;
}

export interface ErrorMessage {
  type: 'error';
  seq: number;
  /** The command's id, when the error answers a command. */
  id?: string;
  code: ErrorCode;
  message: string;
  /** For rate limits: milliseconds until a retry may succeed. */
  retryAfterMs?: number;
  /** For validation errors: the offending field. */
  field?: string;
}

export interface PongMessage {
  type: 'pong';
  seq: number;
  t: number;
  /** The server's clock when it answered, so screens agree on a timer (CLOCK-3). */
  serverTime?: number;
}

/** Where a participant's group is now (ROT-5, ROT-6): after the welcome and at every slot change. */
export interface VisitView {
  groupId: string;
  groupName: string;
  groupNumber: number;
  /** 0-based slot in force, and how many the plan has. */
  slot: number;
  slots: number;
  /** The location: a room of the event. */
  roomId: string;
  location: string;
  address: string | null;
  /** The slot's times, "HH:MM" event-local, when the plan has them. */
  start: string | null;
  end: string | null;
}

/**
 * A traveling participant's visit. When its roomId is not the room the socket is in, the group
 * moved on: the phone says where to and joins that room (with the same group code).
 */
export interface VisitMessage {
  type: 'visit';
  seq: number;
  visit: VisitView;
}

/**
 * A location's visits by the plan, pushed to its chairs when the plan or the slot in force
 * changes, on whichever instance they are (ROT-32): the body of GET …/visits?room=.
 */
export interface RotationMessage {
  type: 'rotation';
  seq: number;
  visits: PlannedVisits;
}
