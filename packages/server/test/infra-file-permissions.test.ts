import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { sql } from 'kysely';
import { migrateToLatest } from '../src/db/migrate.js';
import { openDatabase } from '../src/db/open.js';

const mode = (path: string) => (statSync(path).mode & 0o777).toString(8);

test('the database folder is created 0700 and the database, -wal and -shm files 0600', { skip: process.platform === 'win32' }, async () => {
  const root = mkdtempSync(join(tmpdir(), 'shanzhi-perm-'));
  const previous = process.umask(0o022); // the usual umask, which would leave files world-readable
  try {
    const filename = join(root, 'data', 'nested', 'shanzhi.sqlite');
    const db = openDatabase({ filename });
    await migrateToLatest(db);
    await sql`select count(*) from audit_log`.execute(db);
    assert.equal(mode(join(root, 'data')), '700');
    assert.equal(mode(join(root, 'data', 'nested')), '700');
    assert.equal(mode(filename), '600');
    // While the database is open in WAL mode its companions exist; SQLite gives them the main file's mode.
    assert.ok(existsSync(`${filename}-wal`) && existsSync(`${filename}-shm`));
    assert.equal(mode(`${filename}-wal`), '600');
    assert.equal(mode(`${filename}-shm`), '600');
    await db.destroy();
  } finally {
    process.umask(previous);
    rmSync(root, { recursive: true, force: true });
  }
});

test('files an older version left readable by others are tightened to 0600', { skip: process.platform === 'win32' }, async () => {
  const root = mkdtempSync(join(tmpdir(), 'shanzhi-perm-'));
  try {
    const filename = join(root, 'shanzhi.sqlite');
    writeFileSync(filename, '');
    chmodSync(filename, 0o644);
    const db = openDatabase({ filename });
    await migrateToLatest(db);
    assert.equal(mode(filename), '600');
    await db.destroy();
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
