import { compareDates, type CalendarDate } from '../calendar/date.js';
import { defaultHolidayCalendar } from '../calendar/holiday-data.js';
import type { HolidayCalendar } from '../calendar/holiday-calendar.js';
import { addWorkingDays, workingDaysAfter } from '../calendar/working-days.js';
import { nextRequestStep, type RequestLifecycle, type RequestProgress } from './lifecycle.js';

/*
 * Apart from lifecycle.ts, as proxy-deadline.ts is: working days need the holiday calendar, which a widget that only
 * shows the steps must not load.
 */

/** When the next step is due: the last step's date plus its working days; null once the request is closed. */
export function requestDeadline(
  progress: RequestProgress,
  lifecycle: RequestLifecycle,
  calendar: HolidayCalendar = defaultHolidayCalendar,
): CalendarDate | null {
  const next = nextRequestStep(progress, lifecycle);
  const last = progress.history[progress.history.length - 1];
  if (!next || !last) return null;
  return addWorkingDays(last.on, next.workingDays, calendar);
}

/** Where the next step stands on `today`: its deadline, whether it passed, and the working days left (negative when late). */
export function requestTiming(
  progress: RequestProgress,
  lifecycle: RequestLifecycle,
  today: CalendarDate,
  calendar: HolidayCalendar = defaultHolidayCalendar,
): { readonly dueOn: CalendarDate | null; readonly overdue: boolean; readonly workingDaysLeft: number } {
  const dueOn = requestDeadline(progress, lifecycle, calendar);
  if (dueOn === null) return { dueOn, overdue: false, workingDaysLeft: 0 };
  return { dueOn, overdue: compareDates(today, dueOn) > 0, workingDaysLeft: workingDaysAfter(today, dueOn, calendar) };
}

/**
 * The supervisor's deadline to answer the follow-up a bad rating opened. 国办发〔2019〕51号 asks that every 差评 be
 * checked, put right and answered (差评 "件件有整改、有反馈") without a national number of days; 5 working days is
 * the kind of limit county schemes set (docs/requests.md), hence a parameter.
 */
export function followUpDeadline(
  openedOn: CalendarDate,
  workingDays = 5,
  calendar: HolidayCalendar = defaultHolidayCalendar,
): CalendarDate {
  return addWorkingDays(openedOn, workingDays, calendar);
}
