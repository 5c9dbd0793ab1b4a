import type { Actor } from '@shanzhi/rules';
import { Transaction, type Kysely } from 'kysely';
import type { Principal } from '../auth/principal.js';
import type { Database } from '../db/schema.js';
import { HttpProblem } from '../http/problem.js';

/** Staff act only in their own village; the county administrator everywhere. */
export function requireOwnVillage(principal: Principal, villageId: string): void {
  if (principal.role === 'public') throw HttpProblem.of('unauthorized', { headers: { 'WWW-Authenticate': 'Bearer' } });
  if (principal.role === 'admin') return;
  if (principal.villageId !== villageId) throw HttpProblem.of('forbidden');
}

/** Roles that read any household's ledger in their own village (the route's `roles`). */
const ledgerReaders: readonly string[] = ['gridWorker', 'cadre', 'supervisor'];

/**
 * Who may read a household's ledger: the household itself (a villager token bound to it) or the village's
 * grid worker, cadre or supervisor. Public → 401; anyone else → 403, before the household is looked up, so
 * the answer never tells an outsider whether a household exists. Returns whether the caller is the household.
 */
export function requireLedgerReader(principal: Principal, villageId: string, householdId: string): { readonly isHousehold: boolean } {
  if (principal.role === 'public') throw HttpProblem.of('unauthorized', { headers: { 'WWW-Authenticate': 'Bearer' } });
  if (principal.role === 'villager') {
    if (principal.householdId !== householdId || principal.villageId !== villageId) throw HttpProblem.of('forbidden');
    return { isHousehold: true };
  }
  if (!ledgerReaders.includes(principal.role) || principal.villageId !== villageId) throw HttpProblem.of('forbidden');
  return { isHousehold: false };
}

export function actorOf(principal: Principal): Actor {
  return { id: principal.id, role: principal.role };
}

/** The write transaction register.ts opened for this request (audit entries must join it). */
export function writeTransaction(db: Kysely<Database> | Transaction<Database>): Transaction<Database> {
  if (!(db instanceof Transaction)) throw new Error('A points write must run inside the request transaction');
  return db;
}

/** Tells read caches (the leaderboard) that the village's points changed. */
export function bumpVillageVersion(versions: Map<string, number>, villageId: string): void {
  versions.set(villageId, (versions.get(villageId) ?? 0) + 1);
}
