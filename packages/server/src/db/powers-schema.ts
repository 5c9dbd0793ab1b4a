/** A power of a county's or a village's 小微权力清单 (migration 0016). */
export interface VillagePowerTable {
  /** The county (its template list) or a village (its own changes). */
  region_id: string;
  code: string;
  /** Order on the list; a village's new power comes after the county's. */
  position: number;
  /** The power as JSON (rules' `powerSchema`); null on a village row: the village leaves the county's power out. */
  doc: string | null;
  updated_at: string;
  /** Who last wrote it: a staff id, or `seed`. */
  updated_by: string;
}

export interface PowerTables {
  village_powers: VillagePowerTable;
}
