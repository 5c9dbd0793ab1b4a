import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.js';

/** Writes arrive as `ctx.db`, typed loosely; on a write route it is the request's transaction. */
export function transactionOf(db: Kysely<Database> | Transaction<Database>): Transaction<Database> {
  if (!db.isTransaction) throw new Error('A disclosure write must run inside the request transaction');
  return db as Transaction<Database>;
}

/** `v-qs-01` → `01`: the seed's ids (`dsc-01-0007`) carry the village's last two characters. */
function villageTag(villageId: string): string {
  return villageId.slice(-2).replace(/[^A-Za-z0-9]/g, '0');
}

/**
 * The next serial for ids `<prefix>-NNNN`, kept in `counters` under `<counter>:<prefix>`. The first
 * call starts after the highest serial already used under the prefix (seeded or imported rows), so a
 * new id never collides even when two villages share a tag. Runs inside the write's transaction:
 * SQLite serializes writers, and on PostgreSQL `runIdempotent` holds the writer lock (`lockForWriting`).
 */
async function nextSerial(
  trx: Transaction<Database>,
  counter: string,
  prefix: string,
  existing: () => Promise<readonly string[]>,
): Promise<number> {
  const name = `${counter}:${prefix}`;
  const row = await trx.selectFrom('counters').select('value').where('name', '=', name).executeTakeFirst();
  if (row) {
    const value = row.value + 1;
    await trx.updateTable('counters').set({ value }).where('name', '=', name).execute();
    return value;
  }
  const serials = (await existing()).map((id) => Number(id.slice(prefix.length + 1))).filter((n) => Number.isSafeInteger(n));
  const value = Math.max(0, ...serials) + 1;
  await trx.insertInto('counters').values({ name, value }).execute();
  return value;
}

function format(prefix: string, serial: number): string {
  return `${prefix}-${String(serial).padStart(4, '0')}`;
}

/** The village's id series: `dsc-01-0045` for disclosure items, `dq-01-0001` for queries (查询). */
const series = {
  'disclosure-item': { prefix: 'dsc', table: 'disclosure_items' },
  'disclosure-query': { prefix: 'dq', table: 'disclosure_queries' },
} as const;

async function nextVillageId(trx: Transaction<Database>, kind: keyof typeof series, villageId: string): Promise<string> {
  const prefix = `${series[kind].prefix}-${villageTag(villageId)}`;
  const serial = await nextSerial(trx, kind, prefix, async () => {
    const rows = await trx.selectFrom(series[kind].table).select('id').where('id', 'like', `${prefix}-%`).execute();
    return rows.map((row) => row.id);
  });
  return format(prefix, serial);
}

/** `dsc-01-0045`: the next disclosure item id for the village. */
export const nextItemId = (trx: Transaction<Database>, villageId: string) => nextVillageId(trx, 'disclosure-item', villageId);

/** `dq-01-0001`: the next query (查询) id for the village. */
export const nextQueryId = (trx: Transaction<Database>, villageId: string) => nextVillageId(trx, 'disclosure-query', villageId);
