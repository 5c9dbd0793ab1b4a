import { currentVersion, recordedOn, statusOn, type CalendarDate, type Locale } from '@shanzhi/rules';
import type { Kysely, Transaction } from 'kysely';
import { anonymous } from '../auth/principal.js';
import type { Database } from '../db/schema.js';
import { buildDetail } from '../disclosure/detail.js';
import { inYearMonth } from '../disclosure/listing.js';
import { findDecision, loadReliefLists, loadSettings, type StoredItem } from '../disclosure/store.js';

type Db = Kysely<Database> | Transaction<Database>;

/**
 * The items of a month as the board selects them (`inYearMonth`: by the period they report on), without those not
 * yet published; in the order a board is read: oldest publication first, then by id.
 */
export function monthItems(items: readonly StoredItem[], year: number, month: number, today: CalendarDate): StoredItem[] {
  return items
    .filter((item) => statusOn(item, today) !== 'upcoming' && inYearMonth(currentVersion(item).period, year, month))
    .sort((a, b) => recordedOn(currentVersion(a)).localeCompare(recordedOn(currentVersion(b))) || a.id.localeCompare(b.id));
}

/**
 * Each item exactly as the public reads it online (`buildDetail` for an anonymous caller: masked relief lists, raw
 * phone and ID numbers scrubbed), whoever prints it: the paper goes on a wall anyone can read.
 */
export async function publicDetails(db: Db, villageId: string, items: readonly StoredItem[], today: CalendarDate, locale: Locale) {
  const settings = await loadSettings(db, villageId);
  const details = [];
  for (const item of items) {
    const [decision, reliefLists] = await Promise.all([
      item.decisionId === undefined ? undefined : findDecision(db, villageId, item.decisionId),
      loadReliefLists(db, villageId, item.id),
    ]);
    details.push(buildDetail({ item, decision, reliefLists, settings, today, locale, principal: anonymous }));
  }
  return details;
}

/** The village's name as its register has it (the poster's heading). */
export async function villageNameOf(db: Db, villageId: string): Promise<string> {
  const row = await db.selectFrom('regions').select('name').where('id', '=', villageId).executeTakeFirst();
  return row?.name ?? villageId;
}
