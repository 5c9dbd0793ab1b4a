import type { Kysely } from 'kysely';
import { createTables, dropTables, villageRecord } from './columns.js';

/**
 * Imported finance statements (one per village and month) and their 民主理财 history (db/finance-schema.ts).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createTables(db, {
    finance_statements: {
      columns: {
        ...villageRecord,
        month: 'text',
        state: 'text',
        doc: 'text',
        mapping: 'text',
        item_id: 'text null',
        updated_by: 'text',
        updated_at: 'text',
      },
      indexes: { village_month_idx: ['village_id', 'month'] },
    },
    finance_signoff_events: {
      columns: {
        ...villageRecord,
        statement_id: 'text -> finance_statements.id',
        seq: 'integer',
        action: 'text',
        actor: 'text',
        role: 'text',
        text: 'text null',
        at: 'text',
      },
      indexes: { statement_idx: ['statement_id', 'seq'] },
    },
  });
}

export const down = dropTables('finance_signoff_events', 'finance_statements');
