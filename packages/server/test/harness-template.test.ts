// startTestServer starts each in-memory server from a copy of one seeded template per process (src/testing/harness.ts),
// which saves the node tests ~40 CPU-s of seeding: the servers must be the ones a fresh seed gives, and each its own.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import type { Kysely } from 'kysely';
import { openDatabase, sqliteHandleOf } from '../src/db/open.js';
import type { Database } from '../src/db/schema.js';
import type { Started } from '../src/start.js';
import { seededTemplates, testServerDatabase } from '../src/testing/harness.js';
import { demoNow, startServerInTest, startTestServer, type TestServer } from './harness.js';

// A county no other test file asks for, so this file's first start seeds its template.
const households = 37;

const running: { close(): Promise<void> }[] = [];
after(async () => {
  for (const server of running.splice(0)) await server.close();
});

async function fromTemplate(): Promise<TestServer> {
  const server = await startTestServer({ households });
  running.push(server);
  return server;
}

function databaseOf(server: TestServer): Kysely<Database> {
  const db = testServerDatabase(server);
  assert.ok(db, 'startTestServer keeps the database of each server it starts');
  return db;
}

/**
 * Every table's rows in rowid order, and the schema. Kysely's migration table says when each migration ran (by the
 * wall clock, so no two databases agree): its names are compared, not its times.
 */
function dump(db: Kysely<Database>): Record<string, unknown[]> {
  const sqlite = sqliteHandleOf(db);
  assert.ok(sqlite);
  const tables = sqlite.prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name`).all() as {
    name: string;
    sql: string;
  }[];
  const out: Record<string, unknown[]> = {
    '(schema)': sqlite.prepare(`SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name`).all(),
  };
  for (const { name, sql } of tables) {
    const order = /WITHOUT ROWID/i.test(sql) ? '1' : 'rowid';
    const rows = sqlite.prepare(`SELECT * FROM "${name.replaceAll('"', '""')}" ORDER BY ${order}`).all() as Record<string, unknown>[];
    out[name] = name === 'kysely_migration' ? rows.map((row) => row.name) : rows;
  }
  return out;
}

test('a server started from the template holds the rows and tokens of one seeded afresh, with the same options', async () => {
  const copy = await fromTemplate();
  const db = openDatabase({ filename: ':memory:' });
  const fresh: Started = await startServerInTest({ db, port: 0, hostname: '127.0.0.1', households, now: demoNow });
  running.push(fresh);

  assert.equal(copy.seeded, true);
  assert.equal(fresh.seeded, true);
  assert.deepEqual(copy.tokens, fresh.tokens);
  assert.equal(copy.tokens.length, 7);
  const copied = dump(databaseOf(copy));
  const seeded = dump(db);
  assert.deepEqual(Object.keys(copied), Object.keys(seeded));
  for (const table of Object.keys(seeded)) assert.deepEqual(copied[table], seeded[table], table);
  assert.equal((seeded.households ?? []).length, households);
});

test('each start gets its own copy: a write on one server is not seen by the next, which seeds nothing', async () => {
  const first = await fromTemplate();
  const seeds = seededTemplates();
  const sqlite = sqliteHandleOf(databaseOf(first));
  assert.ok(sqlite);
  const before = sqlite.prepare(`SELECT COUNT(*) AS n FROM households`).get() as { n: number };
  sqlite.prepare(`DELETE FROM api_tokens`).run();
  sqlite.prepare(`UPDATE regions SET name = 'changed' WHERE id = (SELECT MIN(id) FROM regions)`).run();

  const next = await fromTemplate();
  assert.equal(seededTemplates(), seeds, 'the second start copies the template');
  assert.equal(next.seeded, true);
  assert.equal(next.tokens.length, 7);
  const other = sqliteHandleOf(databaseOf(next));
  assert.ok(other);
  assert.deepEqual(other.prepare(`SELECT COUNT(*) AS n FROM households`).get(), before);
  assert.equal((other.prepare(`SELECT COUNT(*) AS n FROM regions WHERE name = 'changed'`).get() as { n: number }).n, 0);
  assert.equal((other.prepare(`SELECT COUNT(*) AS n FROM api_tokens`).get() as { n: number }).n, 7);
});
