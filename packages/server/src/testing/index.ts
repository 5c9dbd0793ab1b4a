/**
 * `@shanzhi/server/testing`: the reference server for the monorepo's own tests and scripts (the components' story
 * fixture recorders, cross-package tests). Import it by name, never by a relative path into packages/server: the
 * lint fences (eslint.config.js, import-x `no-restricted-paths`) allow only this entry, and only outside `src/`.
 * Resolved from TypeScript source under the `shanzhi-source` condition; not part of any published package.
 */
export { demoNow, demoToday, startServerInTest, startTestServer, testCallTimeoutMs, testConnections, type TestServer } from './harness.js';
export { openDatabase, openPostgres, type OpenDatabaseOptions } from '../db/open.js';
export { closeThenStop, postgresUnavailable, startPostgresCluster, type PostgresCluster } from './postgres-cluster.js';
export { startServer, type StartOptions, type Started } from '../start.js';
export { defaultAsOf, defaultHouseholds, defaultSeed, generateDemoCounty } from '../seed/index.js';
export type { DemoCounty, GenerateOptions } from '../seed/index.js';
