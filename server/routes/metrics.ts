// GET /metrics in the Prometheus text format. Public unless METRICS_TOKEN is set: the numbers
// reveal load, not content, but an operator may still want them private.

import { Hono } from 'hono';
import { PROMETHEUS_CONTENT_TYPE } from '../metrics/registry.js';
import { matchesHash, sha256 } from '../secrets.js';
import { jsonError } from './errors.js';

export interface MetricsRouteDeps {
  render(): string;
  /** When set, scrapers send `Authorization: Bearer <token>`. */
  token: string | undefined;
}

export function metricsRoutes(deps: MetricsRouteDeps): Hono {
  const app = new Hono();
  const tokenHash = deps.token ? sha256(deps.token) : null;
  app.get('/metrics', (c) => {
    if (tokenHash) {
      const m = /^Bearer\s+(.+)$/i.exec(c.req.header('authorization') ?? '');
      if (!matchesHash(m?.[1]?.trim(), tokenHash)) {
        return jsonError(
          c,
          401,
          'unauthorized',
          'missing or wrong metrics token (Authorization: Bearer …)',
        );
      }
    }
    return c.body(deps.render(), 200, {
      'content-type': PROMETHEUS_CONTENT_TYPE,
      'cache-control': 'no-store',
    });
  });
  return app;
}
