import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect, type PostgresPool } from 'kysely';
import type { Database } from './schema.js';

export const defaultDatabaseFile = './data/shanzhi.sqlite';

export interface OpenDatabaseOptions {
  /** Path of the SQLite file (default `./data/shanzhi.sqlite`; its folder is created) or `':memory:'`. */
  readonly filename?: string;
  /** Open read-only (the file must exist; no pragmas that write). Used by the audit verifier. */
  readonly readonly?: boolean;
  /** Fail instead of creating a new, empty file. */
  readonly fileMustExist?: boolean;
  /** How long a statement waits for another process's lock before failing with SQLITE_BUSY (ms, default 5000). */
  readonly busyTimeoutMs?: number;
  /**
   * A database image (better-sqlite3's `serialize()`) to open as a private in-memory copy, with the same pragmas;
   * `filename` is then ignored. The test harness starts each test server from a copy of one seeded template instead
   * of seeding the demo county anew (src/testing/harness.ts).
   */
  readonly image?: Buffer;
}

function isMemory(filename: string): boolean {
  return filename === ':memory:' || filename === '' || filename.startsWith('file::memory:');
}

/**
 * The database holds villagers' names, ID and phone numbers: only the server's user may read it. SQLite creates
 * its -wal and -shm files with the main file's permissions, so creating the main file 0600 before SQLite opens it
 * covers all three; files left looser by an older version are tightened. (A folder that already existed is left
 * as its owner made it — see docs/server-operations.md.)
 */
function restrictToOwner(filename: string, create: boolean): void {
  if (create && !existsSync(filename)) closeSync(openSync(filename, 'a', 0o600));
  for (const file of [filename, `${filename}-wal`, `${filename}-shm`, `${filename}-journal`]) {
    try {
      chmodSync(file, 0o600);
    } catch (error) {
      // Missing (no WAL yet) or owned by someone else (a deliberate set-up): nothing to tighten.
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'EPERM') throw error;
    }
  }
}

/**
 * Opens the embedded SQLite database (better-sqlite3) behind Kysely with the pragmas a small server wants:
 * write-ahead logging (readers never block the writer), foreign keys enforced, `synchronous=NORMAL`
 * (durable at every checkpoint, safe against application crashes in WAL mode) and a busy timeout.
 */
export function openDatabase(options: OpenDatabaseOptions = {}): Kysely<Database> {
  const filename = options.image === undefined ? (options.filename ?? defaultDatabaseFile) : ':memory:';
  const readonly = options.readonly ?? false;
  if (!isMemory(filename) && !readonly && options.fileMustExist !== true) {
    mkdirSync(dirname(resolve(filename)), { recursive: true, mode: 0o700 });
  }
  if (!isMemory(filename) && !readonly && process.platform !== 'win32') restrictToOwner(filename, options.fileMustExist !== true);
  const busyTimeoutMs = options.busyTimeoutMs ?? 5000;
  const sqlite = new SqliteDatabase(options.image ?? filename, {
    readonly,
    fileMustExist: readonly || options.fileMustExist === true,
    timeout: busyTimeoutMs,
  });
  try {
    if (!readonly) sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma(`busy_timeout = ${String(Math.max(0, Math.trunc(busyTimeoutMs)))}`);
  } catch (error) {
    sqlite.close();
    throw error;
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: reusingStatements(sqlite) }) });
  sqliteHandles.set(db, sqlite);
  return db;
}

/** Distinct SQL texts whose prepared statements are kept (query shapes repeat; bulk inserts vary in length). */
const statementCacheSize = 500;

/**
 * The database as Kysely's driver sees it, with each SQL text prepared once and its statement reused. Kysely's
 * SQLite driver prepares every query anew, which cost about a fifth of an intake create (parse and plan the same
 * dozen statements each time). A statement is reused only when it is not still iterating (`busy`); better-sqlite3
 * runs it synchronously, so no two uses overlap otherwise. A schema change re-prepares transparently (SQLITE_SCHEMA).
 */
function reusingStatements(sqlite: SqliteDatabase.Database): { prepare(sql: string): SqliteDatabase.Statement; close(): void } {
  const statements = new Map<string, SqliteDatabase.Statement>();
  return {
    prepare(sql: string): SqliteDatabase.Statement {
      const found = statements.get(sql);
      if (found !== undefined && !found.busy) {
        // Refresh its place in the eviction order.
        statements.delete(sql);
        statements.set(sql, found);
        return found;
      }
      const prepared = sqlite.prepare(sql);
      if (found === undefined) {
        statements.set(sql, prepared);
        if (statements.size > statementCacheSize) {
          const oldest = statements.keys().next();
          if (oldest.done !== true) statements.delete(oldest.value);
        }
      }
      return prepared;
    },
    close(): void {
      statements.clear();
      sqlite.close();
    },
  };
}

const sqliteHandles = new WeakMap<object, SqliteDatabase.Database>();

/**
 * The better-sqlite3 handle under a Kysely instance opened by `openDatabase` (undefined for PostgreSQL or a
 * transaction), for the few hot reads that a prepared statement answers in microseconds. Such a read must not run
 * while a transaction is open on the connection (`inTransaction`): it would see that transaction's uncommitted rows.
 */
export function sqliteHandleOf(db: object): SqliteDatabase.Database | undefined {
  return sqliteHandles.get(db);
}

export interface OpenPostgresOptions {
  /** Most connections the pool opens (default 10). */
  readonly max?: number;
}

type PgPoolConstructor = new (config: { connectionString: string; max?: number }) => PostgresPool;
interface PgModule {
  readonly Pool?: PgPoolConstructor;
  readonly default?: { readonly Pool?: PgPoolConstructor };
}

/**
 * Opens PostgreSQL through Kysely's PostgresDialect. The `pg` driver is NOT a dependency of this package:
 * a deployment that wants PostgreSQL installs it (`npm install pg`). It is imported on first use, so
 * SQLite-only installs never load it.
 */
export function openPostgres(connectionString: string, options: OpenPostgresOptions = {}): Kysely<Database> {
  const max = options.max ?? 10;
  return new Kysely<Database>({
    dialect: new PostgresDialect({
      pool: async () => {
        const specifier = 'pg'; // a variable, so neither tsc nor a bundler insists on the optional driver
        let loaded: PgModule;
        try {
          loaded = (await import(specifier)) as PgModule;
        } catch (error) {
          throw new Error('PostgreSQL needs the "pg" driver: run `npm install pg` in the deployment.', { cause: error });
        }
        const Pool = loaded.Pool ?? loaded.default?.Pool;
        if (Pool === undefined) throw new Error('The installed "pg" module has no Pool export.');
        const pool = new Pool({ connectionString, max });
        // node-postgres emits 'error' on the pool when an IDLE client's connection dies (a database restart, a
        // failover, an administrator's pg_terminate_backend). Unhandled, that event would end the whole server
        // process; the pool drops the dead client and the next query opens a new one, so a log line is enough.
        (pool as PostgresPool & { on?: (event: 'error', listener: (error: Error) => void) => unknown }).on?.('error', (error) => {
          process.stderr.write(`[shanzhi] PostgreSQL: an idle connection was closed (${error.message}); it will be reopened on demand\n`);
        });
        return pool;
      },
    }),
  });
}

/**
 * Picks the database from the environment: `SHANZHI_DATABASE_URL` (postgres://… or postgresql://…) selects
 * PostgreSQL, otherwise SQLite at `SHANZHI_DB` (default `./data/shanzhi.sqlite`).
 */
export function openDatabaseFromEnv(env: NodeJS.ProcessEnv = process.env): Kysely<Database> {
  const url = env.SHANZHI_DATABASE_URL;
  if (url !== undefined && /^postgres(ql)?:\/\//i.test(url)) return openPostgres(url);
  return openDatabase({ filename: env.SHANZHI_DB ?? defaultDatabaseFile });
}

/** Opens the database a validated configuration names (`config.database`). */
export function openConfiguredDatabase(
  database: { readonly kind: 'sqlite'; readonly filename: string } | { readonly kind: 'postgres'; readonly url: string },
): Kysely<Database> {
  return database.kind === 'postgres' ? openPostgres(database.url) : openDatabase({ filename: database.filename });
}
