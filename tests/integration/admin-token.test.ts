// The organizer token: every instance must accept the same one, and it is stored hashed.

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { ADMIN_HASH_SETTING, LEGACY_TOKEN_FILE } from '../../server/admin-token.js';
import { sha256 } from '../../server/secrets.js';
import { createTestDatabase, type TestDatabase } from '../helpers/postgres.js';
import { postgresAvailable } from '../helpers/services.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

const hasPostgres = await postgresAvailable();
const servers: TestServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.stop().catch(() => undefined);
});
let db: TestDatabase | undefined;
afterAll(async () => {
  await db?.drop();
});

async function serve(overrides: Parameters<typeof startTestServer>[0]) {
  const s = await startTestServer(overrides);
  servers.push(s);
  return s;
}

async function listStatus(url: string, token: string): Promise<number> {
  const res = await fetch(`${url}/api/events`, { headers: { authorization: `Bearer ${token}` } });
  return res.status;
}

async function settings(url: string): Promise<Map<string, string>> {
  const client = new pg.Client(url);
  await client.connect();
  const res = await client.query<{ key: string; value: string }>('SELECT key, value FROM settings');
  await client.end();
  return new Map(res.rows.map((r) => [r.key, r.value]));
}

/** Whether any file of the data folder (database, WAL) holds the text in the clear. */
function sqliteFilesContain(dir: string, text: string): boolean {
  return readdirSync(dir).some((f) => readFileSync(join(dir, f)).includes(Buffer.from(text)));
}

describe('organizer token', () => {
  it('[SCALE-6][AUTH-5] SQLite without ADMIN_TOKEN: generated once, stored only as its hash, shown once', async () => {
    const first = await serve({ adminToken: undefined });
    expect(first.adminTokenOrigin).toBe('generated');
    const token = first.adminToken!;
    expect(token.length).toBeGreaterThanOrEqual(32);
    expect(existsSync(join(first.dataDir, LEGACY_TOKEN_FILE))).toBe(false);
    expect(await first.store.getSetting(ADMIN_HASH_SETTING)).toBe(sha256(token));
    await first.close();
    expect(sqliteFilesContain(first.dataDir, token)).toBe(false);

    const again = await serve({ adminToken: undefined, dataDir: first.dataDir });
    expect(again.adminTokenOrigin).toBeNull();
    expect(again.adminToken).toBeNull();
    expect(await listStatus(again.url, token)).toBe(200);
    expect(await listStatus(again.url, 'wrong')).toBe(401);
  });

  it('[SCALE-6] --new-organizer-token replaces the token: the old link stops working', async () => {
    const first = await serve({ adminToken: undefined });
    const old = first.adminToken!;
    await first.close();
    const replaced = await serve({
      adminToken: undefined,
      dataDir: first.dataDir,
      newOrganizerToken: true,
    });
    expect(replaced.adminTokenOrigin).toBe('replaced');
    expect(replaced.adminToken).not.toBe(old);
    expect(await listStatus(replaced.url, replaced.adminToken!)).toBe(200);
    expect(await listStatus(replaced.url, old)).toBe(401);
  });

  it('[SCALE-6] an older data folder with the token file in the clear: moved into a hash, same link', async () => {
    const first = await serve({ adminToken: undefined });
    await first.close();
    const file = join(first.dataDir, LEGACY_TOKEN_FILE);
    writeFileSync(file, 'the-old-plaintext-token-of-an-earlier-vonk\n', { mode: 0o600 });
    const moved = await serve({ adminToken: undefined, dataDir: first.dataDir });
    expect(moved.adminTokenOrigin).toBe('moved');
    expect(existsSync(file)).toBe(false);
    expect(await listStatus(moved.url, 'the-old-plaintext-token-of-an-earlier-vonk')).toBe(200);
    expect(await listStatus(moved.url, first.adminToken!)).toBe(401);
  });

  it.skipIf(!hasPostgres)(
    '[SCALE-6][ROLE-2] PostgreSQL: instances starting at once agree on one token, stored only as its hash',
    async () => {
      db ??= await createTestDatabase();
      const url = await db.freshSchemaUrl();
      const [a, b] = await Promise.all([
        serve({ databaseUrl: url, adminToken: undefined }),
        serve({ databaseUrl: url, adminToken: undefined }),
      ]);
      const makers = [a, b].filter((s) => s.adminTokenOrigin === 'generated');
      expect(makers).toHaveLength(1);
      const token = makers[0]!.adminToken!;
      expect(token.length).toBeGreaterThanOrEqual(32);
      for (const s of [a, b]) {
        if (s !== makers[0]) expect(s.adminToken).toBeNull();
        expect(existsSync(join(s.dataDir, LEGACY_TOKEN_FILE))).toBe(false);
        expect(await listStatus(s.url, token)).toBe(200);
        expect(await listStatus(s.url, `${token}x`)).toBe(401);
      }
      const stored = await settings(url);
      expect(stored.get(ADMIN_HASH_SETTING)).toBe(sha256(token));
      for (const v of stored.values()) expect(v).not.toContain(token);

      const later = await serve({ databaseUrl: url, adminToken: undefined });
      expect(later.adminTokenOrigin).toBeNull();
      expect(later.adminToken).toBeNull();
      expect(await listStatus(later.url, token)).toBe(200);
    },
  );

  it.skipIf(!hasPostgres)(
    '[SCALE-6] PostgreSQL with ADMIN_TOKEN: that token and no other, nothing generated',
    async () => {
      db ??= await createTestDatabase();
      const url = await db.freshSchemaUrl();
      const s = await serve({ databaseUrl: url, adminToken: 'chosen-by-the-operator' });
      expect(s.adminTokenOrigin).toBeNull();
      expect(await listStatus(s.url, 'chosen-by-the-operator')).toBe(200);
      expect((await settings(url)).has(ADMIN_HASH_SETTING)).toBe(false);
    },
  );
});
