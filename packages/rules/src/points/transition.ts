import { daysBetween, type CalendarDate } from '../calendar/date.js';
import { fail, ok, type Result } from '../shared/result.js';
import type { Role } from '../shared/roles.js';
import type { PointsRule } from './catalogue.js';
import {
  objectionActions,
  type Actor,
  type EntryAction,
  type EntryHistoryAction,
  type EntryHistoryItem,
  type EntryStatus,
  type LedgerEntry,
  type ObjectionAction,
} from './entry.js';
import { applyObjectionStep, noticeEndsOn, openObjections } from './objection.js';
import type { PointsSettings } from './settings.js';

export { noticeEndsOn } from './objection.js';

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
  // 公示 objections: villagers of the village object; the 村务监督委员会 rules (workflows: supervisor "rule on objections").
  dispute: ['villager'],
  uphold: ['supervisor'],
  dismiss: ['supervisor'],
};

/** A grid worker may turn an entry down only while it is theirs to review; later stages belong to the committee. */
const committeeStages: readonly EntryStatus[] = ['secondReview', 'publicized'];

/**
 * Whether `role` may take `action` on an entry in status `from`: a grid worker may not reject at the committee's
 * stages.
 */
export function mayAct(role: Role, action: EntryHistoryAction, from?: EntryStatus): boolean {
  if (action === 'reject' && from !== undefined && committeeStages.includes(from) && role === 'gridWorker') return false;
  return entryActionRoles[action].includes(role);
}

const needsReason: readonly (EntryAction | ObjectionAction)[] = ['reject', 'object', 'revoke', 'dispute'];
/** A ruling on an objection needs a written answer the objector can read. */
const needsAnswer: readonly (EntryAction | ObjectionAction)[] = ['uphold', 'dismiss'];

/** Who takes an action on an entry, when, and the written reason that some actions need. */
export interface TransitionContext {
  readonly actor: Actor;
  readonly at: CalendarDate;
  /** Required for reject, object, revoke and dispute; the written answer of uphold and dismiss. */
  readonly reason?: string | undefined;
  /** `reviewTiers` (default 2): with 1, a submitted entry goes straight to the committee's review. */
  readonly settings: Pick<PointsSettings, 'noticeDays'> & Partial<Pick<PointsSettings, 'reviewTiers'>>;
  /** Objection steps: the objecting household (dispute) and which objection (see `ObjectionContext`). */
  readonly householdId?: string | undefined;
  readonly objectionId?: string | undefined;
  readonly attachmentIds?: readonly string[] | undefined;
}

/** The committee's steps on an entry under notice, which wait while an objection is open. */
const holdingSteps: readonly (EntryAction | ObjectionAction)[] = ['confirm', 'reject', 'object'];

function isObjectionAction(action: EntryAction | ObjectionAction): action is ObjectionAction {
  return (objectionActions as readonly string[]).includes(action);
}

/** Where an action leads from a status: the review table, the objection table (from `publicized`), and the tiers. */
function targetOf(action: EntryAction | ObjectionAction, from: EntryStatus, context: TransitionContext): EntryStatus | undefined {
  if (isObjectionAction(action)) {
    if (from !== 'publicized') return undefined;
    return action === 'uphold' ? 'rejected' : 'publicized';
  }
  // One review tier: 村两委 审核 alone, so a submitted entry skips the grid worker's 初审.
  if (action === 'submit' && from === 'declared' && context.settings.reviewTiers === 1) return 'secondReview';
  return entryTransitions[action][from];
}

function lastDate(entry: LedgerEntry): CalendarDate | undefined {
  return entry.history[entry.history.length - 1]?.at;
}

/**
 * Moves an entry one step. Returns the new entry (the input is not changed) with the step appended to
 * its history, or a coded issue: `points.transition.illegal`, `.notPermitted`, `.reasonRequired`,
 * `.backdated` or `.noticeNotElapsed`; for the objection steps (dispute, uphold, dismiss: objection.ts) and while an
 * objection is open, `points.objection.*`. With `settings.reviewTiers` 1, `submit` skips the first review.
 */
export function transition(entry: LedgerEntry, action: EntryAction | ObjectionAction, context: TransitionContext): Result<LedgerEntry> {
  const { actor, at, settings } = context;
  const to = targetOf(action, entry.status, context);
  if (to === undefined) return fail('points.transition.illegal', { from: entry.status, action });
  if (!mayAct(actor.role, action, entry.status)) return fail('points.transition.notPermitted', { role: actor.role, action });
  const reason = context.reason?.trim();
  if (needsReason.includes(action) && !reason) return fail('points.transition.reasonRequired', { action }, ['reason']);
  if (needsAnswer.includes(action) && !reason) return fail('points.objection.answerRequired', { action }, ['answer']);
  const previous = lastDate(entry);
  if (previous !== undefined && at < previous) return fail('points.transition.backdated', { lastDate: previous }, ['at']);
  if (isObjectionAction(action)) return applyObjectionStep(entry, action, { ...context, reason: reason ?? '' });

  // An open objection holds the entry until the 村务监督委员会 has answered it: it neither takes effect nor is
  // rejected or sent back over the supervisor's head (the objector is owed a written answer).
  const open = holdingSteps.includes(action) ? openObjections(entry)[0] : undefined;
  if (open !== undefined) return fail('points.objection.open', { objectionId: open.id });

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

/**
 * A new points entry: the household, the rule it applies, the day of the conduct, evidence, who declared it and
 * when.
 */
export interface DeclareInput {
  readonly id: string;
  readonly householdId: string;
  readonly rule: PointsRule;
  /** Day of the conduct. */
  readonly occurredOn: CalendarDate;
  readonly note?: string | undefined;
  /** Evidence (ids of the attachment store), kept on the entry. */
  readonly attachmentIds?: readonly string[] | undefined;
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
  const withNote = input.note === undefined ? entry : { ...entry, note: input.note };
  return ok(input.attachmentIds && input.attachmentIds.length > 0 ? { ...withNote, attachmentIds: [...input.attachmentIds] } : withNote);
}
