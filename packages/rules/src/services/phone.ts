import * as z from 'zod/mini';
import { ruleCheck } from '../messages/rule-check.js';
import { issue, type RuleIssue } from '../shared/result.js';
import { localizedTextSchema } from './text-schema.js';

/*
 * A guide publishes office numbers, never a person's mobile: a cadre's own mobile on a public page is
 * personal information (个人信息保护法 Art 25), and the number must still work after staff change.
 * Accepted: a landline with its area code (010, 021, 0571 … then 7–8 digits, optional extension
 * after '-' or '转'), a government hotline of the 123xx family (12345 政务服务便民热线, 12333 人社,
 * 12393 医保 …), or a 400/800 service number.
 */
const landline = /^0[1-9]\d{1,2}-?\d{7,8}(?:(?:-|转)\d{1,6})?$/;
const hotline = /^12\d{3}$/;
const serviceNumber = /^[48]00-?\d{3}-?\d{4}$/;

/**
 * Whether `value` is a public service number: a landline with area code (and extension), a 12xxx hotline, or a
 * 400/800 number.
 */
export function isPublicPhone(value: string): boolean {
  return landline.test(value) || hotline.test(value) || serviceNumber.test(value);
}

/** `services.phone.invalid` unless `value` is a public service number. */
export function validatePublicPhone(value: string): RuleIssue | null {
  return isPublicPhone(value) ? null : issue('services.phone.invalid');
}

/** A public service number as a guide gives it ({@link isPublicPhone}). */
export const publicPhoneSchema = z.string().check(ruleCheck(validatePublicPhone));

/** One number to call, with who answers it (e.g. 县民政局社会救助股). */
export const contactPhoneSchema = z.strictObject({
  number: publicPhoneSchema,
  label: z.optional(localizedTextSchema),
});
/** A value parsed by {@link contactPhoneSchema}. */
export type ContactPhone = z.output<typeof contactPhoneSchema>;
