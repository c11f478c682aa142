// Words that send a statement or question to the moderation queue instead of the wall, even
// under post-moderation. Nothing is rejected automatically: a chair decides. Dutch compounds
// ("kutbeleid") are caught by matching the start of a word; spellings with digits or symbols
// ("k4nker", "$hit") are folded back to letters first. Disease curses match whole words only,
// because "kankeronderzoek" or "verbetering" are ordinary words at a social-domain event.

import { LIMITS } from '../../shared/limits.js';
import { cleanText, clip } from './text.js';

const DUTCH = [
  'kut',
  'klootzak',
  'klote',
  'lul',
  'hoer',
  'hoerenjong',
  'tering',
  'tyfus',
  'kanker',
  'pleuris',
  'teringzooi',
  'kankerzooi',
  'tyfuslijer',
  'teringlijer',
  'godverdomme',
  'kolere',
  'mongool',
  'debiel',
  'eikel',
  'trut',
  'teef',
  'flikker',
  'kankerlijer',
  'rotzak',
  'smeerlap',
  'zak hooi',
  'oprotten',
  'sukkel',
];

const ENGLISH = [
  'fuck',
  'fucking',
  'shit',
  'bitch',
  'cunt',
  'asshole',
  'bastard',
  'dick',
  'motherfucker',
  'slut',
  'whore',
  'retard',
  'wanker',
  'twat',
  'bullshit',
];

/** Matched as whole words only. */
const WHOLE_WORD_ONLY = new Set(['kanker', 'tering', 'tyfus', 'pleuris', 'lul', 'dick']);

export const DEFAULT_BLOCKED_WORDS: readonly string[] = [...DUTCH, ...ENGLISH];

const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  $: 's',
  '@': 'a',
};

/** Lower case, no accents, digits and symbols that stand for letters turned back into them. */
export function foldForMatching(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[013457$@]/g, (ch) => LEET[ch] ?? ch);
}

export function normalizeWordList(words: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const w of words) {
    const f = foldForMatching(w)
      .replace(/[^\p{L} ]/gu, '')
      .trim();
    if (f.length >= 2) out.add(f);
  }
  return [...out];
}

/** True when the text contains a blocked word (or a compound that starts with one). */
export function containsBlockedWord(text: string, words: readonly string[]): boolean {
  if (words.length === 0) return false;
  const folded = foldForMatching(text);
  const tokens = folded.split(/[^\p{L}]+/u).filter(Boolean);
  const joined = ` ${tokens.join(' ')} `;
  for (const w of words) {
    if (w.includes(' ')) {
      if (joined.includes(` ${w} `)) return true;
      continue;
    }
    for (const t of tokens) {
      if (t === w || (!WHOLE_WORD_ONLY.has(w) && w.length >= 3 && t.startsWith(w))) return true;
    }
  }
  return false;
}

/**
 * A contribution's display name (cleaned, at most LIMITS.nameLength, null when empty) and
 * whether the text or the name trips the word filter. Statements and questions share the rule.
 */
export function authorAndFlag(
  text: string,
  rawName: string | null | undefined,
  words: readonly string[],
): { name: string | null; flagged: boolean } {
  const name = rawName ? clip(cleanText(rawName), LIMITS.nameLength) || null : null;
  return { name, flagged: containsBlockedWord(`${text} ${name ?? ''}`, words) };
}
