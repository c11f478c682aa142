// A Vonk instance in its own process, configured by the environment like `npm start`, so a
// test can kill it for real (SIGKILL). Prints one line when it listens: READY <url>.

import { loadConfig } from '../../server/config.js';
import { createLogger } from '../../server/log.js';
import { startServer } from '../../server/server.js';

const config = loadConfig();
// Profiled (`npm run bench -- --cpu-prof DIR`): a SIGTERM ends the process normally, so Node
// writes the profile on the way out.
if (process.execArgv.includes('--cpu-prof')) process.once('SIGTERM', () => process.exit(0));
startServer(config, createLogger(config.logLevel)).then(
  (server) => process.stdout.write(`READY ${server.url}\n`),
  (err: unknown) => {
    process.stderr.write(`could not start: ${String(err)}\n`);
    process.exit(1);
  },
);
