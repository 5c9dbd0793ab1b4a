import {
  addMonths,
  currentVersion,
  fenToYuanString,
  type Fen,
  type FinanceStatement,
  type IssuePath,
  type SignOffAction,
  type SignOffState,
} from '@shanzhi/rules';
import type { Kysely, Transaction } from 'kysely';
import type { Principal } from '../auth/principal.js';
import type { Database } from '../db/schema.js';
import { findItem } from '../disclosure/store.js';
import { HttpProblem } from '../http/problem.js';

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

/** When the statement took `action`, oldest first. */
async function timesOf(db: Db, statementId: string, action: SignOffAction): Promise<string[]> {
  return (await loadHistory(db, statementId)).filter((event) => event.action === action).map((event) => event.at);
}

/** The opening balance a published month shows: its board item's current version (a correction counts), else its own. */
async function publishedOpening(db: Db, later: StoredStatement): Promise<Fen | undefined> {
  if (later.itemId === undefined) return later.statement.openingBalance;
  const item = await findItem(db, later.villageId, later.itemId);
  return item ? currentVersion(item).finance?.openingBalance : later.statement.openingBalance;
}

/**
 * The balance chain: a month opens on the last month's closing balance (the import's default opening balance), so
 * once the next month is on the board, this month's closing balance is a published figure. Refuses (422
 * `finance.chain.laterOpening`, naming both months and amounts, at `path`) a step of `month` that would leave
 * `closing` different from the opening balance the published next month shows, where that month went up while this
 * one was already on the desk and this one changes (`changedNow`: an import, a different statement put on the board)
 * or changed after it (a sign-off of lines re-imported since). A month first imported after the next one was
 * published never chained to it, and a statement left as it was when the next month went up is not blamed for it:
 * such breaks are the later month's own, corrected there. The way out the message names: correct the later month's
 * publication (a new version with its reason), then import this month again (docs/finance.md).
 */
export async function refuseChainBreak(
  db: Db,
  stored: Pick<StoredStatement, 'villageId' | 'month'>,
  closing: Fen,
  changedNow: boolean,
  path: IssuePath,
): Promise<void> {
  const laterMonth = addMonths(`${stored.month}-01`, 1).slice(0, 7);
  const later = await findStatement(db, stored.villageId, laterMonth);
  if (later?.state !== 'published') return;
  const publishedAt = (await timesOf(db, later.id, 'publish')).at(-1);
  const imports = await timesOf(db, statementIdOf(stored.villageId, stored.month), 'import');
  const first = imports[0];
  const last = imports.at(-1);
  if (publishedAt === undefined || first === undefined || first > publishedAt) return;
  if (!changedNow && (last === undefined || last <= publishedAt)) return;
  const opening = await publishedOpening(db, later);
  if (opening === undefined || opening === closing) return;
  const params = { month: stored.month, closing: fenToYuanString(closing), later: laterMonth, opening: fenToYuanString(opening) };
  throw new HttpProblem(422, 'finance.chain.laterOpening', { params, issues: [{ code: 'finance.chain.laterOpening', params, path }] });
}

/**
 * Appends one step to the statement's history (never updated or deleted). Every import and sign-off passes here, so
 * this is where the balance chain is kept (`refuseChainBreak`); publication is kept by the board's gate (gate.ts).
 */
export async function appendEvent(
  trx: Transaction<Database>,
  stored: StoredStatement,
  event: { readonly action: SignOffAction; readonly principal: Principal; readonly at: string; readonly text?: string | undefined },
): Promise<void> {
  if (event.action === 'import') await refuseChainBreak(trx, stored, stored.statement.closingBalance, true, ['closingBalance']);
  if (event.action === 'signOff') await refuseChainBreak(trx, stored, stored.statement.closingBalance, false, []);
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
