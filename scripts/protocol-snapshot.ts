// `npm run protocol:snapshot`: stores the protocol's shape in docs/protocol-snapshot.json.
// Compatible changes only update the file; a breaking change is refused until PROTOCOL_VERSION
// in shared/protocol.ts is raised (PROTO-12). `--check` writes nothing and fails on any change.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as prettier from 'prettier';
import { describeChange, planSnapshot, type ProtocolShape } from './protocol-diff.js';
import { extractShape } from './protocol-shape.js';

export const SNAPSHOT_FILE = fileURLToPath(
  new URL('../docs/protocol-snapshot.json', import.meta.url),
);

export function readSnapshot(file = SNAPSHOT_FILE): ProtocolShape | null {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as ProtocolShape) : null;
}

/** One field to a line, so a change to the protocol reads as a short diff. */
export function snapshotText(shape: ProtocolShape): string {
  const groups = Object.entries(shape).map(([key, value]) => {
    if (typeof value !== 'object') return `  ${JSON.stringify(key)}: ${JSON.stringify(value)}`;
    const entries = Object.entries(value as Record<string, unknown>).map(([name, inner]) => {
      if (typeof inner !== 'object' || inner === null) {
        return `    ${JSON.stringify(name)}: ${JSON.stringify(inner)}`;
      }
      const fields = Object.entries(inner).map(
        ([f, shape]) =>
          `      ${JSON.stringify(f)}: ${JSON.stringify(shape).replace(/,"/g, ', "').replace(/":/g, '": ').replace(/^\{/, '{ ').replace(/\}$/, ' }')}`,
      );
      return `    ${JSON.stringify(name)}: {\n${fields.join(',\n')}\n    }`;
    });
    return `  ${JSON.stringify(key)}: {\n${entries.join(',\n')}\n  }`;
  });
  return `{\n${groups.join(',\n')}\n}\n`;
}

const say = (line: string) => process.stdout.write(`${line}\n`);

async function main(check: boolean): Promise<number> {
  const stored = readSnapshot();
  const live = extractShape();
  const plan = planSnapshot(stored, live);
  if (plan.action === 'none') {
    say(`protocol ${live.version}: the snapshot is up to date`);
    return 0;
  }
  for (const c of plan.changes) say(describeChange(c));
  if (plan.action === 'refuse') {
    console.error(`not written: ${plan.message}`);
    return 1;
  }
  if (check) {
    console.error(
      'the protocol differs from docs/protocol-snapshot.json: run npm run protocol:snapshot',
    );
    return 1;
  }
  const options = await prettier.resolveConfig(SNAPSHOT_FILE);
  writeFileSync(
    SNAPSHOT_FILE,
    await prettier.format(snapshotText(live), { ...options, filepath: SNAPSHOT_FILE }),
  );
  say(`protocol ${live.version}: wrote docs/protocol-snapshot.json`);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exitCode = await main(process.argv.includes('--check'));
}
