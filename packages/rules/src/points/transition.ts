import { addDays, daysBetween, type CalendarDate } from '../calendar/date.js';
import { fail, ok, type Result } from '../shared/result.js';
import type { Role } from '../shared/roles.js';
import type { PointsRule } from './catalogue.js';
import type { Actor, EntryAction, EntryHistoryAction, EntryHistoryItem, EntryStatus, LedgerEntry } from './entry.js';
import type { PointsSettings } from './settings.js';

/** The legal moves: action → (status it may start from → status it leads to). */
export const entryTransitions: Readonly<Record<EntryAction, Readonly<Partial<Record<EntryStatus, EntryStatus>>>>> = {
  submit: { declared: 'firstReview' },
  passFirstReview: { firstReview: 'secondReview' },
  // The second review's approval is what puts an entry on the notice board.
  publicize: { secondReview: 'publicized' },
  confirm: { publicized: 'effective' },
  // An objection during the notice sends the entry back to the second review, which may publicize it
  // again (a fresh notice period) or reject it.
  object: { publicized: 'secondReview' },
  reject: { declared: 'rejected', firstReview: 'rejected', secondReview: 'rejected', publicized: 'rejected' },
  // Only an effective entry is revoked; earlier ones are rejected. Nothing is ever deleted.
  revoke: { effective: 'revoked' },
};

/**
 * Who may do what. The first review is the group leader's or grid worker's (小组长/网格员); the second
 * review, publication, confirmation and revocation are the village committee's (村两委); any villager
 * and the supervisory committee (村务监督委员会) may object during the notice.
 */
export const entryActionRoles: Readonly<Record<EntryHistoryAction, readonly Role[]>> = {
  declare: ['villager', 'gridWorker', 'cadre', 'admin'],
  submit: ['villager', 'gridWorker', 'cadre', 'admin'],
  passFirstReview: ['gridWorker', 'cadre', 'admin'],
  publicize: ['cadre', 'admin'],
  confirm: ['cadre', 'admin'],
  object: ['villager', 'gridWorker', 'cadre', 'supervisor', 'admin'],
  reject: ['gridWorker', 'cadre', 'admin'],
  revoke: ['cadre', 'admin'],
};

/** A grid worker may turn an entry down only while it is theirs to review; later stages belong to the committee. */
const committeeStages: readonly EntryStatus[] = ['secondReview', 'publicized'];

export function mayAct(role: Role, action: EntryHistoryAction, from?: EntryStatus): boolean {
  if (action === 'reject' && from !== undefined && committeeStages.includes(from) && role === 'gridWorker') return false;
  return entryActionRoles[action].includes(role);
}

const needsReason: readonly EntryAction[] = ['reject', 'object', 'revoke'];

export interface TransitionContext {
  readonly actor: Actor;
  readonly at: CalendarDate;
  /** Required for reject, object and revoke. */
  readonly reason?: string | undefined;
  readonly settings: Pick<PointsSettings, 'noticeDays'>;
}

/** The first day an entry publicized on `noticeStartedOn` may take effect. */
export function noticeEndsOn(noticeStartedOn: CalendarDate, settings: Pick<PointsSettings, 'noticeDays'>): CalendarDate {
  return addDays(noticeStartedOn, settings.noticeDays);
}

function lastDate(entry: LedgerEntry): CalendarDate | undefined {
  return entry.history[entry.history.length - 1]?.at;
}

/**
 * Moves an entry one step. Returns the new entry (the input is not changed) with the step appended to
 * its history, or a coded issue: `points.transition.illegal`, `.notPermitted`, `.reasonRequired`,
 * `.backdated` or `.noticeNotElapsed`.
 */
export function transition(entry: LedgerEntry, action: EntryAction, context: TransitionContext): Result<LedgerEntry> {
  const { actor, at, settings } = context;
  const to = entryTransitions[action][entry.status];
  if (to === undefined) return fail('points.transition.illegal', { from: entry.status, action });
  if (!mayAct(actor.role, action, entry.status)) return fail('points.transition.notPermitted', { role: actor.role, action });
  const reason = context.reason?.trim();
  if (needsReason.includes(action) && !reason) return fail('points.transition.reasonRequired', { action }, ['reason']);
  const previous = lastDate(entry);
  if (previous !== undefined && at < previous) return fail('points.transition.backdated', { lastDate: previous }, ['at']);

  if (action === 'confirm') {
    // 公示 must run its full term so villagers can object; an entry posted on day S with 7 notice days
    // is on the board S … S+6 and can take effect on S+7 at the earliest.
    const started = entry.noticeStartedOn ?? previous ?? at;
    if (daysBetween(started, at) < settings.noticeDays) {
      return fail(
        'points.transition.noticeNotElapsed',
        { noticeDays: settings.noticeDays, effectiveFrom: noticeEndsOn(started, settings) },
        ['at'],
      );
    }
  }

  const step: EntryHistoryItem = reason
    ? { action, status: to, actorId: actor.id, actorRole: actor.role, at, reason }
    : { action, status: to, actorId: actor.id, actorRole: actor.role, at };
  const next: LedgerEntry = { ...entry, status: to, history: [...entry.history, step] };
  switch (action) {
    case 'publicize':
      return ok({ ...next, noticeStartedOn: at });
    case 'confirm':
      return ok({ ...next, effectiveOn: at });
    case 'revoke':
      return ok({ ...next, revokedOn: at });
    case 'object':
      // The old notice no longer stands: a new one starts when the committee publicizes again.
      return ok({ ...next, noticeStartedOn: undefined });
    default:
      return ok(next);
  }
}

/** The actions that are legal from the entry's status for this role (to show only usable buttons). */
export function availableActions(entry: Pick<LedgerEntry, 'status'>, role: Role): EntryAction[] {
  return (Object.keys(entryTransitions) as EntryAction[]).filter(
    (action) => entryTransitions[action][entry.status] !== undefined && mayAct(role, action, entry.status),
  );
}

export interface DeclareInput {
  readonly id: string;
  readonly householdId: string;
  readonly rule: PointsRule;
  /** Day of the conduct. */
  readonly occurredOn: CalendarDate;
  readonly note?: string | undefined;
  readonly actor: Actor;
  /** Day of the declaration. */
  readonly at: CalendarDate;
}

/** Records a new entry under a rule, copying its points (later catalogue changes never rewrite it). */
export function declareEntry(input: DeclareInput): Result<LedgerEntry> {
  const { rule, actor, at } = input;
  if (!rule.active) return fail('points.rule.inactive', { ruleCode: rule.code }, ['ruleCode']);
  if (!mayAct(actor.role, 'declare')) return fail('points.transition.notPermitted', { role: actor.role, action: 'declare' });
  if (input.occurredOn > at) return fail('points.entry.futureDate', { occurredOn: input.occurredOn, at }, ['occurredOn']);
  const entry: LedgerEntry = {
    id: input.id,
    householdId: input.householdId,
    ruleCode: rule.code,
    points: rule.points,
    occurredOn: input.occurredOn,
    status: 'declared',
    history: [{ action: 'declare', status: 'declared', actorId: actor.id, actorRole: actor.role, at }],
  };
  return ok(input.note === undefined ? entry : { ...entry, note: input.note });
}
