import type { MiddlewareHandler } from 'hono';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { clientSubject, createPurger, limitOf, recordFailure, refuseWhenFull, type ThrottleLimit } from './throttle-counters.js';

export interface TokenLimitOptions extends ThrottleLimit {
  /** The clock (ms since the epoch), for tests. */
  readonly now?: () => number;
}

/** Default: 30 invalid bearer tokens per client address per 10 minutes (a misconfigured integration retries a few). */
export const defaultTokenLimit = { maxFailures: 30, windowMs: 10 * 60 * 1000 } as const satisfies Required<ThrottleLimit>;

function isInvalidToken(response: Response): boolean {
  return response.status === 401 && /error="?invalid_token/i.test(response.headers.get('WWW-Authenticate') ?? '');
}

/**
 * Bearer tokens must not be guessable at leisure. Register just BEFORE the authentication middleware: it counts
 * the 401 `invalid_token` answers per client address (through the trusted proxies) in the database, and while a
 * client is over the limit it answers 429 with Retry-After to every request that carries a token. Requests
 * without one pass untouched, so the same client still reads public data (a village shares one address).
 */
export function throttleFailedTokens(db: Kysely<Database>, options: TokenLimitOptions = {}): MiddlewareHandler {
  const limit = limitOf(options, defaultTokenLimit);
  const now = options.now ?? Date.now;
  const purge = createPurger(db);
  return async function tokenThrottle(c, next) {
    if (c.req.header('Authorization') === undefined) return next();
    const buckets = [{ scope: 'token-client', subject: clientSubject(c.get('clientAddress')), ...limit }];
    await refuseWhenFull(db, buckets, now());
    await next();
    if (isInvalidToken(c.res)) {
      const time = now();
      await recordFailure(db, buckets, time);
      await purge(time);
    }
  };
}
