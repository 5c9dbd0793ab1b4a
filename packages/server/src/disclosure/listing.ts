import {
  compareDates,
  currentVersion,
  endOfMonth,
  isCalendarDate,
  plainTextOf,
  scrubPersonalData,
  statusOn,
  type CalendarDate,
  type Period,
} from '@shanzhi/rules';
import type { listDisclosures } from '@shanzhi/sdk';
import type { RouteQuery } from '../api/context.js';
import { HttpProblem } from '../http/problem.js';
import type { StoredItem } from './store.js';

export const defaultPageSize = 20;

/** The list route's query as the contract parses it: `filterSummaries` reads the filters, `pageAfter` the cursor. */
export type ListFilters = RouteQuery<typeof listDisclosures>;

/** A list row: the current version's headline facts (the contract's `disclosureSummarySchema`). */
export function summaryOf(item: StoredItem, today: CalendarDate) {
  const version = currentVersion(item);
  return {
    id: item.id,
    category: item.category,
    title: version.title,
    period: version.period,
    published: version.notice.published,
    ...(version.notice.until === undefined ? {} : { noticeUntil: version.notice.until }),
    status: statusOn(item, today),
    versions: item.versions.length,
    hasFinance: version.finance !== undefined,
    attachments: version.attachments.length,
    ...(item.decisionId === undefined ? {} : { decisionId: item.decisionId }),
  };
}

export type DisclosureSummary = ReturnType<typeof summaryOf>;

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function overlaps(period: Period, from: CalendarDate, to: CalendarDate): boolean {
  return compareDates(period.from, to) <= 0 && compareDates(period.to, from) >= 0;
}

/**
 * `year` and `month` select by the period the item REPORTS ON (its current version's `period`), not by
 * the day it went up: "2026年10月" finds October's finance statement although it is posted in November,
 * and a quarterly or annual item is found under each month it covers. `month` alone means that month
 * in any year.
 */
export function inYearMonth(period: Period, year: number | undefined, month: number | undefined): boolean {
  if (year === undefined && month === undefined) return true;
  if (month === undefined) return overlaps(period, `${pad(year ?? 0, 4)}-01-01`, `${pad(year ?? 0, 4)}-12-31`);
  const firstYear = Number(period.from.slice(0, 4));
  const lastYear = Number(period.to.slice(0, 4));
  for (let y = year ?? firstYear; y <= (year ?? lastYear); y += 1) {
    const start = `${pad(y, 4)}-${pad(month, 2)}-01`;
    if (overlaps(period, start, endOfMonth(start))) return true;
  }
  return false;
}

function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/**
 * Every whitespace-separated term of `q` must occur in the title or the body's plain text (the rules'
 * `plainTextOf`) — as the caller reads them. A caller who does not handle the village's records reads
 * raw mobiles and ID numbers masked (detail.ts), so they are masked here too: matching the raw text would
 * let a search confirm a number the answer hides (个人信息保护法 Art 25).
 */
export function matchesText(item: StoredItem, q: string | undefined, seesRaw = false): boolean {
  const terms = normalize(q ?? '')
    .split(/\s+/u)
    .filter((term) => term !== '');
  if (terms.length === 0) return true;
  const version = currentVersion(item);
  const text = `${version.title}\n${plainTextOf(version.body)}`;
  const haystack = normalize(seesRaw ? text : scrubPersonalData(text));
  return terms.every((term) => haystack.includes(term));
}

/** `seesRaw`: the caller handles the village's records (`handlesVillage`), so searches the text unmasked. */
export function filterSummaries(
  items: readonly StoredItem[],
  filters: ListFilters,
  today: CalendarDate,
  seesRaw = false,
): DisclosureSummary[] {
  const rows: DisclosureSummary[] = [];
  for (const item of items) {
    if (filters.category !== undefined && item.category !== filters.category) continue;
    if (!matchesText(item, filters.q, seesRaw)) continue;
    const summary = summaryOf(item, today);
    if (!inYearMonth(summary.period, filters.year, filters.month)) continue;
    if (filters.status !== undefined && summary.status !== filters.status) continue;
    rows.push(summary);
  }
  return rows.sort(newestFirst);
}

/** Newest publication first; the id breaks ties so the order (and so the cursor) is total. */
function newestFirst(a: CursorKey, b: CursorKey): number {
  return compareDates(b.published, a.published) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
}

interface CursorKey {
  readonly published: CalendarDate;
  readonly id: string;
}

/** Opaque to clients: the sort key of the last row sent, so rows posted meanwhile neither repeat nor vanish. */
export function encodeCursor(row: DisclosureSummary): string {
  return Buffer.from(JSON.stringify([row.published, row.id]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): CursorKey {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && value.length === 2) {
      const [published, id] = value as unknown[];
      if (typeof published === 'string' && isCalendarDate(published) && typeof id === 'string') return { published, id };
    }
  } catch {
    // fall through to the validation problem
  }
  throw HttpProblem.validation([{ code: 'field.invalid', path: ['cursor'] }]);
}

export function pageAfter(
  rows: readonly DisclosureSummary[],
  cursor: string | undefined,
  limit: number,
): { items: DisclosureSummary[]; nextCursor: string | null } {
  let start = 0;
  if (cursor !== undefined) {
    const key = decodeCursor(cursor);
    start = rows.findIndex((row) => newestFirst(row, key) > 0);
    if (start < 0) start = rows.length;
  }
  const items = rows.slice(start, start + limit);
  const last = items[items.length - 1];
  return { items, nextCursor: last !== undefined && start + limit < rows.length ? encodeCursor(last) : null };
}
