import { Migrator, type Kysely, type MigrationProvider, type MigrationResult } from 'kysely';
import { migrations } from './migrations/index.js';

/** Kysely's migration provider over the static list in `migrations/index.ts`. */
export const staticMigrationProvider: MigrationProvider = {
  async getMigrations() {
    const entries = await Promise.all(Object.entries(migrations).map(async ([name, load]) => [name, await load()] as const));
    return Object.fromEntries(entries);
  },
};

export class MigrationError extends Error {
  readonly results: readonly MigrationResult[];
  constructor(message: string, results: readonly MigrationResult[], cause: unknown) {
    super(message, { cause });
    this.name = 'MigrationError';
    this.results = results;
  }
}

/**
 * Brings the schema to the newest migration; running it again is a no-op. Each migration runs in its own
 * transaction (both dialects have transactional DDL). Returns the names of the migrations it applied;
 * throws `MigrationError` if one failed (that one is rolled back; the ones before it stay applied).
 */
export async function migrateToLatest<DB>(db: Kysely<DB>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: staticMigrationProvider });
  const { error, results = [] } = await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results.find((result) => result.status === 'Error');
    const reason = error instanceof Error ? error.message : 'unknown error';
    throw new MigrationError(`Migration ${failed?.migrationName ?? '(setup)'} failed: ${reason}`, results, error);
  }
  return results.filter((result) => result.status === 'Success').map((result) => result.migrationName);
}
