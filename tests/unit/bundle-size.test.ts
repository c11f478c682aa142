// The participant page must load fast on a cheap phone over bad Wi-Fi: all JavaScript and CSS
// it loads at most 60 KB gzipped. Runs against the build that `npm test` makes first.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const DIST = 'dist/client';
const BUDGET = 60 * 1024;

/** Every script, stylesheet and preloaded module an HTML page pulls in, followed through imports. */
function assetsOf(htmlFile: string): string[] {
  const html = readFileSync(join(DIST, htmlFile), 'utf8');
  const found = new Set<string>();
  const queue = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map(
    (m) => m[1]!,
  );
  while (queue.length) {
    const url = queue.pop()!;
    if (found.has(url)) continue;
    found.add(url);
    if (url.endsWith('.js')) {
      const js = readFileSync(join(DIST, url), 'utf8');
      for (const m of js.matchAll(/["'`](?:\.\/|\/assets\/)([\w.-]+\.(?:js|css))["'`]/g))
        queue.push(`/assets/${m[1]}`);
    }
  }
  return [...found];
}

describe('bundle size', () => {
  it('[A11Y-2] the participant page loads at most 60 KB of JS + CSS, gzipped', () => {
    expect(existsSync(join(DIST, 'participant/index.html')), 'run the build first').toBe(true);
    const assets = assetsOf('participant/index.html');
    expect(assets.some((a) => a.endsWith('.js'))).toBe(true);
    const sizes = assets.map(
      (a) => [a, gzipSync(readFileSync(join(DIST, a)), { level: 9 }).length] as const,
    );
    const total = sizes.reduce((n, [, s]) => n + s, 0);
    console.warn(
      `participant page: ${(total / 1024).toFixed(1)} KB gzipped in ${assets.length} files`,
    );
    expect(total).toBeLessThanOrEqual(BUDGET);
  });

  it('[A11Y-2] no page loads anything from another host or a web font', () => {
    for (const page of [
      'index.html',
      'participant/index.html',
      'chair/index.html',
      'projector/index.html',
      'organizer/index.html',
    ]) {
      const html = readFileSync(join(DIST, page), 'utf8');
      expect(html, page).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
      for (const css of assetsOf(page).filter((a) => a.endsWith('.css'))) {
        const text = readFileSync(join(DIST, css), 'utf8');
        expect(text, css).not.toMatch(/@font-face|@import\s+url\(\s*["']?https?:/);
      }
    }
  });
});
