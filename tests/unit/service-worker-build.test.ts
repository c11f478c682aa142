// The service worker the build fills in (scripts/service-worker.ts): the participant page's
// files to keep, the ones kept only when already loaded, and a version that follows the build.
// Runs against the build that `npm test` makes first.

import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shellBuild } from '../../scripts/service-worker.js';

const DIST = 'dist/client';

describe('the service worker of a build', () => {
  it('[NET-4] keeps the page at once and the other kinds and languages only when loaded', () => {
    const build = shellBuild(DIST);
    const html = readFileSync(join(DIST, 'participant/index.html'), 'utf8');
    for (const m of html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)) {
      expect(build.shell).toContain(m[1]);
    }
    expect(build.shell).toContain('/favicon.svg');
    for (const lazy of [/\/Poll-/, /\/QaView-/, /\/RoundView-/, /\/lang-nl-/, /\/lang-en-/]) {
      expect(build.optional.some((f) => lazy.test(f))).toBe(true);
      expect(build.shell.some((f) => lazy.test(f))).toBe(false);
    }
    // sw.js as built carries exactly this, in place of its placeholder.
    const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
    expect(sw).not.toContain('__VONK_BUILD__');
    expect(sw).toContain(JSON.stringify(build));
  });

  it('[NET-5] the version changes when a file the phone loads changes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vonk-sw-'));
    try {
      cpSync(DIST, dir, { recursive: true });
      const before = shellBuild(dir).version;
      expect(shellBuild(dir).version).toBe(before);
      // A new build names a changed file differently (its hash); the manifest says so.
      const manifestFile = join(dir, '.vite/manifest.json');
      const manifest = readFileSync(manifestFile, 'utf8');
      const entry = /"file": "(assets\/participant-[^"]+\.js)"/.exec(manifest)![1]!;
      const renamed = entry.replace('participant-', 'participant-x');
      renameSync(join(dir, entry), join(dir, renamed));
      writeFileSync(manifestFile, manifest.replaceAll(entry, renamed));
      expect(shellBuild(dir).version).not.toBe(before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
