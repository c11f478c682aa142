// The participant page must load fast on a cheap phone over bad Wi-Fi: all JavaScript and CSS
// it loads at most 60 KB gzipped. Runs against the build that `npm test` makes first, and counts
// what a phone at a wall really loads: the page's scripts and styles, the chunks they import at
// once, and the strings of one language, which the server preloads with the page. Views of other
// activity kinds and the other language come on demand and are not counted (NET-3).

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const DIST = 'dist/client';
const BUDGET = 60 * 1024;

interface Chunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
type Manifest = Record<string, Chunk>;

function manifest(): Manifest {
  return JSON.parse(readFileSync(join(DIST, '.vite/manifest.json'), 'utf8')) as Manifest;
}

/** The files a page loads before anything runs: its entry, static imports and their CSS. */
function loadedAtOnce(m: Manifest, entry: string): string[] {
  const found = new Set<string>();
  const visit = (key: string) => {
    const chunk = m[key];
    if (!chunk || found.has(chunk.file)) return;
    found.add(chunk.file);
    for (const css of chunk.css ?? []) found.add(css);
    for (const next of chunk.imports ?? []) visit(next);
  };
  visit(entry);
  return [...found];
}

/** Every script, stylesheet and preloaded module an HTML file names. */
function namedInHtml(htmlFile: string): string[] {
  const html = readFileSync(join(DIST, htmlFile), 'utf8');
  return [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
}

const gz = (file: string) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;

describe('bundle size', () => {
  it('[A11Y-2] the participant page loads at most 60 KB of JS + CSS, gzipped', () => {
    expect(existsSync(join(DIST, '.vite/manifest.json')), 'run the build first').toBe(true);
    const m = manifest();
    const assets = [...loadedAtOnce(m, 'participant/index.html'), m['../shared/i18n/nl.ts']!.file];
    // The HTML names the same files the manifest does: the count is of what a browser loads.
    for (const a of namedInHtml('participant/index.html')) expect(assets).toContain(a);
    const total = assets.reduce((n, a) => n + gz(a), 0);
    console.warn(
      `participant page: ${(total / 1024).toFixed(1)} KB gzipped in ${assets.length} files`,
    );
    expect(total).toBeLessThanOrEqual(BUDGET);
  });

  it('[NET-3] the phone loads one language and the wall, the rest on demand', () => {
    const m = manifest();
    const atOnce = loadedAtOnce(m, 'participant/index.html');
    const lazy = m['participant/index.html']!.dynamicImports ?? [];
    for (const view of [
      'kinds/poll/Poll.tsx',
      'kinds/round/RoundView.tsx',
      'kinds/qa/QaView.tsx',
      'kinds/slide/SlidePhone.tsx',
      'kinds/deck/DeckPhone.tsx',
      'kinds/ranking/RankingView.tsx',
    ]) {
      expect(lazy).toContain(view);
      expect(atOnce).not.toContain(m[view]!.file);
    }
    for (const lang of ['nl', 'en']) {
      expect(atOnce).not.toContain(m[`../shared/i18n/${lang}.ts`]!.file);
    }
    // Not a single string of either language is left in the code loaded at once.
    const code = atOnce
      .filter((a) => a.endsWith('.js'))
      .map((a) => readFileSync(join(DIST, a), 'utf8'))
      .join('\n');
    expect(code).not.toContain('Verbinding verbroken');
    expect(code).not.toContain('Connection lost');
  });

  it('[A11Y-2] no page loads anything from another host or a web font', () => {
    const m = manifest();
    for (const page of [
      'index.html',
      'participant/index.html',
      'chair/index.html',
      'projector/index.html',
      'organizer/index.html',
    ]) {
      const html = readFileSync(join(DIST, page), 'utf8');
      expect(html, page).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
      for (const css of loadedAtOnce(m, page).filter((a) => a.endsWith('.css'))) {
        const text = readFileSync(join(DIST, css), 'utf8');
        expect(text, css).not.toMatch(/@font-face|@import\s+url\(\s*["']?https?:/);
      }
    }
  });
});
