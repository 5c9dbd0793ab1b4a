import * as z from 'zod/mini';
import { categoryCodeSchema, labelSchema } from './categories-schema.js';
import { financeKinds } from './finance-classifications.js';

export const financeClassificationSchema = z.object({
  code: categoryCodeSchema,
  kind: z.enum(financeKinds),
  label: labelSchema,
});

export type FinanceClassification = z.output<typeof financeClassificationSchema>;
