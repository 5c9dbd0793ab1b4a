/**
 * Row types of the table migration 0008-points-process creates, merged into `Database` (db/schema.ts) from here so
 * the points process keeps its schema beside its code.
 */
export interface StaffFamilyTieTable {
  /** The principal id of the reviewer who declared the tie. */
  staff_id: string;
  village_id: string;
  household_id: string;
  /** ISO-8601 UTC instant. */
  declared_at: string;
}

export interface PointsProcessTables {
  staff_family_ties: StaffFamilyTieTable;
}

declare module '../db/schema.js' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- interface merging is how a table joins `Database`
  interface Database extends PointsProcessTables {}
}
