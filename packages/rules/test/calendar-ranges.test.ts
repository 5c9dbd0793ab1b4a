/* eslint-disable @typescript-eslint/no-deprecated -- compares the deprecated `workingDaysBetween` with its replacements until it is removed */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import {
  addDays,
  endOfMonth,
  isWorkingDay,
  workingDaysAfter,
  workingDaysBetween,
  workingDaysInclusive,
  workingDaysInMonth,
} from '../src/calendar/index.js';

test('counts the working days of a month with its holidays and make-up days, as a person counts them', () => {
  // April 2025: 22 weekdays, 清明 Friday 4/4 off, Sunday 4/27 worked (for 劳动节) → 22.
  assert.equal(workingDaysInMonth(2025, 4), 22);
  // February 2026: 20 weekdays, 春节 2/16–20 and 2/23 off, Saturdays 2/14 and 2/28 worked → 16.
  assert.equal(workingDaysInMonth(2026, 2), 16);
  // October 2025: 23 weekdays, 10/1–3 and 10/6–8 off, Saturday 10/11 worked → 18.
  assert.equal(workingDaysInMonth(2025, 10), 18);
});

test('the old exclusive-start count of a month that opens on a working day is one short; the inclusive count is not', () => {
  // The off-by-one: 2025-04-01 is a Tuesday, and (first, last] leaves it out.
  assert.equal(workingDaysBetween('2025-04-01', '2025-04-30'), 21);
  assert.equal(workingDaysAfter('2025-04-01', '2025-04-30'), 21);
  assert.equal(workingDaysInclusive('2025-04-01', '2025-04-30'), 22);
  // A month that opens on a rest day (2025-03-01 is a Saturday) gives the same count either way.
  assert.equal(workingDaysInclusive('2025-03-01', '2025-03-31'), workingDaysAfter('2025-03-01', '2025-03-31'));
});

test('an inclusive range counts both ends; a range ending before it starts is empty', () => {
  assert.equal(workingDaysInclusive('2025-03-03', '2025-03-03'), 1, 'a single Monday');
  assert.equal(workingDaysInclusive('2025-03-01', '2025-03-01'), 0, 'a single Saturday');
  assert.equal(workingDaysInclusive('2025-03-03', '2025-03-07'), 5);
  assert.equal(workingDaysInclusive('2025-03-07', '2025-03-03'), 0);
  assert.equal(workingDaysAfter('2025-03-07', '2025-03-03'), -4, 'the exclusive count stays signed, as "days left" needs');
});

test('property: inclusive = after + (start is a working day); the deprecated name equals workingDaysAfter', () => {
  const day = fc.integer({ min: 0, max: 3 * 366 }).map((n) => addDays('2024-01-01', n));
  fc.assert(
    fc.property(day, day, (a, b) => {
      const [from, to] = a <= b ? [a, b] : [b, a];
      assert.equal(workingDaysInclusive(from, to), workingDaysAfter(from, to) + (isWorkingDay(from) ? 1 : 0));
      assert.equal(workingDaysBetween(a, b), workingDaysAfter(a, b));
    }),
  );
});

test('property: the months of a year add up to the year, counted inclusively', () => {
  for (const year of [2024, 2025, 2026]) {
    let sum = 0;
    for (let month = 1; month <= 12; month += 1) sum += workingDaysInMonth(year, month);
    assert.equal(sum, workingDaysInclusive(`${String(year)}-01-01`, endOfMonth(`${String(year)}-12-01`)), String(year));
  }
  // The published yearly totals (see calendar-working-days.test.ts): 251, 248, 248.
  assert.deepEqual(
    [2024, 2025, 2026].map((y) => Array.from({ length: 12 }, (_, m) => workingDaysInMonth(y, m + 1)).reduce((a, b) => a + b)),
    [251, 248, 248],
  );
});
