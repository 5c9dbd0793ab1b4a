import type { AppServices } from '../api/context.js';
import type { PublicPage, PublicPageCache, PublicPageRequest, PublicPageSlot } from '../http/cache.js';
import { villageVersion } from './cache.js';

/** Pages kept per village (query × language × day); the least recently served goes first. */
const pagesPerVillage = 256;

interface VillagePages {
  readonly version: number;
  readonly pages: Map<string, PublicPage>;
}

/**
 * The public leaderboard's pages, serialized once per village version. Each request reads the village's version
 * row first (`villageVersion`: a prepared statement on SQLite, one primary-key read on PostgreSQL), so a write
 * through ANY server process — it bumps the row in its own transaction — is served on the next request that
 * reads the row after its commit: the bound across processes is the same as on one, with no timer or message.
 * A page is kept only under the version read before it was computed; the board it comes from was read at that
 * version or later, so a stored page is never older than its key.
 *
 * Only `registerRoutes` fills and serves it, and only for callers without credentials (the `public` cache class);
 * the key still names that viewer class, so a future caller class can never share a key with it.
 */
export class BoardPageCache implements PublicPageCache {
  private readonly villages = new Map<string, VillagePages>();

  constructor(private readonly app: AppServices) {}

  async open(request: PublicPageRequest): Promise<PublicPageSlot | undefined> {
    const villageId = request.params.villageId;
    if (villageId === undefined) return undefined;
    const version = await villageVersion(this.app.db, villageId);
    const key = `public\u0000${request.today}\u0000${request.locale}\u0000${request.rawQuery}`;
    const village = this.villages.get(villageId);
    const page = village?.version === version ? village.pages.get(key) : undefined;
    if (page !== undefined && village !== undefined) {
      // Refresh its place in the eviction order.
      village.pages.delete(key);
      village.pages.set(key, page);
    }
    return {
      page,
      store: (computed) => {
        this.store(villageId, version, key, computed);
      },
    };
  }

  private store(villageId: string, version: number, key: string, page: PublicPage): void {
    // Only complete answers: a problem (an unknown village, a bad query) is computed again each time.
    if (page.status !== 200) return;
    let village = this.villages.get(villageId);
    if (village === undefined || village.version < version) {
      village = { version, pages: new Map() };
      this.villages.set(villageId, village);
    } else if (village.version > version) {
      return;
    }
    village.pages.set(key, page);
    if (village.pages.size > pagesPerVillage) {
      const oldest = village.pages.keys().next();
      if (oldest.done !== true) village.pages.delete(oldest.value);
    }
  }
}

const cacheKey = 'points:board-pages';

export function boardPageCache(app: AppServices): BoardPageCache {
  const found = app.caches.get(cacheKey);
  if (found instanceof BoardPageCache) return found;
  const created = new BoardPageCache(app);
  app.caches.set(cacheKey, created);
  return created;
}
