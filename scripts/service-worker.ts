// Fills in the service worker (client/sw.ts) after the build: the files of the participant
// page, read from Vite's manifest, and a version made of their names (which carry their content
// hashes) and the page itself. A build that changes anything the phone loads makes a new sw.js,
// which is how browsers notice a new deploy.

import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

interface Chunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
type Manifest = Record<string, Chunk>;

const PLACEHOLDER = /(["'`])__VONK_BUILD__\1/;

function collect(m: Manifest, key: string, into: Set<string>, followDynamic: boolean): void {
  const chunk = m[key];
  if (!chunk || into.has(`/${chunk.file}`)) return;
  into.add(`/${chunk.file}`);
  for (const css of chunk.css ?? []) into.add(`/${css}`);
  for (const next of chunk.imports ?? []) collect(m, next, into, followDynamic);
  if (followDynamic) for (const next of chunk.dynamicImports ?? []) collect(m, next, into, true);
}

export interface ShellBuild {
  version: string;
  shell: string[];
  optional: string[];
}

export function shellBuild(outDir: string): ShellBuild {
  const m = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Manifest;
  const shell = new Set<string>(['/favicon.svg']);
  collect(m, 'participant/index.html', shell, false);
  const all = new Set<string>();
  collect(m, 'participant/index.html', all, true);
  const optional = [...all].filter((f) => !shell.has(f)).sort();
  const hash = createHash('sha256');
  for (const f of [...shell, ...optional].sort()) hash.update(`${f}\n`);
  hash.update(readFileSync(join(outDir, 'participant/index.html')));
  return { version: hash.digest('hex').slice(0, 16), shell: [...shell].sort(), optional };
}

export function writeServiceWorker(outDir: string): ShellBuild {
  const file = join(outDir, 'sw.js');
  const source = readFileSync(file, 'utf8');
  if (!PLACEHOLDER.test(source)) throw new Error('sw.js: the build placeholder is missing');
  const build = shellBuild(outDir);
  writeFileSync(file, source.replace(PLACEHOLDER, JSON.stringify(build)));
  return build;
}
