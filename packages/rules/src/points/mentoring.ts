import * as z from 'zod/mini';
import { addDays, type CalendarDate } from '../calendar/date.js';
import { calendarDateSchema } from '../calendar/index.js';
import { fail, ok, type Result } from '../shared/result.js';
import { countsOn, type Actor, type LedgerEntry } from './entry.js';

/*
 * 帮教 — the way off the black list. Seed [001]: "由道德观察团确定一名帮教责任人": a black-listed household gets a
 * person responsible for helping it (帮教责任人) and a plan with milestones. When every milestone is done AND a
 * quiet period without deductions has passed, the household leaves the black list. The quiet period and the
 * automatic delisting are this project's local practice (no statute sets them); the village chooses the period.
 */

/** Default quiet period (days without a deduction) before a household whose plan is done leaves the black list. */
export const defaultMentoringQuietDays = 90;

/** The village's 帮教 setting. 90 days: one quarter, the period most village schemes review their 红黑榜 over. */
export const mentoringSettingsSchema = z.object({
  quietDays: z._default(z.int().check(z.minimum(0), z.maximum(730)), defaultMentoringQuietDays),
});
/** A value parsed by {@link mentoringSettingsSchema}. */
export type MentoringSettings = z.output<typeof mentoringSettingsSchema>;
/** The 帮教 settings a village starts with (the quiet period of {@link defaultMentoringQuietDays}). */
export const defaultMentoringSettings: MentoringSettings = { quietDays: defaultMentoringQuietDays };

/** The states of a 帮教 plan: active, delisted (taken off the black list) or cancelled. */
export const mentoringPlanStatuses = ['active', 'delisted', 'cancelled'] as const;
/** One of {@link mentoringPlanStatuses}. */
export type MentoringPlanStatus = (typeof mentoringPlanStatuses)[number];

/** Most milestones in one plan: a plan a household can follow, not a programme. */
export const maxMilestones = 12;

/** A milestone as the API accepts it: a title and an optional due day. */
export const milestoneInputSchema = z.object({
  title: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
  dueOn: z.optional(calendarDateSchema),
});

/** One milestone of a 帮教 plan, with its due day and, once done, the day and who recorded it. */
export interface Milestone {
  readonly id: string;
  readonly title: string;
  readonly dueOn?: CalendarDate | undefined;
  readonly doneOn?: CalendarDate | undefined;
  readonly doneBy?: string | undefined;
  readonly note?: string | undefined;
}

/** A 帮教 plan for a household: its mentor, milestones, status, and the quiet period that takes it off the black list. */
export interface MentoringPlan {
  readonly id: string;
  readonly householdId: string;
  /** Staff id of the 帮教责任人. */
  readonly mentorId: string;
  readonly assignedBy: string;
  readonly assignedOn: CalendarDate;
  /** The village's quiet period when the plan was made (a later change of the setting does not move the goal). */
  readonly quietDays: number;
  readonly milestones: readonly Milestone[];
  readonly status: MentoringPlanStatus;
  readonly delistedOn?: CalendarDate | undefined;
  readonly cancelledOn?: CalendarDate | undefined;
  readonly cancelReason?: string | undefined;
}

/**
 * Deductions that put a household on the black list and still stand: effective (counting) on `asOf`, and made
 * effective after the household's last delisting (`clearedOn`), which cleared the earlier ones.
 */
export function blackListMarks(entries: readonly LedgerEntry[], asOf: CalendarDate, clearedOn?: CalendarDate | null): LedgerEntry[] {
  return entries.filter(
    (entry) => entry.points < 0 && countsOn(entry, asOf) && (clearedOn == null || (entry.effectiveOn ?? asOf) > clearedOn),
  );
}

/**
 * What opening a 帮教 plan needs: household, mentor (帮教责任人), milestones, who opens it and when, the ledger and plans
 * so far.
 */
export interface AssignInput {
  readonly id: string;
  readonly householdId: string;
  readonly mentorId: string;
  readonly milestones: readonly { readonly title: string; readonly dueOn?: CalendarDate | undefined }[];
  readonly actor: Actor;
  readonly at: CalendarDate;
  /** The household's ledger. */
  readonly entries: readonly LedgerEntry[];
  readonly settings: MentoringSettings;
  /** The household's plans so far (an active one refuses a second; the last delisting clears older marks). */
  readonly plans: readonly MentoringPlan[];
}

/** When the household last left the black list through a plan, or null. */
export function lastDelistedOn(plans: readonly MentoringPlan[]): CalendarDate | null {
  let last: CalendarDate | null = null;
  for (const plan of plans) if (plan.delistedOn !== undefined && (last === null || plan.delistedOn > last)) last = plan.delistedOn;
  return last;
}

/**
 * A cadre assigns a 帮教责任人 and a plan. Refused when the household already has an active plan, or when it is not
 * on the black list (no standing deduction: 帮教 is for those the list names, not a label to hand out).
 */
export function assignPlan(input: AssignInput): Result<MentoringPlan> {
  if (input.plans.some((plan) => plan.status === 'active')) return fail('mentoring.plan.alreadyActive');
  if (input.milestones.length === 0 || input.milestones.length > maxMilestones)
    return fail('mentoring.plan.milestoneCount', { maximum: maxMilestones }, ['milestones']);
  if (blackListMarks(input.entries, input.at, lastDelistedOn(input.plans)).length === 0)
    return fail('mentoring.plan.notBlackListed', undefined, ['householdId']);
  return ok({
    id: input.id,
    householdId: input.householdId,
    mentorId: input.mentorId,
    assignedBy: input.actor.id,
    assignedOn: input.at,
    quietDays: input.settings.quietDays,
    milestones: input.milestones.map((one, index) => ({
      id: `m${String(index + 1)}`,
      title: one.title,
      ...(one.dueOn === undefined ? {} : { dueOn: one.dueOn }),
    })),
    status: 'active',
  });
}

/** Marks one milestone done. Refused on a plan that is no longer active, an unknown milestone, or one already done. */
export function completeMilestone(
  plan: MentoringPlan,
  milestoneId: string,
  actor: Actor,
  at: CalendarDate,
  note?: string,
): Result<MentoringPlan> {
  if (plan.status !== 'active') return fail('mentoring.plan.notActive', { status: plan.status });
  const found = plan.milestones.find((one) => one.id === milestoneId);
  if (found === undefined) return fail('mentoring.milestone.unknown', { milestoneId }, ['milestoneId']);
  if (found.doneOn !== undefined) return fail('mentoring.milestone.alreadyDone', { doneOn: found.doneOn });
  const done: Milestone = { ...found, doneOn: at, doneBy: actor.id, ...(note === undefined ? {} : { note }) };
  return ok({ ...plan, milestones: plan.milestones.map((one) => (one.id === milestoneId ? done : one)) });
}

/** How far a 帮教 plan has come: milestones done, the latest standing deduction, and when the quiet period ends. */
export interface MentoringProgress {
  readonly milestonesDone: number;
  readonly milestonesTotal: number;
  /** Effective date of the household's latest standing deduction made effective since the plan began, or null. */
  readonly lastDeductionOn: CalendarDate | null;
  /** The quiet period runs from the later of the plan's start and the last deduction … */
  readonly quietFrom: CalendarDate;
  /** … and is complete on this day. */
  readonly quietUntil: CalendarDate;
  /** Every milestone done and the quiet period complete on `asOf`: the household leaves the black list. */
  readonly delistable: boolean;
}

/**
 * Where a plan stands on `asOf`. A deduction that becomes effective during the plan restarts the quiet period from
 * its effective day (the day it counts on the board); the milestones stay done.
 */
export function mentoringProgress(plan: MentoringPlan, entries: readonly LedgerEntry[], asOf: CalendarDate): MentoringProgress {
  let lastDeductionOn: CalendarDate | null = null;
  for (const entry of blackListMarks(entries, asOf)) {
    const on = entry.effectiveOn ?? asOf;
    if (on >= plan.assignedOn && (lastDeductionOn === null || on > lastDeductionOn)) lastDeductionOn = on;
  }
  const quietFrom = lastDeductionOn !== null && lastDeductionOn > plan.assignedOn ? lastDeductionOn : plan.assignedOn;
  const quietUntil = addDays(quietFrom, plan.quietDays);
  const milestonesDone = plan.milestones.filter((one) => one.doneOn !== undefined).length;
  const milestonesTotal = plan.milestones.length;
  return {
    milestonesDone,
    milestonesTotal,
    lastDeductionOn,
    quietFrom,
    quietUntil,
    delistable: plan.status === 'active' && milestonesDone === milestonesTotal && asOf >= quietUntil,
  };
}

/** The plan after the household leaves the black list (the caller checked `mentoringProgress(…).delistable`). */
export function delistPlan(plan: MentoringPlan, at: CalendarDate): MentoringPlan {
  return { ...plan, status: 'delisted', delistedOn: at };
}

/**
 * Households whose standing deductions a completed plan cleared, with the day: the board leaves a household off
 * the black list while none of its counting deductions became effective after that day (`blackListMarks`).
 */
export function blackListClearances(plans: readonly MentoringPlan[]): Map<string, CalendarDate> {
  const cleared = new Map<string, CalendarDate>();
  for (const plan of plans) {
    if (plan.delistedOn === undefined) continue;
    const before = cleared.get(plan.householdId);
    if (before === undefined || plan.delistedOn > before) cleared.set(plan.householdId, plan.delistedOn);
  }
  return cleared;
}
