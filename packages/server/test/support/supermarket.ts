import {
  balanceAsOf,
  bannedUntil,
  redemptionBansFrom,
  pointsCatalogueSchema,
  pointsSettingsSchema,
  type LedgerEntry,
  type PointsBalance,
  type Redemption,
} from '@shanzhi/rules';
import type { Kysely } from 'kysely';
import * as z from 'zod/mini';
import type { Database } from '../../src/db/index.js';

/**
 * Every household of the village that may redeem on `asOf` (no penalty ban) with its balance then, computed from the
 * stored ledger by the rules.
 */
export async function villageBalances(db: Kysely<Database>, villageId: string, asOf: string): Promise<PointsBalance[]> {
  const scheme = await db
    .selectFrom('points_schemes')
    .select(['catalogue', 'settings'])
    .where('village_id', '=', villageId)
    .executeTakeFirstOrThrow();
  const catalogue = z.parse(pointsCatalogueSchema, JSON.parse(scheme.catalogue));
  const settings = z.parse(pointsSettingsSchema, JSON.parse(scheme.settings));
  const households = await db.selectFrom('households').select('id').where('village_id', '=', villageId).orderBy('id').execute();
  const entries = await db.selectFrom('points_entries').select(['household_id', 'doc']).where('village_id', '=', villageId).execute();
  const redemptions = await db.selectFrom('redemptions').select(['household_id', 'doc']).where('village_id', '=', villageId).execute();
  const balances: PointsBalance[] = [];
  for (const { id } of households) {
    const ledger = entries.filter((row) => row.household_id === id).map((row) => JSON.parse(row.doc) as LedgerEntry);
    if (bannedUntil(redemptionBansFrom(ledger, catalogue, asOf), id, asOf, settings) !== null) continue;
    const spent = redemptions.filter((row) => row.household_id === id).map((row) => JSON.parse(row.doc) as Redemption);
    balances.push(balanceAsOf(ledger, spent, asOf, settings, catalogue, id));
  }
  return balances;
}

/** Households of the village that may redeem at least `points` on `asOf`. */
export async function householdsWith(db: Kysely<Database>, villageId: string, asOf: string, points: number): Promise<string[]> {
  return (await villageBalances(db, villageId, asOf)).filter((one) => one.redeemable >= points).map((one) => one.householdId);
}
