import * as z from 'zod/mini';
import { compareDates, isCalendarDate, type CalendarDate } from '../calendar/date.js';
import { issueFromZod } from '../messages/zod.js';
import { fail, ok, type Result } from '../shared/result.js';
import { diffVersions } from './diff.js';
import { disclosureVersionSchema } from './item-schema.js';
import { currentVersion, recordedOn, type DisclosureItem, type DisclosureVersion } from './item.js';

/** The fields a correction may replace; the category and the decision link stay with the item. */
export type DisclosureChange = Partial<Pick<DisclosureVersion, 'title' | 'body' | 'period' | 'notice' | 'attachments' | 'finance'>>;

/** Who corrected a published disclosure, when, and why: a correction is a new version, never an edit in place. */
export interface CorrectionMeta {
  readonly at: CalendarDate;
  readonly by: string;
  readonly reason: string;
}

/**
 * Corrects a published item by appending a version (never editing one): the earlier text stays in
 * the history villagers can read. Refuses a correction without a reason, one dated before the
 * previous version, and one that changes nothing. The input item is left untouched.
 */
export function correctItem(item: DisclosureItem, change: DisclosureChange, meta: CorrectionMeta): Result<DisclosureItem> {
  const reason = meta.reason.trim();
  const by = meta.by.trim();
  if (reason.length === 0) return fail('disclosure.correction.reasonRequired', undefined, ['reason']);
  if (by.length === 0) return fail('field.required', undefined, ['by']);
  if (!isCalendarDate(meta.at)) return fail('field.invalidDate', undefined, ['at']);

  const previous = currentVersion(item);
  const previousDate = recordedOn(previous);
  if (compareDates(meta.at, previousDate) < 0)
    return fail('disclosure.correction.beforePrevious', { at: meta.at, previous: previousDate }, ['at']);

  // A finance table can be withdrawn by a correction: an explicit `finance: undefined` removes it.
  const finance = 'finance' in change ? change.finance : previous.finance;
  const next: DisclosureVersion = {
    version: previous.version + 1,
    title: change.title ?? previous.title,
    body: change.body ?? previous.body,
    period: change.period ?? previous.period,
    notice: change.notice ?? previous.notice,
    attachments: change.attachments ?? previous.attachments,
    ...(finance === undefined ? {} : { finance }),
    correction: { at: meta.at, by, reason },
  };

  const parsed = z.safeParse(disclosureVersionSchema, next);
  if (!parsed.success) return { ok: false, issues: parsed.error.issues.map(issueFromZod) };
  if (diffVersions(previous, parsed.data).changed.length === 0) return fail('disclosure.correction.nothingChanged');

  return ok({ ...item, versions: [...item.versions, parsed.data] });
}
