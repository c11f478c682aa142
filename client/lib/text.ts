/** Length as a person counts it: an emoji is one character, not two UTF-16 units. */
export function charCount(text: string): number {
  let n = 0;
  for (const _ of text) n += 1;
  return n;
}
