// Word-cloud entries are counted per word, so "Zorg", " zorg " and "zorg!" must be one word.
// Shared so the phone can show a word the way it will be counted.

// Quotes that only ever open: a leading ’ or ' is kept, because Dutch writes "’s avonds".
const LEADING = /^[\s"“„«‘]+/u;
const TRAILING = /[\s.,!?;:…"'“”»’]+$/u;

/** Lower case, runs of white space folded to one space, no punctuation at the end. */
export function normalizeWord(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(TRAILING, '')
    .replace(LEADING, '')
    .toLowerCase();
}
