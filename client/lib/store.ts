// The view of a room as the server sends it: snapshot, updates and the participant's own (mine).
import { batch, signal } from '@preact/signals';
import type {
  EventMessage,
  MineMessage,
  PongMessage,
  SnapshotMessage,
  UpdateMessage,
  WelcomeMessage,
} from '../../shared/protocol.js';
import { clockOffset } from '../../shared/clock.js';
import { sortForWall } from '../../shared/wall-order.js';
import type {
  ActivityView,
  EventInfo,
  MyVote,
  PollResultsView,
  QuestionView,
  RoomView,
  StatementView,
} from '../../shared/model.js';
import type { MyBallot, RankingResultsView } from '../../shared/ranking.js';

export interface Mine {
  /** This participant's statements in any status, by id. */
  own: ReadonlyMap<string, StatementView>;
  hearted: ReadonlySet<string>;
  /** Their vote in the current round of each poll, by poll id. */
  votes: ReadonlyMap<string, MyVote>;
  /** Their own questions in any status, by id. */
  questions: ReadonlyMap<string, QuestionView>;
  upvoted: ReadonlySet<string>;
  /** Their ballot in the current round of each ranking, by ranking id. */
  ballots: ReadonlyMap<string, MyBallot>;
}

const NO_MINE: Mine = {
  own: new Map(),
  hearted: new Set(),
  questions: new Map(),
  votes: new Map(),
  upvoted: new Set(),
  ballots: new Map(),
};

/**
 * What the server has told this client, as signals. Maps are replaced, never mutated, so a
 * component that reads one re-renders on every change.
 */
export class ViewStore {
  readonly event = signal<EventInfo | null>(null);
  readonly room = signal<RoomView | null>(null);
  readonly activities = signal<ReadonlyMap<string, ActivityView>>(new Map());
  readonly statements = signal<ReadonlyMap<string, StatementView>>(new Map());
  /** Poll results by poll id: for participants and projectors only while revealed. */
  readonly polls = signal<ReadonlyMap<string, PollResultsView>>(new Map());
  readonly questions = signal<ReadonlyMap<string, QuestionView>>(new Map());
  /** Ranking results by ranking id: for participants and projectors only while revealed. */
  readonly rankings = signal<ReadonlyMap<string, RankingResultsView>>(new Map());
  readonly mine = signal<Mine>(NO_MINE);
  /** Add to Date.now() to get the server's clock, so every screen shows one timer (CLOCK-3). */
  readonly clockOffset = signal(0);

  applyWelcome(msg: WelcomeMessage): void {
    batch(() => {
      this.clockOffset.value = clockOffset(msg.serverTime, Date.now());
      this.event.value = msg.event;
      this.room.value = msg.room;
    });
  }

  /** A pong with the server's time: the midpoint of the round trip is the better estimate. */
  applyPong(msg: PongMessage): void {
    if (typeof msg.serverTime === 'number') {
      this.clockOffset.value = clockOffset(msg.serverTime, Date.now(), msg.t);
    }
  }

  applyEvent(msg: EventMessage): void {
    this.event.value = msg.event;
  }

  applySnapshot(msg: SnapshotMessage): void {
    batch(() => {
      this.room.value = msg.room;
      this.activities.value = new Map(msg.activities.map((a) => [a.id, a]));
      this.statements.value = new Map(msg.statements.map((s) => [s.id, s]));
      this.polls.value = new Map(msg.polls.map((p) => [p.id, p]));
      this.questions.value = new Map((msg.questions ?? []).map((q) => [q.id, q]));
      this.rankings.value = new Map((msg.rankings ?? []).map((r) => [r.id, r]));
    });
  }

  applyUpdate(msg: UpdateMessage): void {
    let activities: Map<string, ActivityView> | null = null;
    let statements: Map<string, StatementView> | null = null;
    let own: Map<string, StatementView> | null = null;
    let polls: Map<string, PollResultsView> | null = null;
    let questions: Map<string, QuestionView> | null = null;
    let ownQuestions: Map<string, QuestionView> | null = null;
    let room: RoomView | null = null;
    let rankings: Map<string, RankingResultsView> | null = null;
    const mine = this.mine.value;
    for (const change of msg.changes) {
      switch (change.kind) {
        case 'room':
          room = change.value;
          break;
        case 'activity':
          activities ??= new Map(this.activities.value);
          put(activities, change.id, change.value);
          break;
        case 'statement': {
          statements ??= new Map(this.statements.value);
          put(statements, change.id, change.value);
          // Keep "mine" in step with what the wall shows, so an approval shows up at once even
          // if the server only sends a fresh `mine` later.
          const prev = mine.own.get(change.id);
          if (prev) {
            own ??= new Map(mine.own);
            if (change.value) own.set(change.id, change.value);
            else if (prev.status === 'approved') own.set(change.id, { ...prev, status: 'hidden' });
          }
          break;
        }
        case 'poll':
          polls ??= new Map(this.polls.value);
          put(polls, change.id, change.value);
          break;
        case 'ranking':
          rankings ??= new Map(this.rankings.value);
          put(rankings, change.id, change.value);
          break;
        case 'question': {
          questions ??= new Map(this.questions.value);
          put(questions, change.id, change.value);
          // As for statements: an approval shows in "your questions" before the next `mine`.
          if (change.value && mine.questions.has(change.id)) {
            ownQuestions ??= new Map(mine.questions);
            ownQuestions.set(change.id, change.value);
          }
          break;
        }
      }
    }
    batch(() => {
      if (room) this.room.value = room;
      if (activities) this.activities.value = activities;
      if (statements) this.statements.value = statements;
      if (polls) this.polls.value = polls;
      if (questions) this.questions.value = questions;
      if (rankings) this.rankings.value = rankings;
      if (own || ownQuestions) {
        this.mine.value = {
          ...this.mine.value,
          ...(own ? { own } : {}),
          ...(ownQuestions ? { questions: ownQuestions } : {}),
        };
      }
    });
  }

  applyMine(msg: MineMessage): void {
    this.mine.value = {
      own: new Map(msg.own.map((s) => [s.id, s])),
      hearted: new Set(msg.hearted),
      votes: new Map(msg.votes.map((v) => [v.pollId, v])),
      questions: new Map((msg.questions ?? []).map((q) => [q.id, q])),
      upvoted: new Set(msg.upvoted ?? []),
      ballots: new Map((msg.ballots ?? []).map((b) => [b.rankingId, b])),
    };
  }
}

/** A change to one entity: its new value, or null when it is gone. */
function put<T>(map: Map<string, T>, id: string, value: T | null): void {
  if (value === null) map.delete(id);
  else map.set(id, value);
}

/** Activities in agenda order. */
export function sortedActivities(map: ReadonlyMap<string, ActivityView>): ActivityView[] {
  return [...map.values()].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id));
}

/**
 * The approved statements of one activity in the order the server sent them: the one order that
 * is the same on every screen, so same-millisecond ties break alike everywhere (WALL-8).
 */
export function approvedOf(
  statements: ReadonlyMap<string, StatementView>,
  activityId: string,
): StatementView[] {
  const out: StatementView[] = [];
  for (const s of statements.values()) {
    if (s.activityId === activityId && s.status === 'approved') out.push(s);
  }
  return out;
}

/** Pinned first, then newest first: the order of the wall everywhere. */
export function approvedFor(
  statements: ReadonlyMap<string, StatementView>,
  activityId: string,
): StatementView[] {
  return sortForWall(approvedOf(statements, activityId), 'newest');
}
