import {
  gridSettingsSchema,
  defaultGridSettings,
  type CalendarDate,
  type GridClosureOutcome,
  type GridLevel,
  type GridReportState,
  type GridSettings,
  type GridTarget,
} from '@shanzhi/rules';
import type { Kysely, Transaction } from 'kysely';
import * as z from 'zod/mini';
import { auditChange, type AuditActor } from '../audit/log.js';
import type { Principal } from '../auth/principal.js';
import type { GridReportTable, GridRoundTable } from '../db/grid-schema.js';
import { rowWriter } from '../db/insert-rows.js';
import type { Database } from '../db/schema.js';
import { villageDoc, villageDocRow } from '../db/village-row.js';
import { HttpProblem } from '../http/problem.js';

/*
 * The grids' records (docs/grid.md): grids with their households and workers, the reports (documents with their
 * history) and the 摸排 rounds (documents with their visits), and each village's settings.
 */

type Db = Kysely<Database> | Transaction<Database>;
interface Label {
  readonly 'zh-CN': string;
  readonly en: string;
}
export interface Actor {
  readonly id: string;
  readonly role: string;
}

export interface StoredGrid {
  readonly id: string;
  readonly villageId: string;
  readonly name: string;
  /** The village groups (村民小组) the grid covers, with their names. */
  readonly groups: readonly { readonly id: string; readonly name: string }[];
  readonly householdIds: readonly string[];
  readonly workerIds: readonly string[];
}

export type GridHistoryStep = 'report' | 'assess' | 'assign' | 'dispose' | 'close';
export interface GridHistoryEntry {
  readonly step: GridHistoryStep;
  readonly on: CalendarDate;
  readonly by: Actor;
  readonly note?: string;
  readonly attachmentIds: readonly string[];
}

/** As kept in `grid_reports.doc`. Labels are kept as filed, so a later change of the category list keeps old reports readable. */
export interface StoredGridReport {
  readonly id: string;
  readonly villageId: string;
  readonly gridId: string;
  readonly category: { readonly code: string; readonly label: Label };
  readonly item?: { readonly code: string; readonly label: Label };
  readonly place: { readonly text: string; readonly latitude?: number; readonly longitude?: number };
  readonly text: string;
  readonly seenOn: CalendarDate;
  readonly reportedOn: CalendarDate;
  readonly reportedBy: Actor;
  readonly householdIds: readonly string[];
  readonly attachmentIds: readonly string[];
  readonly state: GridReportState;
  readonly dueOn: CalendarDate | null;
  readonly level?: GridLevel;
  readonly dispute?: boolean;
  readonly risk?: boolean;
  readonly target?: GridTarget;
  readonly department?: string;
  readonly outcome?: GridClosureOutcome;
  readonly mediationCase?: { readonly id: string; readonly caseNumber: string; readonly displayCaseNumber: string };
  readonly history: readonly GridHistoryEntry[];
}

export interface GridVisit {
  readonly householdId: string;
  readonly on: CalendarDate;
  readonly by: Actor;
  readonly absent: boolean;
  readonly note?: string;
  readonly reportId?: string;
}

/** As kept in `grid_rounds.doc`: the households to visit are fixed when the round opens. */
export interface StoredGridRound {
  readonly id: string;
  readonly villageId: string;
  readonly gridId: string;
  readonly from: CalendarDate;
  readonly to: CalendarDate;
  readonly focus?: string;
  readonly openedBy: Actor;
  readonly householdIds: readonly string[];
  readonly visits: readonly GridVisit[];
}

/** The grids of a village (or one), with their households and workers, in id order. */
export async function loadGrids(db: Db, villageId: string, gridId?: string): Promise<StoredGrid[]> {
  let grids = db.selectFrom('grids').select(['id', 'village_id', 'name', 'doc']).where('village_id', '=', villageId);
  if (gridId !== undefined) grids = grids.where('id', '=', gridId);
  const rows = await grids.orderBy('id').execute();
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const [households, workers] = await Promise.all([
    db.selectFrom('grid_households').select(['grid_id', 'household_id']).where('grid_id', 'in', ids).orderBy('household_id').execute(),
    db.selectFrom('grid_workers').select(['grid_id', 'staff_id']).where('grid_id', 'in', ids).orderBy('staff_id').execute(),
  ]);
  return rows.map((row) => ({
    id: row.id,
    villageId: row.village_id,
    name: row.name,
    groups: (JSON.parse(row.doc) as Pick<StoredGrid, 'groups'>).groups,
    householdIds: households.filter((one) => one.grid_id === row.id).map((one) => one.household_id),
    workerIds: workers.filter((one) => one.grid_id === row.id).map((one) => one.staff_id),
  }));
}

/** The grid of this village, or 404 (another village's grid answers like an unknown one). */
export async function requireGrid(db: Db, villageId: string, gridId: string): Promise<StoredGrid> {
  const [grid] = await loadGrids(db, villageId, gridId);
  if (!grid) throw HttpProblem.of('not-found');
  return grid;
}

/** A grid worker works only the grids they are a worker of; cadres and the supervisor see the whole village. */
export function worksGrid(principal: Principal, grid: Pick<StoredGrid, 'workerIds'>): boolean {
  return principal.role !== 'gridWorker' || grid.workerIds.includes(principal.id);
}

/** 403 `grid.outsideGrid` for a grid worker naming or acting on a grid that is not theirs. */
export function requireGridWork(principal: Principal, grid: Pick<StoredGrid, 'workerIds'>): void {
  if (!worksGrid(principal, grid)) throw new HttpProblem(403, 'grid.outsideGrid');
}

export const insertGrids = async (trx: Transaction<Database>, grids: readonly StoredGrid[]): Promise<void> => {
  await rowWriter('grids', (grid: StoredGrid) => ({
    id: grid.id,
    village_id: grid.villageId,
    name: grid.name,
    doc: JSON.stringify({ groups: grid.groups }),
  }))(trx, grids);
  await rowWriter('grid_households', (row: { household_id: string; grid_id: string }) => row)(
    trx,
    grids.flatMap((grid) => grid.householdIds.map((household_id) => ({ household_id, grid_id: grid.id }))),
  );
  await rowWriter('grid_workers', (row: { grid_id: string; staff_id: string }) => row)(
    trx,
    grids.flatMap((grid) => grid.workerIds.map((staff_id) => ({ grid_id: grid.id, staff_id }))),
  );
};

/** The village's settings, or the documented defaults (`defaults: true`) when it never set its own. */
export async function gridSettingsOf(db: Db, villageId: string): Promise<{ settings: GridSettings; defaults: boolean }> {
  const row = await db.selectFrom('grid_settings').select('settings').where('village_id', '=', villageId).executeTakeFirst();
  if (!row) return { settings: defaultGridSettings, defaults: true };
  return { settings: z.parse(gridSettingsSchema, JSON.parse(row.settings)), defaults: false };
}

export async function saveGridSettings(trx: Transaction<Database>, villageId: string, settings: GridSettings): Promise<void> {
  const text = JSON.stringify(settings);
  await trx
    .insertInto('grid_settings')
    .values({ village_id: villageId, settings: text })
    .onConflict((oc) => oc.column('village_id').doUpdateSet({ settings: text }))
    .execute();
}

function reportRow(report: StoredGridReport): GridReportTable {
  return villageDocRow(report, {
    grid_id: report.gridId,
    state: report.state,
    category: report.category.code,
    reported_on: report.reportedOn,
    due_on: report.dueOn,
  });
}

export const insertReports = rowWriter('grid_reports', reportRow);

type DocTable = 'grid_reports' | 'grid_rounds';

/** The documents of a village's reports or rounds, limited to some grids (a grid worker's) when `gridIds` is given. */
async function gridDocs<D>(db: Db, table: DocTable, villageId: string, gridIds?: readonly string[]): Promise<D[]> {
  if (gridIds?.length === 0) return [];
  let query = db.selectFrom(table).select('doc').where('village_id', '=', villageId);
  if (gridIds !== undefined) query = query.where('grid_id', 'in', [...gridIds]);
  return (await query.execute()).map((row) => JSON.parse(row.doc) as D);
}

/** The document of a report or round of this village, or 404 (another village's answers like an unknown one). */
async function requireDoc<D>(db: Db, table: DocTable, villageId: string, id: string): Promise<D> {
  const doc = await villageDoc<D>(db, table, villageId, id);
  if (!doc) throw HttpProblem.of('not-found');
  return doc;
}

/**
 * Writes a changed report or round over the state it was read in (a concurrent step makes this a 409) and audits who
 * changed it, when, from what to what (the audit keeps hashes only).
 */
async function replaceDoc<D extends { readonly id: string }>(
  trx: Transaction<Database>,
  table: DocTable,
  row: GridReportTable | GridRoundTable,
  change: { actor: AuditActor; now: Date; action: string; before: D; after: D },
): Promise<void> {
  const { id, ...columns } = row;
  const result = await trx
    .updateTable(table)
    .set(columns)
    .where('id', '=', id)
    .where('doc', '=', JSON.stringify(change.before))
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) throw HttpProblem.of('conflict');
  const subject = table === 'grid_reports' ? 'grid-report' : 'grid-round';
  await auditChange(trx, change.actor, change.now, change.action, `${subject}:${id}`, change.before, change.after);
}

export const loadReports = (db: Db, villageId: string, gridIds?: readonly string[]) =>
  gridDocs<StoredGridReport>(db, 'grid_reports', villageId, gridIds);
export const requireReport = (db: Db, villageId: string, id: string) => requireDoc<StoredGridReport>(db, 'grid_reports', villageId, id);
export const loadRounds = (db: Db, villageId: string, gridIds?: readonly string[]) =>
  gridDocs<StoredGridRound>(db, 'grid_rounds', villageId, gridIds);
export const requireRound = (db: Db, villageId: string, id: string) => requireDoc<StoredGridRound>(db, 'grid_rounds', villageId, id);

/** Writes the changed report (document and list columns), audited. */
export async function replaceReport(
  trx: Transaction<Database>,
  actor: AuditActor,
  now: Date,
  action: string,
  before: StoredGridReport,
  after: StoredGridReport,
): Promise<void> {
  await replaceDoc(trx, 'grid_reports', reportRow(after), { actor, now, action, before, after });
}

function roundRow(round: StoredGridRound): GridRoundTable {
  return villageDocRow(round, { grid_id: round.gridId, from_on: round.from, to_on: round.to });
}

export const insertRounds = rowWriter('grid_rounds', roundRow);

/** Writes the round with its new visits, audited. */
export async function replaceRound(
  trx: Transaction<Database>,
  actor: AuditActor,
  now: Date,
  action: string,
  before: StoredGridRound,
  after: StoredGridRound,
): Promise<void> {
  await replaceDoc(trx, 'grid_rounds', roundRow(after), { actor, now, action, before, after });
}

/** Householders' names of some households (staff views only), by id. */
export async function householdNames(db: Db, ids: readonly string[]): Promise<Map<string, { name: string; groupId: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('households')
    .select(['id', 'head_name', 'group_id'])
    .where('id', 'in', [...ids])
    .execute();
  return new Map(rows.map((row) => [row.id, { name: row.head_name, groupId: row.group_id }]));
}
