// Every client file opens with a one- or two-line comment that says what it is, so a reader
// finds their way without opening each one.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

function files(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files(path, out);
    else if (/\.(ts|tsx|css)$/.test(name)) out.push(path);
  }
  return out;
}

describe('client file headers', () => {
  it('every .ts, .tsx and .css file under client/ starts with a comment', () => {
    const bare = files(join(ROOT, 'client'))
      .filter((f) => !/^\s*(\/\/|\/\*)/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(ROOT, f));
    expect(bare).toEqual([]);
  });
});
