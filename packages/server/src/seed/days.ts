import { addMonths, fromEpochDay, startOfMonth, toEpochDay, type CalendarDate } from '@shanzhi/rules';

/**
 * The days of the generated window as strings built once: generators draw day numbers (0 = first
 * day of the window, `last` = asOf) and look the date up, instead of formatting a date per entry.
 */
export class DayTable {
  readonly from: CalendarDate;
  readonly asOf: CalendarDate;
  /** Index of `asOf`. */
  readonly last: number;
  private readonly first: number;
  private readonly dates: readonly CalendarDate[];

  constructor(asOf: CalendarDate) {
    this.asOf = asOf;
    // A year of activity: from the first of the month eleven months back (2025-12-01 for 2026-11-29).
    this.from = startOfMonth(addMonths(asOf, -11));
    this.first = toEpochDay(this.from);
    this.last = toEpochDay(asOf) - this.first;
    this.dates = Array.from({ length: this.last + 1 }, (_, i) => fromEpochDay(this.first + i));
  }

  /** The date of a day number; numbers outside the window are computed (rarely needed). */
  date(day: number): CalendarDate {
    return this.dates[day] ?? fromEpochDay(this.first + day);
  }

  /** The day number of a date (may be negative or beyond `last`). */
  index(date: CalendarDate): number {
    return toEpochDay(date) - this.first;
  }
}
