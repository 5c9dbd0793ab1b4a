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
import { cursorQuery, pageOf } from '../page.js';
import { defineRoute } from '../route.js';
import { personalRead, publicRead, signedInChange, signedInCreate, signedInRead } from './answers.js';
import { cadres, gridWorkersAndCadres, villageStaff } from './callers.js';
import { actorSchema, dateSchema, idSchema, labelled, personSchema, villageParams, villageResourceParams } from './common.js';
import { resourceParts } from './resource.js';

/*
 * The grid worker's desk (<sz-grid-desk>; docs/grid.md): grids as data (about 120 households each, seed 002), events
 * reported and worked 分析研判 → 分流交办 → 协调处置 → 办结 (seed 004), and 摸排 rounds of visits. Staff only: a grid
 * worker reaches the grids they work, a cadre and the supervisor the whole village. The public reads nothing but the
 * anonymous monthly counts a village chooses to publish.
 */

/** The village's grid routes: its grids, reports and rounds are listed and created here. */
const village = resourceParts('grid', villageParams);

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

export const listGrids = defineRoute({
  id: 'listGrids',
  method: 'GET',
  path: '/v1/villages/{villageId}/grids',
  summary: 'The village’s grids (a grid worker: only their own) with households, workers and open work',
  ...personalRead(villageStaff),
  ...village,
  response: z.looseObject({ villageId: idSchema, items: z.array(gridSummarySchema), asOf: dateSchema }),
});

/** A household of a grid, for the 摸排 list and the report form: the householder's name is for staff only. */
const gridHouseholdSchema = z.looseObject({ id: idSchema, name: z.string(), groupId: idSchema, groupName: z.string() });

export const getGrid = defineRoute({
  id: 'getGrid',
  method: 'GET',
  path: '/v1/villages/{villageId}/grids/{gridId}',
  summary: 'One grid with its households and workers; a grid worker reads only their own grids (403 grid.outsideGrid)',
  ...personalRead(villageStaff),
  ...resourceParts('grid', villageResourceParams('gridId')),
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

const settings = resourceParts('grid', villageParams, gridSettingsView);

export const getGridSettings = defineRoute({
  id: 'getGridSettings',
  method: 'GET',
  path: '/v1/villages/{villageId}/grid/settings',
  summary: 'The village’s list of grid matters (categories and items), round length, step deadline and publication choice',
  ...signedInRead(villageStaff),
  ...settings,
});

export const setGridSettings = defineRoute({
  id: 'setGridSettings',
  method: 'POST',
  path: '/v1/villages/{villageId}/grid/settings',
  summary: 'Set the grid settings as a whole (absent fields take their defaults); publishing monthly counts is opt-in',
  ...signedInChange(200, cadres),
  ...settings,
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

export const listGridReports = defineRoute({
  id: 'listGridReports',
  method: 'GET',
  path: '/v1/villages/{villageId}/grid-reports',
  summary: 'Grid reports of the village (a grid worker: of their grids) by grid, state, category, target and deadline; soonest due first',
  ...personalRead(villageStaff),
  ...village,
  query: z.object({
    gridId: z.optional(idSchema),
    state: z.optional(z.enum(gridReportStateCodes)),
    category: z.optional(z.string().check(z.maxLength(64))),
    target: z.optional(z.enum(gridTargets)),
    overdue: z.optional(z.stringbool()),
    /** Reported on or after this day. */
    since: z.optional(dateSchema),
    ...cursorQuery,
  }),
  response: z.looseObject({ ...pageOf(gridReportSummarySchema).shape, total: z.int(), overdue: z.int(), asOf: dateSchema }),
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

const report = resourceParts('grid', villageResourceParams('reportId'), gridReportDetailSchema);
/** A step on a report (研判, 交办, 办结) by the staff who work it: 200 with the report as it now stands. */
const reportStep = { ...signedInChange(200, gridWorkersAndCadres), ...report } as const;

export const getGridReport = defineRoute({
  id: 'getGridReport',
  method: 'GET',
  path: '/v1/villages/{villageId}/grid-reports/{reportId}',
  summary: 'One grid report with its history, the next steps and whether the caller may take them',
  ...personalRead(villageStaff),
  ...report,
});

export const fileGridReport = defineRoute({
  id: 'fileGridReport',
  method: 'POST',
  path: '/v1/villages/{villageId}/grid-reports',
  summary: '按时上报: report an event in a grid (category, place, text, photos); a grid worker only in their own grids',
  ...signedInCreate(gridWorkersAndCadres),
  ...village,
  body: gridReportSchema,
  response: gridReportDetailSchema,
});

export const assessGridReport = defineRoute({
  id: 'assessGridReport',
  method: 'POST',
  path: '/v1/villages/{villageId}/grid-reports/{reportId}/assessment',
  summary: '分析研判: the level that handles it (grid, village, township) and whether it is a dispute',
  ...reportStep,
  body: gridAssessmentSchema,
});

export const assignGridReport = defineRoute({
  id: 'assignGridReport',
  method: 'POST',
  path: '/v1/villages/{villageId}/grid-reports/{reportId}/assignment',
  summary: '分流交办: to the grid, the village, a department or the mediation committee (a dispute becomes a mediation case)',
  ...reportStep,
  body: gridAssignmentSchema,
});

export const recordGridDisposal = defineRoute({
  id: 'recordGridDisposal',
  method: 'POST',
  path: '/v1/villages/{villageId}/grid-reports/{reportId}/disposals',
  summary: '协调处置: record what was done, with photos (repeatable until closed)',
  ...signedInChange(201, gridWorkersAndCadres),
  ...report,
  body: gridDisposalSchema,
});

export const closeGridReport = defineRoute({
  id: 'closeGridReport',
  method: 'POST',
  path: '/v1/villages/{villageId}/grid-reports/{reportId}/closure',
  summary: 'Close a report with its outcome (resolved, referred on, unfounded)',
  ...reportStep,
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

export const listGridRounds = defineRoute({
  id: 'listGridRounds',
  method: 'GET',
  path: '/v1/villages/{villageId}/grid-rounds',
  summary: '摸排 rounds of the village (a grid worker: of their grids), newest first; `overdue` lists those ended unfinished',
  ...personalRead(villageStaff),
  ...village,
  query: z.object({ gridId: z.optional(idSchema), overdue: z.optional(z.stringbool()), ...cursorQuery }),
  response: z.looseObject({ ...pageOf(gridRoundSummarySchema).shape, asOf: dateSchema }),
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

const round = resourceParts('grid', villageResourceParams('roundId'), gridRoundDetailSchema);

export const openGridRound = defineRoute({
  id: 'openGridRound',
  method: 'POST',
  path: '/v1/villages/{villageId}/grid-rounds',
  summary: '定期摸排: open a round of visits to every household of a grid for a period (default `roundDays`)',
  ...signedInCreate(gridWorkersAndCadres),
  ...village,
  body: gridRoundSchema,
  response: gridRoundDetailSchema,
});

export const getGridRound = defineRoute({
  id: 'getGridRound',
  method: 'GET',
  path: '/v1/villages/{villageId}/grid-rounds/{roundId}',
  summary: 'One round’s checklist: the households, their visits (走访) and which are overdue',
  ...personalRead(villageStaff),
  ...round,
});

export const recordGridVisit = defineRoute({
  id: 'recordGridVisit',
  method: 'POST',
  path: '/v1/villages/{villageId}/grid-rounds/{roundId}/visits',
  summary: '走访: record a visit to a household of the round, with a note (and the report it led to)',
  ...signedInChange(201, gridWorkersAndCadres),
  ...round,
  body: gridVisitSchema,
});

const countCell = z.looseObject({
  ...labelled,
  /** Absent when below the village's minimum: `fewerThan` says so instead, so no household can be singled out. */
  count: z.optional(z.int()),
  fewerThan: z.optional(z.int()),
});

export const getGridReportCounts = defineRoute({
  id: 'getGridReportCounts',
  method: 'GET',
  path: '/v1/villages/{villageId}/grid-report-counts',
  summary: 'Anonymous monthly counts of grid reports by category, when the village publishes them (off by default)',
  ...publicRead,
  ...village,
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
