import { addDays, addMonths, type CalendarDate } from '../calendar/date.js';
import { defaultHolidayCalendar } from '../calendar/holiday-data.js';
import type { HolidayCalendar } from '../calendar/holiday-calendar.js';
import { addWorkingDays } from '../calendar/working-days.js';
import type { TimeLimit } from './time-limit.js';

/*
 * Apart from time-limit.ts: counting working days needs the holiday calendar, which checks its years with
 * zod when it is built, and a widget that only shows a time limit must not load either.
 */

/** How a due date is counted: by default a period ending on a day off ends on the next working day (民法典 Art 203). */
export interface DueDateOptions {
  /**
   * 民法典 Art 203 (and 行政诉讼法 Art 83, 民事诉讼法 Art 85): when the last day of a period counted
   * in days or months is a statutory day off, the period ends on the next working day. On by default.
   */
  readonly rollOverDaysOff?: boolean;
}

/**
 * The last day of a time limit that starts when an application is received. 民法典 Art 201: the day
 * of receipt is not counted; the period starts the next day. Working days follow the holiday calendar
 * (weekend make-up days count, holidays do not); months end on the same day of the month, or on the
 * month's last day when it has no such day (民法典 Art 202).
 */
export function dueDate(
  limit: TimeLimit,
  appliedOn: CalendarDate,
  calendar: HolidayCalendar = defaultHolidayCalendar,
  options: DueDateOptions = {},
): CalendarDate {
  const roll = options.rollOverDaysOff ?? true;
  // addWorkingDays(d, 0) is d when d is a working day, else the next working day.
  const settle = (date: CalendarDate) => (roll ? addWorkingDays(date, 0, calendar) : date);
  switch (limit.unit) {
    case 'immediate':
      return appliedOn;
    case 'workingDay':
      return addWorkingDays(appliedOn, limit.value, calendar);
    case 'naturalDay':
      return settle(addDays(appliedOn, limit.value));
    case 'month':
      return settle(addMonths(appliedOn, limit.value));
  }
}
