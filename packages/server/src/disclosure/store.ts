import {
  currentVersion,
  defaultDisclosureSettings,
  disclosureSettingsSchema,
  firstPublished,
  type Decision,
  type DisclosureItem,
  type DisclosureSettings,
  type ReliefList,
  type Trail,
} from '@shanzhi/rules';
import type { Kysely, Transaction } from 'kysely';
import * as z from 'zod/mini';
import type { DisclosureItemTable } from '../db/domain-schema.js';
import { rowWriter } from '../db/insert-rows.js';
import type { Database } from '../db/schema.js';
import { villageDoc, villageDocRow, villageDocs, villageDocsOf } from '../db/village-row.js';
import { HttpProblem } from '../http/problem.js';
import { isVillage } from '../store/county-register.js';

/*
 * Row ↔ document mapping for the disclosure tables. Each row keeps the whole record as JSON in `doc`;
 * the columns beside it (category, title, first publication, decision) are copies for filtering.
 */

type Db = Kysely<Database> | Transaction<Database>;

/** An item as stored: the rules' item plus the village it belongs to and the staff id who first posted it. */
export interface StoredItem extends DisclosureItem {
  readonly villageId: string;
  readonly publishedBy: string;
}

/** A decision of the villagers' (representatives') meeting with its 四议两公开 trail, when recorded. */
export interface StoredDecision extends Decision {
  readonly villageId: string;
  readonly trail?: Trail | undefined;
}

export interface StoredReliefList extends ReliefList {
  readonly id: string;
  readonly villageId: string;
  readonly itemId: string;
}

/** 404 unless the id is a village (a county or town id is not a board). */
export async function requireVillage(db: Db, villageId: string): Promise<void> {
  if (!(await isVillage(db, villageId))) throw HttpProblem.of('not-found');
}

export function loadItems(db: Db, villageId: string): Promise<StoredItem[]> {
  return villageDocs(db, 'disclosure_items', villageId);
}

/** The item of this village, or undefined: another village's id is answered like an unknown one. */
export function findItem(db: Db, villageId: string, id: string): Promise<StoredItem | undefined> {
  return villageDoc(db, 'disclosure_items', villageId, id);
}

export function loadDecisions(db: Db, villageId: string): Promise<StoredDecision[]> {
  return villageDocs(db, 'decisions', villageId);
}

export function findDecision(db: Db, villageId: string, id: string): Promise<StoredDecision | undefined> {
  return villageDoc(db, 'decisions', villageId, id);
}

export function loadReliefLists(db: Db, villageId: string, itemId: string): Promise<StoredReliefList[]> {
  return villageDocsOf(db, 'relief_lists', villageId, 'item_id', itemId);
}

/** The village's adopted settings; the documented defaults where it has none (or a stored value is unreadable). */
export async function loadSettings(db: Db, villageId: string): Promise<DisclosureSettings> {
  const row = await db.selectFrom('disclosure_schemes').select('settings').where('village_id', '=', villageId).executeTakeFirst();
  if (!row) return defaultDisclosureSettings;
  const parsed = z.safeParse(disclosureSettingsSchema, JSON.parse(row.settings));
  return parsed.success ? parsed.data : defaultDisclosureSettings;
}

/** The name printed on a correction note (who corrected it), as notice boards sign them; the id if unknown. */
export async function staffNameOf(db: Db, staffId: string): Promise<string> {
  const row = await db.selectFrom('staff').select('name').where('id', '=', staffId).executeTakeFirst();
  return row?.name ?? staffId;
}

export function itemRow(item: StoredItem): DisclosureItemTable {
  return villageDocRow(item, {
    category: item.category,
    title: currentVersion(item).title,
    published: firstPublished(item),
    decision_id: item.decisionId ?? null,
  });
}

export async function insertItem(trx: Transaction<Database>, item: StoredItem): Promise<void> {
  await insertItems(trx, [item]);
}

export const insertItems = rowWriter('disclosure_items', itemRow);

export const insertDecisions = rowWriter('decisions', (d: StoredDecision) => villageDocRow(d, {}));

export const insertReliefLists = rowWriter('relief_lists', (r: StoredReliefList) => villageDocRow(r, { item_id: r.itemId }));

/** The villages' disclosure settings (`loadSettings` reads them). */
export const insertSettings = rowWriter(
  'disclosure_schemes',
  (d: { readonly villageId: string; readonly settings: DisclosureSettings }) => ({
    village_id: d.villageId,
    settings: JSON.stringify(d.settings),
  }),
);

/** Stores the item with its new version appended; the earlier versions travel along unchanged in `doc`. */
export async function replaceItem(trx: Transaction<Database>, item: StoredItem): Promise<void> {
  const { title, published, doc } = itemRow(item);
  await trx
    .updateTable('disclosure_items')
    .set({ title, published, doc })
    .where('id', '=', item.id)
    .where('village_id', '=', item.villageId)
    .execute();
}
