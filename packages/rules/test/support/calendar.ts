import assert from 'node:assert/strict';
import { createHolidayCalendar } from '../../src/index.js';

/** A calendar with no holidays and no make-up working days: only weekends are rest days. */
export const weekendsOnly = createHolidayCalendar([]);

/** Each [from, n, expected]: `shift(from, n)` gives `expected`; `unit` names n's unit in the failure message. */
export function assertShifts(
  shift: (date: string, n: number) => string,
  unit: string,
  cases: readonly (readonly [string, number, string])[],
): void {
  for (const [from, n, expected] of cases) assert.equal(shift(from, n), expected, `${from} + ${String(n)} ${unit}`);
}
