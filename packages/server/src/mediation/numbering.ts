import { randomBytes } from 'node:crypto';
import {
  formatCaseNumber,
  parseCaseNumber,
  trackingCodeFromBytes,
  trackingCodeRandomBytes,
  displayCaseNumber as printedCaseNumber,
} from '@shanzhi/rules';
import type { Kysely, Transaction } from 'kysely';
import { hashToken } from '../auth/principal.js';
import { insertRows } from '../db/insert-rows.js';
import type { Database } from '../db/schema.js';

type Db = Kysely<Database> | Transaction<Database>;

/** Where a case is registered (人民调解法 Art 27): the county's division code and the committee's short name. */
export interface Registry {
  /** 6-digit county code: case numbers run per county and year, as in the seed (MED-339901-2026-000042). */
  readonly regionCode: string;
  /** Printed in 调字第…号: the village committee's short name, else the county's name without 县/区/市. */
  readonly abbreviation: string;
}

interface RegionDoc {
  readonly countyId?: string;
  readonly abbreviation?: string;
}

function countyShortName(name: string): string {
  return name.length > 2 ? name.replace(/[县区市]$/u, '') : name;
}

/** The registry of a village's cases, or of the county's intake pool when the village is not known. */
export async function registryFor(db: Db, villageId: string | null): Promise<Registry> {
  const village =
    villageId === null
      ? undefined
      : await db.selectFrom('regions').selectAll().where('id', '=', villageId).where('level', '=', 'village').executeTakeFirst();
  const villageDoc = village ? (JSON.parse(village.doc) as RegionDoc) : undefined;
  let county =
    villageDoc?.countyId === undefined
      ? undefined
      : await db.selectFrom('regions').selectAll().where('id', '=', villageDoc.countyId).executeTakeFirst();
  // The reference deployment serves one county; a public intake without a village goes to it.
  county ??= await db.selectFrom('regions').selectAll().where('level', '=', 'county').orderBy('code').limit(1).executeTakeFirst();
  if (!county) throw new Error('No county is loaded');
  return { regionCode: county.code, abbreviation: villageDoc?.abbreviation ?? countyShortName(county.name) };
}

/**
 * The next case number of (region, year): the counter row is incremented inside the caller's transaction,
 * so two intakes can never draw the same number and a rolled-back intake leaves no gap.
 */
export async function nextCaseNumber(trx: Transaction<Database>, regionCode: string, year: number): Promise<string> {
  const name = counterName(regionCode, year);
  const row = await trx
    .insertInto('counters')
    .values({ name, value: 1 })
    .onConflict((oc) => oc.column('name').doUpdateSet((eb) => ({ value: eb('counters.value', '+', 1) })))
    .returning('value')
    .executeTakeFirstOrThrow();
  return formatCaseNumber({ regionCode, year, sequence: row.value });
}

const counterName = (regionCode: string, year: number) => `case:${regionCode}:${String(year)}`;

/** Sets the counters past the highest of these case numbers (a bulk load), so the next intake continues after them. */
export async function continueCaseNumbers(trx: Transaction<Database>, caseNumbers: readonly string[]): Promise<void> {
  const highest = new Map<string, number>();
  for (const caseNumber of caseNumbers) {
    const parsed = parseCaseNumber(caseNumber);
    if (!parsed.ok) continue;
    const name = counterName(parsed.value.regionCode, parsed.value.year);
    highest.set(name, Math.max(highest.get(name) ?? 0, parsed.value.sequence));
  }
  await insertRows(
    trx,
    'counters',
    [...highest].map(([name, value]) => ({ name, value })),
  );
}

/** （2026）王坞调字第0042号, for the applicant's paper slip. */
export function printedNumber(caseNumber: string, abbreviation: string): string {
  const parsed = parseCaseNumber(caseNumber);
  return parsed.ok ? printedCaseNumber(parsed.value, abbreviation) : caseNumber;
}

/** The committee abbreviation of a stored case (its village's, else the county's). */
export async function abbreviationOf(db: Db, villageId: string | null): Promise<string> {
  return (await registryFor(db, villageId)).abbreviation;
}

/**
 * A fresh tracking code (a bearer secret) and its hash, the only form the database keeps. Drawn from the
 * OS CSPRNG; drawn again on the (below 10⁻⁹) chance that too few bytes were usable or the hash is taken.
 */
export async function newTrackingCode(trx: Transaction<Database>): Promise<{ code: string; hash: string }> {
  for (;;) {
    const code = trackingCodeFromBytes(randomBytes(trackingCodeRandomBytes));
    if (code === null) continue;
    const hash = hashToken(code);
    const taken = await trx.selectFrom('mediation_cases').select('id').where('tracking_hash', '=', hash).executeTakeFirst();
    if (!taken) return { code, hash };
  }
}
