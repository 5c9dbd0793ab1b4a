import { activeConsentPurposes, type ConsentPurpose, type ConsentRecord } from '@shanzhi/rules';
import type { Kysely, Transaction } from 'kysely';
import type { HouseholdConsentTable } from '../db/consent-schema.js';
import { insertRows, rowWriter } from '../db/insert-rows.js';
import type { Database } from '../db/schema.js';
import { HttpProblem } from '../http/problem.js';
import { nextConsentId } from './documents.js';

/*
 * The `household_consents` table ↔ the contract's consent records. A household's consent to being named
 * is recorded per purpose (个人信息保护法 Arts 14, 25) and withdrawn by filling in the withdrawal on the
 * same row (Art 15), so the history stays and at most one row per purpose is active.
 */

type Db = Kysely<Database> | Transaction<Database>;

/**
 * A consent as the contract sends it (`householdConsentSchema`): the rules' `ConsentRecord` with its id
 * and state. A type literal, not an interface, so it is assignable to the schema's loose object.
 */
// eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- see above
export type StoredConsent = {
  readonly id: string;
  readonly householdId: string;
  readonly purpose: ConsentPurpose;
  readonly givenBy: string;
  readonly givenAt: string;
  readonly withdrawnBy: string | null;
  readonly withdrawnAt: string | null;
  readonly active: boolean;
};

function consentOf(row: HouseholdConsentTable): StoredConsent {
  return {
    id: row.id,
    householdId: row.household_id,
    // Only purposes of the rules are ever written (the route's schema checks them).
    purpose: row.purpose as ConsentPurpose,
    givenBy: row.given_by,
    givenAt: row.given_at,
    withdrawnBy: row.withdrawn_by,
    withdrawnAt: row.withdrawn_at,
    active: row.withdrawn_at === null,
  };
}

/** Every consent the household gave, withdrawn ones included, oldest first. */
export async function householdConsents(db: Db, householdId: string): Promise<StoredConsent[]> {
  const rows = await db
    .selectFrom('household_consents')
    .selectAll()
    .where('household_id', '=', householdId)
    .orderBy('given_at')
    .orderBy('id')
    .execute();
  return rows.map(consentOf);
}

/** The purposes each household of the village currently consents to (households without any are absent). */
export async function villageConsentPurposes(db: Db, villageId: string): Promise<Map<string, ConsentPurpose[]>> {
  const rows = await db
    .selectFrom('household_consents')
    .selectAll()
    .where('village_id', '=', villageId)
    .where('withdrawn_at', 'is', null)
    .execute();
  const byHousehold = new Map<string, StoredConsent[]>();
  for (const row of rows) {
    const list = byHousehold.get(row.household_id);
    if (list) list.push(consentOf(row));
    else byHousehold.set(row.household_id, [consentOf(row)]);
  }
  return new Map([...byHousehold].map(([householdId, records]) => [householdId, activeConsentPurposes(records)]));
}

async function activeConsent(trx: Transaction<Database>, householdId: string, purpose: ConsentPurpose): Promise<StoredConsent | undefined> {
  const row = await trx
    .selectFrom('household_consents')
    .selectAll()
    .where('household_id', '=', householdId)
    .where('purpose', '=', purpose)
    .where('withdrawn_at', 'is', null)
    .executeTakeFirst();
  return row ? consentOf(row) : undefined;
}

export interface ConsentWrite {
  readonly villageId: string;
  readonly householdId: string;
  readonly purpose: ConsentPurpose;
  readonly by: string;
  readonly at: Date;
}

/**
 * Records the household's consent for the purpose. Recording one that is already active changes nothing
 * and answers the active record (`created: false`), so a repeated request is harmless.
 */
export async function recordConsent(
  trx: Transaction<Database>,
  write: ConsentWrite,
): Promise<{ readonly consent: StoredConsent; readonly created: boolean }> {
  const existing = await activeConsent(trx, write.householdId, write.purpose);
  if (existing) return { consent: existing, created: false };
  const row = consentRow({
    id: await nextConsentId(trx),
    householdId: write.householdId,
    villageId: write.villageId,
    purpose: write.purpose,
    givenBy: write.by,
    givenAt: write.at.toISOString(),
  });
  await insertRows(trx, 'household_consents', [row]);
  return { consent: consentOf(row), created: true };
}

/**
 * A consent as recorded, withdrawn or not (what the seed's records and a new recording hold): the rules'
 * `ConsentRecord` (`givenBy` is the staff id of the cadre who recorded the signed form, `givenAt` an ISO-8601
 * UTC instant) of a household of a village. A withdrawal not made is absent here, never null.
 */
export interface ConsentRecordRow extends ConsentRecord {
  readonly id: string;
  readonly householdId: string;
  readonly villageId: string;
  readonly withdrawnBy?: string | undefined;
  readonly withdrawnAt?: string | undefined;
}

function consentRow(c: ConsentRecordRow): HouseholdConsentTable {
  return {
    id: c.id,
    household_id: c.householdId,
    village_id: c.villageId,
    purpose: c.purpose,
    given_by: c.givenBy,
    given_at: c.givenAt,
    withdrawn_by: c.withdrawnBy ?? null,
    withdrawn_at: c.withdrawnAt ?? null,
  };
}

/** Consent records written as they are, ids and withdrawals included (a bulk load). */
export const insertConsents = rowWriter('household_consents', consentRow);

/**
 * Withdraws the household's active consent for the purpose; 404 when there is none. The update is
 * conditional on the row still being active, so two concurrent withdrawals cannot both succeed.
 */
export async function withdrawConsent(
  trx: Transaction<Database>,
  write: ConsentWrite,
): Promise<{ readonly before: StoredConsent; readonly after: StoredConsent }> {
  const before = await activeConsent(trx, write.householdId, write.purpose);
  if (!before) throw HttpProblem.of('not-found');
  const withdrawnAt = write.at.toISOString();
  const result = await trx
    .updateTable('household_consents')
    .set({ withdrawn_by: write.by, withdrawn_at: withdrawnAt })
    .where('id', '=', before.id)
    .where('withdrawn_at', 'is', null)
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) throw HttpProblem.of('conflict');
  if (write.purpose === 'honourBoard') {
    // The old general flag is no longer read; clear it anyway so no stale "yes" outlives the withdrawal.
    await trx.updateTable('households').set({ consent_public_name: 0 }).where('id', '=', write.householdId).execute();
  }
  return { before, after: { ...before, withdrawnBy: write.by, withdrawnAt, active: false } };
}
