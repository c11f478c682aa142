// Dilemma rounds: the three default steps of the seeds, in the event's language.

import { translate } from './i18n/index.js';
import { LIMITS } from './limits.js';
import type { Language, RoundConfig, RoundPhase } from './model.js';

const DEFAULT_STEPS = ['questions', 'experiences', 'solutions'] as const;

/** Clarifying questions, sharing experiences, solution directions (plain Dutch, B1). */
export function defaultPhases(language: Language): RoundPhase[] {
  return DEFAULT_STEPS.map((id) => ({
    id,
    title: translate(language, `round.phase.${id}.title`),
    prompt: translate(language, `round.phase.${id}.prompt`),
  }));
}

export function defaultRoundConfig(language: Language, dilemma = ''): RoundConfig {
  return {
    dilemma,
    phases: defaultPhases(language),
    moderation: 'pre',
    maxLength: LIMITS.questionDefaultLength,
    phase: 0,
    open: true,
  };
}
