export { calendarMessages } from './messages.js';
export {
  type CalendarDate,
  type DateParts,
  type Weekday,
  type Quarter,
  validateCalendarDate,
  isCalendarDate,
  isLeapYear,
  daysInMonth,
  parseCalendarDate,
  formatCalendarDate,
  toEpochDay,
  fromEpochDay,
  addDays,
  addMonths,
  daysBetween,
  compareDates,
  dayOfWeek,
  isWeekend,
  startOfMonth,
  endOfMonth,
  quarterOf,
  startOfQuarter,
  endOfQuarter,
  yearOf,
  minDate,
  maxDate,
} from './date.js';
export { calendarDateSchema } from './date-schema.js';
export { toShanghaiDate, todayInShanghai } from './shanghai.js';
export {
  type HolidayYear,
  type HolidayCalendar,
  holidayYearSchema,
  validateHolidayYear,
  parseHolidayYear,
  createHolidayCalendar,
  extendHolidayCalendar,
} from './holiday-calendar.js';
export { defaultHolidayCalendar, holidayYears2024To2026 } from './holiday-data.js';
export {
  type DayKind,
  dayKind,
  isWorkingDay,
  nextWorkingDay,
  addWorkingDays,
  workingDaysAfter,
  workingDaysInclusive,
  workingDaysInMonth,
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- the deprecated name stays importable until the next major release (issue 17)
  workingDaysBetween,
  uncoveredYears,
  coverageWarning,
} from './working-days.js';
