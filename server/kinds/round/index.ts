// The three-step dilemma round: contributions per step, led by the chair (ROUND-*).

import type { RoundConfigPatch } from '../../../shared/protocol.js';
import { ErrorCode, type RoundControl } from '../../../shared/protocol.js';
import { RoundConfigPatchSchema } from '../../../shared/schema.js';
import * as v from 'valibot';
import { fail } from '../../domain/types.js';
import type { ActivityKind } from '../kind.js';
import { roundHarvest, roundHtml, roundMarkdown, roundRows } from './export.js';
import {
  applyRound,
  applyRoundUpdate,
  decideRound,
  newRoundActivity,
  roundPatch,
  type RoundEvent,
} from './round.js';

export const round: ActivityKind<'round', RoundControl, RoundEvent> = {
  kind: 'round',
  create: (state, cmd, order) => newRoundActivity(cmd, order, state.language),
  patch: (state, a, patch) =>
    v.is(RoundConfigPatchSchema, patch)
      ? roundPatch(state, a, patch)
      : fail(ErrorCode.Invalid, 'these are not the settings of a dilemma round', 'config'),
  update: (state, a, patch) => applyRoundUpdate(state, a, (patch ?? {}) as RoundConfigPatch),
  commands: { 'round.control': true },
  events: { 'round.controlled': true },
  decide: decideRound,
  apply: (state, e) => applyRound(state, e),
  harvest: (_state, a, base) => roundHarvest(a, base),
  markdown: (a, t) => roundMarkdown(a, t),
  csvRows: roundRows,
  reportHtml: (a, t) => roundHtml(a, t),
  contributed: () => false,
  reportFirst: true,
};
