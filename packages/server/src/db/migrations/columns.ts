import type { CreateTableBuilder, Kysely } from 'kysely';

/*
 * Tables as data. Every table of these migrations is made of text and integer columns only (portable DDL
 * that SQLite and PostgreSQL run unchanged), and nearly every column is NOT NULL, so a column is its type and
 * what sets it apart: `key` (primary key), `null` (nullable), `unique`, `-> table.column` (a reference).
 * The statements are the ones the migrations first wrote column by column: applied migrations keep their schema.
 */

type ColumnType = 'text' | 'integer';
export type ColumnSpec = ColumnType | `${ColumnType} ${'key' | 'null' | 'unique'}` | `${ColumnType} ${'' | 'key '}-> ${string}.${string}`;
type Columns = Readonly<Record<string, ColumnSpec>>;

/** The first columns of a record that a village owns: its id and its village. */
export const villageRecord = { id: 'text key', village_id: 'text -> regions.id' } as const satisfies Columns;

/** The first columns of a record about one household of a village. */
export const householdRecord = { ...villageRecord, household_id: 'text -> households.id' } as const satisfies Columns;

/** A table: its columns in order, a composite primary key (named `<table>_pk`) if any, and its plain indexes. */
export interface TableSpec {
  readonly columns: Columns;
  readonly primaryKey?: readonly string[];
  /** By name suffix: `{ village_idx: ['village_id', 'date'] }` is the index `<table>_village_idx`. */
  readonly indexes?: Readonly<Record<string, readonly string[]>>;
}

/** Creates the tables in the order given, each followed by its indexes. */
export async function createTables(db: Kysely<unknown>, tables: Readonly<Record<string, TableSpec>>): Promise<void> {
  for (const [name, { columns, primaryKey, indexes = {} }] of Object.entries(tables)) {
    let table: CreateTableBuilder<string, string> = db.schema.createTable(name);
    for (const [column, spec] of Object.entries(columns)) {
      const [type = 'text', ...words] = spec.split(' ');
      const reference = words[words.indexOf('->') + 1];
      table = table.addColumn(column, type as ColumnType, (c) => {
        // A primary key is not also declared NOT NULL: the first migrations did not, and the DDL must stay theirs.
        let built = words.includes('key') ? c.primaryKey() : words.includes('null') ? c : c.notNull();
        if (words.includes('unique')) built = built.unique();
        if (words.includes('->') && reference !== undefined) built = built.references(reference);
        return built;
      });
    }
    if (primaryKey !== undefined) table = table.addPrimaryKeyConstraint(`${name}_pk`, [...primaryKey]);
    await table.execute();
    await createIndexes(db, name, indexes);
  }
}

/** Plain (non-unique) indexes of an existing table, in the order given, by name suffix (as in `TableSpec`). */
export async function createIndexes(
  db: Kysely<unknown>,
  table: string,
  indexes: Readonly<Record<string, readonly string[]>>,
): Promise<void> {
  for (const [suffix, columns] of Object.entries(indexes)) {
    await db.schema
      .createIndex(`${table}_${suffix}`)
      .on(table)
      .columns([...columns])
      .execute();
  }
}

/** A migration's `down`: drops its tables in the order given (a table that references another goes first). */
export function dropTables(...tables: readonly string[]): (db: Kysely<unknown>) => Promise<void> {
  return async (db) => {
    for (const table of tables) await db.schema.dropTable(table).execute();
  };
}
