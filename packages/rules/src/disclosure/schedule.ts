import {
  addDays,
  addMonths,
  compareDates,
  daysBetween,
  endOfMonth,
  endOfQuarter,
  parseCalendarDate,
  startOfMonth,
  startOfQuarter,
  toEpochDay,
  type CalendarDate,
} from '../calendar/date.js';
import { defaultDisclosureCategories, type DisclosureCategory } from './categories.js';
import { firstPublished, recordedOn, versionAsOf, type DisclosureItem } from './item.js';
import type { Period } from './period.js';
import type { Decision } from './schedule-schema.js';
import type { DisclosureSettings } from './settings.js';

export type { Decision } from './schedule-schema.js';

/**
 * How often a category must be disclosed (Art 30): monthly, quarterly, annually or immediately (随时) after a
 * decision.
 */
export type ObligationCadence = 'monthly' | 'quarterly' | 'annual' | 'immediate';

/**
 * - met: disclosed on or before the due date;
 * - late: disclosed, but after the due date (still a breach villagers may report under Art 31);
 * - overdue: not disclosed and the due date has passed;
 * - upcoming: not disclosed yet, and the due date is today or later.
 */
export type ObligationStatus = 'met' | 'late' | 'overdue' | 'upcoming';

/** One disclosure duty: the category, its cadence and period, the due day, and the item that met it (or null). */
export interface Obligation {
  readonly category: string;
  readonly cadence: ObligationCadence;
  readonly period: Period;
  readonly dueDate: CalendarDate;
  readonly status: ObligationStatus;
  /** The decision a major-matter obligation comes from. */
  readonly decisionId?: string;
  /** The item that met the obligation (on time or late), else null; with several items, the one that completed it. */
  readonly itemId: string | null;
  /** All items that together covered the period (usually just `itemId`). */
  readonly itemIds: readonly string[];
  /** The day the period was fully disclosed, else null. */
  readonly disclosedOn: CalendarDate | null;
  /** Days past the due date: until disclosure when late, until `asOf` when overdue; 0 otherwise. */
  readonly daysLate: number;
}

/**
 * How many duties a report holds and how many were met, late, overdue or upcoming; on schedule when none is late or
 * overdue.
 */
export interface ComplianceSummary {
  readonly total: number;
  readonly met: number;
  readonly late: number;
  readonly overdue: number;
  readonly upcoming: number;
  /** Nothing overdue and nothing disclosed late in the range checked. */
  readonly onSchedule: boolean;
}

/**
 * Every disclosure duty (村民委员会组织法 Art 30) due in a range, with its status and a summary: what the supervisory
 * committee checks.
 */
export interface ComplianceReport {
  readonly asOf: CalendarDate;
  readonly from: CalendarDate;
  readonly obligations: readonly Obligation[];
  readonly summary: ComplianceSummary;
}

/** What a compliance report covers: from which day (1 January by default), and the village's categories. */
export interface ComplianceOptions {
  /** First day of the range checked for periodic duties; 1 January of `asOf`'s year by default. */
  readonly from?: CalendarDate;
  readonly categories?: readonly DisclosureCategory[];
}

function cadenceOf(category: DisclosureCategory, settings: DisclosureSettings): ObligationCadence {
  switch (category.frequency) {
    case 'quarterly':
      return 'quarterly';
    // 村民委员会组织法 Art 30: finance monthly where transactions are frequent, otherwise with the quarterly general matters.
    case 'financeCycle':
      return settings.financeMonthly ? 'monthly' : 'quarterly';
    case 'annual':
      return 'annual';
    case 'immediate':
      return 'immediate';
  }
}

/** Periods of the cadence from the one containing `from` to the one containing `asOf`. */
function periodsBetween(cadence: 'monthly' | 'quarterly' | 'annual', from: CalendarDate, asOf: CalendarDate): Period[] {
  const periods: Period[] = [];
  let start =
    cadence === 'monthly'
      ? startOfMonth(from)
      : cadence === 'quarterly'
        ? startOfQuarter(from)
        : `${String(parseCalendarDate(from).year).padStart(4, '0')}-01-01`;
  while (compareDates(start, asOf) <= 0) {
    const end =
      cadence === 'monthly' ? endOfMonth(start) : cadence === 'quarterly' ? endOfQuarter(start) : endOfMonth(addMonths(start, 11));
    periods.push({ from: start, to: end });
    start = addDays(end, 1);
  }
  return periods;
}

interface Candidate {
  readonly itemId: string;
  readonly period: Period;
  /** The day this version was on the board. */
  readonly on: CalendarDate;
}

/** Every version on the board by `asOf`, earliest first, with the day it went up. */
function candidatesOf(items: readonly DisclosureItem[], asOf: CalendarDate): Candidate[] {
  const found: Candidate[] = [];
  for (const item of items) {
    if (versionAsOf(item, asOf) === undefined) continue;
    const published = firstPublished(item);
    for (const version of item.versions) {
      const recorded = recordedOn(version);
      if (compareDates(recorded, asOf) > 0) break;
      // A correction made before publication only counts from the day the item went up.
      found.push({ itemId: item.id, period: version.period, on: compareDates(recorded, published) < 0 ? published : recorded });
    }
  }
  return found.sort((a, b) => compareDates(a.on, b.on));
}

interface Disclosure {
  readonly on: CalendarDate;
  /** The item whose posting completed the disclosure of the period. */
  readonly itemId: string;
  /** Every item that had covered part of the period by then. */
  readonly itemIds: readonly string[];
}

/**
 * The day by which the candidates' periods, together, covered every day of `period`. Villages that
 * post monthly statements meet a quarterly duty with three of them, so coverage is by union, not by
 * one item alone.
 */
function coveredOn(candidates: readonly Candidate[], period: Period): Disclosure | null {
  const first = toEpochDay(period.from);
  const last = toEpochDay(period.to);
  const spans: [number, number][] = [];
  const itemIds: string[] = [];
  for (const candidate of candidates) {
    const start = Math.max(first, toEpochDay(candidate.period.from));
    const end = Math.min(last, toEpochDay(candidate.period.to));
    if (start > end) continue;
    spans.push([start, end]);
    if (!itemIds.includes(candidate.itemId)) itemIds.push(candidate.itemId);
    spans.sort((a, b) => a[0] - b[0]);
    let next = first;
    for (const [from, to] of spans) {
      if (from > next) break;
      next = Math.max(next, to + 1);
    }
    if (next > last) return { on: candidate.on, itemId: candidate.itemId, itemIds: [...itemIds] };
  }
  return null;
}

function judge(
  dueDate: CalendarDate,
  asOf: CalendarDate,
  found: Disclosure | null,
): Pick<Obligation, 'status' | 'itemId' | 'itemIds' | 'disclosedOn' | 'daysLate'> {
  if (found) {
    const late = daysBetween(dueDate, found.on);
    return {
      status: late > 0 ? 'late' : 'met',
      itemId: found.itemId,
      itemIds: found.itemIds,
      disclosedOn: found.on,
      daysLate: Math.max(0, late),
    };
  }
  const overdue = daysBetween(dueDate, asOf);
  return { status: overdue > 0 ? 'overdue' : 'upcoming', itemId: null, itemIds: [], disclosedOn: null, daysLate: Math.max(0, overdue) };
}

/**
 * The disclosure duties of 村民委员会组织法 Art 30 as of a day, and whether each was met: general
 * matters every quarter, finance every month (or quarter), annual lists every year, and each major
 * decision within `majorMatterDays`. A periodic duty is met once items of its category, together,
 * cover every day of the duty period; a decision's duty by an item that names the decision. Only what
 * was on the board by `asOf` counts, so the same records give the same answer for a past date.
 */
export function complianceAsOf(
  items: readonly DisclosureItem[],
  decisions: readonly Decision[],
  settings: DisclosureSettings,
  asOf: CalendarDate,
  options: ComplianceOptions = {},
): ComplianceReport {
  const from = options.from ?? `${String(parseCalendarDate(asOf).year).padStart(4, '0')}-01-01`;
  const categories = options.categories ?? defaultDisclosureCategories;
  const obligations: Obligation[] = [];

  for (const category of categories) {
    const cadence = cadenceOf(category, settings);
    if (cadence === 'immediate') continue;
    const grace = category.frequency === 'financeCycle' ? settings.financeGraceDays : settings.generalGraceDays;
    const candidates = candidatesOf(
      items.filter((item) => item.category === category.code),
      asOf,
    );
    for (const period of periodsBetween(cadence, from, asOf)) {
      const dueDate = addDays(period.to, grace);
      const found = coveredOn(candidates, period);
      obligations.push({ category: category.code, cadence, period, dueDate, ...judge(dueDate, asOf, found) });
    }
  }

  for (const decision of decisions) {
    if (compareDates(decision.decidedOn, asOf) > 0) continue;
    // Art 30: major matters are disclosed 随时; `majorMatterDays` turns that into a checkable deadline.
    const dueDate = addDays(decision.decidedOn, settings.majorMatterDays);
    const candidates = candidatesOf(
      items.filter((item) => item.decisionId === decision.id),
      asOf,
    ).map((candidate) => ({ ...candidate, period: { from: decision.decidedOn, to: decision.decidedOn } }));
    const found = coveredOn(candidates, { from: decision.decidedOn, to: decision.decidedOn });
    obligations.push({
      category: decision.category ?? 'resolutions',
      cadence: 'immediate',
      period: { from: decision.decidedOn, to: decision.decidedOn },
      dueDate,
      decisionId: decision.id,
      ...judge(dueDate, asOf, found),
    });
  }

  obligations.sort((a, b) => compareDates(a.dueDate, b.dueDate) || (a.category < b.category ? -1 : a.category > b.category ? 1 : 0));
  const count = (status: ObligationStatus) => obligations.filter((o) => o.status === status).length;
  const summary: ComplianceSummary = {
    total: obligations.length,
    met: count('met'),
    late: count('late'),
    overdue: count('overdue'),
    upcoming: count('upcoming'),
    onSchedule: count('late') === 0 && count('overdue') === 0,
  };
  return { asOf, from, obligations, summary };
}
