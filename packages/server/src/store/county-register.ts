import type { Role } from '@shanzhi/rules';
import type { Kysely } from 'kysely';
import { rowWriter } from '../db/insert-rows.js';
import type { Database } from '../db/schema.js';

/*
 * Writes of the county's register — regions, staff, households — which no API route changes: they come with a
 * county (the demo seed, an import). Each row keeps its whole record as JSON in `doc`, like the other stores.
 */

/** Whether the id names a village of the register (routes and key issuing refuse any other id). */
export async function isVillage(db: Kysely<Database>, id: string): Promise<boolean> {
  const row = await db.selectFrom('regions').select('id').where('id', '=', id).where('level', '=', 'village').executeTakeFirst();
  return row !== undefined;
}

export type RegionRecord =
  | { readonly id: string; readonly code: string; readonly name: string; readonly level: 'county' }
  | { readonly id: string; readonly code: string; readonly name: string; readonly level: 'town'; readonly countyId: string }
  | { readonly id: string; readonly code: string; readonly name: string; readonly level: 'village'; readonly townId: string };

export const insertRegions = rowWriter('regions', (r: RegionRecord) => ({
  id: r.id,
  code: r.code,
  name: r.name,
  level: r.level,
  parent_id: r.level === 'village' ? r.townId : r.level === 'town' ? r.countyId : null,
  doc: JSON.stringify(r),
}));

export interface StaffRecord {
  readonly id: string;
  readonly name: string;
  readonly role: Role;
  readonly villageId?: string | undefined;
}

export const insertStaff = rowWriter('staff', (s: StaffRecord) => ({
  id: s.id,
  name: s.name,
  role: s.role,
  village_id: s.villageId ?? null,
  doc: JSON.stringify(s),
}));

export interface HouseholdRecord {
  readonly id: string;
  readonly villageId: string;
  readonly groupId: string;
  readonly number: string;
  readonly headName: string;
  readonly mobile: string | null;
  readonly residentId?: string | undefined;
}

export const insertHouseholds = rowWriter('households', (h: HouseholdRecord) => ({
  id: h.id,
  village_id: h.villageId,
  group_id: h.groupId,
  number: h.number,
  head_name: h.headName,
  mobile: h.mobile,
  resident_id: h.residentId ?? null,
  // The old general flag is no longer read; 0 so nothing older can take it for a consent to every board.
  consent_public_name: 0,
  doc: JSON.stringify(h),
}));
