import type { Kysely } from 'kysely';
import type { Database } from '../../src/db/index.js';

/** The tables that hold a village's settings as one JSON document, a row per village. */
type SettingsTable = 'points_schemes' | 'disclosure_schemes';

/** Writes `change` into the village's stored settings, keeping every other setting as it is (as a village changing its scheme would). */
export async function mergeVillageSettings(
  db: Kysely<Database>,
  table: SettingsTable,
  villageId: string,
  change: Readonly<Record<string, unknown>>,
): Promise<void> {
  const row = await db.selectFrom(table).select('settings').where('village_id', '=', villageId).executeTakeFirstOrThrow();
  const settings = { ...(JSON.parse(row.settings) as Record<string, unknown>), ...change };
  await db
    .updateTable(table)
    .set({ settings: JSON.stringify(settings) })
    .where('village_id', '=', villageId)
    .execute();
}
