// What each role may see of the room's state. Decided here, on the server: a participant or
// projector never receives a pending, rejected or hidden statement, nor another's identity.
// Each entity kind has one view function; snapshots and updates are both built from them.

import { LIMITS } from '../../shared/limits.js';
import type { ActivityView, PollResultsView, RoomView, StatementView } from '../../shared/model.js';
import type { EntityChange, SnapshotMessage } from '../../shared/protocol.js';
import { findPoll } from '../kinds/poll/poll.js';
import { burstOf, countedVotes } from '../kinds/poll/poll-identity.js';
import { tallyRounds } from '../kinds/poll/poll-tally.js';
import { deckForPhones, deckWithNext } from '../kinds/deck/deck.js';
import { kindOf, KINDS } from '../kinds/index.js';
import type { MineFields } from '../kinds/kind.js';
import { isPublicQuestion, questionView } from '../kinds/qa/qa-view.js';
import { phaseIndex } from '../kinds/round/round.js';
import { findRanking } from '../kinds/ranking/ranking.js';
import { rankingResults } from '../kinds/ranking/results.js';
import type { RankingResultsView } from '../../shared/ranking.js';
import { roomWithNotice } from './notice.js';
import type { EntityKind, RoomState, StatementState } from './types.js';
import { ofCurrentVisit } from './visit.js';

export type ViewRole = 'public' | 'chair';
/**
 * Whom a frame is for: the chairs, the screens (projector and speaker: `public`) or the phones,
 * who see what the screens see minus the screens' own secrets (DECK-13). A phone that travels
 * with another group than the one whose visit is in force is `away`: it gets the room and the
 * agenda, never the visiting group's work (ROT-30).
 */
export type FrameRole = ViewRole | 'phone' | 'away';

/** What a group's work is made of: no `away` phone ever holds one of these (ROT-30). */
const WORK: ReadonlySet<EntityChange['kind']> = new Set([
  'statement',
  'question',
  'poll',
  'ranking',
]);

/**
 * The frame role of a connection when `visitGroup` is the group whose visit is in force (null:
 * none): a phone of another group is `away` (ROT-30); every other connection keeps its role.
 */
export function frameRoleIn(
  role: FrameRole,
  groupId: string | undefined,
  visitGroup: string | null,
): FrameRole {
  const other = groupId !== undefined && visitGroup !== null && groupId !== visitGroup;
  return role === 'phone' && other ? 'away' : role;
}

/** The away phones' copy of the phones' changes: the room and the agenda only (ROT-30). */
export const forAway = (changes: EntityChange[]): EntityChange[] =>
  changes.filter((c) => !WORK.has(c.kind));

/** The frames a connection of this role gets. */
export function frameRoleOf(role: string): FrameRole {
  if (role === 'chair' || role === 'organizer') return 'chair';
  return role === 'participant' ? 'phone' : 'public';
}

/** The phones' copy of a public change: a deck item without the screens' token (DECK-13). */
export function forPhones(change: EntityChange): EntityChange {
  if (change.kind !== 'activity' || change.value === null) return change;
  const value = deckForPhones(change.value);
  return value === change.value ? change : { ...change, value };
}

export function statementView(st: StatementState, state?: RoomState): StatementView {
  const phase = state ? phaseIndex(state, st) : undefined;
  return {
    id: st.id,
    activityId: st.activityId,
    name: st.name,
    text: st.text,
    status: st.status,
    pinned: st.pinned,
    hearts: st.hearts.size,
    edited: st.originalText !== null,
    flagged: st.flagged,
    harvested: st.harvested,
    landed: st.landed,
    source: st.source,
    group: st.group,
    createdAt: st.createdAt,
    ...(phase !== undefined ? { phase } : {}),
    ...(st.optionIds ? { optionIds: st.optionIds } : {}),
    ...(st.visit !== null ? { visit: st.visit } : {}),
  };
}

/**
 * Public roles see the current activity's approved statements only; the "why" lines of a poll
 * only while the chair shows them.
 */
export function isPublicStatement(state: RoomState, st: StatementState): boolean {
  if (st.status !== 'approved' || st.activityId !== state.room.currentActivityId) return false;
  // At a location with visits: the work of the group here now, never an earlier group's (ROT-9).
  if (!ofCurrentVisit(state, st.visit)) return false;
  const poll = findPoll(state, st.activityId);
  return poll === null || poll.config.showWhy;
}

/**
 * A poll's results. The public roles get them only for the poll on screen and only once it is
 * revealed: before that they hold no poll entity at all, so not a single count leaves.
 */
export function pollView(state: RoomState, id: string, role: ViewRole): PollResultsView | null {
  const poll = findPoll(state, id);
  const runtime = state.polls.get(id);
  if (!poll || !runtime) return null;
  if (role === 'public' && (!poll.revealed || state.room.currentActivityId !== id)) return null;
  const view: PollResultsView = {
    id,
    rounds: tallyRounds(poll.config, runtime, LIMITS.cloudWordsShown),
  };
  if (role === 'chair' && poll.config.pollKind === 'cloud') {
    view.removedWords = [...runtime.removedWords].sort();
  }
  if (role === 'chair') {
    const now = poll.round - 1;
    const burst = burstOf(runtime, now);
    if (burst !== undefined) view.burst = burst;
    const left = (runtime.rounds[now]?.size ?? 0) - countedVotes(poll.config, runtime, now).size;
    if (left > 0) view.tooYoung = left;
  }
  return view;
}

/** A ranking's results: for the public roles only while it is on screen and revealed (RANK-5). */
export function rankingView(
  state: RoomState,
  id: string,
  role: ViewRole,
): RankingResultsView | null {
  const ranking = findRanking(state, id);
  const runtime = state.rankings.get(id);
  if (!ranking || !runtime) return null;
  if (role === 'public' && (!ranking.revealed || state.room.currentActivityId !== id)) return null;
  return rankingResults(ranking, runtime);
}

type ViewFn = (state: RoomState, id: string, role: ViewRole) => EntityChange['value'] | null;

/** The view of one entity for a role; null when the role may not see it (or it is gone). */
const VIEWS: Record<EntityKind, ViewFn> = {
  activity: (state, id, role) => {
    const a = state.activities.get(id);
    if (!a) return null;
    if (role === 'chair' || a.id === state.room.currentActivityId) return deckWithNext(state, a);
    return kindOf(a.kind).publicOffScreen?.(state, a) ? a : null;
  },
  statement: (state, id, role) => {
    const st = state.statements.get(id);
    if (!st) return null;
    if (role === 'chair') return withChoice(state, st, statementView(st, state));
    return isPublicStatement(state, st) ? statementView(st, state) : null;
  },
  poll: pollView,
  ranking: rankingView,
  question: (state, id, role) => {
    const q = state.questions.get(id);
    if (!q) return null;
    return role === 'chair' || isPublicQuestion(state, q) ? questionView(q) : null;
  },
};

/**
 * A scale or cloud poll's "why" line, for the chair only: what its writer voted last, so the
 * queue reads "Koos: 4" (CHAIR-6). Never for the public roles: a named why would tell the hall
 * how that person voted.
 */
function withChoice(state: RoomState, st: StatementState, view: StatementView): StatementView {
  // A why of a choice poll already carries its options, stamped when it was posted (POLL-13).
  if (st.optionIds) return view;
  const poll = findPoll(state, st.activityId);
  // The writer's latest vote: this round's, or the one before while they have not voted again.
  const rounds = state.polls.get(st.activityId)?.rounds ?? [];
  const vote = rounds.findLast((r) => r.has(st.participantId))?.get(st.participantId);
  if (!poll || !vote) return view;
  const labels = (vote.optionIds ?? []).map(
    (id) => poll.config.options.find((o) => o.id === id)?.label ?? id,
  );
  const choice =
    labels.length > 0
      ? labels.join(', ')
      : vote.value !== undefined
        ? String(vote.value)
        : (vote.words ?? []).join(', ');
  return choice ? { ...view, choice } : view;
}

/** Every id of a kind, in the order a snapshot lists them. */
const IDS: Record<EntityKind, (state: RoomState) => Iterable<string>> = {
  activity: (state) => state.agenda,
  statement: (state) => state.statements.keys(),
  poll: (state) => state.agenda.filter((id) => state.polls.has(id)),
  ranking: (state) => state.agenda.filter((id) => state.rankings.has(id)),
  question: (state) => state.questions.keys(),
};

export function entityChange(
  state: RoomState,
  kind: EntityKind,
  id: string,
  role: ViewRole,
): EntityChange {
  return { kind, id, value: VIEWS[kind](state, id, role) } as EntityChange;
}

function visible<T>(state: RoomState, kind: EntityKind, role: ViewRole): T[] {
  const out: T[] = [];
  for (const id of IDS[kind](state)) {
    const v = VIEWS[kind](state, id, role);
    if (v) out.push(v as T);
  }
  return out;
}

/** The room as a role sees it: chairs also get the word filter they set. */
export function roomView(state: RoomState, frameRole: FrameRole): RoomView {
  const role = frameRole === 'chair' ? 'chair' : 'public';
  const room =
    role === 'chair'
      ? {
          ...state.room,
          filterWords: state.filter.extra,
          ...(state.visits.length ? { visits: state.visits } : {}),
        }
      : state.room;
  return roomWithNotice(room, role);
}

/** The phones' snapshot from the screens' one: decks without the screens' token (DECK-13). */
export function phoneSnapshot(screens: SnapshotMessage): SnapshotMessage {
  return { ...screens, activities: screens.activities.map(deckForPhones) };
}

/** The away phones' snapshot from the phones' one: the room and the agenda only (ROT-30). */
export function awaySnapshot(phones: SnapshotMessage): SnapshotMessage {
  return { ...phones, statements: [], polls: [], questions: [], rankings: [] };
}

export function snapshotFor(state: RoomState, frameRole: FrameRole): SnapshotMessage {
  if (frameRole === 'away') return awaySnapshot(snapshotFor(state, 'phone'));
  if (frameRole === 'phone') return phoneSnapshot(snapshotFor(state, 'public'));
  const role = frameRole;
  return {
    type: 'snapshot',
    seq: state.seq,
    room: roomView(state, role),
    activities: visible(state, 'activity', role),
    statements: visible(state, 'statement', role),
    polls: visible(state, 'poll', role),
    questions: visible(state, 'question', role),
    rankings: visible(state, 'ranking', role),
  };
}

/**
 * What the public roles hold: everything a snapshot gave them, plus what later updates added.
 * An entity that becomes hidden is sent to them once more, as removed (value null), and an
 * entity they never held and may not see is not sent at all.
 */
export class PublicHeld {
  /** Entities as `kind:id`. */
  private readonly held = new Set<string>();

  constructor(state: RoomState) {
    this.reset(state);
  }

  /** After a public snapshot: exactly what it holds. */
  reset(state: RoomState): void {
    this.held.clear();
    for (const key of publicKeys(state)) this.held.add(key);
  }

  /** The public roles' update for a changed entity, or null when they get none. */
  change(state: RoomState, kind: EntityKind, id: string): EntityChange | null {
    const forPublic = entityChange(state, kind, id, 'public');
    const key = `${kind}:${id}`;
    if (forPublic.value !== null) {
      this.held.add(key);
      return forPublic;
    }
    return this.held.delete(key) ? forPublic : null;
  }
}

/** Keys (`kind:id`) of everything the public roles hold after a snapshot. */
export function publicKeys(state: RoomState): string[] {
  const keys: string[] = [];
  for (const kind of Object.keys(VIEWS) as EntityKind[]) {
    for (const id of IDS[kind](state)) {
      if (VIEWS[kind](state, id, 'public')) keys.push(`${kind}:${id}`);
    }
  }
  return keys;
}

export const activitiesFor = (state: RoomState, role: ViewRole) =>
  visible<ActivityView>(state, 'activity', role);
export const statementsFor = (state: RoomState, role: ViewRole) =>
  visible<StatementView>(state, 'statement', role);
export const pollsFor = (state: RoomState, role: ViewRole) =>
  visible<PollResultsView>(state, 'poll', role);

/**
 * A participant's own statements and questions (any status), hearts, votes and upvotes: each
 * kind gives its part (kinds/<kind>/index.ts).
 */
export function mineFor(state: RoomState, participantId: string): MineFields {
  const mine: Partial<MineFields> = {};
  for (const kind of Object.values(KINDS)) Object.assign(mine, kind.mine?.(state, participantId));
  return mine as MineFields;
}
