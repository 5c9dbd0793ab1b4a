/** Row types of the tables migration 0013-finance-statements creates. */

/**
 * One village's statement for one month (id `<village>:<month>`). `doc` is the rules' FinanceStatement as JSON, in
 * integer fen; `mapping` the column mapping of the last import (JSON), so the next import starts from it.
 */
export interface FinanceStatementTable {
  id: string;
  village_id: string;
  /** 'YYYY-MM'. */
  month: string;
  /** A rules SignOffState. */
  state: string;
  doc: string;
  mapping: string;
  /** The disclosure item it was published as, once published. */
  item_id: string | null;
  /** Staff id (never a name) of the last change. */
  updated_by: string;
  /** ISO-8601 UTC instant. */
  updated_at: string;
}

/** One step of a statement's 民主理财 history, in order (`seq` from 1); never updated or deleted. */
export interface FinanceSignOffEventTable {
  id: string;
  village_id: string;
  statement_id: string;
  seq: number;
  /** import | submit | signOff | object | answer | publish. */
  action: string;
  /** Staff id; the name is looked up when shown (staff act as public officials). */
  actor: string;
  role: string;
  /** An objection's reasons or an answer; null for the other steps. */
  text: string | null;
  at: string;
}

export interface FinanceTables {
  finance_statements: FinanceStatementTable;
  finance_signoff_events: FinanceSignOffEventTable;
}
