// Entry point: builds the client if it is missing, starts Vonk and prints the links.

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig, type Config } from './config.js';
import { createLogger, stdoutSink, type Logger } from './log.js';
import { redactUrl } from './net.js';
import { startServer, type RunningServer } from './server.js';

let config: Config;
let log: Logger;
try {
  config = { ...loadConfig(), newOrganizerToken: process.argv.includes('--new-organizer-token') };
  log = createLogger(config.logLevel, stdoutSink(config.logQueueBytes));
} catch (err) {
  createLogger('info').fatal({ err: String(err) }, 'could not start');
  exit(1);
}

/** Exits after one last try to write the log (never waiting on a pipe nobody reads). */
function exit(code: number): never {
  stdoutSink().flushSync();
  process.exit(code);
}

if (!existsSync(join(config.clientDir, 'index.html'))) {
  log.info('building the client (first start)…');
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {
    stdio: 'inherit',
  });
}

const server = await startServer(config, log).catch((err: unknown) => {
  log.fatal({ err: String(err) }, 'could not start');
  exit(1);
});

function banner(s: RunningServer): string[] {
  const where = config.databaseUrl
    ? `postgres ${redactUrl(config.databaseUrl)}, bus ${s.bus.kind}`
    : `sqlite, data in ${config.dataDir}`;
  // A token from the environment is the operator's own: it is never printed (AUTH-7).
  const organizer = config.adminToken
    ? `${config.publicUrl}/o?t=<ADMIN_TOKEN>`
    : s.adminToken
      ? `${config.publicUrl}/o?t=${encodeURIComponent(s.adminToken)}`
      : `${config.publicUrl}/o  (the link was printed at the first start; lost it? npm start -- --new-organizer-token)`;
  const once = 'Vonk keeps only its hash: this is the only time it is shown. Keep the link safe.';
  const note = {
    generated: `  A new organizer token was made. ${once}`,
    replaced: `  The organizer token was replaced; the old link no longer works. ${once}`,
    moved: `  The organizer token was moved out of ${config.dataDir}/admin-token into a hash. ${once}`,
    none: '',
  }[s.adminTokenOrigin ?? 'none'];
  return [
    '',
    `  Vonk is running (${where})`,
    '',
    `  Organizer:    ${organizer}`,
    `  Participants: ${config.publicUrl}  (enter the code, or scan the QR on the projector)`,
    '',
    note,
    '',
  ];
}
stdoutSink().write(banner(server).join('\n'));
log.info({ port: server.port, url: server.url, publicUrl: server.publicUrl }, 'listening');

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) exit(1);
    stopping = true;
    log.info({ signal }, 'shutting down');
    server.close().then(
      () => exit(0),
      (err: unknown) => {
        log.error({ err: String(err) }, 'shutdown failed');
        exit(1);
      },
    );
  });
}
