// Starts tests/helpers/child-server.ts with `node --import tsx` and waits for its READY line.

import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

export interface ChildServer {
  url: string;
  process: ChildProcess;
  /** Ends the process at once, as a crash or an OOM kill would: no shutdown runs. */
  kill(): Promise<void>;
}

export function startChildServer(env: Record<string, string>): Promise<ChildServer> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', resolve('tests/helpers/child-server.ts')],
    {
      env: {
        ...process.env,
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'silent',
        // Load tests are not abuse: keep the rate limits out of their way.
        RATE_POST_BURST: '1000000',
        RATE_POST_PER_MINUTE: '60000000',
        RATE_VOTE_PER_SECOND: '1000000',
        RATE_JOINS_PER_SECOND: '1000000',
        RATE_IDENTITIES_BURST: '1000000',
        RATE_IDENTITIES_PER_SECOND: '1000000',
        RATE_IP_POSTS_BURST: '1000000',
        RATE_IP_POSTS_PER_SECOND: '1000000',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const kill = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await exited;
  };
  return new Promise((resolveStart, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => {
      void kill();
      reject(new Error(`child server did not start in time: ${err}`));
    }, 20_000);
    child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /READY (\S+)/.exec(out);
      if (m?.[1]) {
        clearTimeout(timer);
        resolveStart({ url: m[1], process: child, kill });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`child server exited with ${code}: ${err}`));
    });
  });
}
