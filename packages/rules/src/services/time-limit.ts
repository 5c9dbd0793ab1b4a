import type { Locale } from '../messages/locale.js';
import { issue, type RuleIssue } from '../shared/result.js';

/**
 * Units in which guides state time limits. 行政许可法 Art 82: limits stated in working days exclude
 * statutory holidays, so "20个工作日" needs the holiday calendar; "即办" is done on the spot.
 */
export const timeLimitUnits = ['workingDay', 'naturalDay', 'month', 'immediate'] as const;
/** One of {@link timeLimitUnits}. */
export type TimeLimitUnit = (typeof timeLimitUnits)[number];

/** A time limit with its unit, as guides print it: 20 working days, 3 days, immediately. */
export interface TimeLimit {
  readonly value: number;
  readonly unit: TimeLimitUnit;
}

/** `services.timeLimit.invalidValue` unless the value fits the unit: 0 for immediately, 1 or more otherwise. */
export function validateTimeLimit(limit: TimeLimit): RuleIssue | null {
  const fits = limit.unit === 'immediate' ? limit.value === 0 : limit.value >= 1;
  return fits ? null : issue('services.timeLimit.invalidValue', { unit: limit.unit }, ['value']);
}

const unitWords: Readonly<Record<Exclude<TimeLimitUnit, 'immediate'>, { zh: string; one: string; other: string }>> = {
  workingDay: { zh: '个工作日', one: 'working day', other: 'working days' },
  naturalDay: { zh: '个自然日', one: 'calendar day', other: 'calendar days' },
  month: { zh: '个月', one: 'month', other: 'months' },
};

/** '20个工作日' / '20 working days'; '即办' / 'Same day'. */
export function formatTimeLimit(limit: TimeLimit, locale: Locale): string {
  if (limit.unit === 'immediate') return locale === 'en' ? 'Same day' : '即办';
  const words = unitWords[limit.unit];
  if (locale === 'en') return `${limit.value} ${limit.value === 1 ? words.one : words.other}`;
  return `${limit.value}${words.zh}`;
}

/**
 * Whether limit `a` is surely longer than `b`: true or false when the units allow a sure answer,
 * null when they do not (e.g. 10 working days against 14 calendar days depends on the holidays).
 */
export function isLongerThan(a: TimeLimit, b: TimeLimit): boolean | null {
  if (a.unit === 'immediate') return false;
  if (b.unit === 'immediate') return true;
  if (a.unit === b.unit) return a.value > b.value;
  // n working days always span at least n calendar days.
  if (a.unit === 'workingDay' && b.unit === 'naturalDay' && a.value > b.value) return true;
  if (a.unit === 'naturalDay' && b.unit === 'workingDay' && a.value <= b.value) return false;
  return null;
}
