import * as z from 'zod/mini';
import { calendarDateSchema } from '../calendar/date-schema.js';
import { compareDates, daysBetween, type CalendarDate } from '../calendar/date.js';
import type { RuleIssue } from '../shared/result.js';
import { currentVersion, recordedOn } from './item.js';
import type { DisclosureItem } from './item-schema.js';

/*
 * The physical 公开栏. 村民委员会组织法 Art 30 obliges the committee to publish (及时公布…接受村民的监督) without naming
 * the means; seed 004 asks villages to do it on a standardized notice board (对村级党务、政务公开栏进行规范统一), and the
 * 村务监督委员会 supervises that it is done (Art 32: 监督村务公开等制度的落实). The online board does not replace the
 * paper: a villager without a phone reads the wall. A posting records that a published item (one version
 * of it) was put up on a named board, by whom and on which day, with an optional photo of the board.
 */

/** Which board it went up on ("村委会门口公开栏", "二组晒场公开栏"): the village's own names, short. */
export const postingBoardSchema = z.string().check(z.trim(), z.minLength(1), z.maxLength(60));

/** What staff send to record a posting. The version is the item's current one when the server records it. */
export const postingInputSchema = z.object({
  board: postingBoardSchema,
  postedOn: calendarDateSchema,
  note: z.optional(z.string().check(z.maxLength(200))),
  /** A photo of the board (an attachment of purpose `disclosure-posting`), optional. */
  photoId: z.optional(z.string().check(z.minLength(1), z.maxLength(64), z.regex(/^[A-Za-z0-9._-]+$/))),
});
/** A value parsed by {@link postingInputSchema}. */
export type PostingInput = z.output<typeof postingInputSchema>;

/** What a posting needs to be told apart from another: the version it put up and the day. */
export interface PostingFacts {
  readonly version: number;
  readonly postedOn: CalendarDate;
}

/**
 * Checks a posting of the item's current version on `postedOn`: not in the future (a posting is a fact, recorded
 * after it happened) and not before that version was published (a paper cannot show what was not yet decided).
 */
export function checkPosting(item: DisclosureItem, postedOn: CalendarDate, today: CalendarDate): RuleIssue[] {
  const version = currentVersion(item);
  const from = recordedOn(version);
  if (compareDates(from, today) > 0) return [{ code: 'posting.item.notYetPublished', path: [], params: { published: from } }];
  if (compareDates(postedOn, today) > 0) return [{ code: 'posting.date.future', path: ['postedOn'], params: { postedOn } }];
  if (compareDates(postedOn, from) < 0)
    return [{ code: 'posting.date.beforeVersion', path: ['postedOn'], params: { postedOn, recordedOn: from } }];
  return [];
}

/**
 * - `posted`: the current version is on a board;
 * - `outdated`: only an earlier version was posted (a correction must go up too: the board shows what is in force);
 * - `unposted`: nothing of the item was ever posted;
 * - `upcoming`: published on a later day, not due yet.
 */
export const postingStatuses = ['posted', 'outdated', 'unposted', 'upcoming'] as const;
/** One of {@link postingStatuses}. */
export type PostingStatus = (typeof postingStatuses)[number];

/** Whether a disclosure is on the village's paper board: the posting status, the version posted, and days unposted. */
export interface PostingState {
  readonly status: PostingStatus;
  readonly currentVersion: number;
  /** The newest version that went up on a board, or null. */
  readonly postedVersion: number | null;
  /**
   * Days the current version has been published without being on a board, counted from the day it entered the
   * record: the paper board should show what the online board shows from the same day. No statute sets a grace
   * period, so none is assumed; 0 when posted or upcoming.
   */
  readonly overdueDays: number;
}

/** Where an item stands on the physical board as of `today`, from its postings (any order). */
export function postingState(item: DisclosureItem, postings: readonly PostingFacts[], today: CalendarDate): PostingState {
  const version = currentVersion(item);
  const from = recordedOn(version);
  const postedVersion = postings.reduce<number | null>((most, one) => (most === null || one.version > most ? one.version : most), null);
  const base = { currentVersion: version.version, postedVersion };
  if (postedVersion !== null && postedVersion >= version.version) return { ...base, status: 'posted', overdueDays: 0 };
  if (compareDates(from, today) > 0) return { ...base, status: 'upcoming', overdueDays: 0 };
  return { ...base, status: postedVersion === null ? 'unposted' : 'outdated', overdueDays: daysBetween(from, today) };
}
