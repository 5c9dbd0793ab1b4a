import { mentoringPlanStatuses, mentoringSettingsSchema, milestoneInputSchema, maxMilestones } from '@shanzhi/rules';
import * as z from 'zod/mini';
import { personalRead, publicRead, signedInChange, signedInCreate } from './answers.js';
import { cadres, cadresAndGridWorkers, villageStaff } from './callers.js';
import { dateSchema, idSchema, noteSchema } from './common.js';
import { villageAt } from './resource.js';

/*
 * 帮教 (seed [001]): a 帮教责任人 and a plan with milestones for a black-listed household; done milestones and a
 * quiet period without deductions take it off the black list. The public learns only that a household is
 * 在帮教中 — never the plan, the mentor or the milestones.
 */

export const mentoringPlanSchema = z.looseObject({
  id: idSchema,
  villageId: idSchema,
  householdId: idSchema,
  householdNumber: z.string(),
  mentorId: z.string(),
  assignedBy: z.string(),
  assignedOn: dateSchema,
  quietDays: z.int(),
  milestones: z.array(
    z.looseObject({
      id: z.string(),
      title: z.string(),
      dueOn: z.optional(dateSchema),
      doneOn: z.optional(dateSchema),
      doneBy: z.optional(z.string()),
      note: z.optional(z.string()),
    }),
  ),
  status: z.enum(mentoringPlanStatuses),
  delistedOn: z.optional(dateSchema),
  progress: z.looseObject({
    milestonesDone: z.int(),
    milestonesTotal: z.int(),
    lastDeductionOn: z.nullable(dateSchema),
    quietFrom: dateSchema,
    quietUntil: dateSchema,
    delistable: z.boolean(),
  }),
});

/** A village's 帮教: its plans answer most of its routes. */
const villageMentoring = villageAt('mentoring', '/mentoring', mentoringPlanSchema);

export const listMentoringHouseholds = villageMentoring.get('/households', publicRead, {
  id: 'listMentoringHouseholds',
  summary: 'Households of a village 在帮教中 (under a mentoring plan), by household id only: never the plan',
  response: z.looseObject({ villageId: idSchema, items: z.array(z.looseObject({ householdId: idSchema })), asOf: dateSchema }),
});

export const listMentoringPlans = villageMentoring.get('/plans', personalRead(villageStaff), {
  id: 'listMentoringPlans',
  summary: "The village's 帮教 plans with milestones and progress, and its quiet-period setting (staff only)",
  // The staff who keep the village's 帮教: the cadres who assign plans, the grid workers who mentor, the supervisor who watches.
  query: z.object({ status: z.optional(z.enum(mentoringPlanStatuses)) }),
  response: z.looseObject({
    villageId: idSchema,
    settings: z.looseObject({ quietDays: z.int() }),
    items: z.array(mentoringPlanSchema),
    asOf: dateSchema,
  }),
});

export const assignMentoringPlan = villageMentoring.post('/plans', signedInCreate(cadres), {
  id: 'assignMentoringPlan',
  summary: 'Assign a 帮教责任人 (a grid worker or cadre of the village) and a plan with milestones to a black-listed household',
  body: z.object({
    householdId: idSchema,
    mentorId: idSchema,
    milestones: z.array(milestoneInputSchema).check(z.minLength(1), z.maxLength(maxMilestones)),
  }),
});

/** One milestone of a plan; a change answers with the whole plan. */
const milestone = villageAt('mentoring', '/mentoring/plans/{planId}/milestones/{milestoneId}', mentoringPlanSchema);

export const completeMentoringMilestone = milestone.post('/completion', signedInChange(200, cadresAndGridWorkers), {
  id: 'completeMentoringMilestone',
  summary: "Mark a milestone done (a cadre, or the plan's mentor); the household leaves the black list once the plan is complete",
  body: z.object({ note: z.optional(noteSchema) }),
});

export const setMentoringSettings = villageMentoring.post('/settings', signedInChange(200, cadres), {
  id: 'setMentoringSettings',
  summary: 'Set the quiet period (days without a deduction) a completed plan needs before the household leaves the black list',
  body: mentoringSettingsSchema,
  response: z.looseObject({ villageId: idSchema, quietDays: z.int() }),
});
