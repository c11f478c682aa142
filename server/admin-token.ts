// The organizer token. Every instance must accept the same one, so with PostgreSQL it is
// decided in the database: only its sha256 is stored, and only the instance that generated it
// ever sees (and prints) the token itself.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from './config.js';
import { matchesHash, newKey, sha256 } from './secrets.js';
import type { Store } from './store/types.js';

export const ADMIN_HASH_SETTING = 'admin_token_sha256';

export interface AdminToken {
  /** The token, when this instance knows it: from ADMIN_TOKEN, the token file, or generated now. */
  token: string | null;
  /** True only on the start that generated it. */
  generated: boolean;
  /** Where the generated token is kept (SQLite); null when only its hash is (PostgreSQL). */
  file: string | null;
  verify(candidate: string | undefined): boolean;
}

const verifier = (hash: string) => (candidate: string | undefined) => matchesHash(candidate, hash);

export async function resolveAdminToken(config: Config, store: Store): Promise<AdminToken> {
  if (config.adminToken) {
    const token = config.adminToken;
    return { token, generated: false, file: null, verify: verifier(sha256(token)) };
  }
  if (store.kind === 'sqlite') {
    // One machine, one folder: the token file next to the database, as before.
    const file = join(config.dataDir, 'admin-token');
    if (existsSync(file)) {
      const token = readFileSync(file, 'utf8').trim();
      if (!token)
        throw new Error(`${file} is empty: delete it to generate a new token, or set ADMIN_TOKEN`);
      return { token, generated: false, file, verify: verifier(sha256(token)) };
    }
    const token = newKey(24);
    writeFileSync(file, `${token}\n`, { mode: 0o600 });
    return { token, generated: true, file, verify: verifier(sha256(token)) };
  }
  // Instances starting at once each propose a token; the first hash stored wins.
  const candidate = newKey(24);
  const hash = await store.initSetting(ADMIN_HASH_SETTING, sha256(candidate));
  if (!/^[0-9a-f]{64}$/.test(hash)) {
    throw new Error(
      `the stored organizer token hash (settings.${ADMIN_HASH_SETTING}) is not a sha256 digest: delete that row to generate a new token, or set ADMIN_TOKEN`,
    );
  }
  const generated = hash === sha256(candidate);
  return { token: generated ? candidate : null, generated, file: null, verify: verifier(hash) };
}
