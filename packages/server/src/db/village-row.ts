import type { Kysely, Selectable, SelectQueryBuilder, Transaction } from 'kysely';
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

/** A text column of `T`: where a record names the parent it belongs to (`item_id`, `disclosure_id`), or its day. */
type TextColumn<T extends VillageTable> = {
  [C in keyof Database[T] & string]: Database[T][C] extends string ? C : never;
}[keyof Database[T] & string];

/** The documents of the village's records in `table` that belong to one parent (`column` is `value`), in id order. */
export async function villageDocsOf<T extends VillageDocTable, D>(
  db: Db,
  table: T,
  villageId: string,
  column: TextColumn<T>,
  value: string,
): Promise<D[]> {
  // Widened to the union as in `villageRow`; the parent column is checked against the concrete table above.
  const from: VillageDocTable = table;
  const rows = await db
    .selectFrom(from)
    .select('doc')
    .where('village_id', '=', villageId)
    .where(db.dynamic.ref(column), '=', value)
    .orderBy('id')
    .execute();
  return rows.map((row) => JSON.parse(row.doc) as D);
}

/** The columns every village document table has: the record's own id, its village and the whole record as JSON. */
interface VillageDocColumns {
  id: string;
  village_id: string;
  doc: string;
}

/**
 * The row of a record kept whole in `doc`: its id, its village, the columns a list filters or sorts on (copies taken
 * from the record by the caller, so the two never disagree) and the document itself.
 */
export function villageDocRow<Row extends VillageDocColumns>(
  record: { readonly id: string; readonly villageId: string },
  columns: Omit<Row, keyof VillageDocColumns>,
): Row {
  // The three columns plus the rest of Row make Row; TypeScript cannot see that through the type parameter.
  return { id: record.id, village_id: record.villageId, ...columns, doc: JSON.stringify(record) } as Row;
}

/**
 * The query for the village's rows in `table` dated `from` to `to`, both days included (a month, a year, the months a
 * board shows); `day` holds the record's day as `YYYY-MM-DD` text, so text order is day order. The caller selects.
 */
export function villageRowsDuring<T extends VillageTable>(
  db: Db,
  table: T,
  day: TextColumn<T>,
  villageId: string,
  from: string,
  to: string,
): SelectQueryBuilder<Database, T, object> {
  // Widened to the union as in `villageRow`; the day column is checked against the concrete table above, and the
  // caller's select against `T` (the return type).
  const within: VillageTable = table;
  return db
    .selectFrom(within)
    .where('village_id', '=', villageId)
    .where(db.dynamic.ref(day), '>=', from)
    .where(db.dynamic.ref(day), '<=', to);
}
