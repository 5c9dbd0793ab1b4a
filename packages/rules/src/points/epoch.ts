import { daysBetween, type CalendarDate } from '../calendar/date.js';
import { monthIndexOfDays } from '../calendar/date.js';
import type { PeriodKind } from './settings.js';

const epoch = '1970-01-01';

/** Days since 1970-01-01: the integer day the columnar ledger stores (Int32Array-friendly). */
export function epochDayOf(date: CalendarDate): number {
  return daysBetween(epoch, date);
}

/**
 * Months since year 0 (year × 12 + month − 1) of an epoch day. Used per entry in the aggregation hot
 * path, where building a date string for each of millions of entries would dominate the run time.
 */
export const monthIndexOfEpochDay: (day: number) => number = monthIndexOfDays;

/** A number identifying the period of a kind that contains an epoch day; consecutive periods differ by 1. */
export function periodIndexOfEpochDay(day: number, kind: PeriodKind): number {
  const months = monthIndexOfEpochDay(day);
  return kind === 'month' ? months : kind === 'quarter' ? Math.floor(months / 3) : Math.floor(months / 12);
}
