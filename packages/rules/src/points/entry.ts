import * as z from 'zod/mini';
import { calendarDateSchema, type CalendarDate } from '../calendar/index.js';
import { roles, type Role } from '../shared/roles.js';
import { pointsCodeSchema, rulePointsSchema } from './catalogue.js';

/**
 * Where an entry stands. The happy path is declared → firstReview (小组长/网格员) → secondReview
 * (村两委 or a 评议小组) → publicized (公示) → effective; `rejected` and `revoked` are final. Each status
 * names the stage the entry is waiting in: `firstReview` means "waiting for the first review".
 */
export const entryStatuses = ['declared', 'firstReview', 'secondReview', 'publicized', 'effective', 'rejected', 'revoked'] as const;
/** One of {@link entryStatuses}. */
export type EntryStatus = (typeof entryStatuses)[number];

/**
 * What people do to an entry. Every step has its own action (rather than one generic "approve") so a
 * stale screen clicked twice cannot push an entry two stages at once: the second click is illegal.
 */
export const entryActions = ['submit', 'passFirstReview', 'publicize', 'confirm', 'object', 'reject', 'revoke'] as const;
/** One of {@link entryActions}. */
export type EntryAction = (typeof entryActions)[number];

/**
 * The steps of the objection process (异议) during 公示, kept apart from `entryActions` (the review steps) because
 * they carry an objection record: a villager files one (`dispute`), the 村务监督委员会 upholds it (`uphold`, the
 * entry stops) or dismisses it (`dismiss`, the notice runs on). See objection.ts.
 */
export const objectionActions = ['dispute', 'uphold', 'dismiss'] as const;
/** One of {@link objectionActions}. */
export type ObjectionAction = (typeof objectionActions)[number];

/** History also records how the entry began, and the objection steps. */
export const entryHistoryActions = ['declare', ...entryActions, ...objectionActions] as const;
/** One of {@link entryHistoryActions}. */
export type EntryHistoryAction = (typeof entryHistoryActions)[number];

/** An {@link Actor} as the API accepts it. */
export const actorSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  role: z.enum(roles),
});
/** Who acts on an entry: a user id and the role it acts in (the role decides what it may do, `mayAct`). */
export interface Actor {
  readonly id: string;
  readonly role: Role;
}

/** An {@link EntryHistoryItem} as stored. */
export const entryHistoryItemSchema = z.object({
  action: z.enum(entryHistoryActions),
  status: z.enum(entryStatuses),
  actorId: z.string().check(z.minLength(1), z.maxLength(64)),
  actorRole: z.enum(roles),
  at: calendarDateSchema,
  reason: z.optional(z.string().check(z.maxLength(500))),
});
/**
 * One step in an entry's history: the action, the status it led to, who took it and when (never edited, only
 * appended).
 */
export interface EntryHistoryItem {
  readonly action: EntryHistoryAction;
  /** The status the action led to. */
  readonly status: EntryStatus;
  readonly actorId: string;
  readonly actorRole: Role;
  readonly at: CalendarDate;
  readonly reason?: string | undefined;
}

/** Evidence files (photos, certificates) by the id the attachment store gave them; at most 10 per record. */
export const attachmentIdsSchema = z
  .array(z.string().check(z.minLength(1), z.maxLength(64), z.regex(/^[A-Za-z0-9._-]+$/)))
  .check(z.maxLength(10));

/** The states of an objection: open, then upheld or dismissed by the supervisor's written answer. */
export const objectionStatuses = ['open', 'upheld', 'dismissed'] as const;
/** One of {@link objectionStatuses}. */
export type ObjectionStatus = (typeof objectionStatuses)[number];

/**
 * A villager's objection (异议) to an entry under notice, and the 村务监督委员会's written answer. It travels with
 * its entry, so the entry's status and its objections are always written together (one row, one transaction).
 */
export const objectionSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  /** The objecting household: one objection per household and entry. */
  householdId: z.string().check(z.minLength(1), z.maxLength(64)),
  filedBy: z.string().check(z.minLength(1), z.maxLength(64)),
  filedOn: calendarDateSchema,
  reason: z.string().check(z.minLength(1), z.maxLength(500)),
  attachmentIds: z.optional(attachmentIdsSchema),
  status: z.enum(objectionStatuses),
  answer: z.optional(z.string().check(z.maxLength(1000))),
  ruledBy: z.optional(z.string().check(z.maxLength(64))),
  ruledOn: z.optional(calendarDateSchema),
});
/** An objection raised against an entry during its public notice (公示), and the supervisor's answer. */
export interface Objection {
  readonly id: string;
  readonly householdId: string;
  readonly filedBy: string;
  readonly filedOn: CalendarDate;
  readonly reason: string;
  readonly attachmentIds?: readonly string[] | undefined;
  readonly status: ObjectionStatus;
  readonly answer?: string | undefined;
  readonly ruledBy?: string | undefined;
  readonly ruledOn?: CalendarDate | undefined;
}

/**
 * One line of a household's points ledger. The points are copied from the rule when declared, so a
 * later change to the catalogue never rewrites past entries. Entries are never deleted: a mistake is
 * revoked with a reason and stays visible (domain guide §1).
 */
export const ledgerEntrySchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  householdId: z.string().check(z.minLength(1), z.maxLength(64)),
  ruleCode: pointsCodeSchema,
  points: rulePointsSchema,
  /** The day of the conduct being rewarded or penalised. */
  occurredOn: calendarDateSchema,
  note: z.optional(z.string().check(z.maxLength(500))),
  status: z.enum(entryStatuses),
  /** First day of the current public notice. */
  noticeStartedOn: z.optional(calendarDateSchema),
  /** Evidence the declarer attached (ids of the attachment store). */
  attachmentIds: z.optional(attachmentIdsSchema),
  /** Objections filed during its notices, with their rulings. */
  objections: z.optional(z.array(objectionSchema)),
  /** Day the entry took effect; it counts in balances and boards from this day. */
  effectiveOn: z.optional(calendarDateSchema),
  /** Day the entry was revoked; it stops counting from this day. */
  revokedOn: z.optional(calendarDateSchema),
  history: z.array(entryHistoryItemSchema).check(z.minLength(1)),
});
/** One points entry of a household: the rule applied, its points, its status in the 公示 workflow and its history. */
export interface LedgerEntry {
  readonly id: string;
  readonly householdId: string;
  readonly ruleCode: string;
  readonly points: number;
  readonly occurredOn: CalendarDate;
  readonly note?: string | undefined;
  readonly status: EntryStatus;
  readonly noticeStartedOn?: CalendarDate | undefined;
  readonly attachmentIds?: readonly string[] | undefined;
  readonly objections?: readonly Objection[] | undefined;
  readonly effectiveOn?: CalendarDate | undefined;
  readonly revokedOn?: CalendarDate | undefined;
  readonly history: readonly EntryHistoryItem[];
}

/** True when the entry counts on `date`: effective by then and not yet revoked. */
export function countsOn(entry: Pick<LedgerEntry, 'status' | 'effectiveOn' | 'revokedOn'>, date: CalendarDate): boolean {
  if (entry.status !== 'effective' && entry.status !== 'revoked') return false;
  if (entry.effectiveOn === undefined || entry.effectiveOn > date) return false;
  return entry.revokedOn === undefined || entry.revokedOn > date;
}
