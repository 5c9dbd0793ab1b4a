import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after } from 'node:test';
import type { Client } from '@shanzhi/sdk';
import type { Kysely } from 'kysely';
import { migrateToLatest, openDatabase, type Database } from '../../src/db/index.js';
import { startTestServer, type TestServer } from '../harness.js';
import type { TestServerOptions } from '../../src/testing/harness.js';
import { deferredClient } from './deferred-client.js';
import { demoRoles, tokenOf, type DemoRole } from './demo-county.js';
import { readThrough, startedForFile } from './lifecycle.js';

/** A new folder under the system's temporary folder, removed when the test file ends. */
export function scratchFolder(prefix: string): string {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  after(() => {
    rmSync(folder, { recursive: true, force: true });
  });
  return folder;
}

/** A migrated, empty database (in memory unless a file is named). */
export async function freshDb(filename = ':memory:'): Promise<Kysely<Database>> {
  const db = openDatabase({ filename });
  await migrateToLatest(db);
  return db;
}

/** The test server's options but its file, which the scratch folder holds. */
export type FileServerOptions = Omit<TestServerOptions, 'filename'>;

export interface FileServer {
  readonly server: TestServer;
  /** A second connection to the server's file, to look at what was stored. */
  readonly db: Kysely<Database>;
  readonly filename: string;
  readonly close: () => Promise<void>;
}

/**
 * The test server over a SQLite file in a scratch folder (so a test can open the file beside the server, count
 * rows and verify the audit chain); `close` ends both connections and removes the folder.
 */
export async function startFileServer(prefix: string, options: FileServerOptions = {}): Promise<FileServer> {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  const filename = join(folder, 'shanzhi.sqlite');
  const server = await startTestServer({ ...options, filename });
  const db = openDatabase({ filename });
  return {
    server,
    db,
    filename,
    close: async () => {
      await db.destroy();
      await server.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

export interface FileServerFixture {
  readonly server: TestServer;
  readonly db: Kysely<Database>;
  readonly filename: string;
  /** A client per demo role (its demo token), usable once the server is up. */
  readonly demo: Readonly<Record<DemoRole, Client>>;
  /** A client without a token, usable once the server is up. */
  readonly publicClient: Client;
}

/**
 * `startFileServer` for a whole test file: started in `before`, closed in `after`. The fixture is there when the
 * file loads; its server and database once the tests run. `prepare` adds what the file's tests need to the seeded
 * data, in the same `before`: Node 20 starts a file's top-level `before` hooks side by side, so a hook of its own
 * could run before the server is up.
 */
export function useFileServer(
  prefix: string,
  options: FileServerOptions = {},
  prepare?: (db: Kysely<Database>) => Promise<unknown>,
): FileServerFixture {
  const current = startedForFile(`The ${prefix} file server`, async () => {
    const started = await startFileServer(prefix, options);
    await prepare?.(started.db);
    return started;
  });
  const demo = Object.fromEntries(
    demoRoles.map((role) => [role, deferredClient(() => current().server.client(tokenOf(role)))] as const),
  ) as Record<DemoRole, Client>;
  return readThrough(current, ['server', 'db', 'filename'], { demo, publicClient: deferredClient(() => current().server.client()) });
}

/** Runs `use` on a fresh in-memory database (see `freshDb`) and closes it afterwards, whether `use` passes or throws. */
export async function withFreshDb<T>(use: (db: Kysely<Database>) => Promise<T>): Promise<T> {
  const db = await freshDb();
  try {
    return await use(db);
  } finally {
    await db.destroy();
  }
}
