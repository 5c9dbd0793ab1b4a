import type { CreateTableBuilder, Kysely } from 'kysely';

/*
 * Column lists as data. Every table of these migrations is made of text and integer columns only (portable DDL
 * that SQLite and PostgreSQL run unchanged), and nearly every column is NOT NULL, so a column is its type and
 * what sets it apart: `key` (primary key), `null` (nullable), `unique`, `-> table.column` (a reference).
 * The statements are the ones the migrations first wrote column by column: applied migrations keep their schema.
 */

type ColumnType = 'text' | 'integer';
export type ColumnSpec = ColumnType | `${ColumnType} ${'key' | 'null' | 'unique'}` | `${ColumnType} ${'' | 'key '}-> ${string}.${string}`;

export function createTable(
  db: Kysely<unknown>,
  name: string,
  columns: Readonly<Record<string, ColumnSpec>>,
): CreateTableBuilder<string, string> {
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
  return table;
}
