import * as z from 'zod/mini';
import { addDays, parseCalendarDate, quarterOf, type CalendarDate } from '../calendar/date.js';
import { ruleCheck } from '../messages/rule-check.js';
import { issue, type RuleIssue } from '../shared/result.js';
import type { PeriodKind } from './settings.js';

/** A board period: '2026-11' (month), '2026-Q4' (quarter), '2026' (year) or 'all' (all-time). */
export type PeriodKey = string;
/** The kinds of board period: month, quarter, year, or all time. */
export type BoardPeriodKind = PeriodKind | 'all';

const keyPattern = /^(\d{4})(?:-(0[1-9]|1[0-2])|-Q([1-4]))?$/;

interface ParsedPeriod {
  readonly kind: BoardPeriodKind;
  readonly year: number;
  /** Month 1–12 for a month, first month of the quarter for a quarter, 1 for a year. */
  readonly month: number;
}

function parsePeriod(key: PeriodKey): ParsedPeriod | null {
  if (key === 'all') return { kind: 'all', year: 0, month: 0 };
  const m = keyPattern.exec(key);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 1) return null;
  if (m[2] !== undefined) return { kind: 'month', year, month: Number(m[2]) };
  if (m[3] !== undefined) return { kind: 'quarter', year, month: (Number(m[3]) - 1) * 3 + 1 };
  return { kind: 'year', year, month: 1 };
}

function parsed(key: PeriodKey): ParsedPeriod {
  const found = parsePeriod(key);
  if (!found) throw new RangeError(`Not a points period: ${JSON.stringify(key)}`);
  return found;
}

/** Whether `value` is a board period key: '2026-11', '2026-Q4', '2026' or 'all'. */
export function isPeriodKey(value: string): boolean {
  return parsePeriod(value) !== null;
}

/** `points.period.invalid` unless `value` is a period key: the issue-returning form of {@link isPeriodKey}. */
export function validatePeriodKey(value: string): RuleIssue | null {
  return isPeriodKey(value) ? null : issue('points.period.invalid');
}

/** A board period key as the API accepts it ({@link isPeriodKey}). */
export const periodKeySchema = z.string().check(ruleCheck(validatePeriodKey));

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

function keyOf(kind: BoardPeriodKind, year: number, month: number): PeriodKey {
  switch (kind) {
    case 'all':
      return 'all';
    case 'year':
      return pad(year, 4);
    case 'quarter':
      return `${pad(year, 4)}-Q${Math.floor((month - 1) / 3) + 1}`;
    case 'month':
      return `${pad(year, 4)}-${pad(month, 2)}`;
  }
}

/** The period a date falls in: periodOf('2026-11-05', 'quarter') → '2026-Q4'. */
export function periodOf(date: CalendarDate, kind: BoardPeriodKind): PeriodKey {
  const { year, month } = parseCalendarDate(date);
  return kind === 'quarter' ? `${pad(year, 4)}-Q${quarterOf(date)}` : keyOf(kind, year, month);
}

/** The kind of a period key: '2026-11' is a month, '2026-Q4' a quarter, '2026' a year. */
export function periodKindOf(key: PeriodKey): BoardPeriodKind {
  return parsed(key).kind;
}

function stepMonths(kind: BoardPeriodKind): number {
  return kind === 'month' ? 1 : kind === 'quarter' ? 3 : 12;
}

function shifted(key: PeriodKey, direction: 1 | -1): PeriodKey | null {
  const { kind, year, month } = parsed(key);
  if (kind === 'all') return null;
  const index = year * 12 + (month - 1) + direction * stepMonths(kind);
  const y = Math.floor(index / 12);
  if (y < 1 || y > 9999) return null;
  return keyOf(kind, y, index - y * 12 + 1);
}

/** The period before ('2026-01' → '2025-12'); null for 'all', which has none (every household is then 'new'). */
export function previousPeriod(key: PeriodKey): PeriodKey | null {
  return shifted(key, -1);
}

/** The period after `key` of the same kind, or null for 'all'. */
export function nextPeriod(key: PeriodKey): PeriodKey | null {
  return shifted(key, 1);
}

/** First and last day of a period, both inclusive; null for 'all' (unbounded). */
export function periodRange(key: PeriodKey): { readonly from: CalendarDate; readonly to: CalendarDate } | null {
  const { kind, year, month } = parsed(key);
  if (kind === 'all') return null;
  const from = `${pad(year, 4)}-${pad(month, 2)}-01`;
  const index = year * 12 + (month - 1) + stepMonths(kind);
  const nextYear = Math.floor(index / 12);
  if (nextYear > 9999) return { from, to: '9999-12-31' };
  const nextStart = `${pad(nextYear, 4)}-${pad(index - nextYear * 12 + 1, 2)}-01`;
  return { from, to: addDays(nextStart, -1) };
}
