export { gridMessages } from './messages.js';
export { defaultGridCategories, gridCategoryLimits, findGridItem, type GridCategory, type GridItem } from './categories.js';
export {
  gridReportStates,
  gridReportStateCodes,
  gridReportSteps,
  gridLevels,
  gridTargetList,
  gridTargets,
  gridClosureOutcomes,
  nextGridState,
  gridStepsFrom,
  type GridReportState,
  type GridReportStep,
  type GridLevel,
  type GridTarget,
  type GridClosureOutcome,
} from './lifecycle.js';
export {
  gridSettingsSchema,
  defaultGridSettings,
  gridPlaceSchema,
  gridReportSchema,
  gridAssessmentSchema,
  gridAssignmentSchema,
  gridDisposalSchema,
  gridClosureSchema,
  gridRoundSchema,
  gridVisitSchema,
  type GridSettings,
  type GridSettingsInput,
  type GridReportInput,
} from './schema.js';
export { checkGridReport, checkGridAssignment, gridRoundEnd, periodsOverlap, checkGridVisitDay } from './checks.js';
