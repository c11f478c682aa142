// The harvest ("oogst") of a room: every activity with what came in, as plain data for the
// export. Poll results are counted from the stored votes like every view, per round, uncapped.

import { kindOf } from '../kinds/index.js';
import type { QaExportRow } from '../kinds/qa/qa-export.js';
import type {
  PollKind,
  PollOption,
  PollState,
  RoundPhase,
  RoomKind,
  ScaleConfig,
  StatementStatus,
} from '../../shared/model.js';
import { phaseIndex } from '../kinds/round/round.js';
import type { SlideVariant } from '../../shared/slide.js';
import type {
  RankingItem,
  RankingItemResult,
  RankingMode,
  RankingState,
} from '../../shared/ranking.js';
import { visitLabel } from '../../shared/visit.js';
import type { RoomState, StatementState } from './types.js';

export interface StatementExport {
  id: string;
  text: string;
  name: string | null;
  status: StatementStatus;
  hearts: number;
  pinned: boolean;
  /** The text the participant sent, when the chair changed it. */
  originalText: string | null;
  createdAt: string;
  /** A dilemma round's contribution: the index of its step. */
  phase?: number;
  /** A poll's why: the label(s) of the option(s) it argues for (POLL-13). */
  options?: string[];
  /** The visit it was posted in: "A2" (ROT-11). */
  visit?: string;
}

/** A visit at the location, labelled "A2" (ROT-11). */
export interface VisitExport {
  label: string;
  n: number;
  group: string;
  groupNumber: number;
  /** 1-based, as the organizer's table shows it. */
  slot: number;
  startedAt: string;
}

export interface RoundExport {
  round: number;
  voters: number;
  /** The number of the location's visit whose votes the round holds (ROT-31). */
  visit?: number;
  /** Percent of the round's voters, one decimal. */
  options?: { id: string; label: string; count: number; percent: number }[];
  scale?: { value: number; count: number; percent: number }[];
  mean?: number | null;
  words?: { word: string; count: number }[];
}

export interface ActivityExportBase {
  id: string;
  title: string;
  order: number;
  /** Wall statements, or the "why" lines of a poll. */
  statements: StatementExport[];
}

export interface WallExport extends ActivityExportBase {
  kind: 'wall';
  prompt: string;
}

export interface PollExport extends ActivityExportBase {
  kind: 'poll';
  pollKind: PollKind;
  question: string;
  state: PollState;
  options: PollOption[];
  scale?: ScaleConfig;
  removedWords?: string[];
  rounds: RoundExport[];
}

export interface QaExport extends ActivityExportBase {
  kind: 'qa';
  pitch: string;
  speaker: string;
  /** Every question, published ones first, each part in popular order. */
  questions: Omit<QaExportRow, 'pitch' | 'speaker' | 'activityId'>[];
}

/** A dilemma round: its steps in order, each with its approved contributions (ROUND-8). */
export interface RoundActivityExport extends ActivityExportBase {
  kind: 'round';
  dilemma: string;
  /** The step the round was at. */
  phase: number;
  open: boolean;
  phases: (RoundPhase & { index: number; contributions: StatementExport[] })[];
}

/** A slide: its text, kept so an import brings it back (SLIDE-5). */
export interface SlideExport extends ActivityExportBase {
  kind: 'slide';
  variant: SlideVariant;
  body: string;
}

/** A ranking: per round its items best first, with mean, total and spread (RANK-6). */
export interface RankingExport extends ActivityExportBase {
  kind: 'ranking';
  mode: RankingMode;
  state: RankingState;
  items: RankingItem[];
  rounds: {
    round: number;
    voters: number;
    items: (RankingItemResult & { label: string; source?: string; place: number })[];
  }[];
}

/** A deck item: which deck and which of its slides; the file itself stays out (DECK-12). */
export interface DeckExport extends ActivityExportBase {
  kind: 'deck';
  deckId: string;
  deckTitle: string;
  pages: number;
  from: number;
  to: number;
}

export type ActivityExport =
  | WallExport
  | PollExport
  | QaExport
  | RoundActivityExport
  | SlideExport
  | RankingExport
  | DeckExport;

export interface RoomExport {
  id: string;
  name: string;
  kind: RoomKind;
  activities: ActivityExport[];
  /** The visits started at this location, when it had any (ROT-11). */
  visits?: VisitExport[];
}

function statementExport(state: RoomState, st: StatementState, letter: string): StatementExport {
  const phase = phaseIndex(state, st);
  return {
    id: st.id,
    text: st.text,
    name: st.name,
    status: st.status,
    hearts: st.hearts.size,
    pinned: st.pinned,
    originalText: st.originalText,
    createdAt: new Date(st.createdAt).toISOString(),
    ...(phase !== undefined ? { phase } : {}),
    ...(st.optionIds ? { options: optionLabels(state, st) } : {}),
    ...(st.visit !== null ? { visit: visitLabel(letter, st.visit) } : {}),
  };
}

function optionLabels(state: RoomState, st: StatementState): string[] {
  const poll = state.activities.get(st.activityId);
  const options = poll?.kind === 'poll' ? poll.config.options : [];
  return (st.optionIds ?? []).map((id) => options.find((o) => o.id === id)?.label ?? id);
}

/**
 * Every activity of the room in agenda order, each harvested by its kind (kinds/index.ts).
 * `letter` is the location's letter that labels its visits ("A2").
 */
export function harvestRoom(state: RoomState, letter = 'A'): RoomExport {
  const byActivity = new Map<string, StatementExport[]>();
  // The map holds statements in the order they were posted (the log's order), even within one ms.
  for (const st of state.statements.values()) {
    const list = byActivity.get(st.activityId) ?? [];
    list.push(statementExport(state, st, letter));
    byActivity.set(st.activityId, list);
  }
  const activities: ActivityExport[] = [];
  for (const id of state.agenda) {
    const a = state.activities.get(id);
    if (!a) continue;
    const base = { id, title: a.title, order: a.order, statements: byActivity.get(id) ?? [] };
    activities.push(kindOf(a.kind).harvest(state, a, base));
  }
  const visits = state.visits.map((v) => ({
    label: visitLabel(letter, v.n),
    n: v.n,
    group: v.groupName,
    groupNumber: v.groupNumber,
    slot: v.slot + 1,
    startedAt: new Date(v.startedAt).toISOString(),
  }));
  const { id, name, kind } = state.room;
  return { id, name, kind, activities, ...(visits.length ? { visits } : {}) };
}
