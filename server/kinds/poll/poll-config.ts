// A poll's settings: defaults per kind, cleaning, and which parts are fixed once it opened.
// Votes refer to option ids and scale values, so those cannot change under them.

import { translate } from '../../../shared/i18n/index.js';
import { LIMITS } from '../../../shared/limits.js';
import type {
  Language,
  PollActivity,
  PollConfig,
  PollKind,
  PollOption,
} from '../../../shared/model.js';
import { ErrorCode } from '../../../shared/protocol.js';
import { cleanText } from '../../domain/text.js';
import { fail, ok, type Result } from '../../domain/types.js';

/** Kinds whose votes are option ids. */
export const isChoiceKind = (kind: PollKind): boolean =>
  kind === 'single' || kind === 'multiple' || kind === 'dilemma';

export function defaultPoll(language: Language, pollKind: PollKind = 'single'): PollConfig {
  const dilemma = pollKind === 'dilemma';
  return {
    pollKind,
    question: translate(language, 'poll.question.default'),
    options: [1, 2].map((n) => ({
      id: `o${n}`,
      // A dilemma speaks of "A or B".
      label: translate(language, 'poll.option.default', {
        n: dilemma ? String.fromCharCode(64 + n) : n,
      }),
    })),
    maxPicks: 2,
    scale: {
      min: 1,
      max: 5,
      minLabel: translate(language, 'poll.scale.minDefault'),
      maxLabel: translate(language, 'poll.scale.maxDefault'),
    },
    // A dilemma is discussed before the room sees how it voted, so its results wait.
    resultsMode: dilemma ? 'hidden' : 'live',
    showPercentages: true,
    showCounts: true,
    askWhy: dilemma,
    showWhy: false,
  };
}

/** Texts on a projector line: white space folded, no line breaks. */
export const oneLine = (s: string): string => cleanText(s).replace(/\n+/g, ' ');

/** Cleans the texts and checks what spans fields. The schema already checked each field. */
export function checkPollConfig(config: PollConfig): Result<PollConfig> {
  const question = cleanText(config.question);
  if (question.length === 0) {
    return fail(ErrorCode.TextEmpty, 'the question is empty', 'config.question');
  }
  const ids = new Set<string>();
  const options: PollOption[] = [];
  for (const [i, o] of config.options.entries()) {
    if (ids.has(o.id))
      return fail(ErrorCode.Invalid, 'option ids must be unique', 'config.options');
    ids.add(o.id);
    const label = oneLine(o.label);
    if (label.length === 0) {
      return fail(ErrorCode.TextEmpty, 'an option has no text', `config.options.${i}.label`);
    }
    const drawback = o.drawback === undefined ? '' : oneLine(o.drawback);
    options.push(drawback ? { id: o.id, label, drawback } : { id: o.id, label });
  }
  const { min, max } = config.scale;
  if (min >= max || max - min > LIMITS.scaleSpan) {
    return fail(
      ErrorCode.Invalid,
      `a scale runs from a lower to a higher number, at most ${LIMITS.scaleSpan} apart`,
      'config.scale',
    );
  }
  return ok({
    ...config,
    question,
    options,
    scale: {
      min,
      max,
      minLabel: oneLine(config.scale.minLabel),
      maxLabel: oneLine(config.scale.maxLabel),
    },
  });
}

/** The config of a new poll: the kind's defaults under what the chair sent. */
export function newPollConfig(language: Language, patch: Partial<PollConfig>): Result<PollConfig> {
  return checkPollConfig({ ...defaultPoll(language, patch.pollKind), ...patch });
}

/**
 * The cleaned patch for an existing poll. After it opened, the kind, the scale's numbers, the
 * maximum picks and the option ids are fixed: texts can still be corrected.
 */
export function pollPatch(
  poll: PollActivity,
  patch: Partial<PollConfig>,
): Result<Partial<PollConfig>> {
  const merged = checkPollConfig({ ...poll.config, ...patch });
  if (!merged.ok) return merged;
  const next = merged.value;
  if (poll.state !== 'draft') {
    const was = poll.config;
    const sameIds =
      next.options.length === was.options.length &&
      next.options.every((o, i) => o.id === was.options[i]?.id);
    if (
      next.pollKind !== was.pollKind ||
      next.maxPicks !== was.maxPicks ||
      next.scale.min !== was.scale.min ||
      next.scale.max !== was.scale.max ||
      !sameIds
    ) {
      return fail(ErrorCode.PollStarted, 'the poll has opened: its choices are fixed', 'config');
    }
  }
  const out: Partial<PollConfig> = {};
  for (const key of Object.keys(patch) as (keyof PollConfig)[]) {
    (out as Record<string, unknown>)[key] = next[key];
  }
  return ok(out);
}

/** A choice poll can only open with something to choose between. */
export function readyToOpen(config: PollConfig): Result<true> {
  if (isChoiceKind(config.pollKind) && config.options.length < 2) {
    return fail(ErrorCode.Invalid, 'a poll needs at least two choices', 'config.options');
  }
  return ok(true);
}
