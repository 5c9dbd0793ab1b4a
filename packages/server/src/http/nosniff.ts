import type { MiddlewareHandler } from 'hono';
import { setResponseHeader } from './response-headers.js';

/**
 * Middleware: `X-Content-Type-Options: nosniff` on every response, problems and 304s included, so no browser
 * ever runs a JSON answer (which may quote what someone typed) as a script or a page.
 */
export function noSniff(): MiddlewareHandler {
  return async function noSniffMiddleware(c, next) {
    await next();
    setResponseHeader(c, 'X-Content-Type-Options', 'nosniff');
  };
}
