import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { HttpProblem } from './problem.js';

/**
 * Failure counters in fixed windows, kept in the `throttle_counters` table so every server process counts
 * together and a restart does not hand an attacker a fresh allowance. A window opens with its first failure and
 * lasts `windowMs`; once it holds `maxFailures`, the subject is refused until it ends. Only failures are
 * written, so ordinary traffic costs one indexed read.
 */

export interface ThrottleLimit {
  /** Failures allowed in one window; the next attempt is refused until the window ends. */
  readonly maxFailures?: number;
  /** Length of a window in ms. */
  readonly windowMs?: number;
}

/** One counted subject: `scope` says what is counted, `subject` per what (see ThrottleCounterTable). */
export interface ThrottleBucket {
  readonly scope: string;
  readonly subject: string;
  readonly maxFailures: number;
  readonly windowMs: number;
}

/**
 * Client addresses are personal information (个人信息保护法 Art 4): the table keeps only their hash, for one
 * window at most.
 */
export function clientSubject(address: string): string {
  return createHash('sha256').update(address, 'utf8').digest('hex');
}

/** The resolved limit of a bucket: the option where given, the default otherwise. */
export function limitOf(limit: ThrottleLimit | undefined, defaults: Required<ThrottleLimit>): Required<ThrottleLimit> {
  return { maxFailures: limit?.maxFailures ?? defaults.maxFailures, windowMs: limit?.windowMs ?? defaults.windowMs };
}

/** Seconds until the latest-ending full window among `buckets` ends, or undefined when none is full. */
export async function retryAfterSeconds(
  db: Kysely<Database>,
  buckets: readonly ThrottleBucket[],
  now: number,
): Promise<number | undefined> {
  if (buckets.length === 0) return undefined;
  const nowIso = new Date(now).toISOString();
  const rows = await db
    .selectFrom('throttle_counters')
    .select(['scope', 'subject', 'failures', 'window_ends_at'])
    .where((eb) => eb.or(buckets.map((bucket) => eb.and([eb('scope', '=', bucket.scope), eb('subject', '=', bucket.subject)]))))
    .where('window_ends_at', '>', nowIso)
    .execute();
  let waitMs: number | undefined;
  for (const row of rows) {
    const bucket = buckets.find((one) => one.scope === row.scope && one.subject === row.subject);
    if (bucket === undefined || row.failures < bucket.maxFailures) continue;
    waitMs = Math.max(waitMs ?? 0, Date.parse(row.window_ends_at) - now);
  }
  return waitMs === undefined ? undefined : Math.max(1, Math.ceil(waitMs / 1000));
}

/** Throws 429 'rate-limited' with Retry-After when one of the buckets is full. */
export async function refuseWhenFull(db: Kysely<Database>, buckets: readonly ThrottleBucket[], now: number): Promise<void> {
  const wait = await retryAfterSeconds(db, buckets, now);
  if (wait !== undefined) throw HttpProblem.of('rate-limited', { headers: { 'Retry-After': String(wait) } });
}

/**
 * Counts one failure in each bucket: a new window when there is none or it has ended, else one more in it.
 * One portable upsert (SQLite ≥ 3.24 and PostgreSQL share `ON CONFLICT … DO UPDATE`), so concurrent processes
 * never lose a count.
 */
export async function recordFailure(db: Kysely<Database>, buckets: readonly ThrottleBucket[], now: number): Promise<void> {
  const nowIso = new Date(now).toISOString();
  for (const bucket of buckets) {
    await db
      .insertInto('throttle_counters')
      .values({ scope: bucket.scope, subject: bucket.subject, failures: 1, window_ends_at: new Date(now + bucket.windowMs).toISOString() })
      .onConflict((oc) =>
        oc.columns(['scope', 'subject']).doUpdateSet((eb) => {
          const ended = eb('throttle_counters.window_ends_at', '<=', nowIso);
          return {
            failures: eb
              .case()
              .when(ended)
              .then(1)
              .else(eb('throttle_counters.failures', '+', 1))
              .end(),
            window_ends_at: eb
              .case()
              .when(ended)
              .then(eb.ref('excluded.window_ends_at'))
              .else(eb.ref('throttle_counters.window_ends_at'))
              .end(),
          };
        }),
      )
      .execute();
  }
}

/** Forgets windows that have ended; returns how many. */
export async function purgeExpiredThrottleCounters(db: Kysely<Database>, now: Date = new Date()): Promise<number> {
  const result = await db.deleteFrom('throttle_counters').where('window_ends_at', '<=', now.toISOString()).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/**
 * Purges expired windows at most once per `everyMs` per process, after a failure was recorded: the table stays
 * small under a scan from many addresses without a timer of its own.
 */
export function createPurger(db: Kysely<Database>, everyMs = 60_000): (now: number) => Promise<void> {
  let last = Number.NEGATIVE_INFINITY;
  return async (now) => {
    if (now - last < everyMs) return;
    last = now;
    await purgeExpiredThrottleCounters(db, new Date(now));
  };
}
