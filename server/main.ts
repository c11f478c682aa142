// Entry point: builds the client if it is missing, starts Vonk and prints the links.

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from './config.js';
import { createLogger } from './log.js';
import { startServer } from './server.js';

const config = loadConfig();
const log = createLogger(config.logLevel);

if (!existsSync(join(config.clientDir, 'index.html'))) {
  log.info('building the client (first start)…');
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {
    stdio: 'inherit',
  });
}

const server = await startServer(config, log).catch((err: unknown) => {
  log.fatal({ err: String(err) }, 'could not start');
  process.exit(1);
});

const lines = [
  '',
  `  Vonk is running (${server.store.kind}, data in ${config.dataDir})`,
  '',
  `  Organizer:    ${config.publicUrl}/o?t=${encodeURIComponent(server.adminToken)}`,
  `  Participants: ${config.publicUrl}  (enter the code, or scan the QR on the projector)`,
  '',
  server.adminTokenGenerated
    ? `  A new organizer token was generated and saved in ${join(config.dataDir, 'admin-token')}.`
    : '',
  '',
];
process.stdout.write(lines.join('\n'));
log.info({ port: server.port, url: server.url, publicUrl: server.publicUrl }, 'listening');

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) process.exit(1);
    stopping = true;
    log.info({ signal }, 'shutting down');
    server.close().then(
      () => process.exit(0),
      (err: unknown) => {
        log.error({ err: String(err) }, 'shutdown failed');
        process.exit(1);
      },
    );
  });
}
