import { gridReportStates, gridReportSteps, gridTargetList } from '../data-dictionary.js';
import { codesOf } from '../shared/labelled-codes.js';
import { fail, ok, type Result } from '../shared/result.js';

/*
 * A grid report's way (seed 004: "定期摸排、按时上报、分析研判、分流交办、协调处置", so that "小事不出网格、大事不出村、
 * 难事不出镇"): reported → assessed (分析研判) → assigned (分流交办) → handling (协调处置) → closed. No step is skipped;
 * a step out of order is a conflict with the report's state (409).
 */

// The states, steps and targets stand in the data dictionary with the contract's other code lists.
export { gridReportStates, gridReportSteps, gridTargetList };

/** A grid report's state: `reported` → `assessed` → `assigned` → `handling` → `closed`. */
export type GridReportState = (typeof gridReportStates)[number]['code'];
/** The state codes alone, in order (for schemas and filters). */
export const gridReportStateCodes = codesOf(gridReportStates);

/** One step of a report: `assess`, `assign`, `dispose` (repeatable while handled) or `close`. */
export type GridReportStep = (typeof gridReportSteps)[number]['code'];

/** The level that handles it: "小事不出网格、大事不出村、难事不出镇" [004]. */
export const gridLevels = ['grid', 'village', 'township'] as const;
/** Which level handles a report: the grid, the village or the township. */
export type GridLevel = (typeof gridLevels)[number];

/** The codes of `gridTargetList`: to whom 分流交办 hands a report. */
export const gridTargets = codesOf(gridTargetList);
/** To whom a report is handed: `grid`, `village`, `department` or `mediation` (a dispute becomes a case). */
export type GridTarget = (typeof gridTargets)[number];

/** How a report ends: resolved, referred on to another body, or found unfounded on inspection. */
export const gridClosureOutcomes = ['resolved', 'referred', 'unfounded'] as const;
/** One of `gridClosureOutcomes`. */
export type GridClosureOutcome = (typeof gridClosureOutcomes)[number];

/** The states each step may start from; `dispose` may be repeated while the report is handled. */
const from: Readonly<Record<GridReportStep, readonly GridReportState[]>> = {
  assess: ['reported'],
  assign: ['assessed'],
  dispose: ['assigned', 'handling'],
  close: ['assigned', 'handling'],
};
const to: Readonly<Record<GridReportStep, GridReportState>> = {
  assess: 'assessed',
  assign: 'assigned',
  dispose: 'handling',
  close: 'closed',
};

/** The state a step leads to, or the refusal `grid.step.outOfOrder` naming the state the report is in. */
export function nextGridState(state: GridReportState, step: GridReportStep): Result<GridReportState> {
  if (state === 'closed') return fail('grid.step.closed', { step });
  if (!from[step].includes(state)) return fail('grid.step.outOfOrder', { step, state });
  return ok(to[step]);
}

/** The steps a report in `state` may take next (for the desk's buttons). */
export function gridStepsFrom(state: GridReportState): GridReportStep[] {
  return (Object.keys(from) as GridReportStep[]).filter((step) => from[step].includes(state));
}
