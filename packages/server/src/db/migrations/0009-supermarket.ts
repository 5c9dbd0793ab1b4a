import type { Kysely } from 'kysely';
import { createTables, householdRecord, villageRecord } from './columns.js';

/**
 * The 爱心超市 (love supermarket) and 帮教 (mentoring) tables. Portable DDL (SQLite and PostgreSQL), like 0002.
 *
 * - `supermarket_goods`: the shelf; `stock` is the running count, `supermarket_stock_moves` the append-only
 *   ledger it must always equal (the monthly reconciliation compares the two).
 * - `supermarket_donations`: the thank-you list; the donor's name only as the donor chose it (null if anonymous).
 * - `supermarket_receipts`: one per cart redemption, keyed by the `redemptions` row it wrote (same id).
 * - `mentoring_plans`, `mentoring_settings`: 帮教 plans (the plan document in `doc`) and each village's quiet period.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createTables(db, {
    supermarket_goods: {
      columns: {
        ...villageRecord,
        name: 'text',
        unit: 'text',
        price_points: 'integer',
        stock: 'integer',
        photo_id: 'text null',
        donor_kind: 'text null',
        donor_name: 'text null',
        active: 'integer',
        created_on: 'text',
      },
      indexes: { village_idx: ['village_id'] },
    },
    supermarket_stock_moves: {
      columns: {
        ...villageRecord,
        goods_id: 'text -> supermarket_goods.id',
        date: 'text',
        kind: 'text',
        quantity: 'integer',
        ref_id: 'text',
      },
      indexes: { village_idx: ['village_id', 'date'] },
    },
    supermarket_donations: {
      columns: {
        ...villageRecord,
        date: 'text',
        doc: 'text',
      },
      indexes: { village_idx: ['village_id', 'date'] },
    },
    supermarket_receipts: {
      columns: {
        ...householdRecord,
        date: 'text',
        total_points: 'integer',
        doc: 'text',
      },
      indexes: { village_idx: ['village_id', 'date'] },
    },
    mentoring_plans: {
      columns: {
        ...householdRecord,
        status: 'text',
        doc: 'text',
      },
      indexes: { village_idx: ['village_id', 'status'] },
    },
    mentoring_settings: {
      columns: {
        village_id: 'text key -> regions.id',
        quiet_days: 'integer',
      },
    },
  });
}
