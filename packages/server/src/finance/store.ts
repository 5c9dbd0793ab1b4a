import type { FinanceStatement, SignOffAction, SignOffState } from '@shanzhi/rules';
import type { Kysely, Transaction } from 'kysely';
import type { Principal } from '../auth/principal.js';
import type { Database } from '../db/schema.js';

/* Rows ↔ records for the finance statements and their 民主理财 history (migration 0013). */

type Db = Kysely<Database> | Transaction<Database>;

export interface StoredStatement {
  readonly id: string;
  readonly villageId: string;
  readonly month: string;
  readonly state: SignOffState;
  readonly statement: FinanceStatement;
  readonly mapping: Readonly<Record<string, string>>;
  readonly itemId?: string | undefined;
  readonly updatedBy: string;
  readonly updatedAt: string;
}

export interface StoredSignOffEvent {
  readonly action: SignOffAction;
  readonly at: string;
  /** The staff member's name (the id when the register has none). */
  readonly by: string;
  readonly role: string;
  readonly text?: string;
}

export function statementIdOf(villageId: string, month: string): string {
  return `${villageId}:${month}`;
}

function fromRow(row: Database['finance_statements']): StoredStatement {
  return {
    id: row.id,
    villageId: row.village_id,
    month: row.month,
    state: row.state as SignOffState,
    statement: JSON.parse(row.doc) as FinanceStatement,
    mapping: JSON.parse(row.mapping) as Record<string, string>,
    ...(row.item_id === null ? {} : { itemId: row.item_id }),
    updatedBy: row.updated_by,
    updatedAt: row.updated_at,
  };
}

export async function findStatement(db: Db, villageId: string, month: string): Promise<StoredStatement | undefined> {
  const row = await db
    .selectFrom('finance_statements')
    .selectAll()
    .where('id', '=', statementIdOf(villageId, month))
    .where('village_id', '=', villageId)
    .executeTakeFirst();
  return row ? fromRow(row) : undefined;
}

/** The village's statements, newest month first. */
export async function loadStatements(db: Db, villageId: string): Promise<StoredStatement[]> {
  const rows = await db.selectFrom('finance_statements').selectAll().where('village_id', '=', villageId).orderBy('month', 'desc').execute();
  return rows.map(fromRow);
}

/** The statement published as this disclosure item, if one was. */
export async function findStatementOfItem(db: Db, villageId: string, itemId: string): Promise<StoredStatement | undefined> {
  const row = await db
    .selectFrom('finance_statements')
    .selectAll()
    .where('village_id', '=', villageId)
    .where('item_id', '=', itemId)
    .executeTakeFirst();
  return row ? fromRow(row) : undefined;
}

export async function saveStatement(trx: Transaction<Database>, stored: StoredStatement, isNew: boolean): Promise<void> {
  const row = {
    id: stored.id,
    village_id: stored.villageId,
    month: stored.month,
    state: stored.state,
    doc: JSON.stringify(stored.statement),
    mapping: JSON.stringify(stored.mapping),
    item_id: stored.itemId ?? null,
    updated_by: stored.updatedBy,
    updated_at: stored.updatedAt,
  };
  if (isNew) await trx.insertInto('finance_statements').values(row).execute();
  else await trx.updateTable('finance_statements').set(row).where('id', '=', stored.id).execute();
}

/** Appends one step to the statement's history (never updated or deleted). */
export async function appendEvent(
  trx: Transaction<Database>,
  stored: StoredStatement,
  event: { readonly action: SignOffAction; readonly principal: Principal; readonly at: string; readonly text?: string | undefined },
): Promise<void> {
  const last = await trx
    .selectFrom('finance_signoff_events')
    .select((eb) => eb.fn.max('seq').as('seq'))
    .where('statement_id', '=', stored.id)
    .executeTakeFirst();
  const seq = (last?.seq ?? 0) + 1;
  await trx
    .insertInto('finance_signoff_events')
    .values({
      id: `${stored.id}:${String(seq)}`,
      village_id: stored.villageId,
      statement_id: stored.id,
      seq,
      action: event.action,
      actor: event.principal.id,
      role: event.principal.role,
      text: event.text ?? null,
      at: event.at,
    })
    .execute();
}

/** The history, oldest first, with each actor's name from the staff register. */
export async function loadHistory(db: Db, statementId: string): Promise<StoredSignOffEvent[]> {
  const rows = await db
    .selectFrom('finance_signoff_events as e')
    .leftJoin('staff as s', 's.id', 'e.actor')
    .select(['e.action', 'e.at', 'e.actor', 'e.role', 'e.text', 's.name'])
    .where('e.statement_id', '=', statementId)
    .orderBy('e.seq')
    .execute();
  return rows.map((row) => ({
    action: row.action as SignOffAction,
    at: row.at,
    by: row.name ?? row.actor,
    role: row.role,
    ...(row.text === null ? {} : { text: row.text }),
  }));
}

/**
 * The public 民主理财 history of a published item: submissions, objections with their reasons, answers, sign-offs
 * and the publication, by name (staff act as public officials). Imports are working steps and stay internal.
 */
export async function loadItemSignOffs(db: Db, villageId: string, itemId: string): Promise<StoredSignOffEvent[]> {
  const stored = await findStatementOfItem(db, villageId, itemId);
  if (!stored) return [];
  return (await loadHistory(db, stored.id)).filter((event) => event.action !== 'import');
}
