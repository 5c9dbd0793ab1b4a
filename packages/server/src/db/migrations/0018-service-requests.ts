import type { Kysely } from 'kysely';
import { createTables, dropTables, villageRecord } from './columns.js';

/**
 * The request lifecycle of 代办 and 点单 (docs/requests.md). A request's document (`doc`) holds its steps, notes,
 * rating and follow-up; the columns beside it are what a staff list filters and sorts on (kind, state, next step,
 * deadline, follow-up). The receipt code is kept only as a hash. Ratings have their own rows, without a rater, so the
 * public aggregates are counted from the database without reading a single request.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createTables(db, {
    service_requests: {
      columns: {
        ...villageRecord,
        kind: 'text',
        subject: 'text',
        state: 'text',
        step: 'text null',
        due_on: 'text null',
        received_on: 'text',
        follow_up: 'text null',
        doc: 'text',
      },
      indexes: { village_idx: ['village_id', 'state', 'due_on'] },
    },
    service_request_receipts: {
      columns: { request_id: 'text key -> service_requests.id', receipt_hash: 'text' },
    },
    service_request_ratings: {
      columns: {
        request_id: 'text key -> service_requests.id',
        village_id: 'text -> regions.id',
        kind: 'text',
        subject: 'text',
        grade: 'integer',
        rated_on: 'text',
      },
      indexes: { village_idx: ['village_id', 'kind', 'subject'] },
    },
  });
}

export const down = dropTables('service_request_ratings', 'service_request_receipts', 'service_requests');
