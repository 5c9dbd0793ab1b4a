import type { Kysely } from 'kysely';
import type { AppServices } from '../api/context.js';
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
 * a village's write bumps its version (`AppServices.versions`), which drops everything cached for it.
 * Promises are cached, so concurrent first readers share one computation. Only villages that exist stay.
 */
export class PointsBoardCache {
  private readonly villages = new Map<string, VillageEntry>();

  board(db: Kysely<Database>, villageId: string, version: number, period: string, category: string | null, today: string): Promise<ComputedBoard> {
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
    if (found?.version === version) return found;
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

export function villageVersion(app: AppServices, villageId: string): number {
  return app.versions.get(villageId) ?? 0;
}
