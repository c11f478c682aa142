// GET /o?t=TOKEN (AUTH-10): a right token is traded for the organizer's session cookie and the
// browser is sent on to /o, so the token is in neither the address bar nor the history. A wrong
// one is also taken out of the address: /o then shows how to get a new link.

import { Hono } from 'hono';
import { sessionCookie } from '../organizer-session.js';

export function organizerLoginRoutes(deps: {
  isAdmin(token: string | undefined): boolean;
  /** The session cookie's value. */
  session: string;
  publicUrl: string;
}): Hono {
  const app = new Hono();
  app.get('/o', async (c, next) => {
    const token = c.req.query('t');
    if (token === undefined) return next();
    c.header('Cache-Control', 'no-store');
    if (deps.isAdmin(token)) {
      c.header('Set-Cookie', sessionCookie(deps.session, deps.publicUrl.startsWith('https:')));
      return c.redirect('/o', 303);
    }
    return c.redirect('/o?wrong=1', 303);
  });
  return app;
}
