import { compareDates, isCalendarDate, type CalendarDate } from '../calendar/date.js';
import { issue, type RuleIssue } from '../shared/result.js';

/** A closed range of calendar dates, both ends included (a month is 01 to 30/31). */
export interface Period {
  readonly from: CalendarDate;
  readonly to: CalendarDate;
}

/** `disclosure.period.reversed` when a period ends before it starts. */
export function validatePeriod(period: Period): RuleIssue | null {
  if (!isCalendarDate(period.from) || !isCalendarDate(period.to)) return null;
  return compareDates(period.from, period.to) > 0
    ? issue('disclosure.period.reversed', { from: period.from, to: period.to }, ['to'])
    : null;
}

/** Whether `date` falls in `period`, both ends included. */
export function within(date: CalendarDate, period: Period): boolean {
  return compareDates(period.from, date) <= 0 && compareDates(date, period.to) <= 0;
}

/** True when `outer` contains every day of `inner`. */
export function covers(outer: Period, inner: Period): boolean {
  return compareDates(outer.from, inner.from) <= 0 && compareDates(inner.to, outer.to) <= 0;
}
