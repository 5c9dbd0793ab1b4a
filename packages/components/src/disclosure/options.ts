import { boardDisplays, type BoardDisplay } from '../internal/board-display.js';

/** Options of `<sz-disclosure-board>`, as `as const` arrays so attributes can be checked at run time. */
export const disclosureDisplays = boardDisplays;
export type DisclosureDisplay = BoardDisplay;

export const disclosureStatusFilters = ['', 'upcoming', 'inNotice', 'closed'] as const;
export type DisclosureStatusFilter = (typeof disclosureStatusFilters)[number];

/** The board's views: the items (default), the Art 30 compliance report, the 小微权力清单 (a chunk of its own). */
export const disclosureViews = ['items', 'compliance', 'powers'] as const;
export type DisclosureView = (typeof disclosureViews)[number];

export const defaultPageSize = 30;
/** The most items the API sends in one page (`limit`). */
export const maxPageSize = 200;
export const firstYear = 2018;

/** URL search parameters written when the host opts in with `sync-url`; prefixed so they never clash with the portal's own. */
export const urlKeys = {
  category: 'sz-category',
  year: 'sz-year',
  month: 'sz-month',
  status: 'sz-status',
  q: 'sz-q',
  item: 'sz-item',
} as const;

/** Search waits this long after the last keystroke (or the end of an IME composition) before it asks. */
export const searchDelayMs = 300;
export const searchMaxLength = 100;

/** Items per screen on a public board. */
export const boardPageSize = 5;

export function isStatusFilter(value: string): value is DisclosureStatusFilter {
  return (disclosureStatusFilters as readonly string[]).includes(value);
}
