import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { sql } from 'kysely';
import {
  dialectOf,
  migrateToLatest,
  migrations,
  openDatabase,
  openDatabaseFromEnv,
  openPostgres,
  staticMigrationProvider,
} from '../src/db/index.js';

function resolvable(name: string): boolean {
  try {
    createRequire(import.meta.url).resolve(name);
    return true;
  } catch {
    return false;
  }
}

const scratch = mkdtempSync(join(tmpdir(), 'shanzhi-db-'));
after(() => {
  rmSync(scratch, { recursive: true, force: true });
});

describe('database: opening and migrations', () => {
  test('migrations run once on an in-memory database; running them again applies nothing', async () => {
    const db = openDatabase({ filename: ':memory:' });
    try {
      assert.deepEqual(await migrateToLatest(db), Object.keys(migrations));
      assert.deepEqual(await migrateToLatest(db), []);
      const tables = await db.introspection.getTables();
      const names = tables.map((table) => table.name).sort();
      assert.ok(names.includes('audit_log'));
      assert.ok(names.includes('idempotency_keys'));
      assert.equal(dialectOf(db), 'sqlite');
    } finally {
      await db.destroy();
    }
  });

  test('a file database creates its folder, runs in WAL mode with foreign keys on, and migrates idempotently across reopenings', async () => {
    const filename = join(scratch, 'nested', 'folder', 'shanzhi.sqlite');
    const first = openDatabase({ filename });
    try {
      assert.deepEqual(await migrateToLatest(first), Object.keys(migrations));
      const journal = await sql<{ journal_mode: string }>`PRAGMA journal_mode`.execute(first);
      assert.equal(journal.rows[0]?.journal_mode, 'wal');
      const foreignKeys = await sql<{ foreign_keys: number }>`PRAGMA foreign_keys`.execute(first);
      assert.equal(foreignKeys.rows[0]?.foreign_keys, 1);
      const synchronous = await sql<{ synchronous: number }>`PRAGMA synchronous`.execute(first);
      assert.equal(synchronous.rows[0]?.synchronous, 1); // NORMAL
      const busy = await sql<{ timeout: number }>`PRAGMA busy_timeout`.execute(first);
      assert.equal(busy.rows[0]?.timeout, 5000);
      assert.ok(existsSync(`${filename}-wal`), 'the write-ahead log file exists');
    } finally {
      await first.destroy();
    }
    const second = openDatabase({ filename });
    try {
      assert.deepEqual(await migrateToLatest(second), []);
    } finally {
      await second.destroy();
    }
  });

  test('a read-only open of a missing file fails instead of creating one', () => {
    const filename = join(scratch, 'missing', 'none.sqlite');
    assert.throws(() => openDatabase({ filename, readonly: true }));
    assert.equal(existsSync(filename), false);
  });

  test('the static provider lists every registered migration in name order', async () => {
    const provided = await staticMigrationProvider.getMigrations();
    const names = Object.keys(provided);
    assert.deepEqual(names, Object.keys(migrations));
    assert.deepEqual(names, [...names].sort());
    for (const name of names) {
      assert.match(name, /^\d{4}-[a-z0-9-]+$/);
      assert.equal(typeof provided[name]?.up, 'function');
    }
  });

  const pgMissing = !resolvable('pg');
  test(
    'PostgreSQL is opened lazily: without the pg driver installed, the first query explains what to install',
    { skip: !pgMissing && 'pg is installed here' },
    async () => {
      const db = openPostgres('postgres://nobody@127.0.0.1:1/none');
      assert.equal(dialectOf(db), 'postgres');
      await assert.rejects(db.selectFrom('audit_log').select('seq').execute(), /npm install pg/);
      const fromEnv = openDatabaseFromEnv({ SHANZHI_DATABASE_URL: 'postgresql://nobody@127.0.0.1:1/none' });
      assert.equal(dialectOf(fromEnv), 'postgres');
      const sqlite = openDatabaseFromEnv({ SHANZHI_DB: ':memory:' });
      try {
        assert.equal(dialectOf(sqlite), 'sqlite');
      } finally {
        await sqlite.destroy();
      }
    },
  );
});
