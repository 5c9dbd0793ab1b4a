import type { MiddlewareHandler } from 'hono';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import {
  clientSubject,
  createPurger,
  limitOf,
  recordFailure,
  refuseWhenFull,
  type ThrottleBucket,
  type ThrottleLimit,
} from './throttle-counters.js';

export interface GuessLimitOptions {
  /**
   * Failed look-ups of ONE case, from any client, before that case's look-ups by tracking code are refused until
   * the window ends. Protects the code itself, however many addresses a guesser uses.
   */
  readonly perCase?: ThrottleLimit;
  /**
   * Failed look-ups by ONE client across all cases. Much higher than per case: behind a carrier NAT or a portal's
   * reverse proxy one address is a whole village; it stops one scanner walking many case numbers.
   */
  readonly perClient?: ThrottleLimit;
  /** The clock (ms since the epoch), for tests. */
  readonly now?: () => number;
}

/** Default: 20 failed look-ups per case per 10 minutes — at most ~2,900 guesses a day at a 31⁸ code space. */
export const defaultCaseGuessLimit = { maxFailures: 20, windowMs: 10 * 60 * 1000 } as const satisfies Required<ThrottleLimit>;
/** Default: 200 failed look-ups per client address per 10 minutes. */
export const defaultClientGuessLimit = { maxFailures: 200, windowMs: 10 * 60 * 1000 } as const satisfies Required<ThrottleLimit>;

/**
 * Tracking codes are bearer secrets: a case number alone reveals nothing, so guessing a code must not be cheap.
 * Guards the routes that open a case by its code (status look-up, withdrawal): counts their 404 answers per case
 * number and per client address (`c.get('clientAddress')`, resolved through the trusted proxies) in the
 * database, and answers 429 with Retry-After while either is full. Successful look-ups never count.
 *
 * Staff never pass through here: they read a case on `GET /v1/mediation/cases/{caseNumber}` by their role,
 * so no anonymous failure can lock a mediator out.
 */
export function limitGuesses(db: Kysely<Database>, options: GuessLimitOptions = {}): MiddlewareHandler {
  const perCase = limitOf(options.perCase, defaultCaseGuessLimit);
  const perClient = limitOf(options.perClient, defaultClientGuessLimit);
  const now = options.now ?? Date.now;
  const purge = createPurger(db);
  return async function guessLimiter(c, next) {
    const caseNumber = (c.req.param('caseNumber') ?? '').trim().toUpperCase();
    const buckets: ThrottleBucket[] = [
      { scope: 'case', subject: caseNumber, ...perCase },
      { scope: 'lookup-client', subject: clientSubject(c.get('clientAddress')), ...perClient },
    ];
    await refuseWhenFull(db, buckets, now());
    await next();
    if (c.res.status === 404) {
      const time = now();
      await recordFailure(db, buckets, time);
      await purge(time);
    }
  };
}
