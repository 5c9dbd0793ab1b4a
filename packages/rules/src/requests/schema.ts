import * as z from 'zod/mini';
import { orderCategories } from '../data-dictionary.js';
import { mobileSchema } from '../identity/mobile-schema.js';
import { personNameSchema } from '../identity/person-name-schema.js';
import { ruleCheck } from '../messages/rule-check.js';
import { codesOf } from '../shared/labelled-codes.js';
import { plainText } from '../services/text-schema.js';
import { validateRatingComment } from './rating.js';

// The categories stand in the data dictionary with the contract's other code lists.
export { orderCategories };

/** The code of one of {@link orderCategories}. */
export type OrderCategory = (typeof orderCategories)[number]['code'];
/** The codes of {@link orderCategories}, in order, as `z.enum` wants them. */
export const orderCategoryCodes = codesOf(orderCategories);

/** Free text staff read: a raw phone or ID number belongs in the contact field, never here (refused with a code). */
export function requestText(max: number) {
  return plainText(max).check(ruleCheck(validateRatingComment));
}

/** A villager's 点单: who to call back (personal data, staff-only), what is needed, in which category. */
export const orderRequestSchema = z.strictObject({
  applicant: z.strictObject({ name: personNameSchema, mobile: mobileSchema }),
  category: z.enum(orderCategoryCodes),
  text: requestText(500),
});
/** A value parsed by {@link orderRequestSchema}. */
export type OrderRequest = z.output<typeof orderRequestSchema>;

/** A 评单: the grade 1–5 (非常不满意 … 非常满意) and an optional comment. */
export const ratingSchema = z.strictObject({
  grade: z.int().check(z.gte(1), z.lte(5)),
  comment: z.optional(requestText(500)),
});
/** A value parsed by {@link ratingSchema}. */
export type Rating = z.output<typeof ratingSchema>;
