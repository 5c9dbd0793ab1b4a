import { AssignForm } from './assign-form.js';
import type { DeskForm, FormContext } from './form-context.js';
import { MilestoneForm } from './milestone-form.js';
import { SettingsForm } from './settings-form.js';
import type { ListedHousehold, MentoringPlan } from './sz-mentoring-desk.js';

/*
 * The desk's forms, one chunk (`beforeImport('mentoring-desk/forms')`): the desk builds the one it opens from here.
 * None of it is needed to show the lists, so none of it weighs on the first paint.
 */

/** Staff ids the village's plans already name, for the mentor field's suggestions (the contract lists no staff). */
function knownStaffOf(plans: readonly MentoringPlan[]): string[] {
  return [...new Set(plans.flatMap((plan) => [plan.mentorId, plan.assignedBy]))].sort();
}

export function assignForm(context: FormContext, household: ListedHousehold, plans: readonly MentoringPlan[]): DeskForm {
  return new AssignForm(context.host, { ...context, household, knownStaff: knownStaffOf(plans) });
}

export function milestoneForm(context: FormContext, plan: MentoringPlan, milestone: MentoringPlan['milestones'][number]): DeskForm {
  return new MilestoneForm(context.host, { ...context, plan, milestone });
}

export function settingsForm(context: FormContext, quietDays: number): DeskForm {
  return new SettingsForm(context.host, { ...context, quietDays });
}
