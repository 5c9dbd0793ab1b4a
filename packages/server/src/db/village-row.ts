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
