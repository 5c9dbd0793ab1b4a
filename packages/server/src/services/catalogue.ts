import { prepareServiceSearch, type PreparedService, type SearchKeys, type ServiceGuide } from '@shanzhi/rules';
import { buildSearchKeys } from '@shanzhi/rules/search-keys';
import type { Kysely, Transaction } from 'kysely';
import type { AppServices } from '../api/context.js';
import { insertRows } from '../db/insert-rows.js';
import type { Database } from '../db/schema.js';
import { HttpProblem } from '../http/problem.js';

type Db = Kysely<Database> | Transaction<Database>;

/** A guide as the catalogue holds it: the document plus the pinyin keys computed at seed time. */
export interface CatalogueEntry {
  readonly guide: ServiceGuide;
  readonly name: ServiceGuide['name'];
  readonly keywords: readonly string[];
  readonly searchKeys: SearchKeys;
}

export interface Catalogue {
  readonly countyId: string;
  readonly entries: readonly CatalogueEntry[];
  /** Normalized once, so a search only compares short strings (the rules' `prepareServiceSearch`). */
  readonly prepared: readonly PreparedService<CatalogueEntry>[];
}

/** The county whose catalogue serves a region: the county itself, or the county above a town or village. */
export async function countyOf(db: Db, regionId: string): Promise<string> {
  let id: string | null = regionId;
  // county ← town ← village: at most three steps; the bound also stops a cycle in bad data.
  for (let step = 0; step < 3 && id !== null; step += 1) {
    const region: { level: string; parent_id: string | null } | undefined = await db
      .selectFrom('regions')
      .select(['level', 'parent_id'])
      .where('id', '=', id)
      .executeTakeFirst();
    if (!region) break;
    if (region.level === 'county') return id;
    id = region.parent_id;
  }
  throw HttpProblem.of('not-found');
}

/**
 * The county's guides, read once and kept: guides change only with a new seed or import, which restarts
 * the server. Kept per county in the app's cache map.
 */
export async function catalogueOf(app: AppServices, db: Db, countyId: string): Promise<Catalogue> {
  const key = `services:catalogue:${countyId}`;
  const cached = app.caches.get(key) as Catalogue | undefined;
  if (cached) return cached;
  const rows = await db
    .selectFrom('service_guides')
    .select(['doc', 'search_keys'])
    .where('region_id', '=', countyId)
    .orderBy('code')
    .execute();
  const entries = rows.map((row): CatalogueEntry => {
    const guide = JSON.parse(row.doc) as ServiceGuide;
    return { guide, name: guide.name, keywords: guide.keywords ?? [], searchKeys: JSON.parse(row.search_keys) as SearchKeys };
  });
  const catalogue: Catalogue = { countyId, entries, prepared: prepareServiceSearch(entries) };
  app.caches.set(key, catalogue);
  return catalogue;
}

/** Guides of the county's catalogue, with the search keys the catalogue search reads. */
export async function insertGuides(trx: Transaction<Database>, countyId: string, guides: readonly ServiceGuide[]): Promise<void> {
  await insertRows(
    trx,
    'service_guides',
    guides.map((guide) => ({
      code: guide.code,
      region_id: countyId,
      department: guide.department,
      doc: JSON.stringify(guide),
      search_keys: JSON.stringify(buildSearchKeys(guide)),
    })),
  );
}

export async function guideByCode(db: Db, code: string): Promise<{ guide: ServiceGuide; countyId: string }> {
  const row = await db.selectFrom('service_guides').select(['doc', 'region_id']).where('code', '=', code).executeTakeFirst();
  if (!row) throw HttpProblem.of('not-found');
  return { guide: JSON.parse(row.doc) as ServiceGuide, countyId: row.region_id };
}
