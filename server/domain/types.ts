// The room's state as the server knows it, and the domain events that change it.
// Domain events are what the store's change log holds, in room sequence order.

import type {
  ActivityView,
  HarvestSource,
  Language,
  PollChoice,
  PollConfig,
  QaConfig,
  QuestionStatus,
  Role,
  RoomView,
  StatementStatus,
  WallConfig,
} from '../../shared/model.js';
import type { TimerView } from '../../shared/clock.js';
import type { RoomVisitView } from '../../shared/visit.js';
import type {
  ErrorCode,
  ModerationAction,
  PollAction,
  QuestionAction,
  RoundConfigPatch,
} from '../../shared/protocol.js';
import type { NoticeEvent } from './notice.js';
import type { RankingEvent, RankingRuntime } from '../kinds/ranking/runtime.js';
import type { DeckEvent } from '../kinds/deck/deck.js';

export interface Actor {
  role: Role | 'system';
  participantId?: string;
  /** A participant's identity was issued at (ms since epoch), from its token (AUTH-8). */
  since?: number;
  /** The speaker screen with its room's speaker secret: it may move slides (DECK-7). */
  presenter?: boolean;
}

/** What a participant's post is, whether a statement or a question. */
export interface PostState<Status extends string> {
  id: string;
  activityId: string;
  participantId: string;
  name: string | null;
  text: string;
  /** The text as the participant sent it, when the chair edited it. */
  originalText: string | null;
  status: Status;
  /** The word filter caught it: it went to the queue whatever the moderation (ABUSE-3). */
  flagged: boolean;
  createdAt: number;
  /** When the status last changed; ordering for the queue and wall. */
  updatedAt: number;
  /** The room's visit in force when it was posted (ROT-8); null: no visit. */
  visit: number | null;
}

export interface StatementState extends PostState<StatementStatus> {
  pinned: boolean;
  /** One entry per participant: the count is derived from this set, never kept apart. */
  hearts: Set<string>;
  harvested: boolean;
  /** The plenary confirmed it holds the harvested item (CHAIR-11). */
  landed: boolean;
  source: HarvestSource | null;
  group: string | null;
  /** A dilemma round's contribution: the id of the step it was posted in. */
  phaseId: string | null;
  /** A poll's why: the option(s) its author had chosen when writing it (POLL-13). */
  optionIds?: string[];
}

/** What the server keeps of a poll besides its activity view: the votes themselves. */
/** A voter's identity at its vote (AUTH-9), when known. */
export interface VoterAge {
  since: number;
  age: number;
}

export interface PollRuntime {
  /**
   * Votes per round (index 0 is round 1): one entry per participant, replaced when they vote
   * again. Every count is derived from these maps when a view is built.
   */
  rounds: Map<string, PollChoice>[];
  /** Per round: when each voter's identity was issued and how old it was at the vote (ms). */
  ages?: Map<string, VoterAge>[];
  /** Cloud words the chair took out of the results; the votes that hold them stay stored. */
  removedWords: Set<string>;
  /** Per round: the visit in force at its first stamped vote (ROT-31); absent: none. */
  visits?: (number | undefined)[];
}

export interface QuestionState extends PostState<QuestionStatus> {
  answered: boolean;
  onStage: boolean;
  /** Upvoter → when they upvoted: the count and the popularity score are derived from this. */
  votes: Map<string, number>;
  mergedInto: string | null;
}

export interface RoomState {
  room: RoomView;
  /** The event's language: defaults (a new wall's prompt) are in it. */
  language: Language;
  /** The word filter: the instance's list plus the chair's additions, normalised. */
  filter: { base: string[]; extra: string[]; all: string[] };
  seq: number;
  /** Agenda order is the array order. */
  agenda: string[];
  activities: Map<string, ActivityView>;
  statements: Map<string, StatementState>;
  /** One entry per poll activity. */
  polls: Map<string, PollRuntime>;
  questions: Map<string, QuestionState>;
  /** One entry per ranking activity (kinds/ranking). */
  rankings: Map<string, RankingRuntime>;
  /** Every visit started at this location, first first; the last is in force (ROT-7). */
  visits: RoomVisitView[];
}

export type DomainEvent =
  | { type: 'activity.created'; activity: ActivityView }
  | {
      type: 'activity.updated';
      activityId: string;
      title?: string;
      config?: Partial<WallConfig> | Partial<PollConfig> | Partial<QaConfig> | RoundConfigPatch;
    }
  | {
      type: 'activity.shown';
      activityId: string | null;
      /** A Q&A put on screen that the chair never closed opens with it (QA-13). */
      opensQa?: true;
    }
  | { type: 'activity.moved'; activityId: string; index: number }
  | {
      type: 'statement.posted';
      statementId: string;
      activityId: string;
      participantId: string;
      name: string | null;
      text: string;
      status: StatementStatus;
      /** Sent to the queue by the word filter. */
      flagged?: boolean;
      /** On the plenary's harvest wall: where it came from. */
      source?: HarvestSource;
      /** A dilemma round's contribution: the step it was posted in (its stable id). */
      phaseId?: string;
      /** A poll's why: the option(s) the author had chosen when writing it (POLL-13). */
      optionIds?: string[];
      /** The room's visit in force, stamped by the server (ROT-8). */
      visit?: number;
    }
  | { type: 'statement.harvested'; statementId: string; on: boolean }
  /** Committed in the source room once the plenary has (on) or has hidden (off) the item. */
  | { type: 'statement.landed'; statementId: string; on: boolean }
  | { type: 'filter.words.set'; words: string[] }
  | { type: 'statement.moderated'; statementId: string; action: ModerationAction; text?: string }
  | { type: 'heart.set'; statementId: string; participantId: string; on: boolean }
  | {
      type: 'poll.voted';
      pollId: string;
      round: number;
      participantId: string;
      /** Checked and normalised: only the field of the poll's kind is set. */
      choice: PollChoice;
      /** When the voter's identity was issued (AUTH-8); absent for older changes. */
      since?: number;
      /** The room's visit in force, stamped by the server (ROT-8). */
      visit?: number;
    }
  /** `round` is the poll's round after the action (bumped by newRound). */
  | { type: 'poll.controlled'; pollId: string; action: PollAction; round: number }
  | { type: 'cloud.removed'; pollId: string; word: string; removed: boolean }
  | {
      type: 'question.asked';
      questionId: string;
      activityId: string;
      participantId: string;
      name: string | null;
      text: string;
      status: QuestionStatus;
      flagged?: boolean;
      /** The room's visit in force, stamped by the server (ROT-8). */
      visit?: number;
    }
  | { type: 'question.upvoted'; questionId: string; participantId: string; on: boolean }
  | { type: 'question.moderated'; questionId: string; action: QuestionAction; text?: string }
  | { type: 'question.merged'; questionId: string; intoId: string }
  /** A dilemma round moved to a step, or was closed or opened. */
  | { type: 'round.controlled'; activityId: string; phase?: number; open?: boolean }
  | RankingEvent
  | DeckEvent
  | NoticeEvent
  /** The chair started a visit at this location (ROT-7). */
  | { type: 'visit.started'; visit: RoomVisitView }
  /** The room's timer as it is now (CLOCK-1); null: removed. */
  | { type: 'timer.set'; timer: TimerView | null };

/** One committed change: a domain event with its place in the room's log. */
export interface Change {
  roomId: string;
  seq: number;
  /** The client-made id of the command; null for system changes. */
  clientId: string | null;
  actor: Actor;
  at: number;
  event: DomainEvent;
}

export interface DomainError {
  code: ErrorCode;
  message: string;
  field?: string;
}

export type Result<T, E = DomainError> = { ok: true; value: T } | { ok: false; error: E };

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const fail = (code: ErrorCode, message: string, field?: string): Result<never> => ({
  ok: false,
  error: field ? { code, message, field } : { code, message },
});

/** Kinds of entity a client holds in its view, besides the room itself. */
export type EntityKind = 'activity' | 'statement' | 'poll' | 'question' | 'ranking';

/** What changed: the rooms layer re-derives these views per role and sends them. */
export type Dirty =
  | { kind: 'room' }
  | { kind: EntityKind; id: string }
  /** Only the chairs' view of it changed (a why's "choice" after a new vote, CHAIR-6). */
  | { kind: EntityKind; id: string; only: 'chair' }
  /** This participant's own view (their statements, hearts, votes) changed. */
  | { kind: 'mine'; participantId: string }
  /** The public roles need a fresh snapshot (the current activity changed). */
  | { kind: 'resnapshot' };
