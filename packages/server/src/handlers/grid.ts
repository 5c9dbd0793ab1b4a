import { randomUUID } from 'node:crypto';
import {
  addWorkingDays,
  checkGridAssignment,
  checkGridReport,
  checkGridVisitDay,
  compareDates,
  findGridItem,
  gridRoundEnd,
  nextGridState,
  periodsOverlap,
  type CalendarDate,
  type Locale,
  type GridReportState,
  type GridReportStep,
  type RuleIssue,
} from '@shanzhi/rules';
import type { Kysely, Transaction } from 'kysely';
import type { Handlers } from '../api/register.js';
import { auditChange } from '../audit/log.js';
import { checkAttachmentIds } from '../attachments/references.js';
import type { Principal } from '../auth/principal.js';
import type { Database } from '../db/schema.js';
import { requireOwnVillage } from '../disclosure/access.js';
import { transactionOf } from '../disclosure/ids.js';
import { requireVillage } from '../disclosure/store.js';
import {
  gridSettingsOf,
  householdNames,
  insertReports,
  insertRounds,
  loadGrids,
  loadReports,
  loadRounds,
  replaceReport,
  replaceRound,
  requireGrid,
  requireGridWork,
  requireReport,
  requireRound,
  saveGridSettings,
  worksGrid,
  type GridHistoryEntry,
  type StoredGrid,
  type StoredGridReport,
  type StoredGridRound,
} from '../grid/store.js';
import { monthlyCounts } from '../grid/counts.js';
import { assignToMediation } from '../grid/mediation.js';
import { gridSummary, pageFrom, reportDetail, reportSummary, roundDetail, roundSummary, type Names } from '../grid/views.js';
import { HttpProblem } from '../http/problem.js';
import { staffOf } from '../requests/store.js';

type GridHandlers = Pick<
  Handlers,
  | 'listGrids'
  | 'getGrid'
  | 'getGridSettings'
  | 'setGridSettings'
  | 'listGridReports'
  | 'getGridReport'
  | 'fileGridReport'
  | 'assessGridReport'
  | 'assignGridReport'
  | 'recordGridDisposal'
  | 'closeGridReport'
  | 'listGridRounds'
  | 'openGridRound'
  | 'getGridRound'
  | 'recordGridVisit'
  | 'getGridReportCounts'
>;

type Db = Kysely<Database> | Transaction<Database>;

/** A business refusal at its field: 422 with the first issue's code, every issue listed. */
function refuse(issues: readonly RuleIssue[]): void {
  const [first] = issues;
  if (first) throw new HttpProblem(422, first.code, { params: first.params ?? {}, issues });
}

/** The grids the caller may see: all of the village for a cadre or the supervisor, a grid worker's own. */
async function visibleGrids(db: Db, principal: Principal, villageId: string): Promise<StoredGrid[]> {
  requireOwnVillage(principal, villageId);
  return (await loadGrids(db, villageId)).filter((grid) => worksGrid(principal, grid));
}

/** A list filtered by a grid the grid worker does not work is refused, not answered empty (403 `grid.outsideGrid`). */
function requireListedGrid(principal: Principal, visible: readonly StoredGrid[], gridId: string | undefined): void {
  if (gridId !== undefined && principal.role === 'gridWorker' && !visible.some((grid) => grid.id === gridId))
    throw new HttpProblem(403, 'grid.outsideGrid');
}

/** The grid a body names: unknown in the village is a field error; a grid worker's other grid is 403 `grid.outsideGrid`. */
async function namedGrid(db: Db, principal: Principal, villageId: string, gridId: string): Promise<StoredGrid> {
  requireOwnVillage(principal, villageId);
  const [grid] = await loadGrids(db, villageId, gridId);
  if (!grid) throw HttpProblem.validation([{ code: 'field.invalidOption', path: ['gridId'] }]);
  requireGridWork(principal, grid);
  return grid;
}

async function namesFor(db: Db, villageId: string, householdIds: readonly string[]): Promise<Names> {
  const [staff, households] = await Promise.all([staffOf(db, villageId), householdNames(db, householdIds)]);
  return { staff: new Map(staff.map((one) => [one.id, one.name])), households };
}

/** The grid a report or round belongs to, for a caller who works that grid (403 `grid.outsideGrid` otherwise). */
async function workedGridOf(db: Db, principal: Principal, villageId: string, doc: { readonly gridId: string }): Promise<StoredGrid> {
  const grid = await requireGrid(db, villageId, doc.gridId);
  requireGridWork(principal, grid);
  return grid;
}

/** The report and its grid, for a caller who works that grid. */
async function reportInGrid(db: Db, principal: Principal, villageId: string, reportId: string) {
  requireOwnVillage(principal, villageId);
  const report = await requireReport(db, villageId, reportId);
  return { report, grid: await workedGridOf(db, principal, villageId, report) };
}

async function roundInGrid(db: Db, principal: Principal, villageId: string, roundId: string) {
  requireOwnVillage(principal, villageId);
  const round = await requireRound(db, villageId, roundId);
  return { round, grid: await workedGridOf(db, principal, villageId, round) };
}

/** The state a step leads to; a step out of order (or after closing) is 409 with the state the report is in. */
function stepTo(report: StoredGridReport, step: GridReportStep): GridReportState {
  const result = nextGridState(report.state, step);
  if (result.ok) return result.value;
  const [first] = result.issues;
  throw new HttpProblem(409, first?.code ?? 'conflict', { params: first?.params ?? {} });
}

function entry(
  step: GridHistoryEntry['step'],
  principal: Principal,
  today: CalendarDate,
  note?: string,
  attachmentIds: readonly string[] = [],
) {
  return { step, on: today, by: { id: principal.id, role: principal.role }, ...(note === undefined ? {} : { note }), attachmentIds };
}

/** Answers a report step: writes it (audited), then the detail view. */
async function answerReport(
  trx: Transaction<Database>,
  ctx: { principal: Principal; now: Date; today: CalendarDate; locale: Locale },
  grid: StoredGrid,
  before: StoredGridReport,
  after: StoredGridReport,
  action: string,
) {
  await replaceReport(trx, ctx.principal, ctx.now, action, before, after);
  const names = await namesFor(trx, after.villageId, after.householdIds);
  return { body: reportDetail(after, grid, names, ctx.principal, ctx.locale, ctx.today) };
}

/** What a report step sets besides its state and history (which `stepReport` sets). */
type ReportChange = Partial<Omit<StoredGridReport, 'id' | 'villageId' | 'gridId' | 'state' | 'history'>>;

/** The parts of a step route's context that `stepReport` reads. */
interface StepContext {
  readonly db: Db;
  readonly params: { readonly villageId: string; readonly reportId: string };
  readonly body: { readonly note?: string | undefined };
  readonly principal: Principal;
  readonly locale: Locale;
  readonly today: CalendarDate;
  readonly now: Date;
}

/**
 * One step on a report: the caller must work its grid and the step must be in order (409 otherwise) before `change`
 * works out what the step sets (it may refuse); then the step's history entry is added and the report written
 * (audited) and answered.
 */
async function stepReport(
  ctx: StepContext,
  step: GridReportStep,
  change: (trx: Transaction<Database>, before: StoredGridReport) => ReportChange | Promise<ReportChange>,
  attachmentIds?: readonly string[],
) {
  const trx = transactionOf(ctx.db);
  const { report: before, grid } = await reportInGrid(trx, ctx.principal, ctx.params.villageId, ctx.params.reportId);
  const state = stepTo(before, step);
  const after: StoredGridReport = {
    ...before,
    state,
    ...(await change(trx, before)),
    history: [...before.history, entry(step, ctx.principal, ctx.today, ctx.body.note, attachmentIds)],
  };
  return answerReport(trx, ctx, grid, before, after, `grid.report.${step}`);
}

/** Reports soonest due first (the most overdue on top), closed ones last, newest first. */
function byDue(a: StoredGridReport, b: StoredGridReport): number {
  if (a.dueOn !== null && b.dueOn !== null) return compareDates(a.dueOn, b.dueOn) || a.id.localeCompare(b.id);
  if (a.dueOn !== null) return -1;
  if (b.dueOn !== null) return 1;
  return compareDates(b.reportedOn, a.reportedOn) || a.id.localeCompare(b.id);
}

export const gridHandlers: GridHandlers = {
  listGrids: async ({ db, params, principal, today }) => {
    const grids = await visibleGrids(db, principal, params.villageId);
    const ids = grids.map((grid) => grid.id);
    const [reports, rounds, names] = await Promise.all([
      loadReports(db, params.villageId, ids),
      loadRounds(db, params.villageId, ids),
      namesFor(db, params.villageId, []),
    ]);
    return {
      body: {
        villageId: params.villageId,
        items: grids.map((grid) => gridSummary(grid, principal, reports, rounds, names, today)),
        asOf: today,
      },
    };
  },

  getGrid: async ({ db, params, principal, today }) => {
    requireOwnVillage(principal, params.villageId);
    const grid = await requireGrid(db, params.villageId, params.gridId);
    requireGridWork(principal, grid);
    const [reports, rounds, names] = await Promise.all([
      loadReports(db, params.villageId, [grid.id]),
      loadRounds(db, params.villageId, [grid.id]),
      namesFor(db, params.villageId, grid.householdIds),
    ]);
    const groupName = new Map(grid.groups.map((group) => [group.id, group.name]));
    return {
      body: {
        ...gridSummary(grid, principal, reports, rounds, names, today),
        householdList: grid.householdIds.map((id) => {
          const household = names.households.get(id);
          const groupId = household?.groupId ?? '';
          return { id, name: household?.name ?? '', groupId, groupName: groupName.get(groupId) ?? '' };
        }),
      },
    };
  },

  getGridSettings: async ({ db, params, principal }) => {
    requireOwnVillage(principal, params.villageId);
    const { settings, defaults } = await gridSettingsOf(db, params.villageId);
    return { body: { villageId: params.villageId, ...settings, defaults } };
  },

  setGridSettings: async ({ db, params, body, principal, now }) => {
    const trx = transactionOf(db);
    requireOwnVillage(principal, params.villageId);
    const before = await gridSettingsOf(trx, params.villageId);
    await saveGridSettings(trx, params.villageId, body);
    await auditChange(
      trx,
      principal,
      now,
      'grid.settings.set',
      `grid-settings:${params.villageId}`,
      before.defaults ? null : before.settings,
      body,
    );
    return { body: { villageId: params.villageId, ...body, defaults: false } };
  },

  listGridReports: async ({ db, params, query, principal, locale, today }) => {
    const grids = await visibleGrids(db, principal, params.villageId);
    requireListedGrid(principal, grids, query.gridId);
    const gridName = new Map(grids.map((grid) => [grid.id, grid.name]));
    const rows = (await loadReports(db, params.villageId, query.gridId === undefined ? [...gridName.keys()] : [query.gridId]))
      .filter((report) => gridName.has(report.gridId))
      .map((report) => ({ report, view: reportSummary(report, gridName.get(report.gridId) ?? '', locale, today) }))
      .filter(({ report, view }) => {
        if (query.state !== undefined && report.state !== query.state) return false;
        if (query.category !== undefined && report.category.code !== query.category) return false;
        if (query.target !== undefined && report.target !== query.target) return false;
        if (query.overdue !== undefined && view.overdue !== query.overdue) return false;
        if (query.since !== undefined && compareDates(report.reportedOn, query.since) < 0) return false;
        return true;
      })
      .sort((a, b) => byDue(a.report, b.report));
    const { page, nextCursor } = pageFrom(rows, (row) => row.report.id, query);
    return {
      body: {
        items: page.map((row) => row.view),
        nextCursor,
        total: rows.length,
        overdue: rows.filter((row) => row.view.overdue).length,
        asOf: today,
      },
    };
  },

  getGridReport: async ({ db, params, principal, locale, today }) => {
    const { report, grid } = await reportInGrid(db, principal, params.villageId, params.reportId);
    return { body: reportDetail(report, grid, await namesFor(db, params.villageId, report.householdIds), principal, locale, today) };
  },

  fileGridReport: async ({ db, params, body, principal, locale, today, now }) => {
    const trx = transactionOf(db);
    const grid = await namedGrid(trx, principal, params.villageId, body.gridId);
    const { settings } = await gridSettingsOf(trx, params.villageId);
    refuse(checkGridReport(body, settings.categories, new Set(grid.householdIds), today));
    const attachmentIds = body.attachmentIds ?? [];
    await checkAttachmentIds(trx, principal, params.villageId, 'grid-report', attachmentIds);
    const found = findGridItem(settings.categories, body.item ?? '');
    const category = settings.categories.find((one) => one.code === body.category);
    const report: StoredGridReport = {
      id: `grr-${randomUUID()}`,
      villageId: params.villageId,
      gridId: grid.id,
      category: { code: body.category, label: category?.label ?? { 'zh-CN': body.category, en: body.category } },
      ...(found ? { item: { code: found.item.code, label: found.item.label } } : {}),
      place: body.place,
      text: body.text,
      seenOn: body.seenOn ?? today,
      reportedOn: today,
      reportedBy: { id: principal.id, role: principal.role },
      householdIds: body.householdIds ?? [],
      attachmentIds,
      state: 'reported',
      // 按时上报 … 分析研判 [004]: the assessment is due within the village's step deadline.
      dueOn: addWorkingDays(today, settings.stepWorkingDays),
      history: [entry('report', principal, today, undefined, attachmentIds)],
    };
    await insertReports(trx, [report]);
    await auditChange(trx, principal, now, 'grid.report.file', `grid-report:${report.id}`, null, report);
    const names = await namesFor(trx, params.villageId, report.householdIds);
    return { body: reportDetail(report, grid, names, principal, locale, today) };
  },

  assessGridReport: (ctx) =>
    stepReport(ctx, 'assess', async (trx) => {
      const { settings } = await gridSettingsOf(trx, ctx.params.villageId);
      const { level, dispute, risk } = ctx.body;
      return { level, dispute, risk, dueOn: addWorkingDays(ctx.today, settings.stepWorkingDays) };
    }),

  assignGridReport: (ctx) =>
    stepReport(ctx, 'assign', async (trx, before) => {
      const { params, body, principal, today, now } = ctx;
      refuse(checkGridAssignment(body, before.dispute === true, today));
      const { settings } = await gridSettingsOf(trx, params.villageId);
      const mediationCase =
        body.target === 'mediation' && body.intake !== undefined
          ? await assignToMediation(trx, before, body.intake, principal, today, now)
          : undefined;
      return {
        target: body.target,
        ...(body.target === 'department' && body.department !== undefined ? { department: body.department } : {}),
        ...(mediationCase ? { mediationCase } : {}),
        dueOn: body.dueOn ?? addWorkingDays(today, settings.stepWorkingDays),
      };
    }),

  recordGridDisposal: (ctx) => {
    const attachmentIds = ctx.body.attachmentIds ?? [];
    return stepReport(
      ctx,
      'dispose',
      async (trx) => {
        await checkAttachmentIds(trx, ctx.principal, ctx.params.villageId, 'grid-report', attachmentIds);
        return {};
      },
      attachmentIds,
    );
  },

  closeGridReport: (ctx) => stepReport(ctx, 'close', () => ({ outcome: ctx.body.outcome, dueOn: null })),

  listGridRounds: async ({ db, params, query, principal, today }) => {
    const grids = await visibleGrids(db, principal, params.villageId);
    requireListedGrid(principal, grids, query.gridId);
    const gridName = new Map(grids.map((grid) => [grid.id, grid.name]));
    const rows = (await loadRounds(db, params.villageId, query.gridId === undefined ? [...gridName.keys()] : [query.gridId]))
      .filter((round) => gridName.has(round.gridId))
      .map((round) => roundSummary(round, gridName.get(round.gridId) ?? '', today))
      .filter((round) => query.overdue === undefined || round.overdue === query.overdue)
      .sort((a, b) => compareDates(b.from, a.from) || a.gridId.localeCompare(b.gridId));
    const { page, nextCursor } = pageFrom(rows, (row) => row.id, query);
    return { body: { items: page, nextCursor, asOf: today } };
  },

  openGridRound: async ({ db, params, body, principal, today, now }) => {
    const trx = transactionOf(db);
    const grid = await namedGrid(trx, principal, params.villageId, body.gridId);
    const { settings } = await gridSettingsOf(trx, params.villageId);
    const to = gridRoundEnd(body.from, body.to, settings);
    if (compareDates(to, body.from) < 0) refuse([{ code: 'grid.round.period', path: ['to'] }]);
    const clash = (await loadRounds(trx, params.villageId, [grid.id])).find((round) => periodsOverlap(round, { from: body.from, to }));
    if (clash) throw new HttpProblem(409, 'grid.round.exists', { params: { from: clash.from, to: clash.to } });
    const round: StoredGridRound = {
      id: `grd-${randomUUID()}`,
      villageId: params.villageId,
      gridId: grid.id,
      from: body.from,
      to,
      ...(body.focus === undefined ? {} : { focus: body.focus }),
      openedBy: { id: principal.id, role: principal.role },
      householdIds: grid.householdIds,
      visits: [],
    };
    await insertRounds(trx, [round]);
    await auditChange(trx, principal, now, 'grid.round.open', `grid-round:${round.id}`, null, round);
    return { body: roundDetail(round, grid, await namesFor(trx, params.villageId, round.householdIds), principal, today) };
  },

  getGridRound: async ({ db, params, principal, today }) => {
    const { round, grid } = await roundInGrid(db, principal, params.villageId, params.roundId);
    return { body: roundDetail(round, grid, await namesFor(db, params.villageId, round.householdIds), principal, today) };
  },

  recordGridVisit: async ({ db, params, body, principal, today, now }) => {
    const trx = transactionOf(db);
    const { round: before, grid } = await roundInGrid(trx, principal, params.villageId, params.roundId);
    if (!before.householdIds.includes(body.householdId)) refuse([{ code: 'grid.household.outsideGrid', path: ['householdId'] }]);
    const on = body.on ?? today;
    refuse(checkGridVisitDay(on, before, today));
    if (body.reportId !== undefined) {
      const linked = await trx
        .selectFrom('grid_reports')
        .select('id')
        .where('id', '=', body.reportId)
        .where('grid_id', '=', grid.id)
        .executeTakeFirst();
      if (!linked) throw HttpProblem.validation([{ code: 'field.invalidOption', path: ['reportId'] }]);
    }
    const visit = {
      householdId: body.householdId,
      on,
      by: { id: principal.id, role: principal.role },
      absent: body.absent,
      ...(body.note === undefined ? {} : { note: body.note }),
      ...(body.reportId === undefined ? {} : { reportId: body.reportId }),
    };
    const after: StoredGridRound = { ...before, visits: [...before.visits, visit] };
    await replaceRound(trx, principal, now, 'grid.round.visit', before, after);
    return { body: roundDetail(after, grid, await namesFor(trx, params.villageId, after.householdIds), principal, today) };
  },

  getGridReportCounts: async ({ db, params, query, locale, today }) => {
    await requireVillage(db, params.villageId);
    const { settings } = await gridSettingsOf(db, params.villageId);
    if (!settings.publishMonthlyCounts) return { body: { published: false as const, villageId: params.villageId } };
    return {
      body: {
        published: true as const,
        villageId: params.villageId,
        ...(await monthlyCounts(db, params.villageId, settings, query.months ?? 12, today, locale)),
      },
    };
  },
};
