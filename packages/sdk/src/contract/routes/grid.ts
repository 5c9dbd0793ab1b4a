import {
  gridAssessmentSchema,
  gridAssignmentSchema,
  gridClosureOutcomes,
  gridClosureSchema,
  gridDisposalSchema,
  gridLevels,
  gridReportSchema,
  gridReportStateCodes,
  gridRoundSchema,
  gridSettingsSchema,
  gridTargets,
  gridVisitSchema,
} from '@shanzhi/rules';
import * as z from 'zod/mini';
import { pageQuery, pageWith } from '../page.js';
import { personalRead, publicRead, signedInChange, signedInCreate, signedInRead } from './answers.js';
import { cadres, gridWorkersAndCadres, villageStaff } from './callers.js';
import { actorSchema, dateSchema, idSchema, labelled, personSchema } from './common.js';
import { villageAt } from './resource.js';

/*
 * The grid worker's desk (<sz-grid-desk>; docs/grid.md): grids as data (about 120 households each, seed 002), events
 * reported and worked 分析研判 → 分流交办 → 协调处置 → 办结 (seed 004), and 摸排 rounds of visits. Staff only: a grid
 * worker reaches the grids they work, a cadre and the supervisor the whole village. The public reads nothing but the
 * anonymous monthly counts a village chooses to publish.
 */

/** The village's grid routes: its grids, reports and rounds are listed and created here. */
const village = villageAt('grid');

/** A grid: its village groups, how many households, its workers, and how its work stands. */
export const gridSummarySchema = z.looseObject({
  id: idSchema,
  name: z.string(),
  groupIds: z.array(idSchema),
  households: z.int(),
  workers: z.array(personSchema),
  /** The caller works this grid. */
  mine: z.boolean(),
  openReports: z.int(),
  overdueReports: z.int(),
  /** The round running today, if any: households visited of the total. */
  currentRound: z.optional(z.looseObject({ id: idSchema, from: dateSchema, to: dateSchema, visited: z.int(), total: z.int() })),
});

export const listGrids = village.get('/grids', personalRead(villageStaff), {
  id: 'listGrids',
  summary: 'The village’s grids (a grid worker: only their own) with households, workers and open work',
  response: z.looseObject({ villageId: idSchema, items: z.array(gridSummarySchema), asOf: dateSchema }),
});

/** A household of a grid, for the 摸排 list and the report form: the householder's name is for staff only. */
const gridHouseholdSchema = z.looseObject({ id: idSchema, name: z.string(), groupId: idSchema, groupName: z.string() });

/** One grid of the village, named by its id. */
const grid = villageAt('grid', '/grids/{gridId}');

export const getGrid = grid.get(personalRead(villageStaff), {
  id: 'getGrid',
  summary: 'One grid with its households and workers; a grid worker reads only their own grids (403 grid.outsideGrid)',
  response: z.looseObject({ ...gridSummarySchema.shape, householdList: z.array(gridHouseholdSchema) }),
});

/** The village's grid settings as stored (or the documented defaults), with the category list in both languages. */
export const gridSettingsView = z.looseObject({
  villageId: idSchema,
  categories: z.array(
    z.looseObject({
      code: z.string(),
      label: z.looseObject({ 'zh-CN': z.string(), en: z.string() }),
      items: z.array(z.looseObject({ code: z.string(), label: z.looseObject({ 'zh-CN': z.string(), en: z.string() }) })),
      dispute: z.optional(z.boolean()),
    }),
  ),
  publishMonthlyCounts: z.boolean(),
  minimumPublishedCount: z.int(),
  roundDays: z.int(),
  stepWorkingDays: z.int(),
  /** The village never set its own: these are the defaults. */
  defaults: z.boolean(),
});

const settings = villageAt('grid', '/grid/settings', gridSettingsView);

export const getGridSettings = settings.get(signedInRead(villageStaff), {
  id: 'getGridSettings',
  summary: 'The village’s list of grid matters (categories and items), round length, step deadline and publication choice',
});

export const setGridSettings = settings.post(signedInChange(200, cadres), {
  id: 'setGridSettings',
  summary: 'Set the grid settings as a whole (absent fields take their defaults); publishing monthly counts is opt-in',
  body: gridSettingsSchema,
});

/** A report in the list: where it stands and by when; never a household's name. */
export const gridReportSummarySchema = z.looseObject({
  id: idSchema,
  gridId: idSchema,
  gridName: z.string(),
  category: z.looseObject(labelled),
  item: z.optional(z.looseObject(labelled)),
  place: z.looseObject({ text: z.string() }),
  reportedOn: dateSchema,
  state: z.enum(gridReportStateCodes),
  stateLabel: z.string(),
  level: z.optional(z.enum(gridLevels)),
  dispute: z.optional(z.boolean()),
  target: z.optional(z.enum(gridTargets)),
  /** The current step's deadline; null once closed. */
  dueOn: z.nullable(dateSchema),
  overdue: z.boolean(),
  /** The mediation case a dispute became. */
  mediationCase: z.optional(z.looseObject({ caseNumber: z.string(), displayCaseNumber: z.string() })),
});

export const listGridReports = village.get('/grid-reports', personalRead(villageStaff), {
  id: 'listGridReports',
  summary: 'Grid reports of the village (a grid worker: of their grids) by grid, state, category, target and deadline; soonest due first',
  query: pageQuery({
    gridId: z.optional(idSchema),
    state: z.optional(z.enum(gridReportStateCodes)),
    category: z.optional(z.string().check(z.maxLength(64))),
    target: z.optional(z.enum(gridTargets)),
    overdue: z.optional(z.stringbool()),
    /** Reported on or after this day. */
    since: z.optional(dateSchema),
  }),
  response: pageWith(gridReportSummarySchema, { total: z.int(), overdue: z.int(), asOf: dateSchema }),
  paged: true,
});

const historyEntrySchema = z.looseObject({
  step: z.enum(['report', 'assess', 'assign', 'dispose', 'close']),
  label: z.string(),
  on: dateSchema,
  by: actorSchema,
  note: z.optional(z.string()),
  attachmentIds: z.array(idSchema),
});

/** One report with everything the step forms need. */
export const gridReportDetailSchema = z.looseObject({
  ...gridReportSummarySchema.shape,
  villageId: idSchema,
  place: z.looseObject({ text: z.string(), latitude: z.optional(z.number()), longitude: z.optional(z.number()) }),
  text: z.string(),
  seenOn: dateSchema,
  reportedBy: actorSchema,
  /** Households concerned, with the householder's name (staff only). */
  households: z.array(z.looseObject({ id: idSchema, name: z.string() })),
  attachmentIds: z.array(idSchema),
  risk: z.optional(z.boolean()),
  department: z.optional(z.string()),
  outcome: z.optional(z.enum(gridClosureOutcomes)),
  history: z.array(historyEntrySchema),
  /** The steps the report may take next (`assess`, `assign`, `dispose`, `close`). */
  next: z.array(z.string()),
  /** The caller may take those steps (their grid, or a cadre). */
  canAct: z.boolean(),
});

const report = villageAt('grid', '/grid-reports/{reportId}', gridReportDetailSchema);
/** A step on a report (研判, 交办, 办结) by the staff who work it: 200 with the report as it now stands. */
const reportStep = signedInChange(200, gridWorkersAndCadres);

export const getGridReport = report.get(personalRead(villageStaff), {
  id: 'getGridReport',
  summary: 'One grid report with its history, the next steps and whether the caller may take them',
});

export const fileGridReport = village.post('/grid-reports', signedInCreate(gridWorkersAndCadres), {
  id: 'fileGridReport',
  summary: '按时上报: report an event in a grid (category, place, text, photos); a grid worker only in their own grids',
  body: gridReportSchema,
  response: gridReportDetailSchema,
});

export const assessGridReport = report.post('/assessment', reportStep, {
  id: 'assessGridReport',
  summary: '分析研判: the level that handles it (grid, village, township) and whether it is a dispute',
  body: gridAssessmentSchema,
});

export const assignGridReport = report.post('/assignment', reportStep, {
  id: 'assignGridReport',
  summary: '分流交办: to the grid, the village, a department or the mediation committee (a dispute becomes a mediation case)',
  body: gridAssignmentSchema,
});

export const recordGridDisposal = report.post('/disposals', signedInChange(201, gridWorkersAndCadres), {
  id: 'recordGridDisposal',
  summary: '协调处置: record what was done, with photos (repeatable until closed)',
  body: gridDisposalSchema,
});

export const closeGridReport = report.post('/closure', reportStep, {
  id: 'closeGridReport',
  summary: 'Close a report with its outcome (resolved, referred on, unfounded)',
  body: gridClosureSchema,
});

/** A 摸排 round in the list: its grid, period and progress. */
export const gridRoundSummarySchema = z.looseObject({
  id: idSchema,
  gridId: idSchema,
  gridName: z.string(),
  from: dateSchema,
  to: dateSchema,
  focus: z.optional(z.string()),
  total: z.int(),
  visited: z.int(),
  /** The period has ended with households not visited. */
  overdue: z.boolean(),
});

export const listGridRounds = village.get('/grid-rounds', personalRead(villageStaff), {
  id: 'listGridRounds',
  summary: '摸排 rounds of the village (a grid worker: of their grids), newest first; `overdue` lists those ended unfinished',
  query: pageQuery({ gridId: z.optional(idSchema), overdue: z.optional(z.stringbool()) }),
  response: pageWith(gridRoundSummarySchema, { asOf: dateSchema }),
  paged: true,
});

const visitSchema = z.looseObject({
  on: dateSchema,
  by: actorSchema,
  absent: z.boolean(),
  note: z.optional(z.string()),
  reportId: z.optional(idSchema),
});

/** A round's checklist: each household of the grid, its visits, and whether it is still to visit. */
export const gridRoundDetailSchema = z.looseObject({
  ...gridRoundSummarySchema.shape,
  villageId: idSchema,
  openedBy: actorSchema,
  households: z.array(
    z.looseObject({
      id: idSchema,
      name: z.string(),
      groupName: z.string(),
      visits: z.array(visitSchema),
      /** Visited in person (a visit that found nobody home does not count). */
      visited: z.boolean(),
      /** Not visited and the period has ended. */
      overdue: z.boolean(),
    }),
  ),
  canAct: z.boolean(),
});

const round = villageAt('grid', '/grid-rounds/{roundId}', gridRoundDetailSchema);

export const openGridRound = village.post('/grid-rounds', signedInCreate(gridWorkersAndCadres), {
  id: 'openGridRound',
  summary: '定期摸排: open a round of visits to every household of a grid for a period (default `roundDays`)',
  body: gridRoundSchema,
  response: gridRoundDetailSchema,
});

export const getGridRound = round.get(personalRead(villageStaff), {
  id: 'getGridRound',
  summary: 'One round’s checklist: the households, their visits (走访) and which are overdue',
});

export const recordGridVisit = round.post('/visits', signedInChange(201, gridWorkersAndCadres), {
  id: 'recordGridVisit',
  summary: '走访: record a visit to a household of the round, with a note (and the report it led to)',
  body: gridVisitSchema,
});

const countCell = z.looseObject({
  ...labelled,
  /** Absent when below the village's minimum: `fewerThan` says so instead, so no household can be singled out. */
  count: z.optional(z.int()),
  fewerThan: z.optional(z.int()),
});

export const getGridReportCounts = village.get('/grid-report-counts', publicRead, {
  id: 'getGridReportCounts',
  summary: 'Anonymous monthly counts of grid reports by category, when the village publishes them (off by default)',
  query: z.object({ months: z.optional(z.coerce.number().check(z.multipleOf(1), z.gte(1), z.lte(24))) }),
  response: z.union([
    z.looseObject({
      published: z.literal(true),
      villageId: idSchema,
      minimum: z.int(),
      months: z.array(z.looseObject({ month: z.string(), total: z.int(), categories: z.array(countCell) })),
    }),
    z.looseObject({ published: z.literal(false), villageId: idSchema }),
  ]),
});
