import type { MiddlewareHandler } from 'hono';
import { setResponseHeader } from './response-headers.js';

/**
 * `Strict-Transport-Security` on every response, for a server that clients reach only over TLS (directly or
 * through a TLS-terminating reverse proxy). Off by default: sent over plain HTTP on a laptop or an intranet
 * address, it would pin browsers to an HTTPS that does not exist. No `includeSubDomains`: portals often live
 * on a government domain whose other hosts this server does not speak for.
 */
export function strictTransportSecurity(maxAgeSec: number): MiddlewareHandler {
  const value = `max-age=${String(Math.max(0, Math.trunc(maxAgeSec)))}`;
  return async function hsts(c, next) {
    await next();
    setResponseHeader(c, 'Strict-Transport-Security', value);
  };
}
