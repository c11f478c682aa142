// The project's own files, for the unit tests that read the source tree (headers, strings, sizes).

import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The repository's root folder. */
export const ROOT = join(import.meta.dirname, '..', '..');

/** Every file below `dir` (absolute) whose name matches `name`, node_modules left out. */
export function filesUnder(dir: string, name: RegExp): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : filesUnder(path, name);
    return name.test(entry.name) ? [path] : [];
  });
}
