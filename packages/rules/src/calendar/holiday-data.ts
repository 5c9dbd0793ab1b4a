import { addDays, compareDates, type CalendarDate } from './date.js';
import { createHolidayCalendar, type HolidayCalendar, type HolidayYear } from './holiday-calendar.js';

/** Every date from `first` to `last`, both included: notices announce breaks as ranges. */
function span(first: CalendarDate, last: CalendarDate): CalendarDate[] {
  const dates: CalendarDate[] = [];
  for (let date = first; compareDates(date, last) <= 0; date = addDays(date, 1)) dates.push(date);
  return dates;
}

/**
 * One year's notice. `breaks` lists its breaks as the notice does, first and last day off ('MM-DD MM-DD'),
 * separated by commas; `workdays` are the make-up working days ('MM-DD').
 */
function notice(year: number, breaks: string, workdays: string, source: string): HolidayYear {
  const date = (monthDay: string): CalendarDate => `${String(year)}-${monthDay}`;
  const holidays = breaks.split(', ').flatMap((range) => {
    const [first = '', last = first] = range.split(' ');
    return span(date(first), date(last));
  });
  return { year, holidays, workdays: workdays.split(' ').map(date), source };
}

/*
 * Transcribed from the State Council General Office's yearly notices. Only years whose notice was
 * checked against its published text are here; add a year with `calendar.extend` when the next
 * notice appears (usually in November), never by guessing from the lunar calendar.
 */
/**
 * The State Council's notices for 2024–2026 as {@link HolidayYear}s, each with its source: the data behind {@link
 * defaultHolidayCalendar}.
 */
export const holidayYears2024To2026: readonly HolidayYear[] = [
  // 元旦 1/1 and 端午 6/10 were announced "与周末连休": the attached weekend days are listed with them.
  notice(
    2024,
    '01-01 01-01, 02-10 02-17, 04-04 04-06, 05-01 05-05, 06-08 06-10, 09-15 09-17, 10-01 10-07',
    '02-04 02-18 04-07 04-28 05-11 09-14 09-29 10-12',
    '国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号，2023年10月25日）',
  ),
  notice(
    2025,
    '01-01 01-01, 01-28 02-04, 04-04 04-06, 05-01 05-05, 05-31 06-02, 10-01 10-08',
    '01-26 02-08 04-27 09-28 10-11',
    '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024年11月12日）',
  ),
  notice(
    2026,
    '01-01 01-03, 02-15 02-23, 04-04 04-06, 05-01 05-05, 06-19 06-21, 09-25 09-27, 10-01 10-07',
    '01-04 02-14 02-28 05-09 09-20 10-10',
    '国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号，2025年11月4日）',
  ),
];

/** The shipped calendar (2024–2026). Deployments extend it as new notices are published. */
export const defaultHolidayCalendar: HolidayCalendar = createHolidayCalendar(holidayYears2024To2026);
