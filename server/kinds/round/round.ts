// The three-step dilemma round: a dilemma worked through step by step. Contributions are
// statements (wall.ts moderates them) stamped with the step they were posted in. Rules ROUND-*.

import { translate } from '../../../shared/i18n/index.js';
import type { Language, RoundActivity, RoundPhase } from '../../../shared/model.js';
import {
  ErrorCode,
  type RoundActivityCreate,
  type RoundConfigPatch,
  type RoundControl,
} from '../../../shared/protocol.js';
import { defaultRoundConfig } from '../../../shared/round.js';
import { isModerator } from '../../domain/actors.js';
import { cleanText } from '../../domain/text.js';
import { fail, ok } from '../../domain/types.js';
import type { Actor, Dirty, DomainEvent, Result, RoomState } from '../../domain/types.js';
import type { StatementState } from '../../domain/types.js';

export type RoundEvent = Extract<DomainEvent, { type: 'round.controlled' }>;

export function findRound(state: RoomState, id: string): RoundActivity | null {
  const a = state.activities.get(id);
  return a?.kind === 'round' ? a : null;
}

/** Titles and prompts cleaned; every step needs a title and its own id (ROUND-1). */
function cleanPhases(phases: RoundPhase[]): Result<RoundPhase[]> {
  const ids = new Set<string>();
  const out: RoundPhase[] = [];
  for (const [i, p] of phases.entries()) {
    if (ids.has(p.id)) return fail(ErrorCode.Invalid, `step ids must differ (${p.id})`, 'phases');
    ids.add(p.id);
    const title = cleanText(p.title);
    if (!title) return fail(ErrorCode.Invalid, `step ${i + 1} needs a title`, 'phases');
    out.push({ id: p.id, title, prompt: cleanText(p.prompt) });
  }
  return ok(out);
}

export function newRoundActivity(
  cmd: RoundActivityCreate,
  order: number,
  language: Language,
): Result<RoundActivity> {
  const config = { ...defaultRoundConfig(language), ...cmd.config, phase: 0, open: true };
  const phases = cleanPhases(config.phases);
  if (!phases.ok) return phases;
  config.phases = phases.value;
  config.dilemma = cleanText(config.dilemma);
  const title = cleanText(cmd.title) || translate(language, 'round.title.default');
  return ok({ id: cmd.id, kind: 'round', title, order, config });
}

const contributionsOf = (state: RoomState, activityId: string): StatementState[] =>
  [...state.statements.values()].filter((s) => s.activityId === activityId);

/**
 * An edit of the dilemma or the steps. Steps keep their id, so a step's contributions stay
 * with it wherever it moves; a step that already has contributions cannot be removed (ROUND-6).
 */
export function roundPatch(
  state: RoomState,
  round: RoundActivity,
  patch: RoundConfigPatch,
): Result<RoundConfigPatch> {
  const out: RoundConfigPatch = { ...patch };
  if (patch.dilemma !== undefined) out.dilemma = cleanText(patch.dilemma);
  if (patch.phases) {
    const phases = cleanPhases(patch.phases);
    if (!phases.ok) return phases;
    const kept = new Set(phases.value.map((p) => p.id));
    for (const st of contributionsOf(state, round.id)) {
      const gone = st.phaseId !== null && !kept.has(st.phaseId);
      const title = round.config.phases.find((p) => p.id === st.phaseId)?.title ?? st.phaseId;
      if (gone) {
        return fail(ErrorCode.Invalid, `step "${title}" has contributions; keep it`, 'phases');
      }
    }
    out.phases = phases.value;
  }
  return ok(out);
}

export function decideRound(
  state: RoomState,
  actor: Actor,
  cmd: RoundControl,
): Result<DomainEvent> {
  if (!isModerator(actor)) return fail(ErrorCode.Forbidden, 'only a chair leads a round');
  const round = findRound(state, cmd.activityId);
  if (!round) return fail(ErrorCode.NotFound, 'no such round', 'activityId');
  const given = [cmd.phase !== undefined, cmd.close === true, cmd.open === true];
  if (given.filter(Boolean).length !== 1) {
    return fail(ErrorCode.Invalid, 'give exactly one of phase, close and open');
  }
  if (cmd.phase !== undefined) {
    if (cmd.phase >= round.config.phases.length) {
      return fail(ErrorCode.Invalid, `this round has ${round.config.phases.length} steps`, 'phase');
    }
    return ok({ type: 'round.controlled', activityId: round.id, phase: cmd.phase });
  }
  return ok({ type: 'round.controlled', activityId: round.id, open: cmd.open === true });
}

export function applyRound(state: RoomState, e: RoundEvent): Dirty[] {
  const round = findRound(state, e.activityId);
  if (!round) return [];
  const config = { ...round.config };
  if (e.phase !== undefined) config.phase = Math.min(e.phase, config.phases.length - 1);
  if (e.open !== undefined) config.open = e.open;
  state.activities.set(round.id, { ...round, config });
  return [{ kind: 'activity', id: round.id }];
}

/**
 * After an edit of the steps: the current step stays current where it moved to (or the nearest
 * one when it was removed), and every contribution's step index is sent again.
 */
export function applyRoundUpdate(
  state: RoomState,
  before: RoundActivity,
  patch: RoundConfigPatch,
): Dirty[] {
  const config = { ...before.config, ...patch };
  if (patch.phases) {
    const currentId = before.config.phases[before.config.phase]?.id;
    const moved = config.phases.findIndex((p) => p.id === currentId);
    config.phase = moved >= 0 ? moved : Math.min(before.config.phase, config.phases.length - 1);
  }
  state.activities.set(before.id, { ...before, config });
  const dirty: Dirty[] = [{ kind: 'activity', id: before.id }];
  if (patch.phases) {
    for (const st of contributionsOf(state, before.id)) {
      dirty.push(
        { kind: 'statement', id: st.id },
        { kind: 'mine', participantId: st.participantId },
      );
    }
  }
  return dirty;
}

/** The index of a contribution's step in its round now; undefined for other statements. */
export function phaseIndex(state: RoomState, st: StatementState): number | undefined {
  if (st.phaseId === null) return undefined;
  const round = findRound(state, st.activityId);
  const i = round ? round.config.phases.findIndex((p) => p.id === st.phaseId) : -1;
  return i >= 0 ? i : undefined;
}
