// Limits shared by the parser on the server and the forms on the client, so both say the same.

export const LIMITS = {
  /** Largest inbound WebSocket frame, in bytes. */
  frameBytes: 16 * 1024,
  /** Largest HTTP request body, in bytes. */
  bodyBytes: 256 * 1024,
  statementDefaultLength: 140,
  statementMaxLength: 500,
  nameLength: 40,
  questionDefaultLength: 280,
  speakerLength: 80,
  promptLength: 200,
  titleLength: 120,
  eventNameLength: 120,
  clientIdLength: 64,
  /** Ids the server derives are longer: a harvested item is its room's id and its own. */
  entityIdLength: 160,
  participantIdLength: 64,
  activitiesPerRoom: 200,
  filterWords: 300,
  questionLength: 200,
  optionsPerPoll: 12,
  optionLabelLength: 120,
  drawbackLength: 200,
  scaleLabelLength: 40,
  /** Scales run between these bounds, with at most scaleSpan steps (0–10 is the widest). */
  scaleLowest: -10,
  scaleHighest: 10,
  scaleSpan: 10,
  /** Word cloud: words per participant per round, and characters per word. */
  cloudWords: 3,
  cloudWordLength: 30,
  /** Cloud words in a view; the export has them all. */
  cloudWordsShown: 100,
  /** The "waarom?" after a dilemma vote is one line. */
  whyLength: 140,
  /** Dilemma rounds: the dilemma, the number of steps, a step's title and prompt. */
  dilemmaLength: 800,
  roundPhasesMax: 6,
  phaseTitleLength: 80,
  phasePromptLength: 300,
} as const;

/** Join codes: 6 characters without look-alikes (no 0/O, 1/I/L). */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const CODE_LENGTH = 6;

/** Upper-cases and strips spaces and dashes, so "ab3 k7m" and "AB3-K7M" are the same code. */
export function normalizeCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '');
}

export function isValidCode(code: string): boolean {
  if (code.length !== CODE_LENGTH) return false;
  for (const ch of code) if (!CODE_ALPHABET.includes(ch)) return false;
  return true;
}
