import { fromEpochDay, isCalendarDate, type CalendarDate } from './date.js';

/*
 * China has kept UTC+8 without daylight saving since 1991, so the Shanghai date is the UTC epoch
 * plus eight hours. Computing it by hand keeps the result independent of the machine's time zone and
 * of whether the runtime ships Intl time-zone data (some WebViews do not).
 */
const offsetMs = 8 * 60 * 60 * 1000;
const dayMs = 24 * 60 * 60 * 1000;

function epochMs(instant: Date | string): number {
  if (instant instanceof Date) return instant.getTime();
  // A date-time without an offset would be read in the machine's local time: refuse it.
  if (!/(Z|[+-]\d{2}:?\d{2})$/i.test(instant)) throw new RangeError(`Instant needs a UTC offset or Z: ${JSON.stringify(instant)}`);
  return Date.parse(instant);
}

/**
 * The Asia/Shanghai calendar date of an instant. Strings must carry an offset ('…Z' or '…+08:00');
 * a bare 'YYYY-MM-DD' is already a calendar date and comes back unchanged.
 */
export function toShanghaiDate(instant: Date | string): CalendarDate {
  if (typeof instant === 'string' && isCalendarDate(instant)) return instant;
  const ms = epochMs(instant);
  if (!Number.isFinite(ms)) throw new RangeError(`Not a valid instant: ${String(instant)}`);
  return fromEpochDay(Math.floor((ms + offsetMs) / dayMs));
}

/** Today in Asia/Shanghai; pass `now` in tests and on servers that take the clock as input. */
export function todayInShanghai(now: Date = new Date()): CalendarDate {
  return toShanghaiDate(now);
}
