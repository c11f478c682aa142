// No source file in server/, client/ or shared/ grows past 400 lines: a longer one holds more
// than one idea and is split along its seams (docs/ARCHITECTURE.md, "House rules").
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const MAX_LINES = 400;
const SOURCE = /\.tsx?$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(rel);
    return SOURCE.test(entry.name) ? [rel] : [];
  });
}

/** Lines as `wc -l` counts them: a last line without a newline still counts. */
function lineCount(text: string): number {
  return text.length === 0 ? 0 : text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

function oversized(files: { name: string; text: string }[]): string[] {
  return files
    .map(({ name, text }) => ({ name, lines: lineCount(text) }))
    .filter(({ lines }) => lines > MAX_LINES)
    .map(({ name, lines }) => `${name}: ${lines} lines`);
}

describe('source file size', () => {
  it(`finds no file in server/, client/ or shared/ over ${MAX_LINES} lines`, () => {
    const files = ['server', 'client', 'shared'].flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(50);
    const texts = files.map((name) => ({
      name,
      text: readFileSync(path.join(root, name), 'utf8'),
    }));
    expect(oversized(texts)).toEqual([]);
  });

  it('names a planted file one line over the limit, and passes one at the limit', () => {
    const lines = (n: number) => 'x;\n'.repeat(n);
    expect(
      oversized([
        { name: 'server/at.ts', text: lines(MAX_LINES) },
        { name: 'client/over.tsx', text: lines(MAX_LINES + 1) },
      ]),
    ).toEqual([`client/over.tsx: ${MAX_LINES + 1} lines`]);
  });
});
