import { applyPowerOverride, type Power } from '@shanzhi/rules';
import type { Kysely, Transaction } from 'kysely';
import { insertRows } from '../db/insert-rows.js';
import type { VillagePowerTable } from '../db/powers-schema.js';
import type { Database } from '../db/schema.js';

type Db = Kysely<Database> | Transaction<Database>;

/** A power as a village's list shows it: whether it is the county's template or the village's own wording, and since when. */
export interface ListedPower extends Power {
  readonly source: 'county' | 'village';
  readonly updatedAt: string;
}

export const insertPowerRows = (trx: Transaction<Database>, rows: readonly VillagePowerTable[]) => insertRows(trx, 'village_powers', rows);

function listed(row: { doc: string | null; region_id: string; updated_at: string }, villageId: string): ListedPower | undefined {
  if (row.doc === null) return undefined;
  return { ...(JSON.parse(row.doc) as Power), source: row.region_id === villageId ? 'village' : 'county', updatedAt: row.updated_at };
}

/**
 * A village's 小微权力清单: its county's powers in order, each replaced by the village's own version where it has
 * one, those it left out (a village row without a document) dropped, and its own powers after them.
 */
export async function loadVillagePowers(db: Db, villageId: string, countyId: string): Promise<ListedPower[]> {
  const rows = await db
    .selectFrom('village_powers')
    .select(['region_id', 'code', 'doc', 'updated_at'])
    .where('region_id', 'in', [countyId, villageId])
    .orderBy('position')
    .orderBy('code')
    .execute();
  const county = rows.filter((row) => row.region_id === countyId);
  const own = rows.filter((row) => row.region_id === villageId);
  const { powers } = applyPowerOverride(county, {
    replace: own.filter((row) => row.doc !== null),
    omit: own.filter((row) => row.doc === null).map((row) => row.code),
  });
  return powers.flatMap((row) => listed(row, villageId) ?? []);
}

/** The village's row for a power, if it wrote one (replacing or leaving out the county's), and the county's. */
export async function findPowerRows(db: Db, villageId: string, countyId: string, code: string) {
  const rows = await db
    .selectFrom('village_powers')
    .selectAll()
    .where('region_id', 'in', [countyId, villageId])
    .where('code', '=', code)
    .execute();
  return { village: rows.find((row) => row.region_id === villageId), county: rows.find((row) => row.region_id === countyId) };
}

/** Writes the village's version of a power: replaces its own row, keeping its place on the list. */
export async function saveVillagePower(trx: Transaction<Database>, row: VillagePowerTable): Promise<void> {
  await trx.deleteFrom('village_powers').where('region_id', '=', row.region_id).where('code', '=', row.code).execute();
  await trx.insertInto('village_powers').values(row).execute();
}

/** After every county power and every power the village already has: where a village's new power goes. */
export async function nextPosition(db: Db, villageId: string, countyId: string): Promise<number> {
  const row = await db
    .selectFrom('village_powers')
    .select((eb) => eb.fn.max('position').as('last'))
    .where('region_id', 'in', [countyId, villageId])
    .executeTakeFirst();
  return (row?.last ?? 0) + 1;
}
