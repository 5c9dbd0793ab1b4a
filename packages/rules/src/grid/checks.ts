import { addDays, compareDates, type CalendarDate } from '../calendar/date.js';
import { issue, type RuleIssue } from '../shared/result.js';
import { findGridItem, type GridCategory } from './categories.js';
import type { GridReportInput, GridSettings } from './schema.js';

/*
 * The checks of the grid writes that need more than the body's schema: the village's category list, the grid's
 * households, today. Each returns the issues (empty when the input passes), with the path of the field at fault.
 */

/** A report names a category (and item) of the village's list, households of its grid, and a day not after today. */
export function checkGridReport(
  input: Pick<GridReportInput, 'category' | 'item' | 'seenOn' | 'householdIds'>,
  categories: readonly GridCategory[],
  gridHouseholdIds: ReadonlySet<string>,
  today: CalendarDate,
): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const category = categories.find((one) => one.code === input.category);
  if (!category) issues.push(issue('grid.category.unknown', { category: input.category }, ['category']));
  else if (input.item !== undefined && findGridItem([category], input.item) === undefined)
    issues.push(issue('grid.item.unknown', { category: input.category, item: input.item }, ['item']));
  if (input.seenOn !== undefined && compareDates(input.seenOn, today) > 0) issues.push(issue('grid.date.future', {}, ['seenOn']));
  (input.householdIds ?? []).forEach((id, index) => {
    if (!gridHouseholdIds.has(id)) issues.push(issue('grid.household.outsideGrid', {}, ['householdIds', index]));
  });
  return issues;
}

/** 分流交办: a department is named; only a dispute goes to the mediation committee, with its application; not due before today. */
export function checkGridAssignment(
  input: {
    readonly target: string;
    readonly department?: string | undefined;
    readonly dueOn?: string | undefined;
    readonly intake?: unknown;
  },
  dispute: boolean,
  today: CalendarDate,
): RuleIssue[] {
  const issues: RuleIssue[] = [];
  if (input.target === 'department' && input.department === undefined)
    issues.push(issue('grid.assign.departmentRequired', {}, ['department']));
  if (input.target === 'mediation' && !dispute) issues.push(issue('grid.assign.notDispute', {}, ['target']));
  else if (input.target === 'mediation' && input.intake === undefined) issues.push(issue('grid.assign.intakeRequired', {}, ['intake']));
  if (input.dueOn !== undefined && compareDates(input.dueOn, today) < 0) issues.push(issue('grid.assign.dueBeforeToday', {}, ['dueOn']));
  return issues;
}

/** A round's last day: as given, or `roundDays` from its first (both days counted). */
export function gridRoundEnd(from: CalendarDate, to: CalendarDate | undefined, settings: Pick<GridSettings, 'roundDays'>): CalendarDate {
  return to ?? addDays(from, settings.roundDays - 1);
}

/** Two periods overlap when neither ends before the other begins. */
export function periodsOverlap(a: { from: CalendarDate; to: CalendarDate }, b: { from: CalendarDate; to: CalendarDate }): boolean {
  return compareDates(a.from, b.to) <= 0 && compareDates(b.from, a.to) <= 0;
}

/** A visit falls on or after the round's first day and not after today (late visits still count: the list shows them late). */
export function checkGridVisitDay(on: CalendarDate, round: { from: CalendarDate }, today: CalendarDate): RuleIssue[] {
  return compareDates(on, round.from) < 0 || compareDates(on, today) > 0 ? [issue('grid.visit.outsidePeriod', {}, ['on'])] : [];
}
