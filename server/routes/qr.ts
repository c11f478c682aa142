// QR codes of join links, as SVG (crisp on a beamer and in print) and PNG.

import { Hono } from 'hono';
import QRCode from 'qrcode';
import { isValidCode, normalizeCode } from '../../shared/limits.js';
import type { Store } from '../store/types.js';
import { jsonError } from './errors.js';

const cache = new Map<string, string | Buffer>();

async function render(url: string, type: 'svg' | 'png'): Promise<string | Buffer> {
  const key = `${type}:${url}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const out =
    type === 'svg'
      ? await QRCode.toString(url, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' })
      : await QRCode.toBuffer(url, {
          type: 'png',
          margin: 2,
          width: 1024,
          errorCorrectionLevel: 'M',
        });
  if (cache.size > 2000) cache.clear();
  cache.set(key, out);
  return out;
}

export function qrRoutes(store: Store, publicUrl: string): Hono {
  const app = new Hono();
  for (const type of ['svg', 'png'] as const) {
    app.get(`/events/:code/qr.${type}`, async (c) => {
      const code = normalizeCode(c.req.param('code'));
      const event = isValidCode(code) ? await store.getEventByCode(code) : null;
      if (!event) return jsonError(c, 404, 'not_found', 'unknown event code');
      const roomId = c.req.query('room');
      if (roomId) {
        const room = await store.getRoom(roomId);
        if (!room || room.eventId !== event.id)
          return jsonError(c, 404, 'not_found', 'unknown room');
      }
      const url = `${publicUrl}/j/${event.code}${roomId ? `/${roomId}` : ''}`;
      const body = await render(url, type);
      c.header('Content-Type', type === 'svg' ? 'image/svg+xml' : 'image/png');
      c.header('Cache-Control', 'public, max-age=300');
      return c.body(typeof body === 'string' ? body : new Uint8Array(body));
    });
  }
  return app;
}
