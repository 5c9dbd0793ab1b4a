import * as z from 'zod/mini';
import { categoryCodePattern, disclosureFrequencies } from './categories.js';

/** A category or finance heading code ({@link categoryCodePattern}). */
export const categoryCodeSchema = z.string().check(z.regex(categoryCodePattern));

/** A category's or a finance heading's name in both languages, short enough for a tab or a table row. */
export const labelSchema = z.object({
  'zh-CN': z.string().check(z.minLength(1), z.maxLength(40)),
  en: z.string().check(z.minLength(1), z.maxLength(80)),
});

/**
 * A disclosure category as a village configures it: code, label, frequency and, optionally, where the duty comes
 * from.
 */
export const disclosureCategorySchema = z.object({
  code: categoryCodeSchema,
  label: labelSchema,
  frequency: z.enum(disclosureFrequencies),
  /** Where the duty comes from, for the docs and the supervisors' view. */
  basis: z.optional(z.string().check(z.maxLength(200))),
});

/** A value parsed by {@link disclosureCategorySchema}. */
export type DisclosureCategory = z.output<typeof disclosureCategorySchema>;
