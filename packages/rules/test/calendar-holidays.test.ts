import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  createHolidayCalendar,
  dayOfWeek,
  defaultHolidayCalendar,
  extendHolidayCalendar,
  holidayYearSchema,
  parseHolidayYear,
  RuleViolation,
  validate,
  validateHolidayYear,
  type HolidayYear,
} from '../src/index.js';

const sample: HolidayYear = { year: 2030, holidays: ['2030-01-01'], workdays: ['2030-01-05'], source: 'test notice' };

test('the shipped calendar covers 2024 to 2026 and cites a State Council notice for each', () => {
  assert.deepEqual(
    defaultHolidayCalendar.years.map((y) => y.year),
    [2024, 2025, 2026],
  );
  for (const year of defaultHolidayCalendar.years) assert.match(year.source, /国务院办公厅.*国办发明电/);
  assert.equal(defaultHolidayCalendar.covers(2023), false);
  assert.equal(defaultHolidayCalendar.covers(2027), false);
});

test('every shipped make-up working day is a weekend day', () => {
  for (const year of defaultHolidayCalendar.years) {
    for (const day of year.workdays) assert.ok([0, 6].includes(dayOfWeek(day)), day);
  }
});

test('the shipped breaks match the notices day for day', () => {
  const counts = Object.fromEntries(defaultHolidayCalendar.years.map((y) => [y.year, [y.holidays.length, y.workdays.length]]));
  // 2026: 3 + 9 + 3 + 5 + 3 + 3 + 7 days off; 6 make-up days.
  assert.deepEqual(counts[2026], [33, 6]);
  // 2025: 1 + 8 + 3 + 5 + 3 + 8; 5 make-up days.
  assert.deepEqual(counts[2025], [28, 5]);
  // 2024: 1 + 8 + 3 + 5 + 3 (6/8–6/10) + 3 + 7; 8 make-up days.
  assert.deepEqual(counts[2024], [30, 8]);
  assert.ok(defaultHolidayCalendar.isHoliday('2026-02-23'));
  assert.ok(!defaultHolidayCalendar.isHoliday('2026-02-24'));
  assert.ok(defaultHolidayCalendar.isMakeUpWorkday('2026-02-28'));
});

test('accepts a well-formed year', () => {
  assert.deepEqual(parseHolidayYear(sample), { ok: true, value: sample });
});

test('rejects a date outside its year', () => {
  assert.deepEqual(validate(holidayYearSchema, { ...sample, holidays: ['2030-01-01', '2031-01-01'] }), {
    ok: false,
    issues: [{ code: 'calendar.holidayYear.dateOutsideYear', path: ['holidays', 1], params: { date: '2031-01-01', year: 2030 } }],
  });
});

test('rejects a date listed as both a holiday and a make-up working day', () => {
  const result = parseHolidayYear({ ...sample, holidays: ['2030-01-05'] });
  assert.ok(!result.ok);
  assert.deepEqual(result.issues, [
    { code: 'calendar.holidayYear.dateInBothLists', path: ['workdays', 0], params: { date: '2030-01-05' } },
  ]);
});

test('rejects a duplicated date and a make-up working day on a weekday', () => {
  const twice = parseHolidayYear({ ...sample, holidays: ['2030-01-01', '2030-01-01'] });
  assert.ok(!twice.ok);
  assert.equal(twice.issues[0]?.code, 'calendar.holidayYear.duplicateDate');
  const weekday = parseHolidayYear({ ...sample, workdays: ['2030-01-07'] });
  assert.ok(!weekday.ok);
  assert.equal(weekday.issues[0]?.code, 'calendar.holidayYear.workdayNotWeekend');
});

test('rejects an impossible date and a missing source', () => {
  const bad = parseHolidayYear({ ...sample, holidays: ['2030-02-30'], source: '  ' });
  assert.ok(!bad.ok);
  assert.deepEqual(
    bad.issues.map((i) => [i.code, i.path]),
    [
      ['field.invalidDate', ['holidays', 0]],
      ['field.required', ['source']],
    ],
  );
});

test('the plain rule reports an impossible date itself when called without the schema', () => {
  assert.deepEqual(validateHolidayYear({ ...sample, workdays: ['2030-02-30'] }), { code: 'field.invalidDate', path: ['workdays', 0] });
  assert.equal(validateHolidayYear(sample), null);
});

test('building a calendar from a malformed year throws a coded rule violation', () => {
  assert.throws(
    () => createHolidayCalendar([{ ...sample, workdays: ['2030-01-07'] }]),
    (error: unknown) => error instanceof RuleViolation && error.code === 'calendar.holidayYear.workdayNotWeekend',
  );
  assert.throws(() => defaultHolidayCalendar.extend({ ...sample, holidays: ['2029-12-31'] }), RuleViolation);
});

test('extending returns a new calendar and replaces a year that was already there', () => {
  const extended = extendHolidayCalendar(defaultHolidayCalendar, sample);
  assert.equal(extended.covers(2030), true);
  assert.equal(defaultHolidayCalendar.covers(2030), false);
  assert.deepEqual(
    extended.years.map((y) => y.year),
    [2024, 2025, 2026, 2030],
  );
  const corrected = extended.extend({ ...sample, holidays: ['2030-01-02'] });
  assert.equal(corrected.isHoliday('2030-01-01'), false);
  assert.equal(corrected.isHoliday('2030-01-02'), true);
  assert.equal(corrected.years.length, 4);
});
