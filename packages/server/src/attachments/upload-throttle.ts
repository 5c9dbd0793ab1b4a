import type { MiddlewareHandler } from 'hono';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { clientSubject, createPurger, limitOf, recordFailure, refuseWhenFull, type ThrottleLimit } from '../http/throttle-counters.js';

/**
 * Files sent without a token per client address: a mediation application brings a few photos, so 60 an hour is
 * generous even for a village behind one shared address, and bounds what an anonymous sender can make the server
 * store (60 × 8 MiB an hour).
 */
export const defaultAnonymousUploadLimit = { maxFailures: 60, windowMs: 60 * 60 * 1000 } as const satisfies Required<ThrottleLimit>;

/**
 * Middleware for the upload route: counts the files stored for callers without a token per client address, in
 * the throttle counters every process shares (http/throttle-counters.ts: "failures" here are accepted uploads),
 * and answers 429 with Retry-After while the window is full. Signed-in callers are not counted: their uploads are
 * audited under their name.
 */
export function limitAnonymousUploads(
  db: Kysely<Database>,
  options: { limit?: ThrottleLimit | undefined; now?: () => number } = {},
): MiddlewareHandler {
  const limit = limitOf(options.limit, defaultAnonymousUploadLimit);
  const now = options.now ?? Date.now;
  const purge = createPurger(db);
  return async function anonymousUploadLimiter(c, next) {
    if (c.req.method !== 'POST' || c.req.header('Authorization') !== undefined) return next();
    const buckets = [{ scope: 'anonymous-upload', subject: clientSubject(c.get('clientAddress')), ...limit }];
    await refuseWhenFull(db, buckets, now());
    await next();
    // A replay stored nothing new.
    if (c.res.status === 201 && c.res.headers.get('Idempotent-Replayed') !== 'true') {
      const time = now();
      await recordFailure(db, buckets, time);
      await purge(time);
    }
  };
}
