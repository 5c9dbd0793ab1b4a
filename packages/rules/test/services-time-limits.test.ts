import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  defaultProxySettings,
  dueDate,
  formatTimeLimit,
  isLongerThan,
  proxyForwardDeadline,
  proxySettingsSchema,
  type TimeLimit,
} from '../src/index.js';
import { weekendsOnly } from './support/calendar.js';
import * as z from 'zod/mini';

const workingDays = (value: number): TimeLimit => ({ value, unit: 'workingDay' });

test('five working days from 30 September 2025 skip National Day and count the Saturday make-up day', () => {
  // 2025: 1–8 October off, Saturday 11 October is a working day (国办发明电〔2024〕12号).
  assert.equal(dueDate(workingDays(5), '2025-09-30'), '2025-10-14');
  assert.equal(dueDate(workingDays(1), '2025-09-30'), '2025-10-09');
});

test('working days follow the calendar passed in', () => {
  assert.equal(dueDate(workingDays(5), '2025-09-30', weekendsOnly), '2025-10-07');
});

test('the day of receipt is not counted, and a Sunday application counts from Monday', () => {
  assert.equal(dueDate(workingDays(1), '2025-06-03'), '2025-06-04');
  assert.equal(dueDate(workingDays(1), '2025-10-12'), '2025-10-13');
  assert.equal(dueDate(workingDays(20), '2025-06-03'), '2025-07-01');
});

test('a same-day service is due on the day it is applied for, holiday or not', () => {
  assert.equal(dueDate({ value: 0, unit: 'immediate' }, '2025-06-03'), '2025-06-03');
  assert.equal(dueDate({ value: 0, unit: 'immediate' }, '2025-10-01'), '2025-10-01');
});

test('natural days count every day, and a period ending on a day off runs to the next working day', () => {
  assert.equal(dueDate({ value: 10, unit: 'naturalDay' }, '2025-06-03'), '2025-06-13');
  // 30 days from 1 September ends on 1 October (holiday): extended to 9 October (民法典 Art 203).
  assert.equal(dueDate({ value: 30, unit: 'naturalDay' }, '2025-09-01'), '2025-10-09');
  assert.equal(dueDate({ value: 30, unit: 'naturalDay' }, '2025-09-01', undefined, { rollOverDaysOff: false }), '2025-10-01');
});

test('months end on the same day of the month, or its last day, then skip days off', () => {
  assert.equal(dueDate({ value: 1, unit: 'month' }, '2025-01-31'), '2025-02-28');
  assert.equal(dueDate({ value: 3, unit: 'month' }, '2025-03-17'), '2025-06-17');
  // 7 June 2025 is a Saturday.
  assert.equal(dueDate({ value: 1, unit: 'month' }, '2025-05-07'), '2025-06-09');
});

test('time limits read as 20个工作日 and 20 working days', () => {
  assert.equal(formatTimeLimit(workingDays(20), 'zh-CN'), '20个工作日');
  assert.equal(formatTimeLimit(workingDays(20), 'en'), '20 working days');
  assert.equal(formatTimeLimit(workingDays(1), 'en'), '1 working day');
  assert.equal(formatTimeLimit({ value: 30, unit: 'naturalDay' }, 'zh-CN'), '30个自然日');
  assert.equal(formatTimeLimit({ value: 30, unit: 'naturalDay' }, 'en'), '30 calendar days');
  assert.equal(formatTimeLimit({ value: 2, unit: 'month' }, 'zh-CN'), '2个月');
  assert.equal(formatTimeLimit({ value: 1, unit: 'month' }, 'en'), '1 month');
  assert.equal(formatTimeLimit({ value: 0, unit: 'immediate' }, 'zh-CN'), '即办');
  assert.equal(formatTimeLimit({ value: 0, unit: 'immediate' }, 'en'), 'Same day');
});

test('one limit is surely longer than another only when the units allow telling', () => {
  assert.equal(isLongerThan(workingDays(25), workingDays(20)), true);
  assert.equal(isLongerThan(workingDays(20), workingDays(20)), false);
  assert.equal(isLongerThan({ value: 0, unit: 'immediate' }, workingDays(1)), false);
  assert.equal(isLongerThan(workingDays(1), { value: 0, unit: 'immediate' }), true);
  assert.equal(isLongerThan(workingDays(11), { value: 10, unit: 'naturalDay' }), true);
  assert.equal(isLongerThan({ value: 10, unit: 'naturalDay' }, workingDays(10)), false);
  assert.equal(isLongerThan({ value: 14, unit: 'naturalDay' }, workingDays(10)), null);
  assert.equal(isLongerThan({ value: 1, unit: 'month' }, workingDays(20)), null);
});

test('a village station forwards a case within 3 working days, holidays excluded', () => {
  assert.equal(defaultProxySettings.forwardWithinWorkingDays, 3);
  assert.equal(proxyForwardDeadline('2025-06-06'), '2025-06-11');
  // Received before National Day: 9, 10 and Saturday 11 October (make-up working day).
  assert.equal(proxyForwardDeadline('2025-09-30'), '2025-10-11');
  assert.equal(proxyForwardDeadline('2025-09-30', z.parse(proxySettingsSchema, { forwardWithinWorkingDays: 5 })), '2025-10-14');
  assert.equal(proxyForwardDeadline('2025-09-30', defaultProxySettings, weekendsOnly), '2025-10-03');
});

test('the forwarding setting defaults to 3 and refuses zero', () => {
  assert.deepEqual(z.parse(proxySettingsSchema, {}), { forwardWithinWorkingDays: 3 });
  assert.equal(z.safeParse(proxySettingsSchema, { forwardWithinWorkingDays: 0 }).success, false);
});
