import * as z from 'zod/mini';
import { calendarDateSchema } from '../calendar/date-schema.js';
import { ruleCheck } from '../messages/rule-check.js';
import { attachmentSchema } from './attachments-schema.js';
import { categoryCodeSchema } from './categories-schema.js';
import { financeStatementSchema } from './finance-schema.js';
import { validateNotice, validateVersionHistory } from './item.js';
import { periodSchema } from './period-schema.js';
import { richTextSchema } from './rich-text-schema.js';

/** A disclosure's id: 1–64 letters, digits, `_` or `-`. */
export const disclosureIdSchema = z.string().check(z.minLength(1), z.maxLength(64), z.regex(/^[A-Za-z0-9_-]+$/));

/** The days the item stands on the board (公示期). No `until` means it stays up (长期公示), as relief lists do. */
export const noticeSchema = z
  .object({ published: calendarDateSchema, until: z.optional(calendarDateSchema) })
  .check(ruleCheck(validateNotice));

/** Who corrected a published item, when, and why: shown in the item's history. */
export const correctionSchema = z.object({
  at: calendarDateSchema,
  by: z.string().check(z.minLength(1), z.maxLength(40)),
  reason: z.string().check(z.minLength(1), z.maxLength(500)),
});

/**
 * One version of a disclosure: title, body, period, notice window, attachments, finance, and the correction that
 * made it.
 */
export const disclosureVersionSchema = z.object({
  version: z.int().check(z.minimum(1)),
  title: z.string().check(z.minLength(1), z.maxLength(200)),
  body: richTextSchema,
  /** The period the disclosure reports on (e.g. 2024-01-01 to 2024-03-31 for Q1). */
  period: periodSchema,
  notice: noticeSchema,
  attachments: z.array(attachmentSchema).check(z.maxLength(50)),
  finance: z.optional(financeStatementSchema),
  /** Absent on the first version; every later version is a correction and says so. */
  correction: z.optional(correctionSchema),
});

/** A value parsed by {@link correctionSchema}. */
export type Correction = z.output<typeof correctionSchema>;
/** A value parsed by {@link disclosureVersionSchema}. */
export type DisclosureVersion = z.output<typeof disclosureVersionSchema>;

/** A disclosure item: its category, the decision it discloses (for a major matter), and its versions. */
export const disclosureItemSchema = z.object({
  id: disclosureIdSchema,
  category: categoryCodeSchema,
  /** For a major matter: the decision (村民会议/代表会议决定) this item discloses. */
  decisionId: z.optional(disclosureIdSchema),
  versions: z.array(disclosureVersionSchema).check(z.minLength(1), z.maxLength(200), ruleCheck(validateVersionHistory)),
});

/** A value parsed by {@link disclosureItemSchema}. */
export type DisclosureItem = z.output<typeof disclosureItemSchema>;
