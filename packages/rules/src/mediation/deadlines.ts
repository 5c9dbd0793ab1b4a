import { addDays, addMonths, addWorkingDays, defaultHolidayCalendar, type CalendarDate, type HolidayCalendar } from '../calendar/index.js';
import type { MediationLevel, Urgency } from './levels.js';
import { defaultMediationSettings, type MediationSettings } from './settings.js';

/**
 * 司法部《人民调解工作若干规定》(2002) Art 33: a mediation is normally concluded within one month of
 * acceptance. A day missing from the target month clamps to its last day: 2026-01-31 → 2026-02-28.
 */
export function mediationDeadline(acceptedOn: CalendarDate, settings: MediationSettings = defaultMediationSettings): CalendarDate {
  return addMonths(acceptedOn, settings.concludeWithinMonths);
}

/**
 * When the parties may jointly apply for judicial confirmation (人民调解法 Art 33): 30 days from the agreement taking
 * effect.
 */
export interface JudicialConfirmationWindow {
  /** The parties may apply from the day the agreement takes effect … */
  readonly opensOn: CalendarDate;
  /** … until this day, inclusive. */
  readonly closesOn: CalendarDate;
}

/**
 * 人民调解法 Art 33: the parties jointly apply for judicial confirmation within 30 days of the
 * agreement taking effect. The application goes to a court, so the period is counted as civil
 * procedure counts it (民事诉讼法 (2021) Art 85): the starting day is not counted, and a last day
 * that falls on a rest day or holiday moves to the next working day.
 */
export function judicialConfirmationWindow(
  agreementEffectiveOn: CalendarDate,
  settings: MediationSettings = defaultMediationSettings,
  calendar: HolidayCalendar = defaultHolidayCalendar,
): JudicialConfirmationWindow {
  const lastDay = addDays(agreementEffectiveOn, settings.judicialConfirmationDays);
  return { opensOn: agreementEffectiveOn, closesOn: addWorkingDays(lastDay, 0, calendar) };
}

/**
 * The day by which someone at the given level must contact the applicant. Working days exclude the
 * submission day; a request sent on a Sunday counts from Monday. Urgent cases (人民调解法 Art 25:
 * report to the police at once) are due the same calendar day, weekend or not.
 */
export function triageDueDate(
  submittedOn: CalendarDate,
  level: MediationLevel,
  settings: MediationSettings = defaultMediationSettings,
  calendar: HolidayCalendar = defaultHolidayCalendar,
  urgency: Urgency = 'normal',
): CalendarDate {
  if (urgency === 'urgent') return submittedOn;
  const days =
    urgency === 'priority'
      ? Math.min(settings.priorityContactWithinWorkingDays, settings.contactWithinWorkingDays[level])
      : settings.contactWithinWorkingDays[level];
  return addWorkingDays(submittedOn, days, calendar);
}
