import type { ServerConfig } from '../config/server-config.js';
import { MigrationError, migrateToLatest } from '../db/migrate.js';
import { openConfiguredDatabase } from '../db/open.js';

/**
 * `shanzhi-server migrate`: applies the missing migrations and exits — run it once before starting new versions of
 * several server processes (each `serve` also migrates at start; Kysely's migration lock keeps concurrent runs apart).
 * Exit status 0 done (or nothing to do), 1 a migration failed (it was rolled back; the ones before it stay applied).
 */
export async function runMigrate(config: ServerConfig): Promise<number> {
  const db = openConfiguredDatabase(config.database);
  try {
    const applied = await migrateToLatest(db);
    console.log(applied.length === 0 ? 'migrate: the schema is up to date.' : `migrate: applied ${applied.join(', ')}.`);
    return 0;
  } catch (error) {
    if (!(error instanceof MigrationError)) throw error;
    console.error(`migrate: ${error.message}`);
    return 1;
  } finally {
    await db.destroy();
  }
}
