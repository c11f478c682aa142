import { ErrorCode } from '../../shared/protocol.js';
import { hasVisible } from '../../shared/text-check.js';
import { fail, ok, type Result } from './types.js';

/** Folds runs of white space and trims each line; keeps at most one empty line in a row. */
export function cleanText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .trim();
}

/** Counts characters as people do (an emoji is one), not UTF-16 units. */
export const charLength = (s: string): number => [...s].length;

/** Cuts to n characters without splitting a surrogate pair. */
export const clip = (s: string, n: number): string => [...s].slice(0, n).join('');

/** Cleans a text and checks it is 1..maxLength characters. */
export function checkText(text: string, maxLength: number, field = 'text'): Result<string> {
  const cleaned = cleanText(text);
  if (cleaned.length === 0) return fail(ErrorCode.TextEmpty, 'text is empty', field);
  // Only zero-width or other invisible characters: an empty card on the wall (ABUSE-6).
  if (!hasVisible(cleaned)) {
    return fail(ErrorCode.TextEmpty, 'text shows no visible characters', field);
  }
  if (charLength(cleaned) > maxLength) {
    return fail(ErrorCode.TextTooLong, `text is longer than ${maxLength} characters`, field);
  }
  return ok(cleaned);
}
