import * as z from 'zod/mini';
import { calendarDateSchema } from '../calendar/date-schema.js';
import { disclosureIdSchema } from './item-schema.js';
import { art24MatterCodes } from './matters.js';
import { meetingSchema } from './meetings-schema.js';
import { trailSteps } from './trail.js';

export const trailStepSchema = z.object({
  step: z.enum(trailSteps),
  date: calendarDateSchema,
  meeting: z.optional(meetingSchema),
  /** The disclosure item posted for a disclosure step. */
  itemId: z.optional(disclosureIdSchema),
});

export const trailSchema = z.object({
  /** The Art 24 matter decided, when it is one. */
  matter: z.optional(z.enum(art24MatterCodes)),
  /** The villagers' meeting delegated this matter to the representatives' meeting (Art 24, paragraph 2). */
  delegatedToRepresentatives: z.optional(z.boolean()),
  steps: z.array(trailStepSchema).check(z.maxLength(24)),
});

export type TrailStepRecord = z.output<typeof trailStepSchema>;
export type Trail = z.output<typeof trailSchema>;
