import * as z from 'zod/mini';
import { calendarDateSchema } from '../calendar/date-schema.js';
import { categoryCodeSchema } from './categories-schema.js';
import { disclosureIdSchema } from './item-schema.js';

/** A decision of the villagers' meeting or representatives' meeting: each one must be disclosed (Art 30 (1)). */
export const decisionSchema = z.object({
  id: disclosureIdSchema,
  title: z.string().check(z.minLength(1), z.maxLength(200)),
  decidedOn: calendarDateSchema,
  /** The category the disclosure goes under; 'resolutions' when absent. */
  category: z.optional(categoryCodeSchema),
});

/** A value parsed by {@link decisionSchema}. */
export type Decision = z.output<typeof decisionSchema>;
