import type { Kysely } from 'kysely';
import { createTable } from './columns.js';

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
  await createTable(db, 'supermarket_goods', {
    id: 'text key',
    village_id: 'text -> regions.id',
    name: 'text',
    unit: 'text',
    price_points: 'integer',
    stock: 'integer',
    photo_id: 'text null',
    donor_kind: 'text null',
    donor_name: 'text null',
    active: 'integer',
    created_on: 'text',
  }).execute();
  await db.schema.createIndex('supermarket_goods_village_idx').on('supermarket_goods').column('village_id').execute();

  await createTable(db, 'supermarket_stock_moves', {
    id: 'text key',
    village_id: 'text -> regions.id',
    goods_id: 'text -> supermarket_goods.id',
    date: 'text',
    kind: 'text',
    quantity: 'integer',
    ref_id: 'text',
  }).execute();
  await db.schema
    .createIndex('supermarket_stock_moves_village_idx')
    .on('supermarket_stock_moves')
    .columns(['village_id', 'date'])
    .execute();

  await createTable(db, 'supermarket_donations', {
    id: 'text key',
    village_id: 'text -> regions.id',
    date: 'text',
    doc: 'text',
  }).execute();
  await db.schema.createIndex('supermarket_donations_village_idx').on('supermarket_donations').columns(['village_id', 'date']).execute();

  await createTable(db, 'supermarket_receipts', {
    id: 'text key',
    village_id: 'text -> regions.id',
    household_id: 'text -> households.id',
    date: 'text',
    total_points: 'integer',
    doc: 'text',
  }).execute();
  await db.schema.createIndex('supermarket_receipts_village_idx').on('supermarket_receipts').columns(['village_id', 'date']).execute();

  await createTable(db, 'mentoring_plans', {
    id: 'text key',
    village_id: 'text -> regions.id',
    household_id: 'text -> households.id',
    status: 'text',
    doc: 'text',
  }).execute();
  await db.schema.createIndex('mentoring_plans_village_idx').on('mentoring_plans').columns(['village_id', 'status']).execute();

  await createTable(db, 'mentoring_settings', {
    village_id: 'text key -> regions.id',
    quiet_days: 'integer',
  }).execute();
}
