// Vonk in its own process, as `npm start` runs it, so a test can SIGKILL it mid-load.

import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

export interface ChildServer {
  url: string;
  port: number;
  proc: ChildProcess;
  kill(signal?: NodeJS.Signals): Promise<number | null>;
}

export function startChildServer(env: Record<string, string>): Promise<ChildServer> {
  const proc = spawn(process.execPath, ['--import', 'tsx', resolve('server/main.ts')], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', ...env, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  proc.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolveStart, reject) => {
    const timer = setTimeout(() => reject(new Error(`child did not start: ${stderr}`)), 30_000);
    let buf = '';
    proc.stdout?.on('data', (d: Buffer) => {
      buf += d.toString();
      for (const line of buf.split('\n')) {
        if (!line.startsWith('{')) continue;
        let rec: { msg?: string; port?: number; url?: string };
        try {
          rec = JSON.parse(line) as typeof rec;
        } catch {
          continue;
        }
        if (rec.msg === 'listening' && rec.port && rec.url) {
          clearTimeout(timer);
          const exited = new Promise<number | null>((r) => proc.once('exit', (code) => r(code)));
          resolveStart({
            url: rec.url,
            port: rec.port,
            proc,
            kill(signal = 'SIGKILL') {
              if (proc.exitCode === null && proc.signalCode === null) proc.kill(signal);
              return exited;
            },
          });
          return;
        }
      }
    });
    proc.once('exit', (code) => reject(new Error(`child exited ${code}: ${stderr}`)));
  });
}
