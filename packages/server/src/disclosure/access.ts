import type { Kysely, Transaction } from 'kysely';
import type { Principal } from '../auth/principal.js';
import type { Database } from '../db/schema.js';
import { HttpProblem } from '../http/problem.js';
import { requireVillage } from './store.js';

const staffRoles = new Set(['gridWorker', 'cadre', 'supervisor', 'mediator', 'admin']);

/** Staff who handle this village's records: its own staff, or the county administrator. */
export function handlesVillage(principal: Principal, villageId: string): boolean {
  if (principal.role === 'admin') return true;
  return staffRoles.has(principal.role) && principal.villageId === villageId;
}

/**
 * Writes are done by people of the village: its staff, or a villager of one of its households. The
 * route's roles were checked already; this checks the village (403, the item's existence aside).
 */
export function requireOwnVillage(principal: Principal, villageId: string): void {
  if (principal.role === 'admin') return;
  if (principal.villageId !== villageId) throw HttpProblem.of('forbidden');
}

/**
 * A village's staff opening its records: another village's are refused (403) before anything is looked up, so nobody
 * learns which records a neighbouring village has; an id that is not a village is 404.
 */
export async function openOwnVillage(db: Kysely<Database> | Transaction<Database>, principal: Principal, villageId: string): Promise<void> {
  requireOwnVillage(principal, villageId);
  await requireVillage(db, villageId);
}
