import { issue, type RuleIssue } from '../shared/result.js';

/**
 * A calendar date, 'YYYY-MM-DD', meant in Asia/Shanghai. A plain string (not a Date) so it survives
 * JSON, compares lexicographically and never shifts with the machine's time zone.
 */
export type CalendarDate = string;

/** A calendar date split into numbers: month 1–12, day 1–31. */
export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const pattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `year` is a leap year of the Gregorian calendar (divisible by 4, centuries only by 400). */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The number of days in a month (`month` 1–12): 28–31. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function partsOf(value: string): DateParts | null {
  const m = pattern.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** True for a real date in the form 'YYYY-MM-DD' (year 0001–9999); '2023-02-29' is not one. */
export function isCalendarDate(value: string): boolean {
  return partsOf(value) !== null;
}

/** Splits a calendar date; throws a RangeError for anything that is not a real date (a caller's bug). */
export function parseCalendarDate(date: CalendarDate): DateParts {
  const parts = partsOf(date);
  if (!parts) throw new RangeError(`Not a calendar date: ${JSON.stringify(date)}`);
  return parts;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** Joins parts into 'YYYY-MM-DD'; throws a RangeError when they make no real date (a caller's bug). */
export function formatCalendarDate(parts: DateParts): CalendarDate {
  const date = `${pad(parts.year, 4)}-${pad(parts.month, 2)}-${pad(parts.day, 2)}`;
  if (!isCalendarDate(date)) throw new RangeError(`Not a calendar date: ${date}`);
  return date;
}

/*
 * Days since 1970-01-01 in the proleptic Gregorian calendar, by integer arithmetic (H. Hinnant's
 * days_from_civil), so no Date object, local time zone or two-digit-year quirk of Date.UTC is involved.
 */
function daysFromCivil({ year, month, day }: DateParts): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * Months since year 0 (year × 12 + month − 1) of a day count since 1970-01-01, by integer arithmetic
 * (H. Hinnant's civil_from_days). Builds no object, so hot loops can call it per entry.
 */
export function monthIndexOfDays(days: number): number {
  const z0 = days + 719468;
  const era = Math.floor(z0 / 146097);
  const doe = z0 - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return year * 12 + month - 1;
}

function civilFromDays(days: number): DateParts {
  const months = monthIndexOfDays(days);
  const year = Math.floor(months / 12);
  const month = months - year * 12 + 1;
  return { year, month, day: days - daysFromCivil({ year, month, day: 1 }) + 1 };
}

/** Days since 1970-01-01 (negative before). */
export function toEpochDay(date: CalendarDate): number {
  return daysFromCivil(parseCalendarDate(date));
}

/** The calendar date `days` after 1970-01-01 (before it when negative): the inverse of {@link toEpochDay}. */
export function fromEpochDay(days: number): CalendarDate {
  if (!Number.isSafeInteger(days)) throw new RangeError(`Not a whole number of days: ${String(days)}`);
  return formatCalendarDate(civilFromDays(days));
}

function wholeNumber(n: number, what: string): number {
  if (!Number.isSafeInteger(n)) throw new RangeError(`${what} must be a whole number, got ${String(n)}`);
  return n;
}

/** The date `days` later (earlier when negative), by integer arithmetic: no time zone, no daylight saving. */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromEpochDay(toEpochDay(date) + wholeNumber(days, 'days'));
}

/** Adds calendar months; a day that does not exist in the target month clamps to its last day (01-31 + 1 → 02-28/29). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const { year, month, day } = parseCalendarDate(date);
  const index = year * 12 + (month - 1) + wholeNumber(months, 'months');
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  return formatCalendarDate({ year: targetYear, month: targetMonth, day: Math.min(day, daysInMonth(targetYear, targetMonth)) });
}

/** b − a in days. */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return toEpochDay(b) - toEpochDay(a);
}

/** -1, 0 or 1 as `a` is before, on or after `b`: a comparator for `Array#sort`. */
export function compareDates(a: CalendarDate, b: CalendarDate): -1 | 0 | 1 {
  const diff = daysBetween(b, a);
  return diff < 0 ? -1 : diff > 0 ? 1 : 0;
}

/** A day of the week: 0 = Sunday … 6 = Saturday, as `Date#getDay`. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** 0 = Sunday … 6 = Saturday, as Date#getDay. */
export function dayOfWeek(date: CalendarDate): Weekday {
  // 1970-01-01 was a Thursday (4).
  return ((((toEpochDay(date) + 4) % 7) + 7) % 7) as Weekday;
}

/** Saturday or Sunday. Whether it is a working day is {@link isWorkingDay}'s question (make-up days, holidays). */
export function isWeekend(date: CalendarDate): boolean {
  const weekday = dayOfWeek(date);
  return weekday === 0 || weekday === 6;
}

/** The first day of `date`'s month. */
export function startOfMonth(date: CalendarDate): CalendarDate {
  const { year, month } = parseCalendarDate(date);
  return formatCalendarDate({ year, month, day: 1 });
}

/** The last day of `date`'s month (28–31). */
export function endOfMonth(date: CalendarDate): CalendarDate {
  const { year, month } = parseCalendarDate(date);
  return formatCalendarDate({ year, month, day: daysInMonth(year, month) });
}

/** A calendar quarter, 1–4 (村民委员会组织法 Art 30's "at least quarterly" periods). */
export type Quarter = 1 | 2 | 3 | 4;

/** Disclosure periods (村民委员会组织法 Art 30: at least quarterly) run by calendar quarter. */
export function quarterOf(date: CalendarDate): Quarter {
  return (Math.floor((parseCalendarDate(date).month - 1) / 3) + 1) as Quarter;
}

/** The first day of `date`'s quarter (01-01, 04-01, 07-01 or 10-01). */
export function startOfQuarter(date: CalendarDate): CalendarDate {
  const { year } = parseCalendarDate(date);
  return formatCalendarDate({ year, month: (quarterOf(date) - 1) * 3 + 1, day: 1 });
}

/** The last day of `date`'s quarter (03-31, 06-30, 09-30 or 12-31). */
export function endOfQuarter(date: CalendarDate): CalendarDate {
  return endOfMonth(addMonths(startOfQuarter(date), 2));
}

/** The year of a calendar date. */
export function yearOf(date: CalendarDate): number {
  return parseCalendarDate(date).year;
}

/** The earlier of two dates. */
export function minDate(a: CalendarDate, b: CalendarDate): CalendarDate {
  return compareDates(a, b) <= 0 ? a : b;
}

/** The later of two dates. */
export function maxDate(a: CalendarDate, b: CalendarDate): CalendarDate {
  return compareDates(a, b) >= 0 ? a : b;
}

/**
 * `field.invalidDate` unless `value` is a real 'YYYY-MM-DD' date: the issue-returning form of {@link
 * isCalendarDate}.
 */
export function validateCalendarDate(value: string): RuleIssue | null {
  return isCalendarDate(value) ? null : issue('field.invalidDate');
}
