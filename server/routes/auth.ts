import type { Context } from 'hono';

/** The token of an `Authorization: Bearer …` header; the scheme name is case-insensitive. */
export function bearer(c: Context): string | undefined {
  const h = c.req.header('authorization');
  const m = h ? /^Bearer\s+(.+)$/i.exec(h) : null;
  return m?.[1]?.trim();
}
