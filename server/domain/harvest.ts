// The harvest ("oogst") of a room: every activity with what came in, as plain data for the
// export. Poll results are counted from the stored votes like every view, per round, uncapped.

import { qaExportRows, type QaExportRow } from '../kinds/qa/qa-export.js';
import type {
  PollKind,
  PollOption,
  PollState,
  RoundPhase,
  RoomKind,
  ScaleConfig,
  StatementStatus,
} from '../../shared/model.js';
import { isChoiceKind } from '../kinds/poll/poll-config.js';
import { phaseIndex } from '../kinds/round/round.js';
import { tallyRounds } from '../kinds/poll/poll-tally.js';
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
}

export interface RoundExport {
  round: number;
  voters: number;
  /** Percent of the round's voters, one decimal. */
  options?: { id: string; label: string; count: number; percent: number }[];
  scale?: { value: number; count: number; percent: number }[];
  mean?: number | null;
  words?: { word: string; count: number }[];
}

interface ActivityExportBase {
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

export interface RoomExport {
  id: string;
  name: string;
  kind: RoomKind;
  activities: (WallExport | PollExport | QaExport | RoundActivityExport)[];
}

const percent = (count: number, voters: number) =>
  voters > 0 ? Math.round((count / voters) * 1000) / 10 : 0;

function statementExport(state: RoomState, st: StatementState): StatementExport {
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
  };
}

function optionLabels(state: RoomState, st: StatementState): string[] {
  const poll = state.activities.get(st.activityId);
  const options = poll?.kind === 'poll' ? poll.config.options : [];
  return (st.optionIds ?? []).map((id) => options.find((o) => o.id === id)?.label ?? id);
}

export function harvestRoom(state: RoomState): RoomExport {
  const byActivity = new Map<string, StatementExport[]>();
  // The map holds statements in the order they were posted (the log's order), even within one ms.
  for (const st of state.statements.values()) {
    const list = byActivity.get(st.activityId) ?? [];
    list.push(statementExport(state, st));
    byActivity.set(st.activityId, list);
  }
  const activities: RoomExport['activities'] = [];
  let qaRows: QaExportRow[] | undefined;
  for (const id of state.agenda) {
    const a = state.activities.get(id);
    if (!a) continue;
    const base = { id, title: a.title, order: a.order, statements: byActivity.get(id) ?? [] };
    if (a.kind === 'wall') {
      activities.push({ ...base, kind: 'wall', prompt: a.config.prompt });
      continue;
    }
    if (a.kind === 'qa') {
      const questions = (qaRows ??= qaExportRows(state))
        .filter((r) => r.activityId === id)
        .map(({ pitch: _p, speaker: _s, activityId: _a, ...rest }) => rest);
      activities.push({
        ...base,
        kind: 'qa',
        pitch: a.config.pitch,
        speaker: a.config.speaker,
        questions,
      });
      continue;
    }
    if (a.kind === 'round') {
      const { dilemma, phase, open } = a.config;
      const phases = a.config.phases.map((p, index) => ({
        ...p,
        index,
        contributions: base.statements.filter((s) => s.phase === index && s.status === 'approved'),
      }));
      activities.push({ ...base, kind: 'round', dilemma, phase, open, phases });
      continue;
    }
    const runtime = state.polls.get(id);
    const c = a.config;
    const rounds: RoundExport[] = (runtime ? tallyRounds(c, runtime) : []).map((t) => {
      const r: RoundExport = { round: t.round, voters: t.voters };
      if (t.options) {
        r.options = c.options.map((o) => {
          const count = t.options?.[o.id] ?? 0;
          return { id: o.id, label: o.label, count, percent: percent(count, t.voters) };
        });
      }
      if (t.scale) {
        r.scale = t.scale.counts.map((count, i) => ({
          value: c.scale.min + i,
          count,
          percent: percent(count, t.voters),
        }));
        r.mean = t.scale.mean;
      }
      if (t.words) r.words = t.words;
      return r;
    });
    activities.push({
      ...base,
      kind: 'poll',
      pollKind: c.pollKind,
      question: c.question,
      state: a.state,
      options: isChoiceKind(c.pollKind) ? c.options : [],
      ...(c.pollKind === 'scale' ? { scale: c.scale } : {}),
      ...(c.pollKind === 'cloud' && runtime
        ? { removedWords: [...runtime.removedWords].sort() }
        : {}),
      rounds,
    });
  }
  return { id: state.room.id, name: state.room.name, kind: state.room.kind, activities };
}
