import type { Kysely } from 'kysely';
import { createTables, dropTables } from './columns.js';

/**
 * The mediator's desk (issue 16): mediators' declared ties to the parties of a case, which the server reads to refuse
 * assigning them (回避). One row per (staff member, case, party); like the points desk's family ties (0008), a tie is
 * never deleted through the API. Ties live in their own table, not in the case's document, because the document is
 * what the status views are built from and a mediator's ties must never reach the applicant. The sessions, the
 * agreement and the 回访 travel inside the case's document (`mediation_cases.doc`), written in one row and one
 * transaction with the case's state. Portable DDL, like 0002.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createTables(db, {
    mediation_ties: {
      columns: {
        staff_id: 'text',
        case_id: 'text -> mediation_cases.id',
        party: 'text',
        declared_at: 'text',
      },
      primaryKey: ['case_id', 'staff_id', 'party'],
    },
  });
}

export const down = dropTables('mediation_ties');
