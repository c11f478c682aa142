// The organizer token. Every instance must accept the same one, and no store keeps it in the
// clear: SQLite and PostgreSQL alike hold only its sha256 (settings.admin_token_sha256). The
// token itself is printed once, by the start that generated it; `--new-organizer-token`
// replaces it when the link is lost.

import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from './config.js';
import { sessionFor } from './organizer-session.js';
import { matchesHash, newKey, sha256 } from './secrets.js';
import type { Store } from './store/types.js';

export const ADMIN_HASH_SETTING = 'admin_token_sha256';
/** Where an older Vonk kept the SQLite organizer token in the clear. */
export const LEGACY_TOKEN_FILE = 'admin-token';

export interface AdminToken {
  /** The token, only on the start that generated it (or from ADMIN_TOKEN). */
  token: string | null;
  /** How this start came by it: generated now, replaced on request, moved from the old
   *  plaintext file into a hash, or none of these (known hash, or ADMIN_TOKEN). */
  origin: 'generated' | 'replaced' | 'moved' | null;
  verify(candidate: string | undefined): boolean;
  /** The value of the organizer's session cookie (organizer-session.ts). */
  session: string;
}

const verifier = (hash: string) => (candidate: string | undefined) => matchesHash(candidate, hash);

export interface AdminTokenOptions {
  /** Replace the stored token with a new one (the old link stops working). */
  replace?: boolean;
}

export async function resolveAdminToken(
  config: Config,
  store: Store,
  options: AdminTokenOptions = {},
): Promise<AdminToken> {
  if (config.adminToken) {
    const token = config.adminToken;
    return {
      token,
      origin: null,
      verify: verifier(sha256(token)),
      session: sessionFor(sha256(token)),
    };
  }
  if (options.replace) {
    const token = newKey(24);
    await store.putSetting(ADMIN_HASH_SETTING, sha256(token));
    removeLegacyFile(config, store);
    return {
      token,
      origin: 'replaced',
      verify: verifier(sha256(token)),
      session: sessionFor(sha256(token)),
    };
  }
  if (store.kind === 'sqlite') {
    const file = join(config.dataDir, LEGACY_TOKEN_FILE);
    if (existsSync(file)) {
      // An older Vonk kept the token here in the clear: keep it working, keep only its hash.
      const token = readFileSync(file, 'utf8').trim();
      if (!token)
        throw new Error(`${file} is empty: delete it to generate a new token, or set ADMIN_TOKEN`);
      await store.putSetting(ADMIN_HASH_SETTING, sha256(token));
      rmSync(file);
      return {
        token,
        origin: 'moved',
        verify: verifier(sha256(token)),
        session: sessionFor(sha256(token)),
      };
    }
  }
  // Instances starting at once each propose a token; the first hash stored wins.
  const candidate = newKey(24);
  const hash = await store.initSetting(ADMIN_HASH_SETTING, sha256(candidate));
  if (!/^[0-9a-f]{64}$/.test(hash)) {
    throw new Error(
      `the stored organizer token hash (settings.${ADMIN_HASH_SETTING}) is not a sha256 digest: start with --new-organizer-token, or set ADMIN_TOKEN`,
    );
  }
  const generated = hash === sha256(candidate);
  return {
    token: generated ? candidate : null,
    origin: generated ? 'generated' : null,
    verify: verifier(hash),
    session: sessionFor(hash),
  };
}

function removeLegacyFile(config: Config, store: Store): void {
  if (store.kind !== 'sqlite') return;
  rmSync(join(config.dataDir, LEGACY_TOKEN_FILE), { force: true });
}
