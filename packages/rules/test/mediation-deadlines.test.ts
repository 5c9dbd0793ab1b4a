import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  defaultMediationSettings,
  judicialConfirmationWindow,
  mediationDeadline,
  mediationSettingsSchema,
  triageDueDate,
  validate,
} from '../src/index.js';
import { weekendsOnly } from './support/calendar.js';

test('settings parse from nothing to the documented defaults', () => {
  const parsed = validate(mediationSettingsSchema, {});
  assert.ok(parsed.ok);
  assert.deepEqual(parsed.value, defaultMediationSettings);
  assert.equal(defaultMediationSettings.concludeWithinMonths, 1);
  assert.equal(defaultMediationSettings.judicialConfirmationDays, 30);
  assert.deepEqual(defaultMediationSettings.contactWithinWorkingDays, { grid: 3, village: 3, township: 3, county: 3 });
});

test('settings reject a negative number of working days', () => {
  const parsed = validate(mediationSettingsSchema, { priorityContactWithinWorkingDays: -1 });
  assert.ok(!parsed.ok);
  assert.deepEqual(parsed.issues[0]?.path, ['priorityContactWithinWorkingDays']);
});

test('a mediation accepted on 31 January must be concluded by 28 February', () => {
  assert.equal(mediationDeadline('2026-01-31'), '2026-02-28');
  assert.equal(mediationDeadline('2028-01-31'), '2028-02-29');
});

test('a mediation accepted mid-month is due the same day next month, across the year end', () => {
  assert.equal(mediationDeadline('2026-03-15'), '2026-04-15');
  assert.equal(mediationDeadline('2026-12-31'), '2027-01-31');
});

test('a village that allows two months gets two months', () => {
  assert.equal(mediationDeadline('2026-01-31', { ...defaultMediationSettings, concludeWithinMonths: 2 }), '2026-03-31');
});

test('judicial confirmation may be applied for from the effective day until 30 days later', () => {
  // 2026-03-02 + 30 days = 2026-04-01, a Wednesday.
  assert.deepEqual(judicialConfirmationWindow('2026-03-02'), { opensOn: '2026-03-02', closesOn: '2026-04-01' });
});

test('the judicial confirmation window counts across month ends and leap days', () => {
  assert.equal(judicialConfirmationWindow('2028-02-01', defaultMediationSettings, weekendsOnly).closesOn, '2028-03-02');
  assert.equal(judicialConfirmationWindow('2027-02-01', defaultMediationSettings, weekendsOnly).closesOn, '2027-03-03');
});

test('a judicial confirmation window ending on a weekend closes on the next working day', () => {
  // 2026-05-07 + 30 days = 2026-06-06, a Saturday.
  assert.equal(judicialConfirmationWindow('2026-05-07', defaultMediationSettings, weekendsOnly).closesOn, '2026-06-08');
});

test('a judicial confirmation window ending in the National Day holiday closes after it', () => {
  // 2026-09-01 + 30 = 2026-10-01; 1–7 October 2026 are holidays, so the first working day is 8 October.
  assert.equal(judicialConfirmationWindow('2026-09-01').closesOn, '2026-10-08');
});

test('the judicial confirmation period is a setting', () => {
  assert.equal(
    judicialConfirmationWindow('2026-03-02', { ...defaultMediationSettings, judicialConfirmationDays: 15 }, weekendsOnly).closesOn,
    '2026-03-17',
  );
});

test('the applicant is contacted within 3 working days, not counting the day of submission', () => {
  // Monday 2026-03-02 → Thursday 2026-03-05.
  assert.equal(triageDueDate('2026-03-02', 'village'), '2026-03-05');
  // Friday 2026-03-06 → Wednesday 2026-03-11 (the weekend does not count).
  assert.equal(triageDueDate('2026-03-06', 'village'), '2026-03-11');
});

test('contact across the Spring Festival skips the holiday and counts the make-up Saturday', () => {
  // 2026-02-13 (Fri) → 14 Feb is a make-up working Saturday, 15–23 Feb are holidays, 24 and 25 Feb follow.
  assert.equal(triageDueDate('2026-02-13', 'township'), '2026-02-25');
});

test('contact days can differ by level', () => {
  const settings = { ...defaultMediationSettings, contactWithinWorkingDays: { grid: 1, village: 2, township: 3, county: 5 } };
  assert.equal(triageDueDate('2026-03-02', 'grid', settings), '2026-03-03');
  assert.equal(triageDueDate('2026-03-02', 'county', settings), '2026-03-09');
});

test('a priority case is contacted within 1 working day and an urgent one the same day, even on a Sunday', () => {
  assert.equal(triageDueDate('2026-03-06', 'township', defaultMediationSettings, undefined, 'priority'), '2026-03-09');
  assert.equal(triageDueDate('2026-03-08', 'township', defaultMediationSettings, undefined, 'urgent'), '2026-03-08');
});
