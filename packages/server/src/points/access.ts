import type { Actor } from '@shanzhi/rules';
import { Transaction, type Kysely } from 'kysely';
import type { Principal } from '../auth/principal.js';
import type { BoardSearchScope } from './board.js';
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

/** Staff of a village who may search its boards by registered name: they keep its records. */
const villageStaffRoles: readonly string[] = ['gridWorker', 'cadre', 'supervisor', 'mediator'];

/**
 * What a caller's `q` may match on a village's board: registered names for that village's own staff,
 * the name as shown (and the household number) for everyone else — the public, villagers, staff of
 * other villages and the county administrator, none of whom keep this village's records (个人信息保护法
 * Arts 25, 51: who may use a name follows from the purpose, not from holding a token).
 */
export function boardSearchScope(principal: Principal, villageId: string): BoardSearchScope {
  return villageStaffRoles.includes(principal.role) && principal.villageId === villageId ? 'registered' : 'shown';
}

/**
 * Who may manage a household's consents: the village's cadre (403 otherwise, before the household is
 * looked up). With `allowHousehold`, also a villager bound to that household — withdrawing must be as easy
 * as consenting (个人信息保护法 Art 15), and the household may see what it agreed to (Art 45).
 */
export function requireConsentManager(principal: Principal, villageId: string, householdId: string, allowHousehold: boolean): void {
  if (principal.role === 'public') throw HttpProblem.of('unauthorized', { headers: { 'WWW-Authenticate': 'Bearer' } });
  if (principal.role === 'villager') {
    if (!allowHousehold || principal.householdId !== householdId || principal.villageId !== villageId) throw HttpProblem.of('forbidden');
    return;
  }
  if (principal.role !== 'cadre' || principal.villageId !== villageId) throw HttpProblem.of('forbidden');
}

export function actorOf(principal: Principal): Actor {
  return { id: principal.id, role: principal.role };
}

/** The write transaction register.ts opened for this request (audit entries must join it). */
export function writeTransaction(db: Kysely<Database> | Transaction<Database>): Transaction<Database> {
  if (!(db instanceof Transaction)) throw new Error('A points write must run inside the request transaction');
  return db;
}

/** Tells read caches (the leaderboard) of every server process that the village's points changed. */
export { bumpVillageVersion } from './cache.js';
