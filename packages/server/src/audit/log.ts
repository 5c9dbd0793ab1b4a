import { sql, type Kysely, type Transaction } from 'kysely';
import type { Role } from '@shanzhi/rules';
import { dialectOf } from '../db/dialect.js';
import type { AuditLogTable, Database } from '../db/schema.js';
import { canonicalJson, hashValue, sha256Hex } from './canonical.js';

/** The `prev_hash` of entry 1. */
export const genesisHash = '0'.repeat(64);

export interface AuditInput {
  /** Who wrote: a user id, or `system` for the seeder and jobs. Not a name (names are personal data). */
  readonly actor: string;
  readonly role: Role | 'system';
  /** What was done, stable and dotted: `points.entry.create`, `mediation.case.transition` … */
  readonly action: string;
  /** What was written: `<kind>:<id>`, e.g. `points-entry:42`. */
  readonly subject: string;
  /** State before the write (`null`/`undefined` when it is a creation). Only its hash is stored. */
  readonly before: unknown;
  /** State after the write (`null`/`undefined` when it is a deletion). Only its hash is stored. */
  readonly after: unknown;
  /** When; defaults to now. */
  readonly at?: Date | string;
}

export type AuditEntry = Readonly<AuditLogTable>;

type HashedFields = Omit<AuditLogTable, 'prev_hash' | 'hash'>;

/** The chain link: sha256(prev_hash + "\n" + canonical JSON of every other field). */
export function auditEntryHash(prevHash: string, fields: HashedFields): string {
  const { seq, at, actor, role, action, subject, before_hash, after_hash } = fields;
  return sha256Hex(`${prevHash}\n${canonicalJson({ seq, at, actor, role, action, subject, before_hash, after_hash })}`);
}

function instant(at: Date | string | undefined): string {
  const date = at === undefined ? new Date() : new Date(at);
  if (Number.isNaN(date.getTime())) throw new RangeError('appendAudit: `at` is not a valid instant');
  return date.toISOString();
}

function stateHash(state: unknown): string | null {
  return state === undefined || state === null ? null : hashValue(state);
}

/**
 * Makes the transaction the only writer until it commits, as SQLite's single writer is: on PostgreSQL it locks
 * the audit log (which every write appends to) against other writers; readers are not blocked. Idempotent within
 * a transaction; a no-op on SQLite. `runIdempotent` takes it first, so a write's reads-then-checks (balance,
 * counters) see every earlier write and no later one interleaves under READ COMMITTED.
 */
export async function lockForWriting(trx: Transaction<Database>): Promise<void> {
  if (dialectOf(trx) === 'postgres') await sql`LOCK TABLE audit_log IN SHARE ROW EXCLUSIVE MODE`.execute(trx);
}

/**
 * Appends one entry to the audit log inside the caller's transaction — the same transaction as the write it
 * records, so both commit or neither does. Returns the stored entry.
 */
export async function appendAudit(trx: Transaction<Database>, input: AuditInput): Promise<AuditEntry> {
  // Writers queue here, so two transactions never both extend the chain from the same head.
  await lockForWriting(trx);
  const last = await trx.selectFrom('audit_log').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  const fields: HashedFields = {
    seq: (last?.seq ?? 0) + 1,
    at: instant(input.at),
    actor: input.actor,
    role: input.role,
    action: input.action,
    subject: input.subject,
    before_hash: stateHash(input.before),
    after_hash: stateHash(input.after),
  };
  const prev_hash = last?.hash ?? genesisHash;
  const entry: AuditEntry = { ...fields, prev_hash, hash: auditEntryHash(prev_hash, fields) };
  await trx.insertInto('audit_log').values(entry).execute();
  return entry;
}

/** Who changed something, as the audit names them: a principal, or `system` for the operator's command line. */
export interface AuditActor {
  readonly id: string;
  readonly role: Role | 'system';
}

/**
 * One audited change (`before` null for a record created): `appendAudit` with the actor and time of the request,
 * so each write states only what it changed.
 */
export async function auditChange(
  trx: Transaction<Database>,
  by: AuditActor,
  at: Date | string,
  action: string,
  subject: string,
  before: unknown,
  after: unknown,
): Promise<AuditEntry> {
  return appendAudit(trx, { actor: by.id, role: by.role, action, subject, before, after, at });
}

export type AuditBreak = 'sequence-gap' | 'prev-hash-mismatch' | 'hash-mismatch';

export type AuditVerification =
  | {
      readonly ok: true;
      readonly count: number;
      /** hash of the newest entry (null when empty): anchor it elsewhere */ readonly head: string | null;
    }
  | {
      readonly ok: false;
      /** entries verified before the break */ readonly count: number;
      readonly brokenAt: number;
      readonly reason: AuditBreak;
    };

/**
 * Re-computes the whole chain in `seq` order (in pages, so memory stays flat). Detects an edited row
 * (`hash-mismatch` at that row, or `prev-hash-mismatch` at the next one if the editor also fixed the
 * row's hash), a removed row (`sequence-gap`) and a re-ordered one. Cutting entries off the END is only
 * visible against a head hash kept elsewhere — see docs/server-operations.md.
 */
export async function verifyAuditChain(db: Kysely<Database>, options: { readonly pageSize?: number } = {}): Promise<AuditVerification> {
  const pageSize = options.pageSize ?? 1000;
  // After retention removed old entries, the chain starts just past the newest anchor.
  const anchor = await db.selectFrom('audit_anchor').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  let expected = (anchor?.seq ?? 0) + 1;
  let prev = anchor?.hash ?? genesisHash;
  let count = 0;
  for (;;) {
    const rows = await db.selectFrom('audit_log').selectAll().where('seq', '>=', expected).orderBy('seq').limit(pageSize).execute();
    for (const row of rows) {
      const { seq } = row;
      if (seq !== expected) return { ok: false, count, brokenAt: seq, reason: 'sequence-gap' };
      if (row.prev_hash !== prev) return { ok: false, count, brokenAt: seq, reason: 'prev-hash-mismatch' };
      if (auditEntryHash(row.prev_hash, row) !== row.hash) return { ok: false, count, brokenAt: seq, reason: 'hash-mismatch' };
      prev = row.hash;
      expected += 1;
      count += 1;
    }
    if (rows.length < pageSize) break;
  }
  return { ok: true, count, head: count === 0 ? null : prev };
}
