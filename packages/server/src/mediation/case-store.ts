import { timingSafeEqual } from 'node:crypto';
import type { AcceptanceDecision, MediationCase, MediationDesk, MediationIntake, TriageResult } from '@shanzhi/rules';
import { Transaction, type Kysely } from 'kysely';
import { hashToken } from '../auth/principal.js';
import type { Principal } from '../auth/principal.js';
import type { MediationCaseTable } from '../db/domain-schema.js';
import { rowWriter } from '../db/insert-rows.js';
import type { Database } from '../db/schema.js';
import { HttpProblem } from '../http/problem.js';

/**
 * The document kept in `mediation_cases.doc`: the seed's shape (DemoMediationCase without the tracking
 * code, which is stored only as a hash) so seeded and submitted cases read the same. The intake holds the
 * parties' personal data: it stays in the database and never reaches a response or the audit log.
 */
export interface StoredCase {
  readonly id: string;
  readonly villageId?: string | null | undefined;
  /** MED-339901-2026-000042. */
  readonly caseNumber: string;
  readonly intake: MediationIntake;
  readonly triage: TriageResult;
  readonly acceptance: AcceptanceDecision;
  readonly case: MediationCase;
  /** The case this one continues after an escalation. */
  readonly escalatedFromId?: string | undefined;
  /** The case that continues this one at the higher level. */
  readonly continuedAsId?: string | undefined;
  /** The mediator's desk: mediators, sessions and notes, agreement, reminders, 回访 (absent until a desk step). */
  readonly desk?: MediationDesk | undefined;
}

export interface LoadedCase {
  readonly row: MediationCaseTable;
  readonly doc: StoredCase;
}

type Db = Kysely<Database> | Transaction<Database>;

/** Writes need the request's transaction (never the app's handle: on SQLite that waits for this very transaction). */
export function writeTransaction(db: Db): Transaction<Database> {
  if (!(db instanceof Transaction)) throw new Error('A write handler ran outside its transaction');
  return db;
}

export async function findCase(db: Db, caseNumber: string): Promise<LoadedCase | undefined> {
  const row = await db.selectFrom('mediation_cases').selectAll().where('case_number', '=', caseNumber).executeTakeFirst();
  return row ? { row, doc: JSON.parse(row.doc) as StoredCase } : undefined;
}

export async function findCaseById(db: Db, id: string): Promise<LoadedCase | undefined> {
  const row = await db.selectFrom('mediation_cases').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? { row, doc: JSON.parse(row.doc) as StoredCase } : undefined;
}

/** Whether the tracking code opens this case; compared as hashes in constant time. */
export function trackingCodeOpens(row: MediationCaseTable, trackingCode: string | undefined): boolean {
  if (trackingCode === undefined) return false;
  const given = Buffer.from(hashToken(trackingCode), 'utf8');
  const stored = Buffer.from(row.tracking_hash, 'utf8');
  return given.length === stored.length && timingSafeEqual(given, stored);
}

/**
 * Staff act only in their own village. A case without a village (sent by the public, not yet placed) is in
 * the county's intake pool, open to every mediator.
 */
export function inMediatorScope(principal: Principal, row: MediationCaseTable): boolean {
  // The route table gives mediation to mediators only (not even to admins): parties' privacy, Art 15.
  if (principal.role !== 'mediator') return false;
  return row.village_id === null || row.village_id === principal.villageId;
}

/**
 * The case a caller may read: a mediator of its village, or anyone with its tracking code. Anything else
 * answers 404 (403 for a mediator of another village), so a case number alone reveals nothing.
 */
export async function caseForReader(
  db: Db,
  principal: Principal,
  caseNumber: string,
  trackingCode: string | undefined,
): Promise<LoadedCase> {
  const found = await findCase(db, caseNumber);
  if (!found) throw HttpProblem.of('not-found');
  if (inMediatorScope(principal, found.row) || trackingCodeOpens(found.row, trackingCode)) return found;
  if (principal.role === 'mediator' && trackingCode === undefined) throw HttpProblem.of('forbidden');
  throw HttpProblem.of('not-found');
}

export const insertCases = rowWriter(
  'mediation_cases',
  ({ doc, trackingHash }: { readonly doc: StoredCase; readonly trackingHash: string }) => ({
    id: doc.id,
    case_number: doc.caseNumber,
    tracking_hash: trackingHash,
    village_id: doc.villageId ?? null,
    state: doc.case.state,
    doc: JSON.stringify(doc),
  }),
);

export async function updateCase(trx: Transaction<Database>, doc: StoredCase): Promise<void> {
  await trx
    .updateTable('mediation_cases')
    .set({ state: doc.case.state, doc: JSON.stringify(doc) })
    .where('id', '=', doc.id)
    .execute();
}
