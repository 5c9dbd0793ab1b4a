import { daysBetween, type CalendarDate } from '../calendar/index.js';
import type { PeriodKind } from './settings.js';

const epoch = '1970-01-01';

/** Days since 1970-01-01: the integer day the columnar ledger stores (Int32Array-friendly). */
export function epochDayOf(date: CalendarDate): number {
  return daysBetween(epoch, date);
}

/**
 * Months since year 0 (year × 12 + month − 1) of an epoch day, by integer arithmetic (H. Hinnant's
 * civil_from_days). Used per entry in the aggregation hot path, where building a date string for each
 * of millions of entries would dominate the run time.
 */
export function monthIndexOfEpochDay(day: number): number {
  const z0 = day + 719468;
  const era = Math.floor(z0 / 146097);
  const doe = z0 - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return year * 12 + month - 1;
}

/** A number identifying the period of a kind that contains an epoch day; consecutive periods differ by 1. */
export function periodIndexOfEpochDay(day: number, kind: PeriodKind): number {
  const months = monthIndexOfEpochDay(day);
  return kind === 'month' ? months : kind === 'quarter' ? Math.floor(months / 3) : Math.floor(months / 12);
}
