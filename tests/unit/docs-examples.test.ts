// The reference docs stay true to the code: every JSON example in API.md and PROTOCOL.md parses
// (the `EventLinks` example once had a duplicate key and a missing comma), and neither says
// what stopped being so: one room per event, chair secrets per room "not yet" (ROOM-12).

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const DOCS = ['docs/API.md', 'docs/PROTOCOL.md'];

/** The ```json blocks of a Markdown file, with the line each starts on. */
function jsonBlocks(text: string): { line: number; body: string }[] {
  const out: { line: number; body: string }[] = [];
  for (const m of text.matchAll(/^```json\n([\s\S]*?)^```/gm)) {
    out.push({ line: text.slice(0, m.index).split('\n').length, body: m[1]! });
  }
  return out;
}

/** Keys that appear twice in one object of a JSON text (JSON.parse keeps the last silently). */
function duplicateKeys(body: string): string[] {
  const dups: string[] = [];
  // A scan of the text: one set of keys per open object.
  const stack: Set<string>[] = [];
  const re = /"((?:[^"\\]|\\.)*)"\s*(:)?|[{}]/g;
  for (const m of body.matchAll(re)) {
    if (m[0] === '{') stack.push(new Set());
    else if (m[0] === '}') stack.pop();
    else if (m[2]) {
      const keys = stack[stack.length - 1];
      if (keys?.has(m[1]!)) dups.push(m[1]!);
      keys?.add(m[1]!);
    }
  }
  return dups;
}

describe('the reference docs', () => {
  for (const file of DOCS) {
    const text = readFileSync(file, 'utf8');
    it(`[ROOM-12] every JSON example in ${file} is valid JSON without duplicate keys`, () => {
      const blocks = jsonBlocks(text);
      expect(blocks.length).toBeGreaterThan(0);
      for (const b of blocks) {
        expect(() => JSON.parse(b.body), `${file}:${b.line}`).not.toThrow();
        expect(duplicateKeys(b.body), `${file}:${b.line}`).toEqual([]);
      }
    });
    it(`[ROOM-12] ${file} no longer says "one room per event" or chair secrets per room "not yet"`, () => {
      expect(text).not.toMatch(/one room per event/i);
      expect(text).not.toMatch(/per-room chair secrets?:?\s*not yet/i);
    });
  }

  it('[ROOM-12] the check finds a duplicate key and a missing comma', () => {
    expect(duplicateKeys('{"a": 1, "b": {"a": 2}, "a": 3}')).toEqual(['a']);
    expect(() => JSON.parse('{"a": 1 "b": 2}')).toThrow();
  });
});
