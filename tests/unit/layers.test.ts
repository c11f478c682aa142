// The layer boundaries are enforced, not hoped for: a planted forbidden import fails the lint,
// and a planted DOM or Node use fails the typecheck of the folder's own tsconfig
// (docs/ARCHITECTURE.md, "Layers").
import { ESLint } from 'eslint';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

async function restricted(filePath: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: root });
  const [result] = await eslint.lintText(code, { filePath: path.join(root, filePath) });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

/** Type-checks one planted file with the compiler options of a folder's tsconfig.json. */
function typeErrors(folder: string, code: string): string[] {
  const configPath = path.join(root, folder, 'tsconfig.json');
  const read = ts.readConfigFile(configPath, (p) => ts.sys.readFile(p));
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, path.dirname(configPath));
  const planted = path.join(root, folder, '__planted__.ts');
  const host = ts.createCompilerHost(parsed.options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.readFile = (f) => (f === planted ? code : readFile(f));
  host.fileExists = (f) => f === planted || fileExists(f);
  host.getSourceFile = (f, lang, ...rest) =>
    f === planted ? ts.createSourceFile(f, code, lang) : getSourceFile(f, lang, ...rest);
  const program = ts.createProgram([planted], parsed.options, host);
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file?.fileName === planted)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('layer boundaries', () => {
  it('client/ never imports server/', async () => {
    const code = "import { createApp } from '../server/app.js';\nexport const a = createApp;\n";
    expect(await restricted('client/planted.ts', code)).toHaveLength(1);
    expect(await restricted('client/lib/planted.ts', code.replace('../', '../../'))).toHaveLength(
      1,
    );
  });

  it('client/ and shared/ never import Node built-ins', async () => {
    const code = "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n";
    expect(await restricted('client/planted.ts', code)).toHaveLength(1);
    expect(await restricted('shared/planted.ts', code)).toHaveLength(1);
  });

  it('shared/ imports neither server/ nor client/', async () => {
    const code = "import { api } from '../client/lib/api.js';\nexport const a = api;\n";
    expect(await restricted('shared/planted.ts', code)).toHaveLength(1);
  });

  it('server/domain/ imports only shared/ and itself', async () => {
    for (const spec of ['../store/types.js', '../bus/types.js', 'ws', 'node:crypto', 'pg']) {
      const code = `import * as m from '${spec}';\nexport const x = m;\n`;
      expect(await restricted('server/domain/planted.ts', code), spec).toHaveLength(1);
    }
    const allowed =
      "import { LIMITS } from '../../shared/limits.js';\nimport { apply } from './apply.js';\nexport const x = [LIMITS, apply];\n";
    expect(await restricted('server/domain/planted.ts', allowed)).toEqual([]);
  });

  it('server/kinds/ imports only shared/, server/domain/ and itself', async () => {
    const forbidden = ['../../store/types.js', '../../rooms/room.js', '../../routes/pages.js'];
    for (const spec of [...forbidden, 'ws', 'node:fs', 'pg']) {
      const code = `import * as m from '${spec}';\nexport const x = m;\n`;
      expect(await restricted('server/kinds/wall/planted.ts', code), spec).toHaveLength(1);
    }
    const top = "import * as m from '../bus/types.js';\nexport const x = m;\n";
    expect(await restricted('server/kinds/planted.ts', top)).toHaveLength(1);
    const allowed = [
      "import { LIMITS } from '../../../shared/limits.js';",
      "import { ok } from '../../domain/types.js';",
      "import { poll } from '../poll/index.js';",
      "import { statementRows } from '../csv.js';",
      "import { wall } from './index.js';",
      "import * as v from 'valibot';",
      'export const x = [LIMITS, ok, poll, statementRows, wall, v];',
    ].join('\n');
    expect(await restricted('server/kinds/wall/planted.ts', allowed)).toEqual([]);
  });

  it('the real tree has no forbidden import', async () => {
    const eslint = new ESLint({ cwd: root });
    const results = await eslint.lintFiles([
      'shared',
      'client',
      'server/domain',
      'server/kinds',
      'server/realtime',
    ]);
    const hits = results.flatMap((r) =>
      r.messages
        .filter((m) => m.ruleId === 'no-restricted-imports')
        .map((m) => `${path.relative(root, r.filePath)}: ${m.message}`),
    );
    expect(hits).toEqual([]);
  });

  it('server/realtime/ (the transport) never touches the store', async () => {
    for (const spec of ['../store/types.js', '../store/sqlite.js', '../../server/store/types.js']) {
      const code = `import type { Store } from '${spec}';\nexport type S = Store;\n`;
      expect(await restricted('server/realtime/planted.ts', code), spec).toHaveLength(1);
    }
    const allowed =
      "import type { Admission } from '../rooms/admission.js';\nexport type A = Admission;\n";
    expect(await restricted('server/realtime/planted.ts', allowed)).toEqual([]);
  });

  it('each folder has its own platform: no DOM in shared/ or server/, no Node in client/', () => {
    expect(typeErrors('shared', 'export const t = document.title;\n').join()).toMatch(/document/);
    expect(typeErrors('server', 'export const t = window.location;\n').join()).toMatch(/window/);
    expect(typeErrors('client', 'export const b = Buffer.from("x");\n').join()).toMatch(/Buffer/);
    expect(typeErrors('shared', 'export const n: number = 1;\n')).toEqual([]);
  });
});
