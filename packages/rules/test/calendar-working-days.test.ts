/* eslint-disable @typescript-eslint/no-deprecated -- tests the deprecated `workingDaysBetween`, kept until the next major release (issue 17) */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import {
  addDays,
  addWorkingDays,
  coverageWarning,
  dayKind,
  defaultHolidayCalendar,
  isWorkingDay,
  uncoveredYears,
  workingDaysBetween,
} from '../src/index.js';
import { assertShifts, weekendsOnly } from './support/calendar.js';

test('a Saturday that is a make-up working day is a working day', () => {
  assert.equal(isWorkingDay('2025-02-08'), true);
  assert.equal(dayKind('2025-02-08'), 'makeUpWorkday');
  assert.equal(isWorkingDay('2025-02-08', weekendsOnly), false);
});

test('a Sunday that is a make-up working day is a working day', () => {
  assert.equal(isWorkingDay('2024-02-04'), true);
  assert.equal(isWorkingDay('2024-02-11'), false);
});

test('a weekday inside a holiday break is not a working day', () => {
  assert.equal(isWorkingDay('2024-10-02'), false);
  assert.equal(dayKind('2024-10-02'), 'holiday');
  assert.equal(isWorkingDay('2024-10-08'), true);
  assert.equal(dayKind('2024-10-08'), 'workday');
  assert.equal(dayKind('2024-10-13'), 'weekend');
});

test('adding working days skips the Spring Festival break and lands on the make-up Saturday', () => {
  assertShifts(addWorkingDays, 'working days', [
    // 2025: 1/26 (Sun) works, 1/28–2/4 off, 2/8 (Sat) works.
    ['2025-01-24', 1, '2025-01-26'],
    ['2025-01-26', 1, '2025-01-27'],
    ['2025-01-27', 1, '2025-02-05'],
    ['2025-01-27', 4, '2025-02-08'],
    ['2025-01-27', 5, '2025-02-10'],
    // 2026: break 2/15–2/23 with 2/14 and 2/28 (Saturdays) working.
    ['2026-02-13', 1, '2026-02-14'],
    ['2026-02-14', 1, '2026-02-24'],
  ]);
});

test('adding working days skips the National Day break', () => {
  assertShifts(addWorkingDays, 'working days', [
    // 2024: 9/29 (Sun) works, 10/1–10/7 off, 10/12 (Sat) works.
    ['2024-09-27', 1, '2024-09-29'],
    ['2024-09-30', 1, '2024-10-08'],
    ['2024-09-30', 5, '2024-10-12'],
    // 2025's break is eight days long because it merges with Mid-Autumn.
    ['2025-09-30', 1, '2025-10-09'],
    // A 20-working-day limit from Monday 2026-09-21 crosses Mid-Autumn (9/25–27) and National Day (10/1–7);
    // 9/22–24, 9/28–30, 10/8–10 (10/10 is a make-up Saturday), 10/12–16, 10/19–23 make 19, so the 20th is 10/26.
    ['2026-09-21', 20, '2026-10-26'],
  ]);
  assert.equal(workingDaysBetween('2026-09-21', '2026-10-26'), 20);
});

test('adding zero working days keeps a working day and moves a rest day to the next working day', () => {
  assertShifts(addWorkingDays, 'working days', [
    ['2025-02-05', 0, '2025-02-05'],
    ['2025-02-08', 0, '2025-02-08'],
    ['2025-02-01', 0, '2025-02-05'],
    ['2025-03-01', 0, '2025-03-03'],
  ]);
});

test('refuses a negative or fractional number of working days', () => {
  assert.throws(() => addWorkingDays('2025-03-03', -1), RangeError);
  assert.throws(() => addWorkingDays('2025-03-03', 1.5), RangeError);
});

test('counts the working days of whole years as published', () => {
  assert.equal(workingDaysBetween('2023-12-31', '2024-12-31'), 251);
  assert.equal(workingDaysBetween('2024-12-31', '2025-12-31'), 248);
  assert.equal(workingDaysBetween('2025-12-31', '2026-12-31'), 248);
});

test('counts working days in (a, b] and is negative backwards', () => {
  assert.equal(workingDaysBetween('2025-03-03', '2025-03-03'), 0);
  assert.equal(workingDaysBetween('2025-03-03', '2025-03-07'), 4);
  assert.equal(workingDaysBetween('2025-03-07', '2025-03-03'), -4);
  assert.equal(workingDaysBetween('2025-03-01', '2025-03-02'), 0);
  assert.equal(workingDaysBetween('2025-01-27', '2025-02-08'), 4);
});

test('falls back to Monday to Friday for a year the calendar does not cover and says so', () => {
  assert.equal(defaultHolidayCalendar.covers(2030), false);
  // 2030-10-01 is a Tuesday: without the year's notice it counts as a working day.
  assert.equal(isWorkingDay('2030-10-01'), true);
  assert.equal(addWorkingDays('2030-10-04', 1), '2030-10-07');
  assert.deepEqual(uncoveredYears('2026-12-01', '2028-01-10'), [2027, 2028]);
  assert.deepEqual(coverageWarning('2026-12-01', '2027-01-10'), { code: 'calendar.year.notCovered', path: [], params: { year: 2027 } });
  assert.equal(coverageWarning('2024-01-01', '2026-12-31'), null);
});

test('working-day arithmetic honours a year added at runtime', () => {
  const extended = defaultHolidayCalendar.extend({
    year: 2030,
    holidays: ['2030-10-01', '2030-10-02'],
    workdays: ['2030-09-29'],
    source: 'test notice',
  });
  assert.equal(isWorkingDay('2030-10-01', extended), false);
  assert.equal(isWorkingDay('2030-09-29', extended), true);
  assert.equal(addWorkingDays('2030-09-30', 1, extended), '2030-10-03');
  assert.equal(isWorkingDay('2030-10-01'), true, 'the shared default calendar is unchanged');
});

// Dates 2023-06-01 … 2027-06-30 so the property crosses covered and uncovered years.
const date = fc.integer({ min: 0, max: 1490 }).map((n) => addDays('2023-06-01', n));

test('adding n working days to a working day and counting back gives n', () => {
  fc.assert(
    fc.property(date, fc.integer({ min: 0, max: 300 }), (start, n) => {
      fc.pre(isWorkingDay(start));
      const end = addWorkingDays(start, n);
      assert.equal(workingDaysBetween(start, end), n);
      assert.equal(isWorkingDay(end), true);
    }),
  );
});

test('the result of adding working days is always a working day after a rest day', () => {
  fc.assert(
    fc.property(date, fc.integer({ min: 1, max: 60 }), (start, n) => {
      const end = addWorkingDays(start, n);
      assert.equal(isWorkingDay(end), true);
      assert.equal(workingDaysBetween(start, end), n);
      assert.equal(workingDaysBetween(start, addDays(end, -1)), n - 1);
    }),
  );
});
