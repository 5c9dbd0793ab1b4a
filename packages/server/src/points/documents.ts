import {
  type ledgerEntrySchema,
  pointsCatalogueSchema,
  pointsSettingsSchema,
  type LedgerEntry,
  type PointsCatalogue,
  type PointsSettings,
  type Redemption,
} from '@shanzhi/rules';
import { sql, type Kysely, type Transaction } from 'kysely';
import * as z from 'zod/mini';
import type { HouseholdTable } from '../db/domain-schema.js';
import { rowWriter } from '../db/insert-rows.js';
import type { Database } from '../db/schema.js';
import { villageDocRow, villageRow } from '../db/village-row.js';
import { HttpProblem } from '../http/problem.js';

/*
 * Rows ↔ documents of the points tables. Each row keeps the record's JSON document in `doc` beside the
 * columns the server filters on (status, effective_on, revoked_on …); both are written together here.
 */

type Db = Kysely<Database> | Transaction<Database>;

export interface PointsScheme {
  readonly catalogue: PointsCatalogue;
  readonly settings: PointsSettings;
}

/** The village's catalogue and settings; 404 for a village without a points scheme (or no such village). */
export async function loadScheme(db: Db, villageId: string): Promise<PointsScheme> {
  const row = await db
    .selectFrom('points_schemes')
    .select(['catalogue', 'settings'])
    .where('village_id', '=', villageId)
    .executeTakeFirst();
  if (!row) throw HttpProblem.of('not-found');
  // Parsed (not just cast) so defaults added to the settings since the row was written apply.
  return {
    catalogue: z.parse(pointsCatalogueSchema, JSON.parse(row.catalogue)),
    settings: z.parse(pointsSettingsSchema, JSON.parse(row.settings)),
  };
}

export type HouseholdRow = Pick<HouseholdTable, 'id' | 'village_id' | 'number' | 'head_name'>;

/** A household of the village; 404 when there is none (or it belongs to another village). */
export async function loadHousehold(db: Db, villageId: string, householdId: string): Promise<HouseholdRow> {
  const row = await db
    .selectFrom('households')
    .select(['id', 'village_id', 'number', 'head_name'])
    .where('id', '=', householdId)
    .where('village_id', '=', villageId)
    .executeTakeFirst();
  if (!row) throw HttpProblem.of('not-found');
  return row;
}

export async function householdEntries(db: Db, householdId: string): Promise<LedgerEntry[]> {
  const rows = await db.selectFrom('points_entries').select(['doc']).where('household_id', '=', householdId).orderBy('id').execute();
  return rows.map((row) => JSON.parse(row.doc) as LedgerEntry);
}

/** A stored redemption: the rules' record plus who handled it and what was handed over. */
export interface StoredRedemption extends Redemption {
  readonly villageId: string;
  readonly handledBy: string;
  readonly vouchers?: readonly number[] | undefined;
}

export async function householdRedemptions(db: Db, householdId: string): Promise<StoredRedemption[]> {
  const rows = await db.selectFrom('redemptions').select(['doc']).where('household_id', '=', householdId).orderBy('id').execute();
  return rows.map((row) => JSON.parse(row.doc) as StoredRedemption);
}

/** The rules' redemption record (what the contract's `redemptionSchema` describes), without server bookkeeping. */
export function redemptionRecord(stored: Redemption): Redemption {
  const { id, householdId, date, points, kind, cashTopUpFen, note } = stored;
  return {
    id,
    householdId,
    date,
    points,
    kind,
    ...(cashTopUpFen === undefined ? {} : { cashTopUpFen }),
    ...(note === undefined ? {} : { note }),
  };
}

/** An entry as the contract sends it (the rules' record has a readonly history; the response type is mutable). */
export type LedgerEntryDocument = z.output<typeof ledgerEntrySchema>;

export function entryDocument(entry: LedgerEntry): LedgerEntryDocument {
  const { history, attachmentIds, objections, ...rest } = entry;
  return {
    ...rest,
    history: history.map((step) => ({ ...step })),
    ...(attachmentIds ? { attachmentIds: [...attachmentIds] } : {}),
    ...(objections
      ? {
          objections: objections.map(({ attachmentIds: files, ...one }) => ({ ...one, ...(files ? { attachmentIds: [...files] } : {}) })),
        }
      : {}),
  };
}

/** Stands in for an objector's identity in the copy the entry's own household reads. */
const objectorShown = 'objector';

/**
 * The entry as its own household reads it: objections keep their reason and the 村务监督委员会's answer, but never
 * who objected (the objecting household and villager are replaced), so an objection cannot turn into a feud.
 */
export function householdEntryDocument(entry: LedgerEntry): LedgerEntryDocument {
  const document = entryDocument(entry);
  return {
    ...document,
    history: document.history.map((step) => (step.action === 'dispute' ? { ...step, actorId: objectorShown } : step)),
    ...(document.objections
      ? { objections: document.objections.map((one) => ({ ...one, householdId: objectorShown, filedBy: objectorShown })) }
      : {}),
  };
}

export async function loadEntry(db: Db, villageId: string, entryId: string): Promise<LedgerEntry> {
  const row = await villageRow(db, 'points_entries', villageId, entryId);
  if (!row) throw HttpProblem.of('not-found');
  return JSON.parse(row.doc) as LedgerEntry;
}

function entryColumns(entry: LedgerEntry) {
  return {
    rule_code: entry.ruleCode,
    points: entry.points,
    status: entry.status,
    effective_on: entry.effectiveOn ?? null,
    revoked_on: entry.revokedOn ?? null,
    doc: JSON.stringify(entry),
  };
}

export const insertEntries = rowWriter(
  'points_entries',
  ({ villageId, entry }: { readonly villageId: string; readonly entry: LedgerEntry }) => ({
    id: entry.id,
    village_id: villageId,
    household_id: entry.householdId,
    ...entryColumns(entry),
  }),
);

/**
 * Writes the entry's next state, but only over the state it was read in: a concurrent step that got there
 * first (another process on PostgreSQL) makes this one a 409 instead of silently overwriting it.
 */
export async function updateEntry(trx: Transaction<Database>, before: LedgerEntry, after: LedgerEntry): Promise<void> {
  const result = await trx
    .updateTable('points_entries')
    .set(entryColumns(after))
    .where('id', '=', before.id)
    .where('status', '=', before.status)
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) throw HttpProblem.of('conflict');
}

export const insertRedemptions = rowWriter('redemptions', (redemption: StoredRedemption) =>
  villageDocRow(redemption, { household_id: redemption.householdId, date: redemption.date, points: redemption.points }),
);

/** The villages' catalogues and settings (`loadScheme` reads them). */
export const insertSchemes = rowWriter('points_schemes', (p: PointsScheme & { readonly villageId: string }) => ({
  village_id: p.villageId,
  catalogue: JSON.stringify(p.catalogue),
  settings: JSON.stringify(p.settings),
}));

interface Serial {
  readonly counter: string;
  readonly table: 'points_entries' | 'redemptions' | 'household_consents';
  readonly prefix: string;
  readonly width: number;
}

const serials = {
  entry: { counter: 'points:entry', table: 'points_entries', prefix: 'pe-', width: 7 },
  redemption: { counter: 'points:redemption', table: 'redemptions', prefix: 'rd-', width: 6 },
  consent: { counter: 'points:consent', table: 'household_consents', prefix: 'hc-', width: 7 },
} as const satisfies Record<string, Serial>;

async function bump(trx: Transaction<Database>, name: string): Promise<number | undefined> {
  const row = await trx
    .updateTable('counters')
    .set((eb) => ({ value: eb('value', '+', 1) }))
    .where('name', '=', name)
    .returning('value')
    .executeTakeFirst();
  return row?.value;
}

/** Highest serial already used by ids of this kind (the seed's `pe-0000042`), so new ids continue after it. */
async function highestSerial(trx: Transaction<Database>, serial: Serial): Promise<number> {
  const row = await trx
    .selectFrom(serial.table)
    .select('id')
    .where('id', 'like', `${serial.prefix}%`)
    .orderBy(sql`length(id)`, 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  const found = row ? Number(row.id.slice(serial.prefix.length)) : 0;
  return Number.isSafeInteger(found) ? found : 0;
}

/** Next id of a kind, from a counter in the same transaction (sequential, readable, portable). */
async function nextId(trx: Transaction<Database>, serial: Serial): Promise<string> {
  let value = await bump(trx, serial.counter);
  if (value === undefined) {
    await trx
      .insertInto('counters')
      .values({ name: serial.counter, value: await highestSerial(trx, serial) })
      .onConflict((oc) => oc.column('name').doNothing())
      .execute();
    value = await bump(trx, serial.counter);
  }
  if (value === undefined) throw new Error(`Counter ${serial.counter} is missing`);
  return `${serial.prefix}${String(value).padStart(serial.width, '0')}`;
}

export const nextEntryId = (trx: Transaction<Database>) => nextId(trx, serials.entry);
export const nextRedemptionId = (trx: Transaction<Database>) => nextId(trx, serials.redemption);
export const nextConsentId = (trx: Transaction<Database>) => nextId(trx, serials.consent);
