export {
  openDatabase,
  openPostgres,
  openDatabaseFromEnv,
  defaultDatabaseFile,
  type OpenDatabaseOptions,
  type OpenPostgresOptions,
} from './open.js';
export { migrateToLatest, staticMigrationProvider, MigrationError } from './migrate.js';
export { migrations } from './migrations/index.js';
export { dialectOf, type DialectName } from './dialect.js';
export type { Database, InfraTables, IdempotencyKeyTable, AuditLogTable } from './schema.js';
export type * from './domain-schema.js';
