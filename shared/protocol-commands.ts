// The wire protocol, client → server: the hello, the ping and every command frame.
// Part of shared/protocol.ts, which re-exports everything here and forms ClientMessage.

import type {
  Language,
  PollChoice,
  PollConfig,
  QaConfig,
  Role,
  RoundConfig,
  SlideConfig,
  WallConfig,
} from './model.js';
import type { TimerAtZero } from './clock.js';
import type {
  RankingActivityCreate,
  RankingBallot,
  RankingConfig,
  RankingControl,
} from './ranking.js';
import type { DeckActivityCreate, DeckConfigPatch, DeckGoto } from './deck-item.js';

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
    }
  | {
      type: 'activity.create';
      id: string;
      kind: 'slide';
      /** Empty: "Dia", or "Meedoen" for the join slide. */
      title: string;
      config: Partial<SlideConfig>;
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
  config?:
    | Partial<WallConfig>
    | Partial<PollConfig>
    | Partial<QaConfig>
    | RoundConfigPatch
    | Partial<SlideConfig>
    | Partial<RankingConfig>
    | DeckConfigPatch;
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

/**
 * The location's chair starts a visit (ROT-7): the group of the rotation plan that is here now.
 * From then on new contributions are stamped with it and the public screens show its work only.
 */
export interface VisitStart {
  type: 'visit.start';
  id: string;
  groupId: string;
  groupName: string;
  groupNumber: number;
  /** The plan's slot, 0-based. */
  slot: number;
  /**
   * The group is here although the plan puts it elsewhere in this slot (ROT-34): start anyway.
   * Without it such a start is refused with `visit_elsewhere`.
   */
  override?: boolean;
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
  | RankingActivityCreate
  | RankingBallot
  | RankingControl
  | DeckActivityCreate
  | DeckGoto
  | NoticeSeen
  | TimerStart
  | TimerControl
  | VisitStart;
