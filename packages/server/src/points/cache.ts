import type { Database as SqliteDatabase, Statement as SqliteStatement } from 'better-sqlite3';
import type { Kysely, Transaction } from 'kysely';
import type { AppServices } from '../api/context.js';
import { sqliteHandleOf } from '../db/open.js';
import type { Database } from '../db/schema.js';
import { computeBoard, type ComputedBoard } from './board.js';
import { loadVillageSnapshot, type VillageSnapshot } from './snapshot.js';

/** Boards kept per village and version (period × category × day); the oldest goes first. */
const boardsPerVillage = 64;

interface VillageEntry {
  readonly version: number;
  readonly snapshot: Promise<VillageSnapshot>;
  readonly boards: Map<string, Promise<ComputedBoard>>;
}

/**
 * Leaderboards computed once per (village, version, period, category, day) and then served from memory:
 * a village's write bumps its version in the database (`bumpVillageVersion`, in the write's own transaction),
 * and every board request reads that version first (`villageVersion`, one primary-key read), so a write through
 * any server process drops what every process cached for the village on its next board read — no staleness
 * window. Promises are cached, so concurrent first readers share one computation. Only villages that exist stay.
 */
export class PointsBoardCache {
  private readonly villages = new Map<string, VillageEntry>();

  board(
    db: Kysely<Database>,
    villageId: string,
    version: number,
    period: string,
    category: string | null,
    today: string,
  ): Promise<ComputedBoard> {
    const village = this.village(db, villageId, version);
    const key = `${period}\u0000${category ?? ''}\u0000${today}`;
    const cached = village.boards.get(key);
    if (cached !== undefined) {
      // Refresh its place in the eviction order.
      village.boards.delete(key);
      village.boards.set(key, cached);
      return cached;
    }
    const computed = village.snapshot.then((snapshot) => computeBoard(snapshot, period, category, today));
    village.boards.set(key, computed);
    if (village.boards.size > boardsPerVillage) {
      const oldest = village.boards.keys().next();
      if (oldest.done !== true) village.boards.delete(oldest.value);
    }
    computed.catch(() => {
      if (village.boards.get(key) === computed) village.boards.delete(key);
    });
    return computed;
  }

  /** The village's scheme, households and ledger at this version (for checks that need no board). */
  snapshot(db: Kysely<Database>, villageId: string, version: number): Promise<VillageSnapshot> {
    return this.village(db, villageId, version).snapshot;
  }

  private village(db: Kysely<Database>, villageId: string, version: number): VillageEntry {
    const found = this.villages.get(villageId);
    // A reader that read the version just before a write committed may come after one that read the newer
    // version: the newer entry (loaded after that commit) serves it too, instead of being thrown away.
    if (found !== undefined && found.version >= version) return found;
    const entry: VillageEntry = { version, snapshot: loadVillageSnapshot(db, villageId), boards: new Map() };
    this.villages.set(villageId, entry);
    // An unknown village (404) or a failed read is not remembered.
    entry.snapshot.catch(() => {
      if (this.villages.get(villageId) === entry) this.villages.delete(villageId);
    });
    return entry;
  }
}

const cacheKey = 'points:boards';

export function pointsBoardCache(app: AppServices): PointsBoardCache {
  const found = app.caches.get(cacheKey);
  if (found instanceof PointsBoardCache) return found;
  const created = new PointsBoardCache();
  app.caches.set(cacheKey, created);
  return created;
}

/** The village's read-cache version, a row of `counters` shared by every process on the database. */
const versionCounter = (villageId: string) => `cache-version:village:${villageId}`;

/**
 * Marks the village's cached reads (the leaderboard) stale, inside the write's transaction: the new version
 * becomes visible to every server process at the same commit as the write itself, and a rolled-back write
 * bumps nothing. Writers are already serialized (`lockForWriting`), so the row adds no contention.
 */
export async function bumpVillageVersion(trx: Transaction<Database>, villageId: string): Promise<void> {
  await trx
    .insertInto('counters')
    .values({ name: versionCounter(villageId), value: 1 })
    .onConflict((oc) => oc.column('name').doUpdateSet((eb) => ({ value: eb('counters.value', '+', 1) })))
    .execute();
}

type VersionStatement = SqliteStatement<[string], { value: number }>;
const versionStatements = new WeakMap<SqliteDatabase, VersionStatement>();

/**
 * The version a board read is computed for: read from the database on every request (0 before any write). On
 * SQLite a prepared statement answers it in microseconds, unless a transaction is open on the connection (its
 * uncommitted bump must not be seen: a rolled-back write would leave a version that a later write reuses); then,
 * and on PostgreSQL, through Kysely, which waits for the transaction to end.
 */
export async function villageVersion(db: Kysely<Database>, villageId: string): Promise<number> {
  const sqlite = sqliteHandleOf(db);
  if (sqlite !== undefined && !sqlite.inTransaction) {
    let statement = versionStatements.get(sqlite);
    if (statement === undefined) {
      statement = sqlite.prepare<[string], { value: number }>('select value from counters where name = ?');
      versionStatements.set(sqlite, statement);
    }
    return statement.get(versionCounter(villageId))?.value ?? 0;
  }
  const row = await db.selectFrom('counters').select('value').where('name', '=', versionCounter(villageId)).executeTakeFirst();
  return row?.value ?? 0;
}
