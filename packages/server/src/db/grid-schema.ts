/** Row types of the tables migration 0019-grid creates. */

export interface GridTable {
  id: string;
  village_id: string;
  name: string;
  /** `{ groups: [{ id, name }] }`: the village groups (村民小组) the grid covers. */
  doc: string;
}

/** A household belongs to one grid. */
export interface GridHouseholdTable {
  household_id: string;
  grid_id: string;
}

export interface GridWorkerTable {
  grid_id: string;
  staff_id: string;
}

export interface GridReportTable {
  id: string;
  village_id: string;
  grid_id: string;
  /** `reported`, `assessed`, `assigned`, `handling`, `closed`. */
  state: string;
  category: string;
  reported_on: string;
  /** The current step's deadline; null once closed. */
  due_on: string | null;
  doc: string;
}

export interface GridRoundTable {
  id: string;
  village_id: string;
  grid_id: string;
  from_on: string;
  to_on: string;
  doc: string;
}

/** The village's grid settings (rules' `gridSettingsSchema`) as JSON; no row = the documented defaults. */
export interface GridSettingsTable {
  village_id: string;
  settings: string;
}

export interface GridTables {
  grids: GridTable;
  grid_households: GridHouseholdTable;
  grid_workers: GridWorkerTable;
  grid_reports: GridReportTable;
  grid_rounds: GridRoundTable;
  grid_settings: GridSettingsTable;
}
