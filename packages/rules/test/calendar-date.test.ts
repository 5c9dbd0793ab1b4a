import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import * as z from 'zod/mini';
import {
  addDays,
  addMonths,
  calendarDateSchema,
  compareDates,
  dayOfWeek,
  daysBetween,
  endOfMonth,
  endOfQuarter,
  fromEpochDay,
  isCalendarDate,
  parseCalendarDate,
  quarterOf,
  startOfMonth,
  startOfQuarter,
  toEpochDay,
  todayInShanghai,
  toShanghaiDate,
  validate,
} from '../src/index.js';
import { assertShifts } from './support/calendar.js';

const dayMs = 86_400_000;
/** An independent oracle: the UTC date of an epoch day as the platform's Date prints it. */
const isoOfEpochDay = (days: number) => new Date(days * dayMs).toISOString().slice(0, 10);
// 1900-01-01 … 2199-12-31, as epoch days.
const epochDay = fc.integer({ min: -25567, max: 83969 });
const calendarDate = epochDay.map(isoOfEpochDay);

test('accepts real dates and rejects impossible or malformed ones', () => {
  for (const good of ['2024-02-29', '2000-02-29', '1999-12-31', '0001-01-01', '9999-12-31']) assert.ok(isCalendarDate(good), good);
  for (const bad of [
    '2023-02-29',
    '1900-02-29',
    '2024-13-01',
    '2024-00-10',
    '2024-04-31',
    '2024-1-01',
    '20240101',
    '2024-01-01T00:00:00Z',
    ' 2024-01-01',
    '0000-01-01',
    '',
  ]) {
    assert.ok(!isCalendarDate(bad), bad);
  }
});

test('the date schema reports a non-date with the shared invalid-date code', () => {
  assert.deepEqual(validate(calendarDateSchema, '2025-02-29'), { ok: false, issues: [{ code: 'field.invalidDate', path: [] }] });
  assert.deepEqual(validate(calendarDateSchema, '2024-02-29'), { ok: true, value: '2024-02-29' });
  assert.equal(z.safeParse(calendarDateSchema, 20240229).success, false);
});

test('splits a date into numeric year, month and day and refuses a non-date', () => {
  assert.deepEqual(parseCalendarDate('2024-02-09'), { year: 2024, month: 2, day: 9 });
  assert.throws(() => parseCalendarDate('2024-02-30'), RangeError);
});

test('counts epoch days exactly as the platform does for every date in three centuries', () => {
  fc.assert(
    fc.property(epochDay, (days) => {
      assert.equal(fromEpochDay(days), isoOfEpochDay(days));
      assert.equal(toEpochDay(isoOfEpochDay(days)), days);
    }),
  );
});

test('adding days and measuring the distance back are inverse', () => {
  fc.assert(
    fc.property(calendarDate, fc.integer({ min: -5000, max: 5000 }), (date, n) => {
      const moved = addDays(date, n);
      assert.equal(daysBetween(date, moved), n);
      assert.equal(addDays(moved, -n), date);
      assert.equal(compareDates(date, moved), n === 0 ? 0 : n > 0 ? -1 : 1);
    }),
  );
});

test('crosses month, year and leap-day boundaries', () => {
  assertShifts(addDays, 'days', [
    ['2024-02-28', 1, '2024-02-29'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2100-02-28', 1, '2100-03-01'],
    ['2000-02-28', 1, '2000-02-29'],
    ['2024-12-31', 1, '2025-01-01'],
  ]);
  assert.equal(daysBetween('2024-01-01', '2025-01-01'), 366);
  assert.equal(daysBetween('2025-01-01', '2024-01-01'), -366);
});

test('adding a month clamps to the end of a shorter month', () => {
  assertShifts(addMonths, 'months', [
    ['2024-01-31', 1, '2024-02-29'],
    ['2023-01-31', 1, '2023-02-28'],
    ['2024-03-31', 1, '2024-04-30'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-03-31', -1, '2024-02-29'],
    ['2024-01-15', -1, '2023-12-15'],
    ['2024-11-30', 3, '2025-02-28'],
    ['2024-05-10', 0, '2024-05-10'],
  ]);
});

test('numbers weekdays from Sunday as 0', () => {
  assert.equal(dayOfWeek('1970-01-01'), 4);
  assert.equal(dayOfWeek('2025-02-08'), 6);
  assert.equal(dayOfWeek('2024-02-04'), 0);
  assert.equal(dayOfWeek('1969-12-28'), 0);
  fc.assert(fc.property(epochDay, (days) => dayOfWeek(isoOfEpochDay(days)) === new Date(days * dayMs).getUTCDay()));
});

test('finds month and quarter bounds', () => {
  assert.equal(startOfMonth('2024-02-17'), '2024-02-01');
  assert.equal(endOfMonth('2024-02-17'), '2024-02-29');
  assert.equal(endOfMonth('2023-02-01'), '2023-02-28');
  assert.equal(endOfMonth('2024-12-05'), '2024-12-31');
  assert.deepEqual(['2024-01-01', '2024-03-31', '2024-04-01', '2024-09-30', '2024-10-01', '2024-12-31'].map(quarterOf), [1, 1, 2, 3, 4, 4]);
  assert.equal(startOfQuarter('2024-08-15'), '2024-07-01');
  assert.equal(endOfQuarter('2024-08-15'), '2024-09-30');
});

test('an instant at 23:30 UTC is already the next day in Shanghai', () => {
  assert.equal(toShanghaiDate('2024-03-01T23:30:00Z'), '2024-03-02');
  assert.equal(toShanghaiDate(new Date(Date.UTC(2024, 2, 1, 23, 30))), '2024-03-02');
  assert.equal(toShanghaiDate('2024-03-01T15:59:59.999Z'), '2024-03-01');
  assert.equal(toShanghaiDate('2024-03-01T16:00:00Z'), '2024-03-02');
  assert.equal(toShanghaiDate('2024-12-31T16:00:00Z'), '2025-01-01');
  assert.equal(toShanghaiDate('2024-03-02T00:10:00+08:00'), '2024-03-02');
  assert.equal(todayInShanghai(new Date('2025-10-01T17:00:00Z')), '2025-10-02');
});

test('a bare calendar date stays the same date, and a local date-time without offset is refused', () => {
  assert.equal(toShanghaiDate('2024-03-01'), '2024-03-01');
  assert.throws(() => toShanghaiDate('2024-03-01T10:00:00'), RangeError);
  assert.throws(() => toShanghaiDate('not a date Z'), RangeError);
  assert.throws(() => toShanghaiDate(new Date(Number.NaN)), RangeError);
});

test('refuses fractional day counts instead of rounding them silently', () => {
  assert.throws(() => addDays('2024-01-01', 1.5), RangeError);
  assert.throws(() => addMonths('2024-01-01', Number.NaN), RangeError);
});
