// Dead strings cannot pile up: every key in nl.ts is used by the code (FMT-2).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nl } from '../../shared/i18n/nl.js';
import { filesUnder, ROOT } from '../helpers/source-files.js';

/** Keys no source names, with the reason they stay. */
const ALLOWED: Record<string, string> = {};

describe('i18n strings', () => {
  it('[FMT-2] every Dutch key is used in client/, server/ or shared/ (or allowlisted)', () => {
    const files = ['client', 'server', 'shared']
      .flatMap((d) => filesUnder(join(ROOT, d), /\.(ts|tsx|html)$/))
      // The string tables themselves do not count as a use.
      .filter((f) => !f.includes(join('shared', 'i18n')));
    const code = files.map((f) => readFileSync(f, 'utf8')).join('\n');
    // Keys the code builds: `prefix.${…}` or 'prefix.' + …
    const prefixes = [...code.matchAll(/[`'"]([a-zA-Z][\w.]*\.)(?:\$\{|['"`]\s*\+)/g)].map(
      (m) => m[1]!,
    );
    const unused = Object.keys(nl).filter(
      (key) =>
        !(key in ALLOWED) &&
        !['`', "'", '"'].some((q) => code.includes(`${q}${key}${q}`)) &&
        !prefixes.some((p) => key.startsWith(p)),
    );
    expect(unused).toEqual([]);
  });

  it('[FMT-2] the allowlist holds only keys that exist', () => {
    for (const key of Object.keys(ALLOWED)) expect(nl).toHaveProperty([key]);
  });
});
