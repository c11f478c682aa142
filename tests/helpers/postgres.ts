// A fresh PostgreSQL database per test file, dropped afterwards, so parallel test files never
// see each other's rows. Within it, fresh schemas give single tests an empty store cheaply.

import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Config } from '../../server/config.js';
import { startTestServer, type TestServer } from './server.js';
import { TEST_DATABASE_URL } from './services.js';

export interface TestDatabase {
  name: string;
  url: string;
  /** A URL whose connections work in a new, empty schema of this database. */
  freshSchemaUrl(): Promise<string>;
  drop(): Promise<void>;
}

async function admin<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `vonk_test_${randomBytes(6).toString('hex')}`;
  await admin(TEST_DATABASE_URL, (c) => c.query(`CREATE DATABASE ${name}`));
  const u = new URL(TEST_DATABASE_URL);
  u.pathname = `/${name}`;
  const url = u.toString();
  let schemas = 0;
  return {
    name,
    url,
    async freshSchemaUrl() {
      const schema = `s${++schemas}_${randomBytes(3).toString('hex')}`;
      await admin(url, (c) => c.query(`CREATE SCHEMA ${schema}`));
      const s = new URL(url);
      s.searchParams.set('options', `-c search_path=${schema}`);
      return s.toString();
    },
    async drop() {
      await admin(TEST_DATABASE_URL, (c) =>
        c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
      );
    },
  };
}

/** Runs `body` against a server on a fresh PostgreSQL database; both are gone afterwards. */
export async function withPostgresServer<T>(
  body: (srv: TestServer) => Promise<T>,
  overrides: Partial<Config> = {},
): Promise<T> {
  const db = await createTestDatabase();
  const srv = await startTestServer({ ...overrides, databaseUrl: db.url });
  try {
    return await body(srv);
  } finally {
    await srv.stop();
    await db.drop();
  }
}
