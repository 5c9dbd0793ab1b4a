import { CONTRACT_VERSION, CONTRACT_VERSION_HEADER } from '@shanzhi/sdk';
import type { MiddlewareHandler } from 'hono';
import { setResponseHeader } from './response-headers.js';

/**
 * Middleware: `Shanzhi-Contract-Version: <CONTRACT_VERSION>` on every API response — successes, problems, 304s and
 * CORS preflights — so a client (or a support engineer with curl) can tell which version of the contract a backend
 * implements. The value is the SDK's constant, the same as `info.version` in `/v1/openapi.json` (docs/compatibility.md).
 */
export function contractVersion(): MiddlewareHandler {
  return async function contractVersionMiddleware(c, next) {
    await next();
    setResponseHeader(c, CONTRACT_VERSION_HEADER, CONTRACT_VERSION);
  };
}
