// Brotli and gzip copies of every built asset, written once at build time, so the server sends a
// compressed file without spending CPU per request (a join wave of hundreds of phones would
// otherwise compress the same bytes hundreds of times). node:zlib does this in a few lines; a
// plugin would add a dependency for nothing more.

import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * The kinds of file that shrink; images like PNG are compressed already. The HTML pages are not
 * here: the server fills them in per request (routes/pages.ts) and compresses them then.
 */
const COMPRESSIBLE = /\.(?:js|mjs|css|svg|json|txt|webmanifest)$/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Writes `file.br` and `file.gz` next to each compressible file, when they are smaller. */
export function precompressDir(dir: string): number {
  let written = 0;
  for (const file of filesUnder(dir)) {
    if (!COMPRESSIBLE.test(file)) continue;
    const raw = readFileSync(file);
    const br = brotliCompressSync(raw, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
      },
    });
    const gz = gzipSync(raw, { level: 9 });
    for (const [ext, bytes] of [
      ['br', br],
      ['gz', gz],
    ] as const) {
      if (bytes.length >= raw.length) continue;
      writeFileSync(`${file}.${ext}`, bytes);
      written++;
    }
  }
  return written;
}
