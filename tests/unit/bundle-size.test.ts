// The phone page must load fast on a crowded venue Wi-Fi: its JavaScript and CSS together stay
// under 60 KB gzipped. Measured on the built client (npm test builds it before vitest runs).

import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const DIST = resolve('dist/client');
const PAGE = join(DIST, 'participant/index.html');
const BUDGET = 60 * 1024;
const inCI = process.env.CI === 'true' || process.env.CI === '1';

describe.skipIf(!existsSync(PAGE) && !inCI)('participant bundle', () => {
  it('[JOIN-6] the phone page’s JS and CSS stay under 60 KB gzipped', () => {
    const html = readFileSync(PAGE, 'utf8');
    const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map(
      (m) => m[1]!,
    );
    expect(assets.some((a) => a.endsWith('.js'))).toBe(true);
    let total = 0;
    for (const a of new Set(assets)) total += gzipSync(readFileSync(join(DIST, a))).length;
    console.warn(
      `participant page: ${assets.length} files, ${(total / 1024).toFixed(1)} KB gzipped`,
    );
    expect(total).toBeLessThan(BUDGET);
  });
});
