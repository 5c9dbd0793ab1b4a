/**
 * The reference server as a library, for a Node service that mounts the contract in its own process (tests,
 * a gateway that adds its own middleware). Operators run the bundled bin instead (`shanzhi-server serve`).
 */
export { createApp, handlers, corsMethods, type AppOptions } from './app.js';
export { startServer, type StartOptions, type Started } from './start.js';
export { configFromEnv, readConfig, ConfigError, type ConfigResult } from './config/from-env.js';
export type { ServerConfig, Mode, DatabaseConfig } from './config/server-config.js';
export {
  openDatabase,
  openPostgres,
  openDatabaseFromEnv,
  migrateToLatest,
  migrations,
  type Database,
  type OpenDatabaseOptions,
} from './db/index.js';
export { applyRetention, type RetentionSettings } from './audit/retention.js';
export { verifyAuditChain, type AuditVerification } from './audit/index.js';
