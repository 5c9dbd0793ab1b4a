import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import { setResponseHeader } from './response-headers.js';

export interface CorsSettings {
  readonly origin: '*' | readonly string[];
  readonly allowMethods: readonly string[];
  readonly allowHeaders: readonly string[];
  readonly exposeHeaders: readonly string[];
  readonly maxAge: number;
}

/**
 * CORS as `hono/cors` answers it, with the headers of an actual (non-preflight) request set on the final response
 * after the route ran instead of on a response started before it: Hono's middleware touches `c.res` up front,
 * which made every API response be rebuilt around a stream (see response-headers.ts). Preflights (OPTIONS) go to
 * `hono/cors` unchanged.
 */
export function corsHeaders(settings: CorsSettings): MiddlewareHandler {
  const preflight = cors({
    origin: settings.origin === '*' ? '*' : [...settings.origin],
    allowMethods: [...settings.allowMethods],
    allowHeaders: [...settings.allowHeaders],
    exposeHeaders: [...settings.exposeHeaders],
    maxAge: settings.maxAge,
  });
  const expose = settings.exposeHeaders.join(',');
  const allowOrigin = (origin: string): string | null => (settings.origin === '*' ? '*' : settings.origin.includes(origin) ? origin : null);
  return async function corsMiddleware(c, next) {
    if (c.req.method === 'OPTIONS') return preflight(c, next);
    await next();
    const allowed = allowOrigin(c.req.header('origin') ?? '');
    if (allowed !== null) setResponseHeader(c, 'Access-Control-Allow-Origin', allowed);
    if (expose !== '') setResponseHeader(c, 'Access-Control-Expose-Headers', expose);
    if (settings.origin !== '*') setResponseHeader(c, 'Vary', 'Origin', { append: true });
    return undefined;
  };
}
