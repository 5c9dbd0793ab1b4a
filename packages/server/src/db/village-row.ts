import type { Kysely, Selectable, Transaction } from 'kysely';
import type { Database } from './schema.js';

type Db = Kysely<Database> | Transaction<Database>;

/** The tables whose rows have their own `id` and belong to one village (`village_id`). */
export type VillageTable = {
  [T in keyof Database]: Database[T] extends { id: string; village_id: string } ? T : never;
}[keyof Database];

/**
 * The row of `table` with this id in this village; undefined for none and for a row of another village alike, so a
 * caller answers both with the same 404 and never tells that another village's record exists.
 */
export async function villageRow<T extends VillageTable>(
  db: Db,
  table: T,
  villageId: string,
  id: string,
): Promise<Selectable<Database[T]> | undefined> {
  // Widened to the union: Kysely resolves `id` and `village_id` on the concrete tables, not on a type parameter.
  const from: VillageTable = table;
  const row = await db.selectFrom(from).selectAll().where('id', '=', id).where('village_id', '=', villageId).executeTakeFirst();
  return row as Selectable<Database[T]> | undefined;
}

/** The village tables that keep each record whole, as a JSON document in `doc`. */
export type VillageDocTable = {
  [T in VillageTable]: Database[T] extends { doc: string } ? T : never;
}[VillageTable];

/** The document of the record with this id in this village; undefined for none and for another village's, as `villageRow`. */
export async function villageDoc<D>(db: Db, table: VillageDocTable, villageId: string, id: string): Promise<D | undefined> {
  const row = await db.selectFrom(table).select('doc').where('id', '=', id).where('village_id', '=', villageId).executeTakeFirst();
  return row ? (JSON.parse(row.doc) as D) : undefined;
}

/** The documents of every record of the village in `table`. */
export async function villageDocs<D>(db: Db, table: VillageDocTable, villageId: string): Promise<D[]> {
  const rows = await db.selectFrom(table).select('doc').where('village_id', '=', villageId).execute();
  return rows.map((row) => JSON.parse(row.doc) as D);
}
