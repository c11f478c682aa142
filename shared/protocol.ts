// The wire protocol between Vonk's server and its clients, both directions in one place.
// Every server message carries `seq`: the room's sequence number at the time it was sent.

import type {
  ActivityView,
  EventInfo,
  Language,
  MyVote,
  PollChoice,
  PollConfig,
  PollResultsView,
  QaConfig,
  QuestionView,
  Role,
  RoundConfig,
  RoomView,
  StatementView,
  WallConfig,
} from './model.js';
import type { TimerAtZero } from './clock.js';

export const PROTOCOL_VERSION = 2;

/** Named WebSocket close codes (4000–4999 are free for applications). */
export const CloseCode = {
  /** The server is restarting; reconnect after a short backoff. */
  Restarting: 4000,
  /** The hello frame was missing, malformed or not allowed. */
  BadHello: 4001,
  /** Client and server speak different protocol versions; reload the page. */
  ProtocolMismatch: 4002,
  /** The client did not read fast enough; reconnect and resync. */
  TooSlow: 4003,
  /** The event or room does not exist (any more). */
  NotFound: 4004,
  /** The credentials were revoked while connected. */
  Revoked: 4005,
  /** Too many joins from this address just now; reconnect after a backoff. */
  TryLater: 4006,
  /** No hello arrived in time. */
  HelloTimeout: 4008,
} as const;
export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode];

export const ErrorCode = {
  BadFrame: 'bad_frame',
  UnknownType: 'unknown_type',
  TooLarge: 'too_large',
  Invalid: 'invalid',
  Unauthorized: 'unauthorized',
  Forbidden: 'forbidden',
  NotFound: 'not_found',
  TextEmpty: 'text_empty',
  TextTooLong: 'text_too_long',
  NotInRoom: 'not_in_room',
  ActivityClosed: 'activity_closed',
  NotHello: 'not_hello',
  DuplicateId: 'duplicate_id',
  RateLimited: 'rate_limited',
  Internal: 'internal',
  /** A vote on a poll that is a draft, closed, or not on screen. */
  PollClosed: 'poll_closed',
  /** A vote naming an option the poll does not have. */
  InvalidOption: 'invalid_option',
  /** More options (or cloud words) than the poll allows. */
  TooManyPicks: 'too_many_picks',
  /** A scale value outside the poll's scale. */
  OutOfRange: 'out_of_range',
  /** A "why" from someone who did not vote in this round. */
  NoVote: 'no_vote',
  /** A change to the question's structure (kind, choices, scale) after the poll opened. */
  PollStarted: 'poll_started',
  /** A question or upvote for a Q&A that is not open. */
  QaClosed: 'qa_closed',
  /** An upvote on the participant's own question. */
  OwnQuestion: 'own_question',
  /** An upvote on a question that is not approved (pending, rejected, archived, merged). */
  NotVotable: 'not_votable',
  /** A contribution to a dilemma round that the chair closed. */
  RoundClosed: 'round_closed',
  /** A contribution meant for a step the chair has moved away from. */
  PhaseMoved: 'phase_moved',
  /** A timer that would end in the past (CLOCK-5). */
  TimerInPast: 'timer_in_past',
  /** A timer control while the room has no timer (or none that can do that). */
  NoTimer: 'no_timer',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

// ---------------------------------------------------------------- client → server

export interface HelloMessage {
  type: 'hello';
  protocol: number;
  role: Role;
  eventCode: string;
  /** Omitted: the event's plenary room. */
  roomId?: string;
  /** Participants: the anonymous id kept on the phone. */
  participantId?: string;
  /** Chair: the chair secret. Organizer: the admin token. */
  key?: string;
  /** Participants: the identity token of the welcome before, for this event (AUTH-8). */
  token?: string;
  /** The last seq the client applied; 0 or absent for a fresh start. */
  lastSeq?: number;
  language?: Language;
  /**
   * Participants: the join code of the group they travel with (ROT-5). The server then picks
   * the room: the group's location in the slot in force, whatever roomId says.
   */
  group?: string;
}

export interface StatementSubmit {
  type: 'statement.submit';
  /** Made on the phone before the first send; the same id twice is one statement. */
  id: string;
  activityId: string;
  text: string;
  name?: string | null;
  /**
   * Dilemma rounds: the step the phone showed when this was written. The server files a
   * contribution under the current step and refuses it (phase_moved) when that differs.
   */
  phase?: number;
}

export interface HeartSet {
  type: 'heart.set';
  id: string;
  statementId: string;
  on: boolean;
}

export type ModerationAction =
  | 'approve'
  | 'reject'
  | 'hide'
  | 'pin'
  | 'unpin'
  /** Back to the queue: the undo of approve or reject. */
  | 'requeue'
  /** Change the text (fix a typo) and approve. */
  | 'edit'
  /** Put under a group label (`text`; empty removes the label). */
  | 'group';

export interface StatementModerate {
  type: 'statement.moderate';
  id: string;
  statementId: string;
  action: ModerationAction;
  /** Required for `edit`. */
  text?: string;
}

/** The config is per kind: a variant on `kind`. Missing fields get the kind's defaults. */
export type ActivityCreate =
  | {
      type: 'activity.create';
      id: string;
      kind: 'wall';
      title: string;
      config: Partial<WallConfig>;
    }
  | {
      type: 'activity.create';
      id: string;
      kind: 'poll';
      title: string;
      config: Partial<PollConfig>;
    };

export interface QaActivityCreate {
  type: 'activity.create';
  id: string;
  kind: 'qa';
  /** Empty: the pitch title. */
  title: string;
  config: Partial<QaConfig>;
}

export interface RoundActivityCreate {
  type: 'activity.create';
  id: string;
  kind: 'round';
  /** Empty: "Dilemma". */
  title: string;
  config: RoundConfigPatch;
}

/** What the chair edits of a round; the step and open/closed move by round.control only. */
export type RoundConfigPatch = Partial<
  Pick<RoundConfig, 'dilemma' | 'phases' | 'moderation' | 'maxLength'>
>;

export interface ActivityUpdate {
  type: 'activity.update';
  id: string;
  activityId: string;
  title?: string;
  /** Fields of the activity's own kind only. */
  config?: Partial<WallConfig> | Partial<PollConfig> | Partial<QaConfig> | RoundConfigPatch;
}

/** The chair moves a dilemma round to a step (0-based), or closes or opens it. One at a time. */
export interface RoundControl {
  type: 'round.control';
  id: string;
  activityId: string;
  phase?: number;
  close?: true;
  open?: true;
}

export interface ActivityShow {
  type: 'activity.show';
  id: string;
  /** null: the projector shows only the join code. */
  activityId: string | null;
}

export interface ActivityMove {
  type: 'activity.move';
  id: string;
  activityId: string;
  /** New position, 0-based. */
  index: number;
}

/** A room's chair sends a statement to the plenary's harvest wall, or takes it back. */
export interface StatementHarvest {
  type: 'statement.harvest';
  id: string;
  statementId: string;
  on: boolean;
}

/** The chair's own additions to the word filter of this room (replaces the previous list). */
export interface FilterWordsSet {
  type: 'filter.words';
  id: string;
  words: string[];
}

/** One vote; it replaces the participant's earlier vote in the same round. */
export interface PollVote extends PollChoice {
  type: 'poll.vote';
  id: string;
  pollId: string;
}

export type PollAction = 'open' | 'close' | 'reveal' | 'hide' | 'newRound';

export interface PollControl {
  type: 'poll.control';
  id: string;
  pollId: string;
  action: PollAction;
}

/** Takes a word out of a cloud's results (or puts it back with `undo`). Votes stay stored. */
export interface CloudRemove {
  type: 'cloud.remove';
  id: string;
  pollId: string;
  word: string;
  undo?: boolean;
}

export interface QuestionAsk {
  type: 'question.ask';
  /** Made on the phone; it becomes the question's id. */
  id: string;
  activityId: string;
  text: string;
  name?: string | null;
}

/** Gives (`on: true`) or withdraws an upvote; setting what is already set changes nothing. */
export interface QuestionUpvote {
  type: 'question.upvote';
  id: string;
  questionId: string;
  on: boolean;
}

export type QuestionAction =
  | 'approve'
  | 'reject'
  /** Back to the queue: the undo of approve or reject. */
  | 'requeue'
  /** Off the lists for good (the undo is approve). */
  | 'archive'
  | 'answer'
  | 'unanswer'
  /** Put on the projector large; takes the previous one of this Q&A off. */
  | 'stage'
  | 'unstage'
  /** Change the text and approve. */
  | 'edit';

export interface QuestionModerate {
  type: 'question.moderate';
  id: string;
  questionId: string;
  action: QuestionAction;
  /** Required for `edit`. */
  text?: string;
}

/** Merges a duplicate into another question of the same Q&A; their upvoters are united. */
export interface QuestionMerge {
  type: 'question.merge';
  id: string;
  questionId: string;
  intoId: string;
}

/** A room's chair confirms the organizer's notice ("Gezien", NOTICE-4). */
export interface NoticeSeen {
  type: 'notice.seen';
  id: string;
  noticeId: string;
}

/**
 * The chair starts the room's timer (CLOCK-1): for `durationMs`, or until `endsAt` (server time,
 * ms since epoch); exactly one of the two. It replaces a timer that was there.
 */
export interface TimerStart {
  type: 'timer.start';
  id: string;
  durationMs?: number;
  endsAt?: number;
  /** The activity it belongs to (default: the one on screen); null: the room as a whole. */
  activityId?: string | null;
  /** A dilemma round's step (0-based) it belongs to. */
  phase?: number;
  /** What the server does at zero (default none). */
  atZero?: TimerAtZero;
}

/** Pause, resume, add time (`ms`, default one minute) or stop (remove) the room's timer. */
export interface TimerControl {
  type: 'timer.control';
  id: string;
  action: 'pause' | 'resume' | 'add' | 'stop';
  ms?: number;
}

export interface PingMessage {
  type: 'ping';
  t: number;
}

/** Frames that change state: each carries a client-made id and gets an ack or an error. */
export type CommandMessage =
  | StatementSubmit
  | HeartSet
  | StatementModerate
  | ActivityCreate
  | QaActivityCreate
  | RoundActivityCreate
  | ActivityUpdate
  | ActivityShow
  | ActivityMove
  | FilterWordsSet
  | StatementHarvest
  | PollVote
  | PollControl
  | CloudRemove
  | QuestionAsk
  | QuestionUpvote
  | QuestionModerate
  | QuestionMerge
  | RoundControl
  | NoticeSeen
  | TimerStart
  | TimerControl;

export type ClientMessage = HelloMessage | PingMessage | CommandMessage;

// ---------------------------------------------------------------- server → client

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
}

export type EntityChange =
  | { kind: 'room'; id: string; value: RoomView }
  | { kind: 'activity'; id: string; value: ActivityView | null }
  | { kind: 'statement'; id: string; value: StatementView | null }
  | { kind: 'poll'; id: string; value: PollResultsView | null }
  | { kind: 'question'; id: string; value: QuestionView | null };

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

export type ServerMessage =
  | VisitMessage
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
