import type { Kysely } from 'kysely';

/**
 * Domain tables. Each record keeps its full document as JSON text (`doc`) beside the columns the server filters
 * and sorts on, so the same portable DDL serves SQLite and PostgreSQL and a document can grow fields without a
 * migration. Personal data sits in its own columns so that it is easy to see, redact and, one day, encrypt.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('regions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('parent_id', 'text')
    .addColumn('doc', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('regions_parent_idx').on('regions').column('parent_id').execute();

  await db.schema
    .createTable('staff')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('village_id', 'text')
    .addColumn('doc', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('households')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('village_id', 'text', (c) => c.notNull().references('regions.id'))
    .addColumn('group_id', 'text', (c) => c.notNull())
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('head_name', 'text', (c) => c.notNull())
    .addColumn('mobile', 'text')
    .addColumn('resident_id', 'text')
    .addColumn('consent_public_name', 'integer', (c) => c.notNull())
    .addColumn('doc', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('households_village_idx').on('households').column('village_id').execute();

  await db.schema
    .createTable('api_tokens')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('village_id', 'text')
    .addColumn('household_id', 'text')
    .addColumn('label', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('points_schemes')
    .addColumn('village_id', 'text', (c) => c.primaryKey().references('regions.id'))
    .addColumn('catalogue', 'text', (c) => c.notNull())
    .addColumn('settings', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('points_entries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('village_id', 'text', (c) => c.notNull().references('regions.id'))
    .addColumn('household_id', 'text', (c) => c.notNull().references('households.id'))
    .addColumn('rule_code', 'text', (c) => c.notNull())
    .addColumn('points', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('effective_on', 'text')
    .addColumn('revoked_on', 'text')
    .addColumn('doc', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('points_entries_village_idx').on('points_entries').columns(['village_id', 'status']).execute();
  await db.schema.createIndex('points_entries_household_idx').on('points_entries').column('household_id').execute();

  await db.schema
    .createTable('redemptions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('village_id', 'text', (c) => c.notNull().references('regions.id'))
    .addColumn('household_id', 'text', (c) => c.notNull().references('households.id'))
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('points', 'integer', (c) => c.notNull())
    .addColumn('doc', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('redemptions_household_idx').on('redemptions').column('household_id').execute();

  await db.schema
    .createTable('disclosure_schemes')
    .addColumn('village_id', 'text', (c) => c.primaryKey().references('regions.id'))
    .addColumn('settings', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('disclosure_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('village_id', 'text', (c) => c.notNull().references('regions.id'))
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('published', 'text', (c) => c.notNull())
    .addColumn('decision_id', 'text')
    .addColumn('doc', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('disclosure_items_village_idx').on('disclosure_items').columns(['village_id', 'published']).execute();

  await db.schema
    .createTable('decisions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('village_id', 'text', (c) => c.notNull().references('regions.id'))
    .addColumn('doc', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('relief_lists')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('village_id', 'text', (c) => c.notNull().references('regions.id'))
    .addColumn('item_id', 'text', (c) => c.notNull())
    .addColumn('doc', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('disclosure_queries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('village_id', 'text', (c) => c.notNull().references('regions.id'))
    .addColumn('disclosure_id', 'text', (c) => c.notNull().references('disclosure_items.id'))
    .addColumn('received_on', 'text', (c) => c.notNull())
    .addColumn('doc', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('mediation_cases')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_number', 'text', (c) => c.notNull().unique())
    /** Only a hash of the tracking code is stored: it is a bearer secret. */
    .addColumn('tracking_hash', 'text', (c) => c.notNull())
    .addColumn('village_id', 'text')
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('doc', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('service_guides')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('region_id', 'text', (c) => c.notNull())
    .addColumn('department', 'text', (c) => c.notNull())
    .addColumn('doc', 'text', (c) => c.notNull())
    .addColumn('search_keys', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('proxy_requests')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('service_code', 'text', (c) => c.notNull().references('service_guides.code'))
    .addColumn('village_id', 'text', (c) => c.notNull())
    .addColumn('received_on', 'text', (c) => c.notNull())
    .addColumn('doc', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('counters')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', 'integer', (c) => c.notNull())
    .execute();
}
