import { emptyDesk, type MediationDesk } from '@shanzhi/rules';
import type { Kysely, Transaction } from 'kysely';
import { auditChange } from '../audit/log.js';
import type { Principal } from '../auth/principal.js';
import type { Database } from '../db/schema.js';
import { updateCase, type LoadedCase, type StoredCase } from './case-store.js';

type Db = Kysely<Database> | Transaction<Database>;

/** The desk of a case; a case that never reached the desk (or was seeded before it) starts with its lifecycle mediator. */
export function deskOf(doc: StoredCase): MediationDesk {
  if (doc.desk !== undefined) return doc.desk;
  const desk = emptyDesk();
  return doc.case.mediatorId === undefined ? desk : { ...desk, mediatorIds: [doc.case.mediatorId] };
}

export function withDesk(doc: StoredCase, desk: MediationDesk): StoredCase {
  return { ...doc, desk };
}

/** Writes a desk step that does not move the lifecycle, audited as `mediation.desk.<step>`. */
export async function saveDeskStep(
  trx: Transaction<Database>,
  loaded: LoadedCase,
  next: StoredCase,
  principal: Principal,
  at: Date,
  step: string,
): Promise<void> {
  await updateCase(trx, next);
  await auditChange(trx, principal, at, `mediation.desk.${step}`, `mediation-case:${loaded.row.case_number}`, loaded.doc, next);
}

/** Ties declared on a case: staff id → the parties they are tied to. */
export async function tiesOnCase(db: Db, caseId: string): Promise<Map<string, string[]>> {
  const rows = await db.selectFrom('mediation_ties').select(['staff_id', 'party']).where('case_id', '=', caseId).orderBy('party').execute();
  const out = new Map<string, string[]>();
  for (const row of rows) out.set(row.staff_id, [...(out.get(row.staff_id) ?? []), row.party]);
  return out;
}

/** The cases the caller declared a tie on (for the queue's `recused`). */
export async function casesTiedTo(db: Db, staffId: string): Promise<Set<string>> {
  const rows = await db.selectFrom('mediation_ties').select('case_id').where('staff_id', '=', staffId).execute();
  return new Set(rows.map((row) => row.case_id));
}

/** Adds the caller's ties (those already declared stay as they are); a tie is never removed through the API. */
export async function addTies(
  trx: Transaction<Database>,
  staffId: string,
  caseId: string,
  parties: readonly string[],
  at: Date,
): Promise<void> {
  const existing = new Set((await tiesOnCase(trx, caseId)).get(staffId) ?? []);
  const added = [...new Set(parties)].filter((party) => !existing.has(party));
  if (added.length === 0) return;
  await trx
    .insertInto('mediation_ties')
    .values(added.map((party) => ({ staff_id: staffId, case_id: caseId, party, declared_at: at.toISOString() })))
    .execute();
}

/** Mediators who may work a case of `villageId`: the village's own (a case without a village: any mediator). */
export async function mediatorsOf(db: Db, villageId: string | null): Promise<Map<string, string>> {
  let query = db.selectFrom('staff').select(['id', 'name']).where('role', '=', 'mediator');
  if (villageId !== null) query = query.where('village_id', '=', villageId);
  const rows = await query.orderBy('id').execute();
  return new Map(rows.map((row) => [row.id, row.name]));
}

/** Names of staff by id (mediators shown on a case; a grid worker may hold a grid-level case). */
export async function staffNames(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('staff')
    .select(['id', 'name'])
    .where('id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((row) => [row.id, row.name]));
}
