import type { Kysely } from 'kysely';
import { createTable } from './columns.js';

/**
 * Domain tables. Each record keeps its full document as JSON text (`doc`) beside the columns the server filters
 * and sorts on, so the same portable DDL serves SQLite and PostgreSQL and a document can grow fields without a
 * migration. Personal data sits in its own columns so that it is easy to see, redact and, one day, encrypt.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createTable(db, 'regions', {
    id: 'text key',
    code: 'text',
    name: 'text',
    level: 'text',
    parent_id: 'text null',
    doc: 'text',
  }).execute();
  await db.schema.createIndex('regions_parent_idx').on('regions').column('parent_id').execute();

  await createTable(db, 'staff', {
    id: 'text key',
    name: 'text',
    role: 'text',
    village_id: 'text null',
    doc: 'text',
  }).execute();

  await createTable(db, 'households', {
    id: 'text key',
    village_id: 'text -> regions.id',
    group_id: 'text',
    number: 'text',
    head_name: 'text',
    mobile: 'text null',
    resident_id: 'text null',
    consent_public_name: 'integer',
    doc: 'text',
  }).execute();
  await db.schema.createIndex('households_village_idx').on('households').column('village_id').execute();

  await createTable(db, 'api_tokens', {
    token_hash: 'text key',
    subject_id: 'text',
    role: 'text',
    village_id: 'text null',
    household_id: 'text null',
    label: 'text',
  }).execute();

  await createTable(db, 'points_schemes', {
    village_id: 'text key -> regions.id',
    catalogue: 'text',
    settings: 'text',
  }).execute();

  await createTable(db, 'points_entries', {
    id: 'text key',
    village_id: 'text -> regions.id',
    household_id: 'text -> households.id',
    rule_code: 'text',
    points: 'integer',
    status: 'text',
    effective_on: 'text null',
    revoked_on: 'text null',
    doc: 'text',
  }).execute();
  await db.schema.createIndex('points_entries_village_idx').on('points_entries').columns(['village_id', 'status']).execute();
  await db.schema.createIndex('points_entries_household_idx').on('points_entries').column('household_id').execute();

  await createTable(db, 'redemptions', {
    id: 'text key',
    village_id: 'text -> regions.id',
    household_id: 'text -> households.id',
    date: 'text',
    points: 'integer',
    doc: 'text',
  }).execute();
  await db.schema.createIndex('redemptions_household_idx').on('redemptions').column('household_id').execute();

  await createTable(db, 'disclosure_schemes', {
    village_id: 'text key -> regions.id',
    settings: 'text',
  }).execute();

  await createTable(db, 'disclosure_items', {
    id: 'text key',
    village_id: 'text -> regions.id',
    category: 'text',
    title: 'text',
    published: 'text',
    decision_id: 'text null',
    doc: 'text',
  }).execute();
  await db.schema.createIndex('disclosure_items_village_idx').on('disclosure_items').columns(['village_id', 'published']).execute();

  await createTable(db, 'decisions', {
    id: 'text key',
    village_id: 'text -> regions.id',
    doc: 'text',
  }).execute();

  await createTable(db, 'relief_lists', {
    id: 'text key',
    village_id: 'text -> regions.id',
    item_id: 'text',
    doc: 'text',
  }).execute();

  await createTable(db, 'disclosure_queries', {
    id: 'text key',
    village_id: 'text -> regions.id',
    disclosure_id: 'text -> disclosure_items.id',
    received_on: 'text',
    doc: 'text',
  }).execute();

  await createTable(db, 'mediation_cases', {
    id: 'text key',
    case_number: 'text unique',
    // Only a hash of the tracking code is stored: it is a bearer secret.
    tracking_hash: 'text',
    village_id: 'text null',
    state: 'text',
    doc: 'text',
  }).execute();

  await createTable(db, 'service_guides', {
    code: 'text key',
    region_id: 'text',
    department: 'text',
    doc: 'text',
    search_keys: 'text',
  }).execute();

  await createTable(db, 'proxy_requests', {
    id: 'text key',
    service_code: 'text -> service_guides.code',
    village_id: 'text',
    received_on: 'text',
    doc: 'text',
  }).execute();

  await createTable(db, 'counters', {
    name: 'text key',
    value: 'integer',
  }).execute();
}
