// PostgreSQL and Redis for the tests: real services, never mocks. With CI=true an unreachable
// service fails the run; elsewhere the tests that need it are skipped with a clear message.

import net from 'node:net';
import pg from 'pg';

export const TEST_DATABASE_URL =
  process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL || 'redis://127.0.0.1:6379';

const isCi = () => process.env.CI === 'true' || process.env.CI === '1';

async function available(name: string, url: string, probe: () => Promise<void>) {
  try {
    await probe();
    return true;
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    if (isCi())
      throw new Error(`${name} is unreachable at ${url} (${why}) and CI=true: not skipping`);
    console.warn(`\n  skipping the ${name} tests: unreachable at ${url} (${why})\n`);
    return false;
  }
}

let pgProbe: Promise<boolean> | undefined;
/** Whether PostgreSQL answers at TEST_DATABASE_URL. */
export function postgresAvailable(): Promise<boolean> {
  return (pgProbe ??= available('PostgreSQL', TEST_DATABASE_URL, async () => {
    const client = new pg.Client({
      connectionString: TEST_DATABASE_URL,
      connectionTimeoutMillis: 2000,
    });
    await client.connect();
    await client.end();
  }));
}

let redisProbe: Promise<boolean> | undefined;
/** Whether Redis answers PING at TEST_REDIS_URL. */
export function redisAvailable(): Promise<boolean> {
  return (redisProbe ??= available('Redis', TEST_REDIS_URL, () => {
    const u = new URL(TEST_REDIS_URL);
    return new Promise<void>((resolve, reject) => {
      const socket = net.connect(Number(u.port || 6379), u.hostname);
      socket.setTimeout(2000, () => socket.destroy(new Error('timeout')));
      socket.once('error', reject);
      socket.once('connect', () => socket.write('PING\r\n'));
      socket.once('data', (data) => {
        socket.end();
        if (data.toString().startsWith('+PONG')) resolve();
        else reject(new Error(`unexpected answer ${JSON.stringify(data.toString())}`));
      });
    });
  }));
}

/** A TCP port nothing listens on: bound, noted, and released again. */
export async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
