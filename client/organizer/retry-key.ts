// One Idempotency-Key per form submission (CONTENT-5): the same form sent again after a
// failure (a 503, no answer) re-uses its key, so the server adds it once per room; a changed
// form, or one sent after a success, gets a new key.

/** 22 random letters and digits: works on plain http too, where crypto.randomUUID is absent. */
function newKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(22));
  const abc = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  return Array.from(bytes, (b) => abc[b % abc.length]).join('');
}

export interface RetryKey {
  /** The key for sending this body: the last one when the same body failed before. */
  for(body: string): string;
  /** The body landed: the next submission gets a new key. */
  landed(): void;
}

export function retryKey(): RetryKey {
  let last: { body: string; key: string } | null = null;
  return {
    for(body) {
      if (last?.body !== body) last = { body, key: newKey() };
      return last.key;
    },
    landed() {
      last = null;
    },
  };
}
