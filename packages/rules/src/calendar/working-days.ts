import { issue, type RuleIssue } from '../shared/result.js';
import { addDays, compareDates, endOfMonth, formatCalendarDate, isWeekend, parseCalendarDate, type CalendarDate } from './date.js';
import { defaultHolidayCalendar } from './holiday-data.js';
import type { HolidayCalendar } from './holiday-calendar.js';

/*
 * Statutory and promised time limits of service items are counted in working days (e.g.
 * "20个工作日"; stations forward proxy cases to the township within 3 working days), so the
 * arithmetic has to know the State Council's holidays and weekend make-up working days.
 */

/** What a date is: an ordinary working day, a weekend, a holiday, or a weekend make-up working day (调休上班). */
export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeUpWorkday';

/** The kind of `date` under `calendar`: a holiday or make-up day by the notice, else by the weekday. */
export function dayKind(date: CalendarDate, calendar: HolidayCalendar = defaultHolidayCalendar): DayKind {
  if (calendar.isHoliday(date)) return 'holiday';
  if (calendar.isMakeUpWorkday(date)) return 'makeUpWorkday';
  return isWeekend(date) ? 'weekend' : 'workday';
}

/** Monday–Friday unless a holiday; a weekend make-up day (调休上班) is a working day. */
export function isWorkingDay(date: CalendarDate, calendar: HolidayCalendar = defaultHolidayCalendar): boolean {
  const kind = dayKind(date, calendar);
  return kind === 'workday' || kind === 'makeUpWorkday';
}

/** The first working day after `date` (never `date` itself). */
export function nextWorkingDay(date: CalendarDate, calendar: HolidayCalendar = defaultHolidayCalendar): CalendarDate {
  let day = addDays(date, 1);
  while (!isWorkingDay(day, calendar)) day = addDays(day, 1);
  return day;
}

/**
 * The n-th working day after `date` (the date itself is not counted). With n = 0: the date if it is
 * a working day, else the next one — an application received on a Sunday counts from Monday.
 */
export function addWorkingDays(date: CalendarDate, n: number, calendar: HolidayCalendar = defaultHolidayCalendar): CalendarDate {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`Working days to add must be a whole number ≥ 0, got ${String(n)}`);
  if (n === 0) return isWorkingDay(date, calendar) ? date : nextWorkingDay(date, calendar);
  let day = date;
  for (let left = n; left > 0; left -= 1) day = nextWorkingDay(day, calendar);
  return day;
}

/**
 * Working days in (from, to]: the start day is NOT counted, the end day is. Negative when `to` is before `from`.
 * This is "working days left until" and "working days since": `workingDaysAfter(today, dueOn)` is 0 on the due
 * day, and `addWorkingDays(from, workingDaysAfter(from, to))` is the last working day up to `to`.
 * For a period whose first day counts too, use {@link workingDaysInclusive}.
 */
export function workingDaysAfter(from: CalendarDate, to: CalendarDate, calendar: HolidayCalendar = defaultHolidayCalendar): number {
  const order = compareDates(from, to);
  if (order === 0) return 0;
  if (order > 0) return -workingDaysAfter(to, from, calendar);
  let count = 0;
  for (let day = addDays(from, 1); compareDates(day, to) <= 0; day = addDays(day, 1)) {
    if (isWorkingDay(day, calendar)) count += 1;
  }
  return count;
}

/**
 * Working days in [from, to]: both ends counted, as a person counts "the working days of March" or "from the 3rd to
 * the 7th". 0 when `to` is before `from` (an empty period).
 */
export function workingDaysInclusive(from: CalendarDate, to: CalendarDate, calendar: HolidayCalendar = defaultHolidayCalendar): number {
  if (compareDates(from, to) > 0) return 0;
  return workingDaysAfter(from, to, calendar) + (isWorkingDay(from, calendar) ? 1 : 0);
}

/** The working days of a month (`month` 1–12), holidays and make-up working days (调休上班) included. */
export function workingDaysInMonth(year: number, month: number, calendar: HolidayCalendar = defaultHolidayCalendar): number {
  const first = formatCalendarDate({ year, month, day: 1 });
  return workingDaysInclusive(first, endOfMonth(first), calendar);
}

/**
 * The number of working days in (a, b]; negative when b is before a.
 *
 * @deprecated The name hides that the start day is not counted, so `workingDaysBetween(first, last)` of a
 * month misses its first day. Use {@link workingDaysAfter} (same result, (a, b]) or {@link workingDaysInclusive}
 * ([a, b]); for a month, {@link workingDaysInMonth}. Kept for at least one minor release; removed in the next major
 * (docs/compatibility.md).
 */
export function workingDaysBetween(a: CalendarDate, b: CalendarDate, calendar: HolidayCalendar = defaultHolidayCalendar): number {
  return workingDaysAfter(a, b, calendar);
}

/** Years touched by [a, b] that the calendar has no notice for: the caller should warn. */
export function uncoveredYears(a: CalendarDate, b: CalendarDate, calendar: HolidayCalendar = defaultHolidayCalendar): number[] {
  const first = parseCalendarDate(compareDates(a, b) <= 0 ? a : b).year;
  const last = parseCalendarDate(compareDates(a, b) <= 0 ? b : a).year;
  const years: number[] = [];
  for (let year = first; year <= last; year += 1) if (!calendar.covers(year)) years.push(year);
  return years;
}

/** A warning (`calendar.year.notCovered`) for the first year of [a, b] the calendar does not cover. */
export function coverageWarning(a: CalendarDate, b: CalendarDate, calendar: HolidayCalendar = defaultHolidayCalendar): RuleIssue | null {
  const [year] = uncoveredYears(a, b, calendar);
  return year === undefined ? null : issue('calendar.year.notCovered', { year });
}
