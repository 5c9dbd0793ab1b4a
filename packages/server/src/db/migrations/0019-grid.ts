import type { Kysely } from 'kysely';
import { createTables, dropTables, villageRecord } from './columns.js';

/**
 * The grids (网格, docs/grid.md): each grid of a village with its households (about 120 a grid, seed 002) and its
 * workers; the events grid workers report and the 摸排 rounds of visits; and each village's grid settings. A report's
 * and a round's document (`doc`) holds its history and visits; the columns beside it are what a desk filters and
 * sorts on, and what the public monthly counts are counted from (month and category, never a household).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await createTables(db, {
    grids: {
      columns: { ...villageRecord, name: 'text', doc: 'text' },
      indexes: { village_idx: ['village_id'] },
    },
    grid_households: {
      columns: { household_id: 'text key -> households.id', grid_id: 'text -> grids.id' },
      indexes: { grid_idx: ['grid_id'] },
    },
    grid_workers: {
      columns: { grid_id: 'text -> grids.id', staff_id: 'text' },
      primaryKey: ['grid_id', 'staff_id'],
      indexes: { staff_idx: ['staff_id'] },
    },
    grid_reports: {
      columns: {
        ...villageRecord,
        grid_id: 'text -> grids.id',
        state: 'text',
        category: 'text',
        reported_on: 'text',
        due_on: 'text null',
        doc: 'text',
      },
      indexes: { village_idx: ['village_id', 'state', 'due_on'], month_idx: ['village_id', 'reported_on'] },
    },
    grid_rounds: {
      columns: { ...villageRecord, grid_id: 'text -> grids.id', from_on: 'text', to_on: 'text', doc: 'text' },
      indexes: { grid_idx: ['grid_id', 'from_on'] },
    },
    grid_settings: {
      columns: { village_id: 'text key -> regions.id', settings: 'text' },
    },
  });
}

export const down = dropTables('grid_settings', 'grid_rounds', 'grid_reports', 'grid_workers', 'grid_households', 'grids');
