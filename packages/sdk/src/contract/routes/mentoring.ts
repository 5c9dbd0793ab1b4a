import { mentoringPlanStatuses, mentoringSettingsSchema, milestoneInputSchema, maxMilestones } from '@shanzhi/rules';
import * as z from 'zod/mini';
import { defineRoute } from '../route.js';
import { personalRead, publicRead, signedInChange } from './answers.js';
import { dateSchema, idSchema, noteSchema, villageParams, villageResourceParams } from './common.js';

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

export const listMentoringHouseholds = defineRoute({
  id: 'listMentoringHouseholds',
  method: 'GET',
  path: '/v1/villages/{villageId}/mentoring/households',
  summary: 'Households of a village 在帮教中 (under a mentoring plan), by household id only: never the plan',
  tags: ['mentoring'],
  params: villageParams,
  response: z.looseObject({ villageId: idSchema, items: z.array(z.looseObject({ householdId: idSchema })), asOf: dateSchema }),
  ...publicRead,
});

/** Staff who keep the village's 帮教: the cadres who assign plans, the grid workers who mentor, the supervisor who watches. */
const planReaders = ['gridWorker', 'cadre', 'supervisor'] as const;

export const listMentoringPlans = defineRoute({
  id: 'listMentoringPlans',
  method: 'GET',
  path: '/v1/villages/{villageId}/mentoring/plans',
  summary: "The village's 帮教 plans with milestones and progress, and its quiet-period setting (staff only)",
  tags: ['mentoring'],
  params: villageParams,
  query: z.object({ status: z.optional(z.enum(mentoringPlanStatuses)) }),
  response: z.looseObject({
    villageId: idSchema,
    settings: z.looseObject({ quietDays: z.int() }),
    items: z.array(mentoringPlanSchema),
    asOf: dateSchema,
  }),
  ...personalRead({ roles: planReaders }),
});

export const assignMentoringPlan = defineRoute({
  id: 'assignMentoringPlan',
  method: 'POST',
  path: '/v1/villages/{villageId}/mentoring/plans',
  summary: 'Assign a 帮教责任人 (a grid worker or cadre of the village) and a plan with milestones to a black-listed household',
  tags: ['mentoring'],
  params: villageParams,
  body: z.object({
    householdId: idSchema,
    mentorId: idSchema,
    milestones: z.array(milestoneInputSchema).check(z.minLength(1), z.maxLength(maxMilestones)),
  }),
  response: mentoringPlanSchema,
  status: 201,
  access: { roles: ['cadre'] },
  idempotency: 'required',
});

export const completeMentoringMilestone = defineRoute({
  id: 'completeMentoringMilestone',
  method: 'POST',
  path: '/v1/villages/{villageId}/mentoring/plans/{planId}/milestones/{milestoneId}/completion',
  summary: "Mark a milestone done (a cadre, or the plan's mentor); the household leaves the black list once the plan is complete",
  tags: ['mentoring'],
  params: villageResourceParams('planId', 'milestoneId'),
  body: z.object({ note: z.optional(noteSchema) }),
  response: mentoringPlanSchema,
  ...signedInChange(200, { roles: ['cadre', 'gridWorker'] }),
});

export const setMentoringSettings = defineRoute({
  id: 'setMentoringSettings',
  method: 'POST',
  path: '/v1/villages/{villageId}/mentoring/settings',
  summary: 'Set the quiet period (days without a deduction) a completed plan needs before the household leaves the black list',
  tags: ['mentoring'],
  params: villageParams,
  body: mentoringSettingsSchema,
  response: z.looseObject({ villageId: idSchema, quietDays: z.int() }),
  ...signedInChange(200, { roles: ['cadre'] }),
});
