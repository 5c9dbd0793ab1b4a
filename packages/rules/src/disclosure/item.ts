import { compareDates, isCalendarDate, type CalendarDate } from '../calendar/date.js';
import { issue, type RuleIssue } from '../shared/result.js';
import { checkAttachment } from './attachments.js';
import { defaultDisclosureCategories, findCategory, type DisclosureCategory } from './categories.js';
import { defaultFinanceClassifications, type FinanceClassification } from './finance-classifications.js';
import { reconcile } from './finance.js';
import type { DisclosureItem, DisclosureVersion } from './item-schema.js';
import { defaultDisclosureSettings, type DisclosureSettings } from './settings.js';

export type { Correction, DisclosureItem, DisclosureVersion } from './item-schema.js';

/** The days an item stands on the board (公示期): from `published`, until `until` or indefinitely (长期公示). */
export interface NoticeWindow {
  readonly published: CalendarDate;
  readonly until?: CalendarDate | undefined;
}

/** `disclosure.notice.endsBeforeStart` when the notice period ends before it starts. */
export function validateNotice(notice: NoticeWindow): RuleIssue | null {
  if (notice.until === undefined || !isCalendarDate(notice.published) || !isCalendarDate(notice.until)) return null;
  return compareDates(notice.published, notice.until) > 0
    ? issue('disclosure.notice.endsBeforeStart', { published: notice.published, until: notice.until }, ['until'])
    : null;
}

/**
 * A published item is never edited in place: a correction appends a version, and the history keeps
 * what villagers saw before. These rules keep that history honest.
 */
export function validateVersionHistory(versions: readonly DisclosureVersion[]): RuleIssue | null {
  let previousCorrection: CalendarDate | undefined;
  for (let index = 0; index < versions.length; index += 1) {
    const version = versions[index];
    if (!version) continue;
    if (version.version !== index + 1)
      return issue('disclosure.item.versionNumbering', { expected: index + 1, found: version.version }, [index, 'version']);
    if (index === 0 && version.correction) return issue('disclosure.item.firstVersionIsCorrection', undefined, [0, 'correction']);
    if (index > 0 && !version.correction)
      return issue('disclosure.item.correctionMissing', { version: version.version }, [index, 'correction']);
    const at = version.correction?.at;
    if (
      at !== undefined &&
      previousCorrection !== undefined &&
      isCalendarDate(at) &&
      isCalendarDate(previousCorrection) &&
      compareDates(at, previousCorrection) < 0
    ) {
      return issue('disclosure.item.correctionOutOfOrder', { version: version.version, at, previous: previousCorrection }, [
        index,
        'correction',
        'at',
      ]);
    }
    if (at !== undefined) previousCorrection = at;
  }
  return null;
}

/** Where a disclosure stands on a day: upcoming (not yet published), in its notice period, or closed. */
export type DisclosureStatus = 'upcoming' | 'inNotice' | 'closed';

/** The newest version of a disclosure: what the board shows now. Throws a RangeError for an item without versions. */
export function currentVersion(item: DisclosureItem): DisclosureVersion {
  const last = item.versions[item.versions.length - 1];
  if (!last) throw new RangeError(`Disclosure ${item.id} has no versions`);
  return last;
}

/**
 * The day a disclosure was first published (its first version's notice). Throws a RangeError for an item without
 * versions.
 */
export function firstPublished(item: DisclosureItem): CalendarDate {
  const first = item.versions[0];
  if (!first) throw new RangeError(`Disclosure ${item.id} has no versions`);
  return first.notice.published;
}

/** The day a version entered the record: the first on its publication, a correction on the day it was made. */
export function recordedOn(version: DisclosureVersion): CalendarDate {
  return version.correction ? version.correction.at : version.notice.published;
}

/**
 * What villagers could see on `date`: the latest version recorded by then, or undefined before the
 * item was first published. History views and the Art 30 check both read the record this way.
 */
export function versionAsOf(item: DisclosureItem, date: CalendarDate): DisclosureVersion | undefined {
  if (compareDates(date, firstPublished(item)) < 0) return undefined;
  let seen: DisclosureVersion | undefined;
  for (const version of item.versions) {
    if (compareDates(recordedOn(version), date) <= 0) seen = version;
  }
  return seen;
}

/** Whether the item is yet to be posted, on the board (公示中), or its notice period has ended. Both ends of the window count as on the board. */
export function statusOn(item: DisclosureItem, date: CalendarDate): DisclosureStatus {
  const version = versionAsOf(item, date);
  if (!version || compareDates(date, version.notice.published) < 0) return 'upcoming';
  if (version.notice.until !== undefined && compareDates(date, version.notice.until) > 0) return 'closed';
  return 'inNotice';
}

/** What `checkItem` checks a disclosure against: the village's settings, categories and finance headings. */
export interface CheckItemOptions {
  readonly settings?: DisclosureSettings;
  readonly categories?: readonly DisclosureCategory[];
  readonly classifications?: readonly FinanceClassification[];
}

/**
 * The checks that need the village's settings and data on top of the schema: a known category,
 * attachments within the size limit and of the declared type, and finance tables that reconcile,
 * for every version (a correction must not introduce new errors either).
 */
export function checkItem(item: DisclosureItem, options: CheckItemOptions = {}): RuleIssue[] {
  const settings = options.settings ?? defaultDisclosureSettings;
  const found: RuleIssue[] = [];
  if (!findCategory(item.category, options.categories ?? defaultDisclosureCategories)) {
    found.push(issue('disclosure.item.unknownCategory', { category: item.category }, ['category']));
  }
  item.versions.forEach((version, index) => {
    version.attachments.forEach((attachment, at) => {
      for (const one of checkAttachment(attachment, settings))
        found.push({ ...one, path: ['versions', index, 'attachments', at, ...one.path] });
    });
    if (version.finance) {
      for (const one of reconcile(version.finance, options.classifications ?? defaultFinanceClassifications)) {
        found.push({ ...one, path: ['versions', index, 'finance', ...one.path] });
      }
      if (version.finance.period.from !== version.period.from || version.finance.period.to !== version.period.to) {
        found.push(
          issue('disclosure.item.financePeriodMismatch', { from: version.finance.period.from, to: version.finance.period.to }, [
            'versions',
            index,
            'finance',
            'period',
          ]),
        );
      }
    }
  });
  return found;
}
