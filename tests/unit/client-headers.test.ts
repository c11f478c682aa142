// Every client file opens with a one- or two-line comment that says what it is, so a reader
// finds their way without opening each one.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder, ROOT } from '../helpers/source-files.js';

describe('client file headers', () => {
  it('every .ts, .tsx and .css file under client/ starts with a comment', () => {
    const bare = filesUnder(join(ROOT, 'client'), /\.(ts|tsx|css)$/)
      .filter((f) => !/^\s*(\/\/|\/\*)/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(ROOT, f));
    expect(bare).toEqual([]);
  });
});
