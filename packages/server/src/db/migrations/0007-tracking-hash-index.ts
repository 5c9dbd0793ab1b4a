import type { Kysely } from 'kysely';
import { createIndexes } from './columns.js';

/**
 * An index on the tracking code's hash. Every intake draws a fresh code and checks that its hash is not taken
 * (mediation/numbering.ts); without the index that check read every stored case, documents included — 1.4 ms
 * with 750 cases and growing with each one, the largest single cost of an intake. Not unique: the check above
 * keeps hashes distinct, and an index that could fail on rows written before it existed would block the upgrade.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createIndexes(db, 'mediation_cases', { tracking_hash_idx: ['tracking_hash'] });
  // A public intake is registered with the county (the first by code): found without reading every region.
  await createIndexes(db, 'regions', { level_code_idx: ['level', 'code'] });
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('regions_level_code_idx').execute();
  await db.schema.dropIndex('mediation_cases_tracking_hash_idx').execute();
}
