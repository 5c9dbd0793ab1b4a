import { compareDates, type CalendarDate } from '../calendar/date.js';
import { defaultHolidayCalendar } from '../calendar/holiday-data.js';
import type { HolidayCalendar } from '../calendar/holiday-calendar.js';
import { addWorkingDays } from '../calendar/working-days.js';
import { defaultProxySettings, type ProxyCase, type ProxySettings } from './proxy.js';

/*
 * Apart from proxy.ts: counting working days needs the holiday calendar, which checks its years with zod
 * when it is built, and a widget that only shows a case's steps must not load either.
 */

/** The last day the station may forward a case received on `receivedOn` (the day of receipt not counted). */
export function proxyForwardDeadline(
  receivedOn: CalendarDate,
  settings: ProxySettings = defaultProxySettings,
  calendar: HolidayCalendar = defaultHolidayCalendar,
): CalendarDate {
  return addWorkingDays(receivedOn, settings.forwardWithinWorkingDays, calendar);
}

/**
 * Whether the station was (or is) late forwarding the case: accepted after the deadline, or still
 * waiting at 委托 after it on `today`.
 */
export function isProxyForwardLate(
  current: ProxyCase,
  today: CalendarDate,
  settings: ProxySettings = defaultProxySettings,
  calendar: HolidayCalendar = defaultHolidayCalendar,
): boolean {
  const entrusted = current.history.find((event) => event.step === 'entrust');
  if (!entrusted) return false;
  const deadline = proxyForwardDeadline(entrusted.on, settings, calendar);
  const accepted = current.history.find((event) => event.step === 'accept');
  return compareDates(accepted ? accepted.on : today, deadline) > 0;
}
