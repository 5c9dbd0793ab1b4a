import { addDays, compareDates, type CalendarDate } from './date.js';
import { createHolidayCalendar, type HolidayCalendar, type HolidayYear } from './holiday-calendar.js';

/** Every date from `first` to `last`, both included: notices announce breaks as ranges. */
function span(first: CalendarDate, last: CalendarDate): CalendarDate[] {
  const dates: CalendarDate[] = [];
  for (let date = first; compareDates(date, last) <= 0; date = addDays(date, 1)) dates.push(date);
  return dates;
}

/*
 * Transcribed from the State Council General Office's yearly notices. Only years whose notice was
 * checked against its published text are here; add a year with `calendar.extend` when the next
 * notice appears (usually in November), never by guessing from the lunar calendar.
 */
export const holidayYears2024To2026: readonly HolidayYear[] = [
  {
    year: 2024,
    // 元旦 1/1 and 端午 6/10 were announced "与周末连休": the attached weekend days are listed with them.
    holidays: [
      ...span('2024-01-01', '2024-01-01'),
      ...span('2024-02-10', '2024-02-17'),
      ...span('2024-04-04', '2024-04-06'),
      ...span('2024-05-01', '2024-05-05'),
      ...span('2024-06-08', '2024-06-10'),
      ...span('2024-09-15', '2024-09-17'),
      ...span('2024-10-01', '2024-10-07'),
    ],
    workdays: ['2024-02-04', '2024-02-18', '2024-04-07', '2024-04-28', '2024-05-11', '2024-09-14', '2024-09-29', '2024-10-12'],
    source: '国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号，2023年10月25日）',
  },
  {
    year: 2025,
    holidays: [
      ...span('2025-01-01', '2025-01-01'),
      ...span('2025-01-28', '2025-02-04'),
      ...span('2025-04-04', '2025-04-06'),
      ...span('2025-05-01', '2025-05-05'),
      ...span('2025-05-31', '2025-06-02'),
      ...span('2025-10-01', '2025-10-08'),
    ],
    workdays: ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'],
    source: '国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024年11月12日）',
  },
  {
    year: 2026,
    holidays: [
      ...span('2026-01-01', '2026-01-03'),
      ...span('2026-02-15', '2026-02-23'),
      ...span('2026-04-04', '2026-04-06'),
      ...span('2026-05-01', '2026-05-05'),
      ...span('2026-06-19', '2026-06-21'),
      ...span('2026-09-25', '2026-09-27'),
      ...span('2026-10-01', '2026-10-07'),
    ],
    workdays: ['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10'],
    source: '国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号，2025年11月4日）',
  },
];

/** The shipped calendar (2024–2026). Deployments extend it as new notices are published. */
export const defaultHolidayCalendar: HolidayCalendar = createHolidayCalendar(holidayYears2024To2026);
