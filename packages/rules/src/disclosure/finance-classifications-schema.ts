import * as z from 'zod/mini';
import { categoryCodeSchema, labelSchema } from './categories-schema.js';
import { financeKinds } from './finance-classifications.js';

/** A finance heading as a village configures it: code, income or expenditure, and label. */
export const financeClassificationSchema = z.object({
  code: categoryCodeSchema,
  kind: z.enum(financeKinds),
  label: labelSchema,
});

/** A value parsed by {@link financeClassificationSchema}. */
export type FinanceClassification = z.output<typeof financeClassificationSchema>;
