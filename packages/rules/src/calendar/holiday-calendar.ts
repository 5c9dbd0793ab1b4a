import * as z from 'zod/mini';
import { validate } from '../messages/zod.js';
import { ruleCheck } from '../messages/rule-check.js';
import { issue, RuleViolation, type Result, type RuleIssue } from '../shared/result.js';
import { calendarDateSchema } from './date-schema.js';
import { isCalendarDate, isWeekend, parseCalendarDate, type CalendarDate } from './date.js';

/**
 * One year of the State Council's holiday schedule (国务院办公厅关于 YYYY 年部分节假日安排的通知).
 * `holidays` are the days off of each announced break (weekend days inside a break may be listed);
 * `workdays` are the make-up working days (调休上班) that fall on a Saturday or Sunday.
 */
export interface HolidayYear {
  readonly year: number;
  readonly holidays: readonly CalendarDate[];
  readonly workdays: readonly CalendarDate[];
  /** The notice the dates come from, so a supervisor can check them against the original. */
  readonly source: string;
}

function checkLists(value: HolidayYear, reportNonDates: boolean): RuleIssue | null {
  const seen = new Set<string>();
  const lists = [
    ['holidays', value.holidays],
    ['workdays', value.workdays],
  ] as const;
  for (const [key, dates] of lists) {
    for (const [index, date] of dates.entries()) {
      if (!isCalendarDate(date)) {
        if (reportNonDates) return issue('field.invalidDate', undefined, [key, index]);
        continue;
      }
      if (parseCalendarDate(date).year !== value.year)
        return issue('calendar.holidayYear.dateOutsideYear', { date, year: value.year }, [key, index]);
      if (seen.has(date)) {
        const inOther = key === 'workdays' && value.holidays.includes(date);
        return issue(inOther ? 'calendar.holidayYear.dateInBothLists' : 'calendar.holidayYear.duplicateDate', { date }, [key, index]);
      }
      seen.add(date);
      // A make-up working day on a weekday would change nothing: it is a typing mistake.
      if (key === 'workdays' && !isWeekend(date)) return issue('calendar.holidayYear.workdayNotWeekend', { date }, [key, index]);
    }
  }
  return null;
}

/** Checks a year's lists for the mistakes a person typing in a new notice can make. */
export function validateHolidayYear(value: HolidayYear): RuleIssue | null {
  return checkLists(value, true);
}

/**
 * A {@link HolidayYear} as it arrives from a deployment's data: dates of another year, a date listed twice or in both
 * lists, and a make-up working day that is not a weekend day are refused.
 */
export const holidayYearSchema = z
  .object({
    year: z.int().check(z.gte(1), z.lte(9999)),
    holidays: z.array(calendarDateSchema),
    workdays: z.array(calendarDateSchema),
    source: z.string().check(z.trim(), z.minLength(1)),
  })
  // The element schemas already report non-dates; zod still runs this check, so it must not repeat them.
  .check(ruleCheck((value: HolidayYear) => checkLists(value, false)));

/** Validates a year loaded from JSON (e.g. a deployment's update for a newly published notice). */
export function parseHolidayYear(input: unknown): Result<HolidayYear> {
  return validate(holidayYearSchema, input);
}

/**
 * The holiday schedule as data. Immutable: `extend` returns a new calendar, so the shared default
 * cannot be changed behind another caller's back.
 */
export interface HolidayCalendar {
  /** The years this calendar knows, ascending. */
  readonly years: readonly HolidayYear[];
  /** Whether the year's notice is loaded; outside it, working days fall back to Monday–Friday. */
  covers(year: number): boolean;
  isHoliday(date: CalendarDate): boolean;
  isMakeUpWorkday(date: CalendarDate): boolean;
  /** A new calendar with the year added, or replaced if it was already there (a corrected notice). */
  extend(year: HolidayYear): HolidayCalendar;
}

function checked(year: HolidayYear): HolidayYear {
  const result = parseHolidayYear(year);
  if (!result.ok) {
    const first = result.issues[0];
    throw new RuleViolation(first?.code ?? 'field.invalid', first?.params ?? {});
  }
  return result.value;
}

/** Builds a calendar; throws a RuleViolation carrying the issue's code if any year is malformed. */
export function createHolidayCalendar(years: readonly HolidayYear[]): HolidayCalendar {
  const byYear = new Map<number, HolidayYear>();
  for (const year of years) byYear.set(year.year, checked(year));
  const sorted = [...byYear.values()].sort((a, b) => a.year - b.year);
  const holidays = new Set<string>(sorted.flatMap((y) => y.holidays));
  const workdays = new Set<string>(sorted.flatMap((y) => y.workdays));
  const calendar: HolidayCalendar = {
    years: sorted,
    covers: (year) => byYear.has(year),
    isHoliday: (date) => holidays.has(date),
    isMakeUpWorkday: (date) => workdays.has(date),
    extend: (year) => createHolidayCalendar([...sorted.filter((y) => y.year !== year.year), year]),
  };
  return Object.freeze(calendar);
}

/** The same as `calendar.extend(year)`, for callers who prefer plain functions. */
export function extendHolidayCalendar(calendar: HolidayCalendar, year: HolidayYear): HolidayCalendar {
  return calendar.extend(year);
}
