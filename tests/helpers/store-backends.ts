// Every store the contract covers, as factories of fresh, empty databases that several
// connections (store objects) can open at once: a SQLite file, or a PostgreSQL schema.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { nanoid } from 'nanoid';
import pg from 'pg';
import { openPostgresStore } from '../../server/store/postgres.js';
import { openSqliteStore } from '../../server/store/sqlite.js';
import type { Store } from '../../server/store/types.js';
import { createTestDatabase, type TestDatabase } from './postgres.js';
import { closedPort, postgresAvailable } from './services.js';

export interface FreshDb {
  /** One more connection to this database. */
  open(): Promise<Store>;
  migrationsApplied(): Promise<number>;
}

export interface StoreBackend {
  name: 'sqlite' | 'postgres';
  fresh(): Promise<FreshDb>;
  /** Opening a store whose database cannot be reached. */
  openUnreachable(): Promise<Store>;
}

/** SQLite always; PostgreSQL when reachable (or failing the run with CI=true). */
export async function storeBackends(): Promise<{
  backends: StoreBackend[];
  dispose(): Promise<void>;
}> {
  const tmp = mkdtempSync(join(tmpdir(), 'vonk-store-'));
  let pgDb: TestDatabase | undefined;

  const sqlite: StoreBackend = {
    name: 'sqlite',
    async fresh() {
      const file = join(tmp, `${nanoid()}.sqlite`);
      return {
        open: async () => openSqliteStore(file),
        async migrationsApplied() {
          const db = new Database(file, { readonly: true });
          const row = db.prepare('SELECT count(*) AS n FROM schema_migrations').get() as {
            n: number;
          };
          db.close();
          return row.n;
        },
      };
    },
    openUnreachable: async () => openSqliteStore(join(tmp, 'no-such-folder', 'vonk.sqlite')),
  };

  const postgres: StoreBackend = {
    name: 'postgres',
    async fresh() {
      pgDb ??= await createTestDatabase();
      const url = await pgDb.freshSchemaUrl();
      return {
        open: () => openPostgresStore(url),
        async migrationsApplied() {
          const client = new pg.Client(url);
          await client.connect();
          const res = await client.query<{ n: string }>(
            'SELECT count(*) AS n FROM schema_migrations',
          );
          await client.end();
          return Number(res.rows[0]?.n);
        },
      };
    },
    openUnreachable: async () =>
      openPostgresStore(`postgres://vonk:s3cret@127.0.0.1:${await closedPort()}/vonk`),
  };

  return {
    backends: [sqlite, ...((await postgresAvailable()) ? [postgres] : [])],
    async dispose() {
      rmSync(tmp, { recursive: true, force: true });
      await pgDb?.drop();
    },
  };
}
