// pdf.js stays off the phone (DECK-5): it and its worker are chunks of their own that only the
// projector, speaker and chair pages reach, and only through a dynamic import. Runs against the
// build that `npm test` makes first.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIST = 'dist/client';
type Chunk = { file: string; imports?: string[]; dynamicImports?: string[] };
type Manifest = Record<string, Chunk>;

/** Every chunk a page can reach: with `dynamic`, also those it loads on demand. */
function reach(m: Manifest, key: string, dynamic: boolean, into = new Set<string>()): Set<string> {
  if (into.has(key) || !m[key]) return into;
  into.add(key);
  for (const next of m[key]!.imports ?? []) reach(m, next, dynamic, into);
  if (dynamic) for (const next of m[key]!.dynamicImports ?? []) reach(m, next, dynamic, into);
  return into;
}

const isPdfjs = (key: string) => key.includes('node_modules/pdfjs-dist/');

describe('deck bundle', () => {
  it('[DECK-5] the phone never reaches pdf.js; the screens reach it only on demand', () => {
    expect(existsSync(join(DIST, '.vite/manifest.json')), 'run the build first').toBe(true);
    const m = JSON.parse(readFileSync(join(DIST, '.vite/manifest.json'), 'utf8')) as Manifest;
    expect([...reach(m, 'participant/index.html', true)].filter(isPdfjs)).toEqual([]);
    for (const page of ['projector', 'speaker', 'chair']) {
      const entry = `${page}/index.html`;
      expect([...reach(m, entry, false)].filter(isPdfjs), page).toEqual([]);
      expect([...reach(m, entry, true)].some(isPdfjs), page).toBe(true);
    }
    // The worker is a file of this origin's assets, never fetched from elsewhere.
    const worker = Object.keys(m).find((k) => /pdfjs-dist\/build\/pdf\.worker\.min\.mjs$/.test(k));
    expect(m[worker!]?.file).toMatch(/^assets\/pdf\.worker/);
    // The vendor chunk every page loads holds none of it.
    const vendor = Object.values(m).find((c) => /^assets\/vendor-/.test(c.file));
    expect(readFileSync(join(DIST, vendor!.file), 'utf8')).not.toMatch(
      /pdfjs|PDFDocumentProxy|GlobalWorkerOptions/,
    );
  });
});
