import * as z from 'zod/mini';
import { mobileSchema } from '../identity/mobile-schema.js';
import { personNameSchema } from '../identity/person-name-schema.js';
import { ruleCheck } from '../messages/rule-check.js';
import { codesOf, labelledCodes } from '../shared/labelled-codes.js';
import { plainText } from '../services/text-schema.js';
import { validateRatingComment } from './rating.js';

/**
 * What villagers order (点单), by the needs seed 002 names and the examples of issue 16: a road light, help for an
 * elderly neighbour, a policy explained. The category is the "service" a 点单 rating is published under.
 */
export const orderCategories = labelledCodes([
  ['facilities', '公共设施（路灯、道路、水电）', 'Public facilities (lights, roads, water, power)'],
  ['care', '帮扶照料（老人、困难户）', 'Care and help (elderly, families in need)'],
  ['policy', '政策解读', 'A policy explained'],
  ['environment', '人居环境', 'Living environment'],
  ['other', '其他', 'Other'],
]);
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
