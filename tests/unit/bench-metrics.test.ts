// The benches read Vonk's own /metrics by name; a name that does not exist reads as 0 and the
// bench silently measures something else (it once looked for `vonk_rooms_owned`). Every
// `vonk_…` name in bench/ must be one that server/metrics writes.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const names = (dir: string) => {
  const out = new Map<string, string>();
  for (const f of readdirSync(path.join(root, dir))) {
    if (!f.endsWith('.ts')) continue;
    const text = readFileSync(path.join(root, dir, f), 'utf8');
    for (const m of text.matchAll(/\bvonk_[a-z_]+/g)) out.set(m[0], `${dir}/${f}`);
  }
  return out;
};

describe('bench metric names', () => {
  it('[SCALE-45] every metric a bench reads is one the server writes', () => {
    const written = names('server/metrics');
    const read = names('bench');
    expect(read.size).toBeGreaterThan(0);
    const unknown = [...read]
      // A histogram is read through its _bucket, _sum and _count series.
      .filter(([n]) => !written.has(n.replace(/_(bucket|sum|count)$/, '')))
      .map(([n, file]) => `${n} (${file})`);
    expect(unknown).toEqual([]);
    expect(read.has('vonk_owned_rooms')).toBe(true);
  });
});
