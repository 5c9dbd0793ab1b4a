import { defineMessages } from '../messages/entry.js';

/** Messages of the calendar rules, by stable code. */
export const calendarMessages = defineMessages({
  'calendar.holidayYear.dateOutsideYear': {
    'zh-CN': '日期 {date} 不在 {year} 年内',
    en: 'The date {date} is not in the year {year}',
  },
  'calendar.holidayYear.dateInBothLists': {
    'zh-CN': '日期 {date} 不能既是放假日又是调休上班日',
    en: 'The date {date} cannot be both a holiday and a make-up working day',
  },
  'calendar.holidayYear.duplicateDate': {
    'zh-CN': '日期 {date} 重复填写了',
    en: 'The date {date} is listed twice',
  },
  'calendar.holidayYear.workdayNotWeekend': {
    'zh-CN': '调休上班日 {date} 应当是周六或周日',
    en: 'The make-up working day {date} should be a Saturday or a Sunday',
  },
  'calendar.year.notCovered': {
    'zh-CN': '{year} 年的放假安排还没有录入，工作日暂按周一至周五计算',
    en: 'The holiday schedule for {year} has not been entered yet; working days are counted as Monday to Friday',
  },
});
