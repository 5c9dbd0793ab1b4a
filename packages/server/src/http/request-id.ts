import { randomUUID } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { setResponseHeader } from './response-headers.js';

declare module 'hono' {
  interface ContextVariableMap {
    /** This request's id: the caller's `X-Request-Id` when it is a sane token, else a fresh UUID. */
    requestId: string;
  }
}

export const requestIdHeader = 'X-Request-Id';

/** A caller-supplied id is kept only if it is a short token that cannot smuggle anything into logs or headers. */
const saneRequestId = /^[A-Za-z0-9._:-]{1,128}$/;

export function isSaneRequestId(value: string | undefined | null): value is string {
  return typeof value === 'string' && saneRequestId.test(value);
}

/**
 * The request id of a context. Normally set by `requestId()`; if that middleware did not run (an error
 * thrown before it, a sub-app without it) one is made and stored now, so every problem carries an id.
 */
export function requestIdOf(c: Context): string {
  const stored: unknown = c.get('requestId');
  if (typeof stored === 'string') return stored;
  const incoming = c.req.header(requestIdHeader);
  const id = isSaneRequestId(incoming) ? incoming : randomUUID();
  c.set('requestId', id);
  return id;
}

/**
 * Middleware: takes `X-Request-Id` from the request when sane, else makes one (`crypto.randomUUID()`),
 * stores it as `c.get('requestId')` and echoes it on the response. Register it first.
 */
export function requestId(): MiddlewareHandler {
  return async function requestIdMiddleware(c, next) {
    const id = requestIdOf(c);
    c.header(requestIdHeader, id);
    await next();
    // The handler may have returned a Response it built itself; make sure the id is on the final one.
    if (c.res.headers.get(requestIdHeader) !== id) setResponseHeader(c, requestIdHeader, id);
  };
}
