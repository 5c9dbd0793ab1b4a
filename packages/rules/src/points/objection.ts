import { addDays, type CalendarDate } from '../calendar/date.js';
import { fail, ok, type Result } from '../shared/result.js';
import type { Actor, EntryHistoryItem, LedgerEntry, Objection, ObjectionAction } from './entry.js';
import type { PointsSettings } from './settings.js';

/*
 * The objection process (异议) of 公示: while an entry is on the notice board, a villager of the village may object
 * with a reason (and evidence); the 村务监督委员会 answers in writing — uphold (the entry stops: rejected) or dismiss
 * (the notice runs on). An entry takes effect only when its notice is over and no objection is open (seed [000]:
 * 评议结果以积分的形式张榜公示; workflows: 村务监督委员会 rules on objections). National law sets no notice period
 * or objection procedure for points schemes: both are the village's own rules (local practice).
 */

/** Objection steps and the status each leads to (all from `publicized`: an entry stays on the board while objected). */
export const objectionTransitions: Readonly<Record<ObjectionAction, 'publicized' | 'rejected'>> = {
  dispute: 'publicized',
  uphold: 'rejected',
  dismiss: 'publicized',
};

/** The day the notice of an entry publicized on `noticeStartedOn` is over: its first day of effect. */
export function noticeEndsOn(noticeStartedOn: CalendarDate, settings: Pick<PointsSettings, 'noticeDays'>): CalendarDate {
  return addDays(noticeStartedOn, settings.noticeDays);
}

/** The last day of the notice (the board shows "公示至 …"): the day before it ends. */
export function noticeLastDay(noticeStartedOn: CalendarDate, settings: Pick<PointsSettings, 'noticeDays'>): CalendarDate {
  return addDays(noticeStartedOn, settings.noticeDays - 1);
}

/** The objections of an entry still waiting for the supervisor's answer. */
export function openObjections(entry: Pick<LedgerEntry, 'objections'>): Objection[] {
  return (entry.objections ?? []).filter((one) => one.status === 'open');
}

/** Who files or answers an objection, when, and the written reason or answer. */
export interface ObjectionContext {
  readonly actor: Actor;
  readonly at: CalendarDate;
  /** The objection's reason (dispute) or the supervisor's written answer (uphold, dismiss); already trimmed. */
  readonly reason: string;
  readonly settings: Pick<PointsSettings, 'noticeDays'>;
  /** The objecting household; defaults to the actor's id (a villager's id is their household's in the seed). */
  readonly householdId?: string | undefined;
  /** dispute: the new objection's id (default `<entry id>.o<n>`); uphold/dismiss: which one (default the oldest open). */
  readonly objectionId?: string | undefined;
  readonly attachmentIds?: readonly string[] | undefined;
}

function lastDate(entry: LedgerEntry): CalendarDate {
  return entry.history[entry.history.length - 1]?.at ?? entry.occurredOn;
}

function stepOf(action: ObjectionAction, to: LedgerEntry['status'], context: ObjectionContext): EntryHistoryItem {
  const { actor, at, reason } = context;
  return { action, status: to, actorId: actor.id, actorRole: actor.role, at, reason };
}

/**
 * Files an objection: only while the notice runs (`points.objection.noticeOver` from its end day on) and once per
 * household and entry (`points.objection.duplicate`). The caller has checked status, role and reason.
 */
function dispute(entry: LedgerEntry, context: ObjectionContext): Result<LedgerEntry> {
  const started = entry.noticeStartedOn ?? lastDate(entry);
  const ends = noticeEndsOn(started, context.settings);
  if (context.at >= ends) {
    return fail('points.objection.noticeOver', { lastDay: noticeLastDay(started, context.settings) }, ['entryId']);
  }
  const householdId = context.householdId ?? context.actor.id;
  const earlier = (entry.objections ?? []).find((one) => one.householdId === householdId);
  if (earlier !== undefined) return fail('points.objection.duplicate', { objectionId: earlier.id }, ['entryId']);
  const all = entry.objections ?? [];
  const objection: Objection = {
    id: context.objectionId ?? `${entry.id}.o${String(all.length + 1)}`,
    householdId,
    filedBy: context.actor.id,
    filedOn: context.at,
    reason: context.reason,
    ...(context.attachmentIds && context.attachmentIds.length > 0 ? { attachmentIds: [...context.attachmentIds] } : {}),
    status: 'open',
  };
  return ok({ ...entry, objections: [...all, objection], history: [...entry.history, stepOf('dispute', 'publicized', context)] });
}

/**
 * The supervisor's ruling with its written answer. Upholding stops the entry (rejected) and answers every other
 * open objection to it the same way; dismissing closes this objection and the notice runs on.
 */
function rule(entry: LedgerEntry, action: 'uphold' | 'dismiss', context: ObjectionContext): Result<LedgerEntry> {
  const all = entry.objections ?? [];
  const target = context.objectionId === undefined ? openObjections(entry)[0] : all.find((one) => one.id === context.objectionId);
  if (target === undefined) return fail('points.objection.unknown', { objectionId: context.objectionId ?? '' }, ['objectionId']);
  if (target.status !== 'open') return fail('points.objection.alreadyRuled', { status: target.status }, ['objectionId']);
  const status = action === 'uphold' ? 'upheld' : 'dismissed';
  const ruling = { answer: context.reason, ruledBy: context.actor.id, ruledOn: context.at };
  const objections = all.map((one): Objection => {
    if (one.id === target.id) return { ...one, status, ...ruling };
    // The entry stops for everyone who objected to it.
    if (action === 'uphold' && one.status === 'open') return { ...one, status: 'upheld', ...ruling };
    return one;
  });
  const to = objectionTransitions[action];
  return ok({ ...entry, status: to, objections, history: [...entry.history, stepOf(action, to, context)] });
}

/** Applies an objection step to an entry under notice (status, role, reason and date are checked by `transition`). */
export function applyObjectionStep(entry: LedgerEntry, action: ObjectionAction, context: ObjectionContext): Result<LedgerEntry> {
  return action === 'dispute' ? dispute(entry, context) : rule(entry, action, context);
}

/**
 * The entry as it stands on `date` once its notice is over: a publicized entry whose notice ended by then with no
 * objection open takes effect — on the day the notice ended, or on the day its last objection was dismissed if that
 * was later. No one clicks: the server applies this in the transaction of every write to the village (a sweep),
 * under the same writer lock as an objection, so an entry can never be both effective and objected.
 * Returns undefined when nothing changes.
 */
export function settleNotice(
  entry: LedgerEntry,
  date: CalendarDate,
  settings: Pick<PointsSettings, 'noticeDays'>,
): LedgerEntry | undefined {
  if (entry.status !== 'publicized' || entry.noticeStartedOn === undefined) return undefined;
  if (openObjections(entry).length > 0) return undefined;
  const ends = noticeEndsOn(entry.noticeStartedOn, settings);
  const last = lastDate(entry);
  const effectiveOn = last > ends ? last : ends;
  if (effectiveOn > date) return undefined;
  return { ...entry, status: 'effective', effectiveOn };
}
