import type { Kysely, Transaction } from 'kysely';
import { lockForWriting } from '../audit/log.js';
import type { Database } from '../db/schema.js';
import { bodyFingerprint, idempotencySecrets, openResponse, sealResponse } from './idempotency-seal.js';
import { HttpProblem } from './problem.js';

/**
 * Idempotent writes after the IETF draft "The Idempotency-Key HTTP Header Field": the first request with a
 * key runs and its response is remembered for 24 hours per (principal, key); the same key with the same body
 * gets that response again; with another body 422; while the first is still running 409.
 *
 * A remembered response may hold a secret (an intake receipt holds the tracking code), so the table keeps the key
 * only as a digest and the response only sealed with a key derived from the raw Idempotency-Key, which only the
 * client holds (idempotency-seal.ts): a copy of the database replays nothing and reveals no code.
 */

export const idempotencyKeyHeader = 'Idempotency-Key';
/** Keys (and their responses) are kept this long, like Stripe's. */
export const idempotencyKeyTtlMs = 24 * 60 * 60 * 1000;
export const maxIdempotencyKeyLength = 255;

const printableAscii = /^[\x20-\x7e]+$/;

function invalidKey(): HttpProblem {
  return HttpProblem.of('idempotency-key-invalid', { params: { maximum: maxIdempotencyKeyLength } });
}

/**
 * The key from the header value: `undefined` when absent. The draft sends it as a Structured Field string
 * (`"8e03…"`, quoted); plain tokens as sent by Stripe-style clients are accepted too. Throws 400
 * 'idempotency-key-invalid' for an empty, overlong or non-printable key.
 */
export function parseIdempotencyKey(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  let key = raw.trim();
  if (key.startsWith('"')) {
    const quoted = /^"((?:[^"\\]|\\["\\])*)"$/.exec(key);
    if (quoted === null) throw invalidKey();
    key = (quoted[1] ?? '').replace(/\\(["\\])/g, '$1');
  }
  if (key.length === 0 || key.length > maxIdempotencyKeyLength || !printableAscii.test(key)) throw invalidKey();
  return key;
}

export interface IdempotentRequest {
  /** The raw `Idempotency-Key` header value (`c.req.header('Idempotency-Key')`). */
  readonly key: string | undefined;
  /** Whether this route demands a key (every create does). */
  readonly required: boolean;
  /** Whose key space: the authenticated user id (or a fixed value for anonymous callers). */
  readonly principal: string;
  readonly method: string;
  readonly path: string;
  /** The parsed request body; its canonical-JSON hash is the request's fingerprint. */
  readonly body: unknown;
  /** The clock, for tests. */
  readonly now?: Date;
}

export interface IdempotentOutcome {
  readonly status: number;
  /** Must be JSON-serializable; it is stored as JSON text and replayed from it. */
  readonly body: unknown;
}

export interface IdempotentResult extends IdempotentOutcome {
  /** True when this is the stored response of an earlier request (send `Idempotent-Replayed: true`). */
  readonly replayed: boolean;
}

/** In-flight (principal, key) pairs per database handle; the reference server is one process. */
const inFlight = new WeakMap<object, Set<string>>();

function runningSet(db: object): Set<string> {
  let running = inFlight.get(db);
  if (running === undefined) {
    running = new Set();
    inFlight.set(db, running);
  }
  return running;
}

function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('code' in error)) return false;
  const { code } = error;
  // better-sqlite3 (SQLite extended result codes) and pg (SQLSTATE unique_violation)
  return code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === '23505';
}

function inFlightProblem(): HttpProblem {
  return HttpProblem.of('idempotency-in-flight', { headers: { 'Retry-After': '1' } });
}

/**
 * Runs `work` at most once per (principal, key). `work` runs inside ONE database transaction that also
 * records the key and the response: if it throws (or the process dies) before the commit, neither its writes
 * nor the key remain and a retry runs it again; after the commit both are there. Inside `work` use only
 * `trx` — on SQLite the handle `db` waits for this very transaction to end.
 *
 * Errors: 400 'idempotency-key-missing' / 'idempotency-key-invalid', 422 'idempotency-key-reused' (same key,
 * different method, path or body), 409 'idempotency-in-flight' (same key while the first is running).
 */
export async function runIdempotent(
  db: Kysely<Database>,
  request: IdempotentRequest,
  work: (trx: Transaction<Database>) => Promise<IdempotentOutcome>,
): Promise<IdempotentResult> {
  const key = parseIdempotencyKey(request.key);
  if (key === undefined) {
    if (request.required) throw HttpProblem.of('idempotency-key-missing');
    const outcome = await db.transaction().execute(async (trx) => {
      await lockForWriting(trx);
      return work(trx);
    });
    return { status: outcome.status, body: outcome.body, replayed: false };
  }

  const { principal, path } = request;
  const method = request.method.toUpperCase();
  const secrets = idempotencySecrets(key, principal);
  const bodyHash = bodyFingerprint(secrets, request.body);
  const lookup = secrets.lookup;
  const slot = `${principal}\u0000${lookup}`;
  const running = runningSet(db);
  // Checked and claimed before the first await, so a second call in the same tick already sees the first.
  if (running.has(slot)) throw inFlightProblem();
  running.add(slot);
  try {
    return await db.transaction().execute(async (trx): Promise<IdempotentResult> => {
      await lockForWriting(trx);
      const now = request.now ?? new Date();
      const thisKey = trx.selectFrom('idempotency_keys').where('principal', '=', principal).where('key', '=', lookup);
      const stored = await thisKey.selectAll().executeTakeFirst();
      if (stored !== undefined) {
        if (Date.parse(stored.created_at) > now.getTime() - idempotencyKeyTtlMs) {
          if (stored.body_hash !== bodyHash || stored.method !== method || stored.path !== path) {
            throw HttpProblem.of('idempotency-key-reused');
          }
          const json = openResponse(secrets, { principal, method, path, status: stored.status_code }, stored.response_body);
          return { status: stored.status_code, body: JSON.parse(json) as unknown, replayed: true };
        }
        await trx.deleteFrom('idempotency_keys').where('principal', '=', principal).where('key', '=', lookup).execute();
      }
      try {
        // Claim the key first (on PostgreSQL another process's duplicate already waited for the writer lock above).
        await trx
          .insertInto('idempotency_keys')
          .values({
            principal,
            key: lookup,
            method,
            path,
            body_hash: bodyHash,
            status_code: 0,
            response_body: 'null',
            created_at: now.toISOString(),
          })
          .execute();
      } catch (error) {
        if (isUniqueViolation(error)) throw inFlightProblem();
        throw error;
      }
      const outcome = await work(trx);
      const responseJson = (JSON.stringify(outcome.body) as string | undefined) ?? 'null';
      const sealed = sealResponse(secrets, { principal, method, path, status: outcome.status }, responseJson);
      await trx
        .updateTable('idempotency_keys')
        .set({ status_code: outcome.status, response_body: sealed })
        .where('principal', '=', principal)
        .where('key', '=', lookup)
        .execute();
      return { status: outcome.status, body: outcome.body, replayed: false };
    });
  } finally {
    running.delete(slot);
  }
}

/** Forgets keys older than 24 hours; returns how many. Call it at start-up and then periodically (hourly is plenty). */
export async function purgeExpiredIdempotencyKeys(db: Kysely<Database>, now: Date = new Date()): Promise<number> {
  const cutoff = new Date(now.getTime() - idempotencyKeyTtlMs).toISOString();
  const result = await db.deleteFrom('idempotency_keys').where('created_at', '<', cutoff).executeTakeFirst();
  return Number(result.numDeletedRows);
}
